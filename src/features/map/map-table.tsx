import '../../i18n/messages/views/map';
import { Link } from '@tanstack/react-router';
import { classIndex, type MapClasses, type MapFigureId, type MapValue } from '../../figures/map';
import { ScrollTable } from '../../components/scroll-table';
import { formatMapNumber, mapBasisText, mapChangeText } from '../../components/map/map-text';
import type { Area } from '../../api/schemas';
import { useI18n } from '../../i18n/i18n-context';

/** The map's figures as a table: every area, drawn or not, with its value, basis, change and class. */
export function MapTable({
  figure,
  areas,
  values,
  classes,
}: {
  figure: MapFigureId;
  areas: readonly Area[];
  values: ReadonlyMap<string, MapValue>;
  classes: MapClasses;
}) {
  const { t, fmt } = useI18n();
  const figureName = t(`map.fig.${figure}`);
  return (
    <ScrollTable caption={t('map.tableCaption', { figure: figureName })} testId="map-table">
      <thead>
        <tr>
          <th scope="col">{t('map.col.name')}</th>
          <th scope="col" className="num">
            {figureName}
          </th>
          <th scope="col">{t('map.col.basis')}</th>
          <th scope="col" className="num">
            {t('map.col.change')}
          </th>
          <th scope="col" className="num">
            {t('map.col.class')}
          </th>
        </tr>
      </thead>
      <tbody>
        {areas.map((a) => {
          const v = values.get(a.id);
          const value = v?.value ?? null;
          return (
            <tr key={a.id} data-row-id={a.id}>
              <th scope="row">
                <Link to="/map" search={(prev) => ({ ...prev, area: a.id, level: undefined })}>
                  {a.name}
                </Link>
              </th>
              <td className="num" data-column="value">
                {value === null ? t('map.noData') : formatMapNumber(fmt, figure, value)}
                {v?.small ? ` (${t('map.small')})` : ''}
              </td>
              <td data-column="basis">{mapBasisText(t, fmt, figure, v)}</td>
              <td className="num" data-column="change">
                {mapChangeText(t, fmt, v)}
              </td>
              <td className="num" data-column="class">
                {value === null ? '–' : fmt.number(classIndex(classes.breaks, value) + 1)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </ScrollTable>
  );
}
