import type { TrendPoint } from '../../figures/area-trends';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/area';
import '../../i18n/messages/views/charts';
import '../../i18n/messages/views/wards';
import type { AreaChartKind } from './area-charts';

/** A trend chart's data as a table: exact values, the usual range and what each rate rests on. */
export function AreaTrendTable({
  kind,
  points,
  caption,
}: {
  kind: AreaChartKind;
  points: readonly TrendPoint[];
  caption: string;
}) {
  const { t, fmt } = useI18n();
  return (
    <table className="data-table" data-testid={`area-${kind}-table`}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('chart.month')}</th>
          {kind === 'incidents' && (
            <>
              <th scope="col" className="num">
                {t('chart.current')}
              </th>
              <th scope="col" className="num">
                {t('chart.prior')}
              </th>
              <th scope="col" className="num">
                {t('charts.usualRange')}
              </th>
              <th scope="col">{t('area.detail.vsUsual')}</th>
            </>
          )}
          {kind === 'mediation' && (
            <>
              <th scope="col" className="num">
                {t('kpi.mediationRate')}
              </th>
              <th scope="col" className="num">
                {t('area.detail.resolvedOfClosed')}
              </th>
            </>
          )}
          {kind === 'patrols' && (
            <th scope="col" className="num">
              {t('kpi.patrols')}
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={p.month}>
            <th scope="row">{fmt.monthShort(p.month)}</th>
            {kind === 'incidents' && (
              <>
                <td className="num">{fmt.number(p.incidents)}</td>
                <td className="num">{fmt.number(p.priorIncidents)}</td>
                <td className="num">
                  {p.usualBand ? `${fmt.decimal(p.usualBand[0])} – ${fmt.decimal(p.usualBand[1])}` : '—'}
                </td>
                <td>
                  {p.usualBand === null
                    ? t('wards.usualNone')
                    : p.usualFlag === 'high'
                      ? t('charts.aboveUsual')
                      : p.usualFlag === 'low'
                        ? t('charts.belowUsual')
                        : t('wards.usualWithin')}
                </td>
              </>
            )}
            {kind === 'mediation' && (
              <>
                <td className="num">{p.mediationRate === null ? '—' : fmt.percent(p.mediationRate)}</td>
                <td className="num">
                  {fmt.number(p.mediation.numerator)} / {fmt.number(p.mediation.denominator)}
                </td>
              </>
            )}
            {kind === 'patrols' && <td className="num">{fmt.number(p.patrols)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
