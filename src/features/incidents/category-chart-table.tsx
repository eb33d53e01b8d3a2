import { incidentCategories, type IncidentCategory } from '../../api/schemas';
import type { CategoryMonthRow } from '../../figures/incidents';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/incidents';

/** The monthly category chart's data as a table. */
export function CategoryChartTable({
  data,
  focus,
  caption,
}: {
  data: readonly CategoryMonthRow[];
  focus: IncidentCategory | undefined;
  caption: string;
}) {
  const { t, fmt } = useI18n();
  const categories = focus ? [focus] : incidentCategories;
  return (
    <table className="data-table" data-testid="incidents-chart-table">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('chart.month')}</th>
          {categories.map((c) => (
            <th key={c} scope="col" className="num">
              {t(`incidents.category.${c}`)}
            </th>
          ))}
          {!focus && (
            <th scope="col" className="num">
              {t('incidents.chart.total')}
            </th>
          )}
          <th scope="col" className="num">
            {t('incidents.chart.priorTotal')}
          </th>
        </tr>
      </thead>
      <tbody>
        {data.map((row) => (
          <tr key={row.month}>
            <th scope="row">{fmt.monthShort(row.month)}</th>
            {categories.map((c) => (
              <td key={c} className="num">
                {fmt.number(row[c])}
              </td>
            ))}
            {!focus && <td className="num">{fmt.number(row.total)}</td>}
            <td className="num">{fmt.number(row.priorTotal)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
