import { RankingTable } from '../../components/ranking-table/ranking-table';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/report';
import { ReportSection } from './report-section';
import type { ReportData } from './use-report-data';

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
            <RankingTable
              density="print"
              caption={title}
              rows={ranking.rows}
              totals={area ? ranking.totals : null}
              testId="report-ranking-table"
            />
            <p className="text-sm text-muted">{t('report.ranking.note')}</p>
          </>
        )
      }
    </ReportSection>
  );
}
