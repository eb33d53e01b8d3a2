// The mediation charts' data as tables (shown by "Show as table", always there for screen readers).
import { mediationOutcomes } from '../../api/schemas';
import { RatioCell } from '../../components/server-table/cells';
import type { CategoryOutcomes, MonthlyOutcomes, MonthlyRate } from '../../figures/activity';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/mediation';

export function RateTable({ data, caption }: { data: readonly MonthlyRate[]; caption: string }) {
  const { t, fmt } = useI18n();
  return (
    <table className="data-table" data-testid="rate-table">
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
          <th scope="col" className="num">
            {t('mediation.col.change')}
          </th>
        </tr>
      </thead>
      <tbody>
        {data.map((row) => {
          const { points } = row;
          return (
            <tr key={row.month}>
              <th scope="row">{fmt.month(row.month)}</th>
              <td className="num">
                <RatioCell ratio={row.current} />
              </td>
              <td>{fmt.month(row.priorMonth)}</td>
              <td className="num">
                <RatioCell ratio={row.prior} />
              </td>
              <td className="num">
                {points === null ? '—' : t('change.points', { value: fmt.points(points * 100) })}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function OutcomesTable({ data, caption }: { data: readonly MonthlyOutcomes[]; caption: string }) {
  const { t, fmt } = useI18n();
  return (
    <table className="data-table" data-testid="outcomes-table">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('chart.month')}</th>
          <th scope="col" className="num">
            {t('mediation.col.received')}
          </th>
          {mediationOutcomes.map((o) => (
            <th key={o} scope="col" className="num">
              {t(`mediation.outcome.${o}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {data.map((row) => (
          <tr key={row.month}>
            <th scope="row">{fmt.month(row.month)}</th>
            <td className="num">{fmt.number(row.received)}</td>
            {mediationOutcomes.map((o) => (
              <td key={o} className="num">
                {fmt.number(row[o])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CategoryTable({ data, caption }: { data: readonly CategoryOutcomes[]; caption: string }) {
  const { t, fmt } = useI18n();
  return (
    <table className="data-table" data-testid="category-table">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('mediation.col.category')}</th>
          <th scope="col" className="num">
            {t('mediation.col.received')}
          </th>
          {mediationOutcomes.map((o) => (
            <th key={o} scope="col" className="num">
              {t(`mediation.outcome.${o}`)}
            </th>
          ))}
          <th scope="col" className="num">
            {t('mediation.col.rate')}
          </th>
        </tr>
      </thead>
      <tbody>
        {data.map((row) => (
          <tr key={row.category}>
            <th scope="row">{t(`mediation.category.${row.category}`)}</th>
            <td className="num">{fmt.number(row.received)}</td>
            {mediationOutcomes.map((o) => (
              <td key={o} className="num">
                {fmt.number(row[o])}
              </td>
            ))}
            <td className="num">
              <RatioCell ratio={row.rate} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
