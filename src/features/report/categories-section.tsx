import { incidentCategoryColors } from '../../components/colors';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/incidents';
import '../../i18n/messages/views/report';
import { ChangeCell } from './change-cell';
import { ReportSection } from './report-section';
import type { ReportData } from './use-report-data';

/** The Incidents view's change per category, this period against the same months a year earlier. */
export function CategoriesSection({ data }: { data: ReportData }) {
  const { t, fmt } = useI18n();
  const c = data.categories;
  const title = t('report.section.categories');
  return (
    <ReportSection
      id="categories"
      title={title}
      queries={[data.areasQuery, data.queries.incidents]}
      isEmpty={data.queries.incidents.data?.items.length === 0}
    >
      {() =>
        c && (
          <table className="data-table report-table" data-testid="report-categories-table">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report.col.category')}</th>
                <th scope="col" className="num">
                  {t('report.col.current')}
                </th>
                <th scope="col" className="num">
                  {t('report.col.prior')}
                </th>
                <th scope="col">{t('report.col.change')}</th>
              </tr>
            </thead>
            <tbody>
              {c.categories.map(({ category, change }) => (
                <tr key={category} data-category={category}>
                  <th scope="row" className="font-normal">
                    <span
                      aria-hidden="true"
                      className="report-swatch"
                      style={{ background: incidentCategoryColors[category] }}
                    />
                    {t(`incidents.category.${category}`)}
                  </th>
                  <td className="num">{fmt.number(change.current)}</td>
                  <td className="num">{fmt.number(change.prior)}</td>
                  <td>
                    <ChangeCell change={change} better="down" />
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="font-semibold" data-category="total">
                <th scope="row">{t('report.categories.total')}</th>
                <td className="num">{fmt.number(c.total.current)}</td>
                <td className="num">{fmt.number(c.total.prior)}</td>
                <td>
                  <ChangeCell change={c.total} better="down" />
                </td>
              </tr>
            </tfoot>
          </table>
        )
      }
    </ReportSection>
  );
}
