import { useQuery } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import { isDemoData } from '../api/client';
import { incidentsStatsQueryOptions } from '../api/endpoints/incidents-stats';
import { useMeta } from '../api/endpoints/meta';
import { addMonths, compareMonths, lastCompleteMonth, type Month } from '../figures/months';
import { useAreaTree } from './use-area-tree';

/** The months the API has data for, and what the app knows about them. */
export interface DataRange {
  /** The first month with data. */
  from: Month;
  /** The last month whose data is complete and published: the as-of month. */
  to: Month;
  /** True when the API has no /meta (contract v1) and `to` was read off the latest monthly rows. */
  inferred: boolean;
  /** True when the figures are generated demo data (/meta's `demo`). */
  demo: boolean;
  /** True when the API states reporting completeness (/stats/reporting, v1.1). */
  hasReporting: boolean;
}

export const DataRangeContext = createContext<DataRange | null>(null);

/**
 * The data's range. Views render inside DataRangeGate, which waits for it, so every figure is
 * computed with the data's own as-of month and never with a guessed one.
 */
export function useDataRange(): DataRange {
  const range = useContext(DataRangeContext);
  if (!range) throw new Error('useDataRange() needs a DataRangeGate above it');
  return range;
}

/** How far back a v1 API is probed for its first month: beyond any history it keeps. */
const LOOKBACK_MONTHS = 120;

export type DataRangeState =
  | { status: 'ready'; range: DataRange }
  | { status: 'pending' }
  | { status: 'error'; error: unknown; retry: () => void }
  /** The answers parsed but cannot give a range: no rows at all, or dataFrom after dataTo. */
  | { status: 'unusable'; problem: 'noData'; retry: () => void }
  | { status: 'unusable'; problem: 'inverted'; from: Month; to: Month; retry: () => void };

/**
 * Loads the data's range: /meta's dataFrom … dataTo; against a v1 API (no /meta) the first and
 * last months of the root's monthly incident rows, marked as inferred.
 */
export function useLoadDataRange(): DataRangeState {
  const meta = useMeta();
  const v1 = meta.data === null;
  const { tree, query: areasQuery } = useAreaTree();
  // The probe's window ends with the running month: whatever the API has, up to now.
  const probeTo = addMonths(lastCompleteMonth(new Date()), 1);
  const probe = useQuery({
    ...incidentsStatsQueryOptions({
      areaId: tree?.root.id ?? '',
      from: addMonths(probeTo, -(LOOKBACK_MONTHS - 1)),
      to: probeTo,
    }),
    enabled: v1 && tree !== undefined,
    staleTime: 60 * 60 * 1000,
    select: (data) =>
      data.items.reduce<{ from: Month; to: Month } | null>(
        (acc, r) =>
          acc === null
            ? { from: r.month, to: r.month }
            : {
                from: compareMonths(r.month, acc.from) < 0 ? r.month : acc.from,
                to: compareMonths(r.month, acc.to) > 0 ? r.month : acc.to,
              },
        null,
      ),
  });

  if (meta.isError) return { status: 'error', error: meta.error, retry: () => void meta.refetch() };
  // The area tree too: the header's area picker and every view's heading need it, and a page that
  // drew them without it would jump when it came (a layout shift on a phone). Its failure is not
  // the range's: the header and the panels show it, with retry. Only its first load is waited
  // for: the views' retry of a failed list must not take the page back to this gate.
  const areasFirstLoad = areasQuery.isPending && areasQuery.errorUpdateCount === 0;
  if (meta.isPending || areasFirstLoad) return { status: 'pending' };
  if (meta.data) {
    const { dataFrom, dataTo, demo } = meta.data;
    if (compareMonths(dataFrom, dataTo) > 0)
      return {
        status: 'unusable',
        problem: 'inverted',
        from: dataFrom,
        to: dataTo,
        retry: () => void meta.refetch(),
      };
    return {
      status: 'ready',
      range: { from: dataFrom, to: dataTo, inferred: false, demo, hasReporting: true },
    };
  }
  if (areasQuery.isError)
    return { status: 'error', error: areasQuery.error, retry: () => void areasQuery.refetch() };
  if (probe.isError) return { status: 'error', error: probe.error, retry: () => void probe.refetch() };
  if (probe.isPending) return { status: 'pending' };
  if (!probe.data) return { status: 'unusable', problem: 'noData', retry: () => void probe.refetch() };
  return {
    status: 'ready',
    range: { ...probe.data, inferred: true, demo: isDemoData(), hasReporting: false },
  };
}

/**
 * Whether the figures are demo data, for parts also rendered on their own (export buttons in
 * component tests): outside a DataRangeGate nothing says they are.
 */
export function useIsDemoData(): boolean {
  return useContext(DataRangeContext)?.demo ?? false;
}
