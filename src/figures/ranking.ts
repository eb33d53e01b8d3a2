// The ranking of an area's children (districts under a province, wards under a district or
// directly under a province when the tree has no district level), and the same per-area figures
// for the Compare view. Every column of the ranking is computed here, from the stats responses
// fetched at the children's level, so the table, its CSV and its totals row cannot disagree.

import type { Area, AreaLevel, GroupStat, IncidentStat, MediationStat, PatrolStat } from '../api/schemas';
import { descendantsAt, type AreaTree } from '../lib/area-tree';
import {
  change,
  coverage,
  incidentRate,
  incidentTotals,
  mediationTotals,
  patrolTotals,
  resolutionRate,
  type Change,
  type Ratio,
} from './figures';
import { compareMonths, periodLength, priorPeriod, type Month, type Period } from './months';
import { incidentTargetMet, mediationTargetMet, type Targets } from './targets';
import { usualRange, usualRangeFlag, type UsualRange, type UsualRangeFlag } from './usual-range';

/** The stats responses one ranking is computed from (rows of any number of areas). */
export type StatsRows = {
  incidents: readonly IncidentStat[];
  mediation: readonly MediationStat[];
  patrols: readonly PatrolStat[];
  /** null while unknown (not fetched, or failed): group columns are then null, never 0. */
  groups: readonly GroupStat[] | null;
  /**
   * The months the API has data for, so a month left out of the incidents inside it counts as 0
   * for the usual range. Defaults to the earliest month in `incidents` through the period's end.
   */
  dataRange?: Period;
};

/** Everything the ranking and the Compare table show for one area. */
export type AreaFigures = {
  id: string;
  name: string;
  level: AreaLevel;
  parentName: string | null;
  population: number;
  cameras: number;
  /** Incidents in the period against the same months a year earlier. */
  incidents: Change;
  /** Per 10,000 residents over the period; null without residents. */
  incidentRate: number | null;
  priorIncidentRate: number | null;
  mediationRate: Ratio;
  patrols: number;
  /** Patrols divided by the months in the period; null for an empty period. */
  patrolsPerMonth: number | null;
  activeGroups: number | null;
  members: number | null;
  coverage: Ratio | null;
  mediationTargetMet: boolean | null;
  incidentTargetMet: boolean | null;
  /** The period's last month, its incidents and how they sit against earlier years' same month. */
  latestMonth: Month;
  latestIncidents: number;
  usualRange: UsualRange | null;
  usualRangeFlag: UsualRangeFlag | null;
};

export type RankingRow = AreaFigures & {
  /** 1 = fewest incidents per 10,000 residents; null without residents (ranked after everyone). */
  rank: number | null;
  priorRank: number | null;
  /** priorRank − rank: positive means the area moved up (improved). Null when either is unknown. */
  rankChange: number | null;
};

export type Ranking = {
  /** The level of the rows, or null when the area has no children (a ward). */
  level: AreaLevel | null;
  rows: RankingRow[];
  /** The selected area itself, from its own-level stats: the totals row. */
  totals: AreaFigures | null;
};

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Names in Vietnamese alphabetical order (the order ties are broken in). */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}

type ByArea = {
  incidents: IncidentStat[];
  mediation: MediationStat[];
  patrols: PatrolStat[];
  groups: GroupStat | undefined;
};

/** One pass over each response instead of one filter per area: a ranking of every ward has ~10,000 rows. */
function groupByArea(stats: StatsRows): Map<string, ByArea> {
  const map = new Map<string, ByArea>();
  const entry = (id: string) => {
    let e = map.get(id);
    if (!e) {
      e = { incidents: [], mediation: [], patrols: [], groups: undefined };
      map.set(id, e);
    }
    return e;
  };
  for (const r of stats.incidents) entry(r.areaId).incidents.push(r);
  for (const r of stats.mediation) entry(r.areaId).mediation.push(r);
  for (const r of stats.patrols) entry(r.areaId).patrols.push(r);
  for (const g of stats.groups ?? []) entry(g.areaId).groups = g;
  return map;
}

function defaultDataRange(stats: StatsRows, period: Period): Period {
  if (stats.dataRange) return stats.dataRange;
  let from = period.from;
  for (const r of stats.incidents) if (compareMonths(r.month, from) < 0) from = r.month;
  return { from, to: period.to };
}

