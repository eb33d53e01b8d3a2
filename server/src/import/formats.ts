// The five file formats of an import (issue 9), exactly as other systems export them: each kind's
// columns in template order, with the Vietnamese headers of the templates accepted as aliases.
// Headers are matched folded (case, diacritics, spaces and underscores), so "Mã phường/xã",
// "ma phuong/xa" and "MA_PHUONG/XA" are one column.
import { foldText } from '../../../mocks/api/query';
import { COLUMNS, KINDS, type Kind } from '../../../src/api/import-formats';

export {
  COLUMNS,
  INSTRUCTION_SHEETS,
  KINDS,
  LIMITS,
  type ColumnSpec,
  type Kind,
} from '../../../src/api/import-formats';

export function foldHeader(text: string): string {
  return foldText(text.replace(/[_\s]+/g, ' '));
}

/** Folded header → column name, per kind (canonical names, Vietnamese headers and their older forms). */
function headerLookup(kind: Kind): ReadonlyMap<string, string> {
  return new Map(
    COLUMNS[kind].flatMap((c) => [
      [foldHeader(c.name), c.name] as const,
      [foldHeader(c.vi), c.name] as const,
      ...(c.aliases ?? []).map((alias) => [foldHeader(alias), c.name] as const),
    ]),
  );
}

export const HEADER_LOOKUP: Record<Kind, ReadonlyMap<string, string>> = {
  areas: headerLookup('areas'),
  groups: headerLookup('groups'),
  patrols: headerLookup('patrols'),
  mediation_cases: headerLookup('mediation_cases'),
  incidents: headerLookup('incidents'),
};

/** The kind a file or sheet name stands for ("patrols", "patrols-2026-10.csv", "Mediation cases"), else null. */
export function kindOfName(name: string): Kind | null {
  const base = foldHeader(name.replace(/^.*[\\/]/, '').replace(/\.(csv|xlsx)$/i, ''));
  for (const kind of [...KINDS].sort((a, b) => b.length - a.length)) {
    const k = foldHeader(kind);
    if (base === k || base.startsWith(`${k} `) || base.startsWith(`${k}-`)) return kind;
  }
  return null;
}

/** The kind whose headers match most of `headers` (a CSV named by none), ties to the first. */
export function kindOfHeaders(headers: readonly string[]): Kind {
  let best: Kind = KINDS[0];
  let bestScore = -1;
  for (const kind of KINDS) {
    const score =
      headers.filter((h) => HEADER_LOOKUP[kind].has(foldHeader(h))).length - COLUMNS[kind].length / 100;
    if (score > bestScore) {
      best = kind;
      bestScore = score;
    }
  }
  return best;
}
