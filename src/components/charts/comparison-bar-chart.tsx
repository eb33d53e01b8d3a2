import { Bar } from 'recharts';
import { useI18n } from '../../i18n/i18n-context';
import { seriesColors } from '../colors';
import { MonthlyChart } from './monthly-chart';

/**
 * Counts per month beside the same month a year earlier, as two bars: the figures module's rows
 * plotted as they are (no math here). `currentKey` and `priorKey` name the two series in a row;
 * `fontSize` scales the type (a slide).
 */
export function ComparisonBarChart<Row extends { month: string }>({
  data,
  currentKey,
  priorKey,
  fontSize,
}: {
  data: readonly Row[];
  currentKey: keyof Row & string;
  priorKey: keyof Row & string;
  fontSize?: number;
}) {
  const { t } = useI18n();
  // recharts types a data key against its own idea of the row; the props above already check it.
  const current: string = currentKey;
  const prior: string = priorKey;
  return (
    <MonthlyChart data={data} type="bar" fontSize={fontSize}>
      <Bar dataKey={prior} name={t('chart.prior')} fill={seriesColors.prior} isAnimationActive={false} />
      <Bar
        dataKey={current}
        name={t('chart.current')}
        fill={seriesColors.current}
        isAnimationActive={false}
      />
    </MonthlyChart>
  );
}
