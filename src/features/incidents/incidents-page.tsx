import { getRouteApi } from '@tanstack/react-router';
import { lazy, useId } from 'react';
import { incidentCategories, type IncidentCategory } from '../../api/schemas';
import { ChartPanel } from '../../components/chart-panel';
import { AreaNotFound, PageHeading } from '../../components/page-heading';
import { Panel } from '../../components/panel';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/incidents';
import { AreaMovesTable } from './area-moves-table';
import { CategoryChangesTable } from './category-changes-table';
import { CategoryChartTable } from './category-chart-table';
import { HeatTable } from './heat-table';
import { useIncidents } from './use-incidents';

// recharts loads after the tables: they show while the chart's code is still on its way.
const CategoryChart = lazy(() => import('./category-chart'));

const route = getRouteApi('/incidents');

export function IncidentsPage() {
  const { t } = useI18n();
  const { cat: focus } = route.useSearch();
  const navigate = route.useNavigate();
  const s = useIncidents(focus);
  const setFocus = (cat: IncidentCategory | undefined) =>
    void navigate({ to: '.', search: (prev) => ({ ...prev, cat }) });

  if (s.notFound) return <AreaNotFound id={s.view.areaParam ?? ''} />;
  const chartTitle = focus
    ? t('incidents.chart.titleFocus', { category: t(`incidents.category.${focus}`) })
    : t('incidents.chart.title');
  const own = s.ownFigures;
  const kids = s.childFigures;
  const noChildren = s.area && !s.hasChildren && (
    <p className="text-muted" data-state="no-children">
      {t('incidents.noChildren', { name: s.area.name })}
    </p>
  );
  const fileBase = (key: 'incidents.file.changes' | 'incidents.file.heat') =>
    [s.area?.name ?? '', `${s.view.period.from}..${s.view.period.to}`, t(key)].join('_');
  const childQueries = s.hasChildren ? [s.areasQuery, s.kids] : [s.areasQuery];

  return (
    <div className="flex flex-col gap-3 sm:gap-6">
      <div className="flex flex-wrap items-end justify-between gap-3 sm:gap-4">
        <PageHeading title={t('incidents.title')} area={s.area} period={s.view.period} prior={s.view.prior} />
        <FocusSelect focus={focus} onChange={setFocus} />
      </div>
      <div className="grid gap-4 xl:grid-cols-5">
        <ChartPanel
          className="min-w-0 xl:col-span-3"
          title={chartTitle}
          queries={[s.areasQuery, s.own]}
          isEmpty={s.own.data?.items.length === 0}
          chart={() => own && <CategoryChart data={own.monthly} focus={focus} />}
          table={() => own && <CategoryChartTable data={own.monthly} focus={focus} caption={chartTitle} />}
          testId="incidents-chart"
        />
        <Panel
          className="min-w-0 xl:col-span-2"
          title={t('incidents.changes.title')}
          queries={[s.areasQuery, s.own]}
        >
          {() =>
            own && (
              <CategoryChangesTable
                categories={own.changes.categories}
                total={own.changes.total}
                focus={focus}
                fileName={fileBase('incidents.file.changes')}
              />
            )
          }
        </Panel>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <Panel className="min-w-0" title={t('incidents.moves.rises')} queries={childQueries}>
          {() =>
            noChildren ||
            (kids && (
              <AreaMovesTable
                moves={kids.moves.rises}
                caption={t('incidents.moves.captionRises')}
                emptyText={t('incidents.moves.noneRose')}
                testId="largest-rises"
              />
            ))
          }
        </Panel>
        <Panel className="min-w-0" title={t('incidents.moves.falls')} queries={childQueries}>
          {() =>
            noChildren ||
            (kids && (
              <AreaMovesTable
                moves={kids.moves.falls}
                caption={t('incidents.moves.captionFalls')}
                emptyText={t('incidents.moves.noneFell')}
                testId="largest-falls"
              />
            ))
          }
        </Panel>
        {s.hasChildren && <p className="text-sm text-muted lg:col-span-2">{t('incidents.moves.note')}</p>}
      </div>
      <Panel
        className="min-w-0"
        title={t('incidents.heat.title')}
        queries={s.hasChildren ? [s.areasQuery, s.kids] : [s.areasQuery]}
      >
        {() =>
          noChildren || (kids && <HeatTable data={kids.heat} fileName={fileBase('incidents.file.heat')} />)
        }
      </Panel>
    </div>
  );
}

function FocusSelect({
  focus,
  onChange,
}: {
  focus: IncidentCategory | undefined;
  onChange: (cat: IncidentCategory | undefined) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    // On a phone the label stands beside the list, in one row: the chart starts on the first screen.
    <div className="field max-sm:flex-row max-sm:items-center max-sm:gap-2">
      <label htmlFor={id}>{t('incidents.focus.label')}</label>
      <select
        id={id}
        value={focus ?? ''}
        data-testid="category-focus"
        onChange={(e) => onChange(incidentCategories.find((c) => c === e.target.value))}
      >
        <option value="">{t('incidents.focus.all')}</option>
        {incidentCategories.map((c) => (
          <option key={c} value={c}>
            {t(`incidents.category.${c}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
