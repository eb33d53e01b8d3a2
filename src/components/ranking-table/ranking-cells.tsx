// The cells of the ranking table, on screen, on a slide and in print. Each says its figure in
// words or with an icon beside any colour, and shows what a percentage was computed from.
import { Link } from '@tanstack/react-router';
import { createContext, useContext } from 'react';
import type { Ratio } from '../../figures/figures';
import type { RankingRow } from '../../figures/ranking';
import type { UsualRangeFlag } from '../../figures/usual-range';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/wards';
import { Name } from '../name';
import { TargetVerdict } from '../target-verdict';

/**
 * Where the ranking is drawn: the Wards view (`screen`, interactive), a slide or a printed report.
 * The cells are the same everywhere; only what cannot work there changes (no links on a slide or
 * paper, a rate and its parts on one line where a slide has room for one line per row).
 */
export type RankingDensity = 'screen' | 'slide' | 'print';
export const RankingDensityContext = createContext<RankingDensity>('screen');

/** Which rows are picked for Compare, and how to pick one; absent where rows cannot be picked. */
export interface CompareSelection {
  selected: ReadonlySet<string>;
  full: boolean;
  toggle: (id: string) => void;
}
export const CompareSelectionContext = createContext<CompareSelection | null>(null);

export function CompareCell({ row }: { row: RankingRow }) {
  const { t } = useI18n();
  const selection = useContext(CompareSelectionContext);
  if (!selection) return null;
  const checked = selection.selected.has(row.id);
  return (
    <input
      type="checkbox"
      className="size-4"
      checked={checked}
      disabled={!checked && selection.full}
      onChange={() => selection.toggle(row.id)}
      aria-label={t('wards.addToCompare', { name: row.name })}
      data-testid="compare-toggle"
    />
  );
}

export function RankCell({ row }: { row: RankingRow }) {
  const { t, fmt } = useI18n();
  if (row.rank === null) return <span className="text-muted">—</span>;
  const moved = row.rankChange;
  return (
    <span className="inline-flex items-baseline gap-1.5 whitespace-nowrap">
      <span className="font-semibold">{fmt.number(row.rank)}</span>
      {moved !== null && moved !== 0 && (
        <span className={`text-xs ${moved > 0 ? 'tone-good' : 'tone-bad'}`}>
          <span aria-hidden="true">
            {moved > 0 ? '▲' : '▼'}
            {fmt.number(Math.abs(moved))}
          </span>
          <span className="sr-only">
            {t(moved > 0 ? 'wards.rankUp' : 'wards.rankDown', { count: Math.abs(moved) })}
          </span>
        </span>
      )}
      {moved === 0 && (
        <span className="text-xs text-muted">
          <span aria-hidden="true">=</span>
          <span className="sr-only">{t('wards.rankSame')}</span>
        </span>
      )}
    </span>
  );
}

export function NameCell({ row, totals }: { row: RankingRow; totals: boolean }) {
  const { t } = useI18n();
  const density = useContext(RankingDensityContext);
  if (totals) return <Name name={t('wards.totalsOf', { name: row.name })} clamp />;
  if (density !== 'screen') return <Name name={row.name} clamp />;
  return (
    <Link
      to="/area"
      // A fresh table at the next level: this level's sort, filter and picks do not apply there.
      search={(prev) => ({ area: row.id, period: prev.period, lang: prev.lang })}
      className="font-medium text-[var(--focus)] underline underline-offset-2"
      data-testid="area-link"
    >
      <Name name={row.name} clamp />
    </Link>
  );
}

/** A share with what it was computed from ("412 / 530"), and the target verdict when there is one. */
export function RatioCell({ ratio, met }: { ratio: Ratio | null; met?: boolean | null }) {
  const { t, fmt } = useI18n();
  const density = useContext(RankingDensityContext);
  if (ratio === null) return <span className="text-muted">{t('wards.unknown')}</span>;
  return (
    <span className={`inline-flex ${density === 'slide' ? 'items-baseline gap-x-2' : 'flex-col items-end'}`}>
      <span>{ratio.value === null ? '—' : fmt.percent(ratio.value)}</span>
      <span className="flex flex-wrap items-baseline justify-end gap-x-1.5 whitespace-nowrap">
        <span className="text-xs text-muted" data-testid="ratio-parts">
          {fmt.number(ratio.numerator)} / {fmt.number(ratio.denominator)}
        </span>
        {met !== undefined && <TargetVerdict met={met} size="cell" />}
      </span>
    </span>
  );
}

export function CountCell({ value, digits = 0 }: { value: number | null; digits?: number }) {
  const { t, fmt } = useI18n();
  if (value === null) return <span className="text-muted">{t('wards.unknown')}</span>;
  return <>{fmt.decimal(value, digits)}</>;
}

export function UsualRangeCell({ flag, hasRange }: { flag: UsualRangeFlag | null; hasRange: boolean }) {
  const { t } = useI18n();
  if (!hasRange) return <span className="text-xs text-muted">{t('wards.usualNone')}</span>;
  if (flag === null) return <span className="text-xs">{t('wards.usualWithin')}</span>;
  return (
    <span className={`text-xs font-semibold ${flag === 'high' ? 'tone-bad' : 'tone-good'}`}>
      <span aria-hidden="true">{flag === 'high' ? '▲ ' : '▼ '}</span>
      {t(flag === 'high' ? 'wards.usualHigh' : 'wards.usualLow')}
    </span>
  );
}
