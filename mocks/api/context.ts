// Per-handler-set state: the data set plus caches of derived, request-independent values.
import type { Group } from '../../src/api/schemas';
import { groupTypes } from '../../src/api/vocabulary';
import type { Dataset } from '../generator';
import { typeIndex } from '../generator/groups';
import { nameRanks } from '../../src/lib/collation';
import { foldText, type TimeSlicer } from './query';
import type { ApiVersion } from './versions';

/** Group snapshot of one ward (the building block of /stats/groups). */
export interface WardGroupStat {
  active: number;
  inactive: number;
  /** Members of active groups. */
  members: number;
  /** Active groups per type, in `groupTypes` order. */
  byType: number[];
  /** Residential areas with at least one active group. */
  covered: number;
}

export interface ApiContext {
  readonly ds: Dataset;
  /** The contract version answered: a v1 API ignores parameters v1.1 added (e.g. /groups ids). */
  readonly apiVersion: ApiVersion;
  foldedName(group: Group): string;
  wardGroupStat(w: number): WardGroupStat;
  /** Rank of ward `w`'s name in Vietnamese collation (`sort=wardName`); equal names, equal ranks. */
  wardNameRank(w: number): number;
}

export function createContext(ds: Dataset, apiVersion: ApiVersion = '1.1'): ApiContext {
  const folded = new WeakMap<Group, string>();
  const stats: Array<WardGroupStat | undefined> = [];
  let nameRank: Int32Array | undefined;
  return {
    ds,
    apiVersion,
    foldedName(group) {
      let f = folded.get(group);
      if (f === undefined) {
        f = foldText(group.name);
        folded.set(group, f);
      }
      return f;
    },
    wardNameRank(w) {
      nameRank ??= nameRanks(ds.wards.map((ward) => ward.area.name));
      return nameRank[w] ?? 0;
    },
    wardGroupStat(w) {
      let s = stats[w];
      if (!s) {
        s = {
          active: 0,
          inactive: 0,
          members: 0,
          byType: new Array<number>(groupTypes.length).fill(0),
          covered: 0,
        };
        const areas = new Set<string>();
        for (const g of ds.wardGroups(w)) {
          if (g.status !== 'active') {
            s.inactive++;
            continue;
          }
          s.active++;
          s.members += g.members;
          const t = typeIndex(g.type);
          s.byType[t] = (s.byType[t] ?? 0) + 1;
          areas.add(g.residentialArea);
        }
        s.covered = areas.size;
        stats[w] = s;
      }
      return s;
    },
  };
}

/** Runs `fn` for every ward index in [start, end), yielding to the event loop as needed. */
export async function forEachWard(
  start: number,
  end: number,
  slicer: TimeSlicer,
  fn: (w: number) => void,
): Promise<void> {
  for (let w = start; w < end; w++) {
    fn(w);
    await slicer.tick();
  }
}
