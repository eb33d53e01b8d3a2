// The data set the e2e tests' reference server (server/, Playwright's `server` project) is seeded
// with: a small country of its own, so the nationwide views (ranking of provinces, a register of the
// whole country) are exercised quickly. Same seed and as-of month as the mock's pinned data.
import { generateDataset, type Dataset } from '../../mocks/generator';
import type { CustomSize } from '../../mocks/generator/types';

/** Kept here (not imported from fixtures.ts) so that playwright.config.ts can read them. */
export const SERVER_SEED = 2025;
export const SERVER_AS_OF = '2026-10';
export const SERVER_SIZE: CustomSize = { provinces: 3, districtsPerProvince: 2, wardsPerDistrict: 4 };
/** The three-level tree: the server specs sign in as a district's account too. */
export const SERVER_SHAPE = 'with-districts';
/** `antt seed --size` for SERVER_SIZE. */
export const SERVER_SIZE_FLAG = `${SERVER_SIZE.provinces}x${SERVER_SIZE.districtsPerProvince}x${SERVER_SIZE.wardsPerDistrict}`;

let cached: Dataset | undefined;

export function serverDataset(): Dataset {
  cached ??= generateDataset({
    seed: SERVER_SEED,
    asOf: SERVER_AS_OF,
    size: SERVER_SIZE,
    shape: SERVER_SHAPE,
  });
  return cached;
}
