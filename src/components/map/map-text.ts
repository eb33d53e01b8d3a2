// How the map says a value in words: the same text is the area's accessible name, its tooltip, its
// table cell and its legend class, so colour is never the only way to read it.
import '../../i18n/messages/views/map';
import type { MapFigureId, MapValue } from '../../figures/map';
import type { Formatters } from '../../i18n/format';
import type { useI18n } from '../../i18n/i18n-context';

type T = ReturnType<typeof useI18n>['t'];

/** The bare number as shown: a rate with one decimal, a share or change as a percentage. */
export function formatMapNumber(fmt: Formatters, figure: MapFigureId, value: number): string {
  switch (figure) {
    case 'incidentChange':
      return `${value > 0 ? '+' : ''}${fmt.percent(value)}`;
    case 'mediationRate':
    case 'coverage':
      return fmt.percent(value);
    default:
      return fmt.decimal(value, 1);
  }
}

/** "12,4 vụ việc trên 10.000 dân", or "không có số liệu". */
export function mapValueText(t: T, fmt: Formatters, figure: MapFigureId, v: MapValue | undefined): string {
  if (!v || v.value === null) return t('map.noData');
  const text = t(`map.value.${figure}`, { value: formatMapNumber(fmt, figure, v.value) });
  return v.small ? `${text} (${t('map.small')})` : text;
}

/** "124 vụ việc, 100.000 dân": what the value was computed from. */
export function mapBasisText(t: T, fmt: Formatters, figure: MapFigureId, v: MapValue | undefined): string {
  if (!v || v.numerator === null || v.denominator === null) return t('map.noData');
  return t(`map.basis.${figure}`, {
    numerator: fmt.number(v.numerator),
    denominator: fmt.number(v.denominator),
  });
}

/** The incidents' change on a year earlier ("+12,0 %"), or "không có số liệu". */
export function mapChangeText(t: T, fmt: Formatters, v: MapValue | undefined): string {
  return v?.change === null || v?.change === undefined
    ? t('map.noData')
    : formatMapNumber(fmt, 'incidentChange', v.change);
}
