import { useMemo } from 'react';
import { Choropleth } from '../../components/map/choropleth';
import { classColors } from '../../components/map/map-colors';
import { MapLegend } from '../../components/map/map-legend';
import { useMapData } from '../../hooks/use-map-data';
import { useSelectedArea } from '../../hooks/use-selected-area';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/map';
import { SlideFrame, useSlideFontSize } from './slide-frame';
import type { DeckData } from './use-deck-data';

/** The areas one level down coloured by incidents per 10,000 residents, as the Map view draws them. */
export function MapSlide({ data, title }: { data: DeckData; title: string }) {
  const { t } = useI18n();
  const { tree, area } = useSelectedArea();
  const m = useMapData(tree, area, undefined, 'incidentRate', data.view.period, data.view.prior);
  const fontSize = useSlideFontSize(0.03);
  const values = useMemo(() => new Map((m.values ?? []).map((v) => [v.areaId, v])), [m.values]);
  const colors = useMemo(
    () => (m.classes ? classColors('incidentRate', m.classes.classes) : []),
    [m.classes],
  );
  const outline = m.outline.data?.features.find((f) => f.id === area?.id);
  return (
    <SlideFrame id="map" title={title} queries={[data.areasQuery, ...m.queries]}>
      {() =>
        m.values &&
        m.classes &&
        area && (
          <div
            className="grid h-full min-h-0 grid-cols-[minmax(0,3fr)_minmax(0,2fr)] gap-6"
            style={{ fontSize }}
          >
            {m.geometry.data ? (
              <Choropleth
                features={m.geometry.data.features}
                outline={outline}
                areas={tree?.byId ?? new Map()}
                values={values}
                classes={m.classes}
                colors={colors}
                figure="incidentRate"
                label={title}
                labels={false}
                fill
              />
            ) : (
              <p className="slide-message">{t('map.noGeometry')}</p>
            )}
            <MapLegend
              figure="incidentRate"
              classes={m.classes}
              colors={colors}
              noData={m.values.filter((v) => v.value === null).length}
              notOnMap={m.geometry.data ? m.missing.length : null}
              className=""
            />
          </div>
        )
      }
    </SlideFrame>
  );
}
