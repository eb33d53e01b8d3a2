import { useReportingStats } from '../api/endpoints/reporting-stats';
import type { Area } from '../api/schemas';
import { hasGaps, unreportedWards, type Completeness, type ReportingGap } from '../figures/reporting';
import { useAreaTree } from '../hooks/use-area-tree';
import { useI18n } from '../i18n/i18n-context';
import { describeError } from './error-message';
import { ErrorState } from './panel';
import '../i18n/messages/views/reporting';

/**
 * "6 of 7 wards reported October 2026". English agrees the noun with the number of wards, French
 * the verb with the number that reported (0 and 1 are singular); Vietnamese has one form.
 */
export function useGapWords(): (gap: ReportingGap) => string {
  const { t, fmt, locale } = useI18n();
  const rules = new Intl.PluralRules(locale === 'fr' ? 'fr-FR' : 'en-GB');
  return (gap) => {
    const n = locale === 'fr' ? gap.reported : gap.wards;
    const key = rules.select(n) === 'one' ? 'reporting.month.one' : 'reporting.month.other';
    return t(key, {
      reported: fmt.number(gap.reported),
      wards: fmt.number(gap.wards),
      month: fmt.month(gap.month),
    });
  };
}

/**
 * Says where a figure includes unreported ward-months: each incomplete month of the period (and
 * of the comparison period), that they count as 0, and, on request, which wards did not report.
 * Nothing at all when every ward reported or the API states nothing about reporting.
 */
export function ReportingNote({
  area,
  completeness,
  listWards = true,
  failed = null,
}: {
  area: Area;
  completeness: Completeness | null;
  /** The printed report and the deck have no room for the disclosure. */
  listWards?: boolean;
  /** The reporting request failed: the figures cannot be said complete, so say that, with retry. */
  failed?: { error: unknown; retry: () => void } | null;
}) {
  const { t, fmt } = useI18n();
  const words = useGapWords();
  if (failed)
    return (
      <div data-testid="reporting-failed">
        <ErrorState
          message={`${t('reporting.failed')} ${describeError(failed.error, t, fmt)}`}
          onRetry={failed.retry}
        />
      </div>
    );
  if (!completeness || !hasGaps(completeness)) return null;
  const gaps = [...completeness.prior, ...completeness.period];
  return (
    <div role="note" className="notice flex flex-col gap-1 text-sm" data-testid="reporting-note">
      <ul className="flex flex-col gap-0.5">
        {gaps.map((g) => (
          <li key={g.month} data-testid="reporting-gap">
            {words(g)}
          </li>
        ))}
      </ul>
      <p>{t('reporting.incomplete')}</p>
      {listWards && area.level !== 'ward' && <UnreportedWards area={area} gaps={gaps} />}
    </div>
  );
}

function UnreportedWards({ area, gaps }: { area: Area; gaps: ReportingGap[] }) {
  const { t, fmt } = useI18n();
  const { tree } = useAreaTree();
  const months = gaps.map((g) => g.month);
  const from = months[0] ?? '';
  const to = months.at(-1) ?? '';
  const query = useReportingStats(
    { areaId: area.id, from, to, level: 'ward' },
    { enabled: months.length > 0 },
  );
  const byMonth = query.data ? unreportedWards(query.data.items, months) : null;
  return (
    <details data-testid="reporting-wards">
      <summary className="cursor-pointer">{t('reporting.listWards')}</summary>
      {query.isError ? (
        <p className="tone-bad">{t('panel.failed')}</p>
      ) : !byMonth ? (
        <p className="text-muted">{t('panel.loading')}</p>
      ) : (
        <dl className="mt-1 flex flex-col gap-1">
          {[...byMonth].map(([month, ids]) => (
            <div key={month}>
              <dt className="font-medium">{fmt.month(month)}</dt>
              <dd>{ids.map((id) => tree?.byId.get(id)?.name ?? id).join(', ')}</dd>
            </div>
          ))}
        </dl>
      )}
    </details>
  );
}
