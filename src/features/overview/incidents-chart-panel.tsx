import { lazy, useMemo } from 'react';
import { ChartPanel } from '../../components/chart-panel';
import { RESERVED_HEIGHT } from './reserved-heights';
import { TableExportMenu } from '../../components/export/table-export-menu';
import { MonthTable } from '../../components/month-table';
import type { MonthlyComparison } from '../../figures/figures';
import { useI18n } from '../../i18n/i18n-context';
import { fileName } from '../../lib/download';
import type { ExportColumn } from '../../lib/table-export';
import type { PanelProps } from './kpi-panels';
import { useIncidentsPart } from './use-overview';

// recharts is the heaviest dependency: the KPIs render while the chart's code still loads.
const IncidentsChart = lazy(() => import('./incidents-chart'));

export function IncidentsChartPanel({ area, areasQuery, period, prior }: PanelProps) {
  const { t, fmt } = useI18n();
  const { query, figures: f } = useIncidentsPart(area, period, prior);
  // The same columns as the table; months stay "YYYY-MM" so spreadsheets sort and parse them.
  const exportColumns = useMemo<ExportColumn<MonthlyComparison>[]>(
    () => [
      { header: t('chart.month'), value: (r) => r.month, format: 'text' },
      { header: t('chart.current'), value: (r) => r.current, format: 'number' },
      { header: t('chart.priorMonth'), value: (r) => r.priorMonth, format: 'text' },
      { header: t('chart.prior'), value: (r) => r.prior, format: 'number' },
    ],
    [t],
  );
  const chartTitle = t('chart.monthlyIncidents');
  const exportFileName = fileName([area?.name ?? '', period.from, period.to, chartTitle], '');
  return (
    <ChartPanel
      className={`lg:col-span-3 ${RESERVED_HEIGHT.chart}`}
      title={chartTitle}
      queries={[areasQuery, query]}
      isEmpty={query.data?.items.length === 0}
      chart={() => f && <IncidentsChart data={f.monthly} />}
      table={() =>
        f && (
          <MonthTable
            rows={f.monthly}
            caption={chartTitle}
            testId="incidents-table"
            current={(row) => fmt.number(row.current)}
            prior={(row) => fmt.number(row.prior)}
          />
        )
      }
      exportMeta={
        area && {
          fileName: exportFileName,
          title: chartTitle,
          subtitle: `${area.name} · ${fmt.monthRange(period.from, period.to)} · ${t('period.comparison', {
            range: fmt.monthRange(prior.from, prior.to),
          })}`,
        }
      }
      downloads={
        f && (
          <TableExportMenu
            name={chartTitle}
            fileName={exportFileName}
            columns={exportColumns}
            rows={f.monthly}
          />
        )
      }
    />
  );
}
