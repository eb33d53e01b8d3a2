// v1.1 GET /meta and GET /me: the data set's range, and the demo caller.
import type { Me, Meta } from '../../src/api/schemas';
import { addMonths } from '../generator/dates';
import type { ApiContext } from './context';

export const MOCK_API_VERSION = '1.1';

export async function meta(ctx: ApiContext): Promise<Meta> {
  const { ds } = ctx;
  return {
    apiVersion: MOCK_API_VERSION,
    dataFrom: ds.dataFrom,
    dataTo: ds.asOf,
    // Derived from the data, never the clock, so answers are reproducible: as if the month's
    // reports were published on the 5th of the next month.
    generatedAt: `${addMonths(ds.asOf, 1)}-05T06:00:00Z`,
    name: `Demo: ${ds.root.name}`,
    demo: true,
  };
}

/** The demo deployment has no sign-in: everyone is the same viewer of the whole tree. */
export async function me(ctx: ApiContext): Promise<Me> {
  return { subject: 'demo', name: null, areaId: ctx.ds.root.id, roles: ['viewer'] };
}
