import type { MonthlyComparison } from '../../figures';
import { useI18n } from '../../i18n/i18n-context';

/** The monthly incidents chart's data as a table. */
export function IncidentsTable({ data, caption }: { data: readonly MonthlyComparison[]; caption: string }) {
  const { t, fmt } = useI18n();
  return (
    <table className="data-table" data-testid="incidents-table">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('chart.month')}</th>
          <th scope="col" className="num">
            {t('chart.current')}
          </th>
          <th scope="col">{t('chart.priorMonth')}</th>
          <th scope="col" className="num">
            {t('chart.prior')}
          </th>
        </tr>
      </thead>
      <tbody>
        {data.map((row) => (
          <tr key={row.month}>
            <th scope="row">{fmt.month(row.month)}</th>
            <td className="num">{fmt.number(row.current)}</td>
            <td>{fmt.month(row.priorMonth)}</td>
            <td className="num">{fmt.number(row.prior)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
