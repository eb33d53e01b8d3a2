// The mediation charts' data as tables (shown by "Show as table", always there for screen readers).
import { mediationOutcomes } from '../../api/schemas';
import { MonthTable } from '../../components/month-table';
import { RateCell } from '../../components/rate-cell';
import type { CategoryOutcomes, MonthlyOutcomes, MonthlyRate, OutcomeCounts } from '../../figures/activity';
import type { Ratio } from '../../figures/figures';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/mediation';

export function RateTable({ data, caption }: { data: readonly MonthlyRate[]; caption: string }) {
  const { t, fmt } = useI18n();
  return (
    <MonthTable
      rows={data}
      caption={caption}
      testId="rate-table"
      current={(row) => <RateCell ratio={row.current} />}
      prior={(row) => <RateCell ratio={row.prior} />}
      change={{
        header: t('mediation.col.change'),
        cell: ({ points }) =>
          points === null ? '—' : t('change.points', { value: fmt.points(points * 100) }),
      }}
    />
  );
}

export function OutcomesTable({ data, caption }: { data: readonly MonthlyOutcomes[]; caption: string }) {
  const { t, fmt } = useI18n();
  return (
    <OutcomeCountsTable
      rows={data}
      caption={caption}
      testId="outcomes-table"
      rowHeader={t('chart.month')}
      rowKey={(row) => row.month}
      rowName={(row) => fmt.monthShort(row.month)}
    />
  );
}

export function CategoryTable({ data, caption }: { data: readonly CategoryOutcomes[]; caption: string }) {
  const { t } = useI18n();
  return (
    <OutcomeCountsTable
      rows={data}
      caption={caption}
      testId="category-table"
      rowHeader={t('mediation.col.category')}
      rowKey={(row) => row.category}
      rowName={(row) => t(`mediation.category.${row.category}`)}
      rate={(row) => row.rate}
    />
  );
}

/** Cases received and their outcomes, one row per month or category; the resolution rate last if given. */
function OutcomeCountsTable<Row extends OutcomeCounts & { received: number }>({
  rows,
  caption,
  testId,
  rowHeader,
  rowKey,
  rowName,
  rate,
}: {
  rows: readonly Row[];
  caption: string;
  testId: string;
  rowHeader: string;
  rowKey: (row: Row) => string;
  rowName: (row: Row) => string;
  rate?: (row: Row) => Ratio;
}) {
  const { t, fmt } = useI18n();
  return (
    <table className="data-table" data-testid={testId}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeader}</th>
          <th scope="col" className="num">
            {t('mediation.col.received')}
          </th>
          {mediationOutcomes.map((o) => (
            <th key={o} scope="col" className="num">
              {t(`mediation.outcome.${o}`)}
            </th>
          ))}
          {rate && (
            <th scope="col" className="num">
              {t('mediation.col.rate')}
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            <th scope="row">{rowName(row)}</th>
            <td className="num">{fmt.number(row.received)}</td>
            {mediationOutcomes.map((o) => (
              <td key={o} className="num">
                {fmt.number(row[o])}
              </td>
            ))}
            {rate && (
              <td className="num">
                <RateCell ratio={rate(row)} />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
