import { describe, expect, it } from 'vitest';
import { formatPeriodSpec, parsePeriodSpec, resolvePeriod, rootSearchSchema } from './view-state';

describe('period spec in the URL', () => {
  it('round-trips every kind', () => {
    for (const raw of ['ytd', '12m', '2025', '2024-03..2025-02']) {
      const spec = parsePeriodSpec(raw);
      expect(spec).not.toBeNull();
      if (spec) expect(formatPeriodSpec(spec)).toBe(raw);
    }
  });

  it('rejects malformed and reversed ranges', () => {
    for (const raw of [
      '',
      'last',
      '25',
      '2025-13..2025-14',
      '2025-05..2025-01',
      '2025-01..2025-02..2025-03',
    ]) {
      expect(parsePeriodSpec(raw)).toBeNull();
    }
  });

  const data = { from: '2021-11', to: '2026-10' };

  it('resolves presets against the last month with data', () => {
    expect(resolvePeriod({ kind: 'ytd' }, data)).toEqual({
      period: { from: '2026-01', to: '2026-10', dataFrom: data.from },
      note: null,
    });
    expect(resolvePeriod({ kind: '12m' }, data)).toEqual({
      period: { from: '2025-11', to: '2026-10', dataFrom: data.from },
      note: null,
    });
    expect(resolvePeriod({ kind: 'year', year: 2024 }, data)).toEqual({
      period: { from: '2024-01', to: '2024-12', dataFrom: data.from },
      note: null,
    });
  });

  it('clips a period reaching past the data to the months with data, and says so', () => {
    expect(resolvePeriod({ kind: 'year', year: 2026 }, data)).toEqual({
      period: { from: '2026-01', to: '2026-10', dataFrom: data.from },
      note: 'clipped',
    });
    expect(resolvePeriod({ kind: 'range', from: '0001-01', to: '9999-12' }, data)).toEqual({
      period: { ...data, dataFrom: data.from },
      note: 'clipped',
    });
    expect(resolvePeriod({ kind: 'range', from: '2021-01', to: '2022-03' }, data)).toEqual({
      period: { from: '2021-11', to: '2022-03', dataFrom: data.from },
      note: 'clipped',
    });
  });

  it('shows the last 12 months instead of a period with no data at all', () => {
    for (const spec of [
      { kind: 'year', year: 0 },
      { kind: 'range', from: '2027-01', to: '2027-03' },
    ] as const) {
      expect(resolvePeriod(spec, data)).toEqual({
        period: { from: '2025-11', to: '2026-10', dataFrom: data.from },
        note: 'outside',
      });
    }
    expect(parsePeriodSpec('0000')).toEqual({ kind: 'year', year: 0 });
  });

  it('keeps presets within a history shorter than them, without calling them clipped', () => {
    const short = { from: '2026-05', to: '2026-10' };
    expect(resolvePeriod({ kind: '12m' }, short)).toEqual({
      period: { ...short, dataFrom: short.from },
      note: null,
    });
    expect(resolvePeriod({ kind: 'ytd' }, short)).toEqual({
      period: { ...short, dataFrom: short.from },
      note: null,
    });
  });

  it('falls back to defaults for invalid search values instead of failing', () => {
    expect(rootSearchSchema.parse({ area: '', period: 'nonsense', lang: 'de' })).toEqual({
      area: undefined,
      period: undefined,
      lang: undefined,
    });
    expect(rootSearchSchema.parse({ area: 'w001', period: '2025', lang: 'fr' })).toEqual({
      area: 'w001',
      period: '2025',
      lang: 'fr',
    });
  });
});