function figuresFor(
  area: Area,
  parentName: string | null,
  rows: ByArea,
  groupsKnown: boolean,
  period: Period,
  dataRange: Period,
  targets: Targets,
): AreaFigures {
  const prior = priorPeriod(period);
  const incidents = change(
    incidentTotals(rows.incidents, area.id, period).total,
    incidentTotals(rows.incidents, area.id, prior).total,
    period,
  );
  const mediationRate = resolutionRate([mediationTotals(rows.mediation, area.id, period)]);
  const patrols = patrolTotals(rows.patrols, area.id, period).patrols;
  const months = periodLength(period);
  // Areas without a GroupStat in a response that did arrive are unknown, not zero.
  const groups = groupsKnown ? rows.groups : undefined;

  const history = rows.incidents.map((r) => ({ month: r.month, value: r.total }));
  const latestMonth = period.to;
  const latestIncidents = rows.incidents
    .filter((r) => r.month === latestMonth)
    .reduce((sum, r) => sum + r.total, 0);
  const range = usualRange(history, latestMonth, { dataRange });

  return {
    id: area.id,
    name: area.name,
    level: area.level,
    parentName,
    population: area.population,
    cameras: area.cameras,
    incidents,
    incidentRate: incidentRate(incidents.current, area.population),
    priorIncidentRate: incidentRate(incidents.prior, area.population),
    mediationRate,
    patrols,
    patrolsPerMonth: months === 0 ? null : patrols / months,
    activeGroups: groups ? groups.activeGroups : null,
    members: groups ? groups.members : null,
    coverage: groups ? coverage(groups.coveredResidentialAreas, area.residentialAreas) : null,
    mediationTargetMet: mediationTargetMet(mediationRate, targets),
    incidentTargetMet: incidentTargetMet(incidents, targets),
    latestMonth,
    latestIncidents,
    usualRange: range,
    usualRangeFlag: usualRangeFlag(latestIncidents, range),
  };
}

const EMPTY: ByArea = { incidents: [], mediation: [], patrols: [], groups: undefined };

/**
 * The figures of each area from stats rows that may hold many areas. Areas with no rows get zeros
 * (the API leaves out zero months); areas missing from a group response get null group figures.
 */
export function areasFigures(
  areas: readonly Area[],
  parentNameOf: (area: Area) => string | null,
  period: Period,
  stats: StatsRows,
  targets: Targets,
): AreaFigures[] {
  const byArea = groupByArea(stats);
  const dataRange = defaultDataRange(stats, period);
  return areas.map((a) =>
    figuresFor(
      a,
      parentNameOf(a),
      byArea.get(a.id) ?? EMPTY,
      stats.groups !== null,
      period,
      dataRange,
      targets,
    ),
  );
}

/**
 * Rank numbers by a rate, lowest first; ties by name (Vietnamese collation), then id so the
 * order is total. Areas without a rate get null.
 */
export function rankBy(rows: readonly { id: string; name: string }[], rate: (i: number) => number | null) {
  const order = rows
    .map((row, i) => ({ row, i, rate: rate(i) }))
    .filter((x): x is typeof x & { rate: number } => x.rate !== null)
    .sort(
      (a, b) =>
        a.rate - b.rate ||
        compareNames(a.row.name, b.row.name) ||
        (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0),
    );
  const ranks = rows.map((): number | null => null);
  order.forEach((x, position) => (ranks[x.i] = position + 1));
  return ranks;
}

/** Adds rank (incidents per 10,000 residents, fewest first) and the change since the prior period. */
export function withRanks(figures: readonly AreaFigures[]): RankingRow[] {
  const ranks = rankBy(figures, (i) => figures[i]?.incidentRate ?? null);
  const priorRanks = rankBy(figures, (i) => figures[i]?.priorIncidentRate ?? null);
  return figures.map((f, i) => {
    const rank = ranks[i] ?? null;
    const priorRank = priorRanks[i] ?? null;
    return {
      ...f,
      rank,
      priorRank,
      rankChange: rank === null || priorRank === null ? null : priorRank - rank,
    };
  });
}

export type RankingInput = {
  tree: AreaTree;
  areaId: string;
  period: Period;
  /**
   * The level of the rows: the children's (the default) or a deeper one, e.g. every ward of the
   * country. The rows are the area's descendants at that level.
   */
  level?: AreaLevel;
  /** Stats fetched with `level` = the rows' level, spanning at least the prior period's start to the period's end. */
  childStats: StatsRows;
  /** Stats of the area itself (its own level), for the totals row; null while unknown. */
  ownStats: StatsRows | null;
  targets: Targets;
};

/** The ranking of the area's children (or descendants at `level`), in rank order (unranked areas last, by name). */
export function ranking(input: RankingInput): Ranking {
  const { tree, areaId, period, targets } = input;
  const area = tree.byId.get(areaId);
  if (!area) return { level: null, rows: [], totals: null };
  const children = input.level ? descendantsAt(tree, areaId, input.level) : (tree.children.get(areaId) ?? []);
  const parentNameOf = (a: Area) => (a.parentId === null ? null : (tree.byId.get(a.parentId)?.name ?? null));
  const rows = withRanks(areasFigures(children, parentNameOf, period, input.childStats, targets)).sort(
    (a, b) =>
      (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) ||
      compareNames(a.name, b.name),
  );
  const totals = input.ownStats
    ? (areasFigures([area], parentNameOf, period, input.ownStats, targets)[0] ?? null)
    : null;
  return { level: children[0]?.level ?? null, rows, totals };
}
