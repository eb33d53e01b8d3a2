import { ChangeRowCells, ChangeTableHead } from '../../components/change-table';
import { incidentCategoryColors } from '../../components/colors';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/incidents';
import '../../i18n/messages/views/report';
import { ChangeCell } from '../../components/change-cell';
import { changeColumns } from './change-columns';
import { ReportSection } from './report-section';
import type { ReportData } from './use-report-data';

/** The Incidents view's change per category, this period against the same months a year earlier. */
export function CategoriesSection({ data }: { data: ReportData }) {
  const { t } = useI18n();
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
            <ChangeTableHead rowHeader={t('report.col.category')} keys={changeColumns} />
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
                  <ChangeRowCells change={change}>
                    <ChangeCell change={change} better="down" />
                  </ChangeRowCells>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="font-semibold" data-category="total">
                <th scope="row">{t('report.categories.total')}</th>
                <ChangeRowCells change={c.total}>
                  <ChangeCell change={c.total} better="down" />
                </ChangeRowCells>
              </tr>
            </tfoot>
          </table>
        )
      }
    </ReportSection>
  );
}
