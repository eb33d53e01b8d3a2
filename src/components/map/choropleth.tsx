// The map drawn in SVG: every area a path filled by its class, hatched when its value rests on
// small numbers or is missing, its name and value as its accessible name. With `onOpen` each area
// is a keyboard-focusable link (click or Enter opens it); hover or focus shows its figures.
import '../../i18n/messages/views/map';
import { useId, useMemo, useState } from 'react';
import type { AreaFeature } from '../../api/geometry-schemas';
import type { Area } from '../../api/schemas';
import { classIndex, type MapClasses, type MapFigureId, type MapValue } from '../../figures/map';
import { useI18n } from '../../i18n/i18n-context';
import { baseName } from '../../lib/unit-types';
import { mapHatchColor, mapNoDataColor, mapOutlineColor } from '../colors';
import { mapBasisText, mapChangeText, mapValueText } from './map-text';
import { placeLabels, projectMap } from './projection';

export type ChoroplethProps = {
  features: readonly AreaFeature[];
  outline: AreaFeature | undefined;
  areas: ReadonlyMap<string, Area>;
  values: ReadonlyMap<string, MapValue>;
  classes: MapClasses;
  colors: readonly string[];
  figure: MapFigureId;
  label: string;
  onOpen?: (id: string) => void;
  width?: number;
  maxHeight?: number;
  /** Name the largest areas on the map (a slide leaves them out: its text must read from the hall). */
  labels?: boolean;
  /** Fill the parent's height (a slide) instead of the width's share of it. */
  fill?: boolean;
};

const LABEL_SIZE = 11;

export function Choropleth(props: ChoroplethProps) {
  const { features, outline, areas, values, classes, colors, figure, label, onOpen } = props;
  const { t, fmt } = useI18n();
  const [active, setActive] = useState<string | null>(null);
  const hatchId = `map-hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const width = props.width ?? 800;
  const map = useMemo(
    () => projectMap(features, outline, width, props.maxHeight ?? 640),
    [features, outline, width, props.maxHeight],
  );
  const labels = useMemo(
    () =>
      placeLabels(
        map.areas,
        (id) => {
          const a = areas.get(id);
          return a ? baseName(a) : id;
        },
        (text) => text.length * LABEL_SIZE * 0.55,
      ),
    [map.areas, areas],
  );
  const shownLabels = props.labels === false ? [] : labels;

  const fillOf = (v: MapValue | undefined) =>
    v?.value === null || v === undefined
      ? mapNoDataColor
      : (colors[classIndex(classes.breaks, v.value)] ?? mapNoDataColor);
  const nameOf = (id: string) => areas.get(id)?.name ?? id;
  const accessibleName = (id: string) =>
    t('map.areaName', { name: nameOf(id), value: mapValueText(t, fmt, figure, values.get(id)) });
  const activeArea = map.areas.find((a) => a.id === active);
  const activeValue = active ? values.get(active) : undefined;

  return (
    <div className={props.fill ? 'relative h-full min-h-0' : 'relative'} data-testid="map">
      <svg
        viewBox={`0 0 ${map.width} ${map.height}`}
        width="100%"
        {...(props.fill ? { height: '100%' } : {})}
        role="group"
        aria-label={label}
        data-testid="map-svg"
        className={props.fill ? 'block' : 'block h-auto max-w-full'}
      >
        <defs>
          <pattern
            id={hatchId}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <line x1="0" y1="0" x2="0" y2="6" stroke={mapHatchColor} strokeWidth="1.5" />
          </pattern>
        </defs>
        {map.areas.map((a) => {
          const v = values.get(a.id);
          const hatched = v === undefined || v.value === null || v.small;
          return (
            <g key={a.id}>
              <path
                d={a.d}
                fill={fillOf(v)}
                stroke="#ffffff"
                strokeWidth={0.8}
                strokeLinejoin="round"
                data-area-id={a.id}
                data-class={
                  v?.value === null || v === undefined ? 'none' : classIndex(classes.breaks, v.value)
                }
                {...(onOpen
                  ? {
                      role: 'link',
                      tabIndex: 0,
                      'aria-label': accessibleName(a.id),
                      className: 'cursor-pointer outline-none',
                      onClick: () => onOpen(a.id),
                      onKeyDown: (e: React.KeyboardEvent) => {
                        if (e.key === 'Enter') onOpen(a.id);
                      },
                      onMouseEnter: () => setActive(a.id),
                      onMouseLeave: () => setActive((cur) => (cur === a.id ? null : cur)),
                      onFocus: () => setActive(a.id),
                      onBlur: () => setActive((cur) => (cur === a.id ? null : cur)),
                    }
                  : { 'aria-hidden': true })}
              />
              {hatched && <path d={a.d} fill={`url(#${hatchId})`} pointerEvents="none" aria-hidden="true" />}
            </g>
          );
        })}
        {map.outline && (
          <path
            d={map.outline}
            fill="none"
            stroke={mapOutlineColor}
            strokeWidth={2}
            pointerEvents="none"
            aria-hidden="true"
            data-testid="map-outline"
          />
        )}
        {activeArea && (
          <path
            d={activeArea.d}
            fill="none"
            stroke={mapOutlineColor}
            strokeWidth={3}
            pointerEvents="none"
            aria-hidden="true"
            data-export-skip
          />
        )}
        <g aria-hidden="true" pointerEvents="none" data-testid="map-labels">
          {shownLabels.map((l) => (
            <text
              key={l.id}
              x={l.x}
              y={l.y}
              textAnchor="middle"
              dominantBaseline="central"
              fontSize={LABEL_SIZE}
              fontWeight={600}
              fill="#111827"
              stroke="#ffffff"
              strokeWidth={3}
              paintOrder="stroke"
            >
              {l.text}
            </text>
          ))}
        </g>
      </svg>
      {activeArea && active && (
        <div
          className="pointer-events-none absolute z-10 max-w-xs rounded border border-[var(--border)] bg-[var(--surface)] p-2 text-sm shadow"
          style={{
            left: `${Math.min(70, (activeArea.centroid[0] / map.width) * 100)}%`,
            top: `${(activeArea.centroid[1] / map.height) * 100}%`,
          }}
          data-export-skip
          data-testid="map-tooltip"
          aria-hidden="true"
        >
          <p className="font-semibold">{nameOf(active)}</p>
          <p>{mapValueText(t, fmt, figure, activeValue)}</p>
          <p className="text-muted">{mapBasisText(t, fmt, figure, activeValue)}</p>
          <p className="text-muted">{t('map.change', { change: mapChangeText(t, fmt, activeValue) })}</p>
        </div>
      )}
    </div>
  );
}
