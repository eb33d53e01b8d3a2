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

  it('resolves presets against the as-of month', () => {
    expect(resolvePeriod({ kind: 'ytd' }, '2026-10')).toEqual({ from: '2026-01', to: '2026-10' });
    expect(resolvePeriod({ kind: '12m' }, '2026-10')).toEqual({ from: '2025-11', to: '2026-10' });
    expect(resolvePeriod({ kind: 'year', year: 2024 }, '2026-10')).toEqual({
      from: '2024-01',
      to: '2024-12',
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
