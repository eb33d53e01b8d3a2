import { getRouteApi } from '@tanstack/react-router';
import { useId, useMemo, useRef } from 'react';
import type { AreaLevel } from '../../api/schemas';
import { ChartExportMenu } from '../../components/export/chart-export-menu';
import { Choropleth } from '../../components/map/choropleth';
import { classColors } from '../../components/map/map-colors';
import { MapLegend } from '../../components/map/map-legend';
import { AreaNotFound, PageHeading } from '../../components/page-heading';
import { Panel } from '../../components/panel';
import { useUnitNames } from '../../components/unit-names';
import { mapFigureIds, type MapFigureId } from '../../figures/map';
import { useMapData } from '../../hooks/use-map-data';
import { useSelectedArea } from '../../hooks/use-selected-area';
import { useViewState } from '../../hooks/use-view-state';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/map';
import { MapTable } from './map-table';

const route = getRouteApi('/map');

/** The areas one level down (or a chosen level) coloured by a figure; click or Enter drills in. */
export function MapPage() {
  const { t, fmt } = useI18n();
  const view = useViewState();
  const units = useUnitNames();
  const { tree, area, areasQuery, notFound } = useSelectedArea();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const figure: MapFigureId = search.figure ?? 'incidentRate';
  const m = useMapData(tree, area, search.level, figure, view.period, view.prior);
  const boxRef = useRef<HTMLDivElement>(null);
  const figureId = useId();
  const levelId = useId();

  const values = useMemo(() => new Map((m.values ?? []).map((v) => [v.areaId, v])), [m.values]);
  const colors = useMemo(
    () => (m.classes ? classColors(figure, m.classes.classes) : []),
    [figure, m.classes],
  );
  const outline = m.outline.data?.features.find((f) => f.id === area?.id);

  if (notFound) return <AreaNotFound id={view.areaParam ?? ''} />;

  const figureName = t(`map.fig.${figure}`);
  const areasName = m.areas ? units.children(m.areas, m.level).toLocaleLowerCase() : '';
  const subtitle = area ? `${area.name} · ${fmt.monthRange(view.period.from, view.period.to)}` : '';
  const setSearch = (patch: { figure?: MapFigureId; level?: AreaLevel }) =>
    void navigate({ to: '.', search: (prev) => ({ ...prev, ...patch }), replace: true });
  const open = (id: string) =>
    void navigate({ to: '.', search: (prev) => ({ ...prev, area: id, level: undefined }) });

  return (
    <div className="flex flex-col gap-3 sm:gap-6">
      <PageHeading title={t('map.title')} area={area} period={view.period} prior={view.prior} />
      <div className="flex flex-wrap items-end gap-4">
        <label className="flex flex-col gap-1 text-sm" htmlFor={figureId}>
          {t('map.figure')}
          <select
            id={figureId}
            className="rounded-md border border-[var(--border)] bg-[var(--surface)] px-2 py-1"
            value={figure}
            onChange={(e) => {
              const next = mapFigureIds.find((f) => f === e.target.value);
              if (next) setSearch({ figure: next });
            }}
            data-testid="map-figure"
          >
            {mapFigureIds.map((f) => (
              <option key={f} value={f}>
                {t(`map.fig.${f}`)}
              </option>
            ))}
          </select>
        </label>
        {m.levels.length > 1 && (
          <label className="flex flex-col gap-1 text-sm" htmlFor={levelId}>
            {t('map.level')}
            <select
              id={levelId}
              className="rounded-md border border-[var(--border)] bg-[var(--surface)] px-2 py-1"
              value={m.level}
              onChange={(e) => {
                const next = m.levels.find((l) => l === e.target.value);
                if (next) setSearch({ level: next });
              }}
              data-testid="map-level"
            >
              {m.levels.map((l) => (
                <option key={l} value={l}>
                  {l === 'country' ? t('units.country') : t(`unit.level-${l}`)}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <Panel
        title={t('map.chartTitle', { figure: figureName })}
        queries={[areasQuery, ...m.queries]}
        actions={
          <ChartExportMenu
            meta={{ fileName: `${area?.name ?? ''} ${figureName}`, title: figureName, subtitle }}
            getContainer={() => boxRef.current}
            unavailable={m.geometry.data === null ? t('map.noGeometry') : undefined}
          />
        }
      >
        {() =>
          m.values && m.classes && m.areas && area ? (
            <div className="flex flex-col gap-4">
              <div ref={boxRef} className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(14rem,1fr)]">
                {m.geometry.data ? (
                  <Choropleth
                    features={m.geometry.data.features}
                    outline={outline}
                    areas={tree?.byId ?? new Map()}
                    values={values}
                    classes={m.classes}
                    colors={colors}
                    figure={figure}
                    label={t('map.svgLabel', { areas: areasName, name: area.name, figure: figureName })}
                    onOpen={open}
                  />
                ) : (
                  <p data-testid="map-no-geometry">{t('map.noGeometry')}</p>
                )}
                <MapLegend
                  figure={figure}
                  classes={m.classes}
                  colors={colors}
                  noData={m.values.filter((v) => v.value === null).length}
                  notOnMap={m.geometry.data ? m.missing.length : null}
                />
              </div>
              <p className="text-sm text-muted">{t('map.drillHint')}</p>
              <MapTable figure={figure} areas={m.areas} values={values} classes={m.classes} />
            </div>
          ) : null
        }
      </Panel>
    </div>
  );
}
