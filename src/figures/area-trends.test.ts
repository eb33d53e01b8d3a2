import { describe, expect, it } from 'vitest';
import { areaTrends, incidentTargetNote } from './area-trends';
import { change } from './figures';
import { DEFAULT_TARGETS } from './targets';
import { inc, med, pat } from './test-rows';

describe('areaTrends', () => {
  const period = { from: '2026-01', to: '2026-02' };

  it('gives one point per month with last year, the usual band, mediation and patrols', () => {
    const points = areaTrends({
      areaId: 'a',
      period,
      incidents: [
        inc('a', '2023-01', 10),
        inc('a', '2024-01', 12),
        inc('a', '2025-01', 14),
        inc('a', '2026-01', 40),
        inc('b', '2026-01', 999),
        inc('a', '2026-02', 3),
      ],
      mediation: [med('a', '2026-01', [5, 3, 1, 0, 1]), med('b', '2026-01', [9, 9, 0, 0, 0])],
      patrols: [pat('a', '2026-02', [7, 1, 1, 0])],
    });
    expect(points).toHaveLength(2);
    const [jan, feb] = points;
    expect(jan).toMatchObject({
      month: '2026-01',
      priorMonth: '2025-01',
      incidents: 40,
      priorIncidents: 14,
      patrols: 0,
    });
    expect(jan?.usualBand?.[0]).toBeCloseTo(12 - 4, 12); // mean 12, sd 2
    expect(jan?.usualBand?.[1]).toBeCloseTo(12 + 4, 12);
    expect(jan?.usualFlag).toBe('high');
    expect(jan?.mediation).toEqual({ numerator: 3, denominator: 4, value: 0.75 });
    expect(jan?.mediationRate).toBe(0.75);
    // February: missing months in the data range are zeros (2023–2025 Februaries all 0).
    expect(feb).toMatchObject({ incidents: 3, priorIncidents: 0, patrols: 7, mediationRate: null });
    expect(feb?.usualBand).toEqual([0, 0]);
    expect(feb?.usualFlag).toBe('high');
  });

  it('has no band without two earlier years in the data range', () => {
    const points = areaTrends({
      areaId: 'a',
      period,
      incidents: [inc('a', '2025-01', 4)],
      mediation: [],
      patrols: [],
      dataRange: { from: '2025-01', to: '2026-02' },
    });
    expect(points.map((p) => p.usualBand)).toEqual([null, null]);
    expect(points.map((p) => p.usualFlag)).toEqual([null, null]);
  });
});

describe('incidentTargetNote', () => {
  it('turns the reduction target into a most-incidents figure', () => {
    expect(incidentTargetNote(change(90, 100), DEFAULT_TARGETS)).toEqual({
      reduction: 0.15,
      maxIncidents: 85,
    });
    expect(incidentTargetNote(change(90, 20), DEFAULT_TARGETS).maxIncidents).toBe(17);
  });

  it('has no figure from a zero or small base', () => {
    expect(incidentTargetNote(change(5, 0), DEFAULT_TARGETS).maxIncidents).toBeNull();
    expect(incidentTargetNote(change(5, 9), DEFAULT_TARGETS).maxIncidents).toBeNull();
  });
});
