import { Bar, BarChart, CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartTooltipContent, TargetLine } from '../../components/charts/chart-parts';
import {
  axisStyle,
  countAxisProps,
  gridProps,
  monthAxisProps,
  percentAxisProps,
  tooltipProps,
} from '../../components/charts/chart-style';
import { seriesColors } from '../../components/colors';
import type { CompareArea } from '../../figures/compare';
import type { Scale } from '../../figures/scale';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/charts';
import { Name } from '../../components/name';

export type CompareMeasure = 'incidents' | 'mediation' | 'patrols';

const margin = { top: 8, right: 8, bottom: 0, left: 0 } as const;

/**
 * One small chart per area for one measure, every one on the same y-scale (domain and ticks come
 * from the figures module), so heights compare across charts. Plots the points as they are.
 */
export default function SmallMultiples({
  measure,
  areas,
  scale,
  target,
}: {
  measure: CompareMeasure;
  areas: readonly CompareArea[];
  scale: Scale;
  target: number;
}) {
  const { t, fmt } = useI18n();
  const yAxis = {
    ...(measure === 'mediation' ? percentAxisProps(fmt, 48) : countAxisProps(fmt, 48)),
    domain: [0, scale.max],
    ticks: scale.ticks,
    interval: 0 as const,
  };
  return (
    <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
      {areas.map(({ figures, trends }) => (
        <figure
          key={figures.id}
          className="flex min-w-0 flex-col gap-1"
          data-testid="small-multiple"
          data-area={figures.id}
        >
          <figcaption className="text-sm font-semibold">
            <Name name={figures.name} />
          </figcaption>
          <div className="h-44 w-full min-w-0">
            {measure === 'mediation' ? (
              <LineChart
                responsive
                accessibilityLayer={false}
                data={[...trends]}
                style={{ width: '100%', height: '100%' }}
                margin={margin}
              >
                <CartesianGrid {...gridProps} />
                <XAxis {...monthAxisProps(fmt)} />
                <YAxis {...yAxis} />
                <Tooltip {...tooltipProps} content={<ChartTooltipContent kind="percent" />} />
                <TargetLine y={target} label={t('charts.target', { value: fmt.percent(target, 0) })} />
                <Line
                  dataKey="mediationRate"
                  name={t('kpi.mediationRate')}
                  stroke={seriesColors.current}
                  strokeWidth={2}
                  dot={{ r: 2 }}
                  connectNulls={false}
                  isAnimationActive={false}
                />
              </LineChart>
            ) : (
              <BarChart
                responsive
                accessibilityLayer={false}
                data={[...trends]}
                style={{ width: '100%', height: '100%' }}
                margin={margin}
              >
                <CartesianGrid {...gridProps} />
                <XAxis {...monthAxisProps(fmt)} tick={{ ...axisStyle.tick, fontSize: 12 }} />
                <YAxis {...yAxis} />
                <Tooltip {...tooltipProps} content={<ChartTooltipContent />} />
                {measure === 'incidents' && (
                  <Bar
                    dataKey="priorIncidents"
                    name={t('chart.prior')}
                    fill={seriesColors.prior}
                    isAnimationActive={false}
                  />
                )}
                <Bar
                  dataKey={measure === 'incidents' ? 'incidents' : 'patrols'}
                  name={measure === 'incidents' ? t('chart.current') : t('kpi.patrols')}
                  fill={seriesColors.current}
                  isAnimationActive={false}
                />
              </BarChart>
            )}
          </div>
        </figure>
      ))}
    </div>
  );
}
