import { ChangeRowCells, ChangeTableHead } from '../../components/change-table';
import type { AreaChange } from '../../figures/incidents';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/report';
import { ChangeCell } from '../../components/change-cell';
import { changeColumns } from './change-columns';
import { ReportSection } from './report-section';
import type { ReportData } from './use-report-data';
import { Name } from '../../components/name';

/** The child areas whose incidents rose and fell most, by number of incidents. */
export function MovesSection({ data }: { data: ReportData }) {
  const { t } = useI18n();
  const { area, moves } = data;
  const title = t('report.section.moves');
  if (area && !data.hasChildren) {
    return (
      <ReportSection id="moves" title={title} queries={[data.areasQuery]}>
        {() => <p className="text-muted">{t('report.noChildren', { name: area.name })}</p>}
      </ReportSection>
    );
  }
  return (
    <ReportSection id="moves" title={title} queries={[data.areasQuery, data.queries.childIncidents]}>
      {() =>
        moves && (
          <div className="flex flex-col gap-4">
            <MovesTable
              moves={moves.rises}
              title={t('report.moves.rises')}
              empty={t('report.moves.noneRose')}
              testId="report-rises"
            />
            <MovesTable
              moves={moves.falls}
              title={t('report.moves.falls')}
              empty={t('report.moves.noneFell')}
              testId="report-falls"
            />
            <p className="text-sm text-muted">{t('report.moves.note')}</p>
          </div>
        )
      }
    </ReportSection>
  );
}

function MovesTable({
  moves,
  title,
  empty,
  testId,
}: {
  moves: readonly AreaChange[];
  title: string;
  empty: string;
  testId: string;
}) {
  const { t } = useI18n();
  return (
    <div className="report-keep">
      <h3 className="report-h3">{title}</h3>
      {moves.length === 0 ? (
        <p className="text-muted" data-testid={testId}>
          {empty}
        </p>
      ) : (
        <table className="data-table report-table" data-testid={testId}>
          <caption className="sr-only">{title}</caption>
          <ChangeTableHead rowHeader={t('report.col.area')} keys={changeColumns} />
          <tbody>
            {moves.map(({ area, change }) => (
              <tr key={area.id} data-area={area.id}>
                <th scope="row" className="font-normal">
                  <Name name={area.name} clamp />
                </th>
                <ChangeRowCells change={change}>
                  <ChangeCell change={change} better="down" />
                </ChangeRowCells>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
