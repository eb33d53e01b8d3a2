// The map's legend: each class's colour, limits and count, then the hatching for small numbers
// and for no data, and how many areas are not on the map. Swatches are SVG so exports redraw them.
import '../../i18n/messages/views/map';
import type { MapClasses, MapFigureId } from '../../figures/map';
import { useI18n } from '../../i18n/i18n-context';
import { mapHatchColor, mapNoDataColor } from '../colors';
import { formatMapNumber } from './map-text';

function Swatch({ fill, hatched }: { fill: string; hatched?: boolean }) {
  return (
    <svg width="22" height="14" aria-hidden="true" className="shrink-0">
      <rect x="0.5" y="0.5" width="21" height="13" fill={fill} stroke="#6b7280" />
      {hatched &&
        [0, 6, 12, 18, 24].map((x) => (
          <line key={x} x1={x - 8} y1="14" x2={x + 4} y2="0" stroke={mapHatchColor} strokeWidth="1.5" />
        ))}
    </svg>
  );
}

export function MapLegend({
  figure,
  classes,
  colors,
  noData,
  notOnMap,
  className = 'text-sm',
}: {
  figure: MapFigureId;
  classes: MapClasses;
  colors: readonly string[];
  /** Areas drawn without a value. */
  noData: number;
  /** Areas the boundaries left out; null when none was asked (no map). */
  notOnMap: number | null;
  /** The text size (a slide sets its own on the parent and passes ''). */
  className?: string;
}) {
  const { t, fmt } = useI18n();
  const n = (v: number) => formatMapNumber(fmt, figure, v);
  return (
    <div className={`flex flex-col gap-1 ${className}`} data-testid="map-legend">
      <p className="font-semibold">{t('map.legend', { figure: t(`map.fig.${figure}`) })}</p>
      <ul className="flex flex-col gap-1">
        {classes.classes.map((c, i) => (
          <li key={c.index} className="flex items-center gap-2" data-testid="map-legend-class">
            <Swatch fill={colors[i] ?? mapNoDataColor} />
            <span data-testid="map-legend-limits">{t('map.class', { from: n(c.from), to: n(c.to) })}</span>
            <span className="text-muted" data-testid="map-legend-count">
              ({t('map.classCount', { count: c.count })})
            </span>
          </li>
        ))}
        <li className="flex items-center gap-2">
          <Swatch fill={colors[0] ?? mapNoDataColor} hatched />
          <span>{t('map.legendSmall')}</span>
        </li>
        <li className="flex items-center gap-2">
          <Swatch fill={mapNoDataColor} hatched />
          <span>{t('map.legendNoData')}</span>
          <span className="text-muted">({t('map.classCount', { count: noData })})</span>
        </li>
      </ul>
      {notOnMap !== null && (
        <p className="text-muted" data-testid="map-not-on-map">
          {notOnMap > 0 ? t('map.notOnMap', { count: notOnMap }) : t('map.allOnMap')}
        </p>
      )}
    </div>
  );
}
