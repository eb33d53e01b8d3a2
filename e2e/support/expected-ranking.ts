// Expected ranking rows computed from the generator's raw per-ward data (via expectedFigures),
// independently of the app's figures module and the mock's stats handlers.
import type { Dataset } from '../../mocks/generator';
import { expectedFigures, LAST_12, type ExpectedFigures } from './expected';

export { LAST_12 };

export interface ExpectedRow extends ExpectedFigures {
  id: string;
  name: string;
  rate: number;
  priorRate: number;
  /** (incidents − prior) / prior, null from a zero prior. */
  change: number | null;
  patrolsPerMonth: number;
  rank: number;
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export function childrenOf(ds: Dataset, parentId: string) {
  return ds.areas.filter((a) => a.parentId === parentId);
}

/** Every child of the area with its figures, in rank order (incidents per 10,000 ascending, ties by name). */
export function expectedRanking(
  ds: Dataset,
  parentId: string,
  period: { from: string; to: string } = LAST_12,
): ExpectedRow[] {
  const months =
    (Number(period.to.slice(0, 4)) - Number(period.from.slice(0, 4))) * 12 +
    Number(period.to.slice(5)) -
    Number(period.from.slice(5)) +
    1;
  const rows = childrenOf(ds, parentId).map((a) => {
    const e = expectedFigures(ds, a.id, period.from, period.to);
    return {
      ...e,
      id: a.id,
      name: a.name,
      rate: (e.incidents / e.population) * 10_000,
      priorRate: (e.priorIncidents / e.population) * 10_000,
      change: e.priorIncidents === 0 ? null : (e.incidents - e.priorIncidents) / e.priorIncidents,
      patrolsPerMonth: e.patrols / months,
      rank: 0,
    };
  });
  rows.sort((a, b) => a.rate - b.rate || collator.compare(a.name, b.name));
  rows.forEach((r, i) => (r.rank = i + 1));
  return rows;
}

/** A child with enough incidents for a coloured change (prior ≥ 10) and some closed cases. */
export function typicalRow(rows: readonly ExpectedRow[]): ExpectedRow {
  const row = rows.find((r) => r.priorIncidents >= 10 && r.closed > 0 && r.rank > 1) ?? rows[0];
  if (!row) throw new Error('no rows');
  return row;
}

/** How the app formats numbers in Vietnamese (the e2e default locale): exactly `digits` decimals. */
export const viNumber = (n: number, digits = 0) =>
  new Intl.NumberFormat('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
export const viPercent = (f: number) =>
  new Intl.NumberFormat('vi-VN', {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(f);
