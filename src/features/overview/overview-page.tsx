import { AreaNotFound, PageHeading } from '../../components/page-heading';
import { ReportingNote } from '../../components/reporting-note';
import { useReporting } from '../../hooks/use-reporting';
import { useSelectedArea } from '../../hooks/use-selected-area';
import { useViewState } from '../../hooks/use-view-state';
import { useI18n } from '../../i18n/i18n-context';
import { IncidentsChartPanel } from './incidents-chart-panel';
import {
  AreaFactsPanel,
  GroupsKpiPanel,
  IncidentsKpiPanel,
  MediationKpiPanel,
  PatrolsKpiPanel,
} from './kpi-panels';

export function OverviewPage() {
  const { t } = useI18n();
  const view = useViewState();
  const { area, areasQuery, notFound } = useSelectedArea();
  const reporting = useReporting(area);
  if (notFound) return <AreaNotFound id={view.areaParam ?? ''} />;
  const props = { area, areasQuery, period: view.period, prior: view.prior };
  const marks = { completeness: reporting.completeness };
  return (
    <div className="flex flex-col gap-6">
      <PageHeading title={t('overview.title')} area={area} period={view.period} prior={view.prior} />
      {area && (
        <ReportingNote
          area={area}
          completeness={reporting.completeness}
          failed={
            reporting.query.isError
              ? { error: reporting.query.error, retry: () => void reporting.query.refetch() }
              : null
          }
        />
      )}
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
        <IncidentsKpiPanel {...props} {...marks} />
        <MediationKpiPanel {...props} />
        <PatrolsKpiPanel {...props} {...marks} />
        <GroupsKpiPanel {...props} />
      </div>
      <div className="grid gap-4 lg:grid-cols-4">
        <IncidentsChartPanel {...props} />
        <AreaFactsPanel {...props} />
      </div>
    </div>
  );
}
