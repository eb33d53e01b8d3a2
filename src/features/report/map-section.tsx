import { useMemo } from 'react';
import { Choropleth } from '../../components/map/choropleth';
import { classColors } from '../../components/map/map-colors';
import { MapLegend } from '../../components/map/map-legend';
import { useMapData } from '../../hooks/use-map-data';
import { useSelectedArea } from '../../hooks/use-selected-area';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/map';
import '../../i18n/messages/views/report';
import { ReportSection } from './report-section';
import type { ReportData } from './use-report-data';

/** The areas one level down coloured by incidents per 10,000 residents, as the Map view draws them. */
export function MapSection({ data }: { data: ReportData }) {
  const { t } = useI18n();
  const { tree, area } = useSelectedArea();
  const m = useMapData(tree, area, undefined, 'incidentRate', data.view.period, data.view.prior);
  const values = useMemo(() => new Map((m.values ?? []).map((v) => [v.areaId, v])), [m.values]);
  const colors = useMemo(
    () => (m.classes ? classColors('incidentRate', m.classes.classes) : []),
    [m.classes],
  );
  const outline = m.outline.data?.features.find((f) => f.id === area?.id);
  const title = t('report.section.map');
  return (
    <ReportSection id="map" title={title} queries={[data.areasQuery, ...m.queries]}>
      {() =>
        m.values &&
        m.classes &&
        area && (
          <div className="grid gap-4 sm:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] print:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
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
              />
            ) : (
              <p className="text-muted">{t('map.noGeometry')}</p>
            )}
            <MapLegend
              figure="incidentRate"
              classes={m.classes}
              colors={colors}
              noData={m.values.filter((v) => v.value === null).length}
              notOnMap={m.geometry.data ? m.missing.length : null}
            />
          </div>
        )
      }
    </ReportSection>
  );
}
