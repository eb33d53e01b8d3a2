import { describe, expect, it } from 'vitest';
import { change, changeTone } from './figures';
import {
  areasWithGaps,
  hasGaps,
  reportingCompleteness,
  unreportedWards,
  withReportingGaps,
} from './reporting';

const row = (areaId: string, month: string, wards: number, reported: number) => ({
  areaId,
  month,
  wards,
  reported,
});
const period = { from: '2026-08', to: '2026-10' };
const prior = { from: '2025-08', to: '2025-10' };

describe('reporting completeness', () => {
  const items = [
    row('p', '2025-09', 7, 7),
    row('p', '2025-10', 7, 5),
    row('p', '2026-08', 7, 7),
    row('p', '2026-10', 7, 6),
    row('p', '2026-11', 7, 0),
    row('other', '2026-09', 3, 1),
  ];

  it('lists the months of each period in which not every ward reported', () => {
    expect(reportingCompleteness(items, 'p', period, prior)).toEqual({
      period: [{ month: '2026-10', wards: 7, reported: 6 }],
      prior: [{ month: '2025-10', wards: 7, reported: 5 }],
    });
  });

  it('claims nothing for months without a reporting row', () => {
    const c = reportingCompleteness([row('p', '2026-09', 7, 7)], 'p', period, prior);
    expect(c).toEqual({ period: [], prior: [] });
    expect(hasGaps(c)).toBe(false);
    expect(hasGaps(null)).toBe(false);
  });

  it('marks a change over incomplete months so that it is not coloured as a trend', () => {
    const c = reportingCompleteness(items, 'p', period, prior);
    const fall = change(80, 100);
    expect(changeTone(fall, 'down')).toBe('good');
    const marked = withReportingGaps(fall, c);
    expect(marked.incompleteReports).toBe(true);
    expect(changeTone(marked, 'down')).toBe('smallNumbers');
    expect(withReportingGaps(fall, { period: [], prior: [] })).toBe(fall);
  });

  it('finds the areas of a ranking with a gap in either period, and the wards that did not report', () => {
    expect(areasWithGaps(items, period, prior)).toEqual(new Set(['p', 'other']));
    const wards = [row('w1', '2026-10', 1, 1), row('w2', '2026-10', 1, 0), row('w3', '2026-09', 1, 0)];
    expect(unreportedWards(wards, ['2026-09', '2026-10'])).toEqual(
      new Map([
        ['2026-09', ['w3']],
        ['2026-10', ['w2']],
      ]),
    );
  });
});
