import './report.css';
import { getRouteApi } from '@tanstack/react-router';
import { useCallback, useEffect, useMemo, useState, type CSSProperties } from 'react';
import { AreaNotFound } from '../../components/page-heading';
import { useI18n } from '../../i18n/i18n-context';
import { useDocumentStyle } from '../../lib/document-style';
import '../../i18n/messages/views/report';
import { CategoriesSection } from './categories-section';
import { GroupsSection } from './groups-section';
import { KpisSection } from './kpis-section';
import { MediationSection } from './mediation-section';
import { MonthlySection } from './monthly-section';
import { MovesSection } from './moves-section';
import { contentWidthMm, pageRule } from './page-style';
import { PatrolsSection } from './patrols-section';
import { MapSection } from './map-section';
import { RankingSection } from './ranking-section';
import { ReportHeader } from './report-header';
import { ReportToolbar } from './report-toolbar';
import { useReportData } from './use-report-data';

const route = getRouteApi('/report');

/** Chromium 131+ draws @page margin boxes (page numbers); elsewhere a running footer stands in. */
const marginBoxes = typeof window !== 'undefined' && 'CSSMarginRule' in window;

/**
 * The printable report of the selected area and period: the views' figures laid out on A4, one
 * section per page, with the page rule (size, orientation, running header, page numbers) set here.
 */
export function ReportPage() {
  const { t, fmt } = useI18n();
  const orientation = route.useSearch().orientation ?? 'portrait';
  const data = useReportData();
  const { area, view } = data;
  const [chartRendered, setChartRendered] = useState(false);
  const onChartRendered = useCallback(() => setChartRendered(true), []);

  // The chart is drawn only when the incidents arrived with rows; otherwise there is none to wait for.
  const chartExpected = data.queries.incidents.isSuccess && data.queries.incidents.data.items.length > 0;
  const ready = data.settled && (!chartExpected || chartRendered);

  const periodText = fmt.monthRange(view.period.from, view.period.to);
  const running = area ? `${area.name} · ${periodText}` : periodText;
  const asOfText = t(view.data.inferred ? 'range.asOfInferred' : 'asOf', { month: fmt.month(view.asOf) });
  const css = useMemo(
    () =>
      pageRule({
        orientation,
        runningHeader: running,
        runningNote: asOfText,
        pageTemplate: t('report.print.pageOf'),
      }),
    [orientation, running, asOfText, t],
  );
  useDocumentStyle(css);

  // A PDF saved from the print dialog is named after the document title.
  useEffect(() => {
    const title = `${t('nav.report')} · ${running}`;
    let saved = document.title;
    const before = () => {
      saved = document.title;
      document.title = title;
    };
    const after = () => {
      document.title = saved;
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [t, running]);

  if (data.notFound) return <AreaNotFound id={view.areaParam ?? ''} />;

  return (
    <div
      className="report"
      data-report-root=""
      data-report-ready={ready ? 'true' : 'false'}
      data-orientation={orientation}
      data-testid="report"
      // The sheet's width on screen: the printable width of the chosen orientation.
      style={{ '--sheet-width': `${contentWidthMm(orientation)}mm` } as CSSProperties}
    >
      <ReportToolbar orientation={orientation} ready={ready} />
      <article className="report-sheet" aria-busy={!ready}>
        <ReportHeader
          area={area}
          period={view.period}
          prior={view.prior}
          asOf={view.asOf}
          targets={data.targets}
        />
        <KpisSection data={data} />
        <MonthlySection data={data} orientation={orientation} onChartRendered={onChartRendered} />
        <CategoriesSection data={data} />
        <MovesSection data={data} />
        <MediationSection data={data} />
        <GroupsSection data={data} />
        <PatrolsSection data={data} />
        <RankingSection data={data} />
        <MapSection data={data} />
      </article>
      {!marginBoxes && (
        <p className="report-running-footer" aria-hidden="true">
          {running} · {asOfText}
        </p>
      )}
    </div>
  );
}
