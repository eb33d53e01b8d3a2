import type { Ratio } from '../../figures/figures';
import type { AreaFigures, RankingRow } from '../../figures/ranking';
import { RankMove } from '../../components/rank-move';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/report';
import { ChangeCell } from './change-cell';
import { ReportSection } from './report-section';
import type { ReportData } from './use-report-data';
import { Name } from '../../components/name';

/** Every child area, ranked as the Wards view ranks them, with the area's own totals last. */
export function RankingSection({ data }: { data: ReportData }) {
  const { t } = useI18n();
  const { area, ranking } = data;
  const title = t('report.section.ranking');
  if (area && !data.hasChildren) {
    return (
      <ReportSection id="ranking" title={title} queries={[data.areasQuery]}>
        {() => <p className="text-muted">{t('report.noChildren', { name: area.name })}</p>}
      </ReportSection>
    );
  }
  return (
    <ReportSection
      id="ranking"
      title={title}
      queries={[data.areasQuery, ...data.queries.ranking]}
      isEmpty={ranking?.rows.length === 0}
    >
      {() =>
        ranking && (
          <>
            {/* Nine columns overflow a phone: the table scrolls sideways there (reachable by keyboard). */}
            <div
              className="report-ranking-wrap relative overflow-x-auto"
              role="region"
              aria-label={title}
              tabIndex={0}
            >
              <table className="data-table report-table report-ranking" data-testid="report-ranking-table">
                <caption className="sr-only">{title}</caption>
                <thead>
                  <tr>
                    <th scope="col" className="num">
                      {t('report.col.rank')}
                    </th>
                    <th scope="col">{t('report.col.area')}</th>
                    <th scope="col" className="num">
                      {t('report.col.rate')}
                    </th>
                    <th scope="col" className="num">
                      {t('report.col.incidents')}
                    </th>
                    <th scope="col">{t('report.col.change')}</th>
                    <th scope="col" className="num">
                      {t('report.col.mediation')}
                    </th>
                    <th scope="col" className="num">
                      {t('report.col.patrols')}
                    </th>
                    <th scope="col" className="num">
                      {t('report.col.activeGroups')}
                    </th>
                    <th scope="col" className="num">
                      {t('report.col.coverage')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {ranking.rows.map((row) => (
                    <tr key={row.id} data-area={row.id} data-rank={row.rank ?? ''}>
                      <td className="num">
                        <Rank row={row} />
                      </td>
                      <th scope="row" className="font-normal">
                        <Name name={row.name} clamp />
                      </th>
                      <FigureCells row={row} />
                    </tr>
                  ))}
                </tbody>
                {ranking.totals && area && (
                  <tfoot>
                    <tr className="font-semibold" data-testid="report-ranking-total">
                      <td />
                      <th scope="row">{t('report.ranking.total', { name: area.name })}</th>
                      <FigureCells row={ranking.totals} />
                    </tr>
                  </tfoot>
                )}
              </table>
            </div>
            <p className="text-sm text-muted">{t('report.ranking.note')}</p>
          </>
        )
      }
    </ReportSection>
  );
}

function Rank({ row }: { row: RankingRow }) {
  const { fmt } = useI18n();
  return (
    <>
      {row.rank === null ? '—' : fmt.number(row.rank)}
      <RankMove
        moved={row.rankChange}
        className="report-rank-move"
        upKey="report.ranking.up"
        downKey="report.ranking.down"
      />
    </>
  );
}

function FigureCells({ row }: { row: AreaFigures }) {
  const { fmt } = useI18n();
  const share = (r: Ratio | null) =>
    r === null || r.value === null ? (
      '—'
    ) : (
      <>
        {fmt.percent(r.value)}
        <span className="report-base">
          {fmt.number(r.numerator)} / {fmt.number(r.denominator)}
        </span>
      </>
    );
  return (
    <>
      <td className="num">{row.incidentRate === null ? '—' : fmt.decimal(row.incidentRate)}</td>
      <td className="num">{fmt.number(row.incidents.current)}</td>
      <td>
        <ChangeCell change={row.incidents} better="down" />
      </td>
      <td className="num">{share(row.mediationRate)}</td>
      <td className="num">{fmt.number(row.patrols)}</td>
      <td className="num">{row.activeGroups === null ? '—' : fmt.number(row.activeGroups)}</td>
      <td className="num">{share(row.coverage)}</td>
    </>
  );
}
