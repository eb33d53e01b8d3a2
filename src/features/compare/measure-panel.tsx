import { lazy, Suspense, useState } from 'react';
import { Panel, type PanelQuery } from '../../components/panel';
import { seriesColors } from '../../components/colors';
import type { CompareFigures } from '../../figures/compare';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/compare';
import type { CompareMeasure } from './small-multiples';
import { Name } from '../../components/name';

const SmallMultiples = lazy(() => import('./small-multiples'));

/**
 * One measure for every picked area: small charts on one shared scale (hidden from screen
 * readers) and the same numbers as a table of months × areas, shown on request.
 */
export function MeasurePanel({
  measure,
  title,
  figures,
  queries,
  target,
}: {
  measure: CompareMeasure;
  title: string;
  figures: CompareFigures | null;
  queries: readonly PanelQuery[];
  target: number;
}) {
  const { t, fmt } = useI18n();
  const [showTable, setShowTable] = useState(false);
  const scale = figures?.scales[measure === 'mediation' ? 'mediationRate' : measure];
  const value = (n: number | null) =>
    n === null ? '—' : measure === 'mediation' ? fmt.percent(n) : fmt.number(n);
  const months = figures?.areas[0]?.trends.map((p) => p.month) ?? [];

  return (
    <Panel
      title={title}
      queries={queries}
      actions={
        <button
          type="button"
          className="btn btn-small"
          aria-pressed={showTable}
          onClick={() => setShowTable((s) => !s)}
        >
          {showTable ? t('chart.hideTable') : t('chart.showTable')}
        </button>
      }
    >
      {() =>
        figures &&
        scale && (
          <div className="flex flex-col gap-2" data-testid={`compare-${measure}`}>
            {measure === 'incidents' && (
              <p className="flex flex-wrap gap-4 text-sm" aria-hidden="true">
                <span className="flex items-center gap-1">
                  <span className="inline-block size-3" style={{ background: seriesColors.current }} />
                  {t('chart.current')}
                </span>
                <span className="flex items-center gap-1">
                  <span className="inline-block size-3" style={{ background: seriesColors.prior }} />
                  {t('chart.prior')}
                </span>
              </p>
            )}
            {!showTable && (
              <div aria-hidden="true">
                <Suspense fallback={<div className="skeleton h-44 w-full" />}>
                  <SmallMultiples measure={measure} areas={figures.areas} scale={scale} target={target} />
                </Suspense>
              </div>
            )}
            <div className={showTable ? 'relative overflow-x-auto' : 'sr-only'}>
              <table className="data-table">
                <caption className="sr-only">{title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('chart.month')}</th>
                    {figures.areas.map((a) => (
                      <th key={a.figures.id} scope="col" className="num">
                        <Name name={a.figures.name} clamp />
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {months.map((month, i) => (
                    <tr key={month}>
                      <th scope="row">{fmt.monthShort(month)}</th>
                      {figures.areas.map((a) => {
                        const p = a.trends[i];
                        return (
                          <td key={a.figures.id} className="num">
                            {!p
                              ? '—'
                              : measure === 'incidents'
                                ? t('compare.vsPrior', {
                                    current: value(p.incidents),
                                    prior: value(p.priorIncidents),
                                  })
                                : measure === 'mediation'
                                  ? `${value(p.mediationRate)} (${fmt.number(p.mediation.numerator)} / ${fmt.number(p.mediation.denominator)})`
                                  : value(p.patrols)}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p className="text-sm text-muted">{t('compare.sharedScale')}</p>
          </div>
        )
      }
    </Panel>
  );
}
