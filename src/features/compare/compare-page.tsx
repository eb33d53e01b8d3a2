import { getRouteApi } from '@tanstack/react-router';
import { AreaNotFound, PageHeading } from '../../components/page-heading';
import { Panel } from '../../components/panel';
import { MIN_COMPARE, toggleCompareId } from '../../figures/compare';
import { PHONE_QUERY, useMediaQuery } from '../../hooks/use-media-query';
import { useSelectedArea } from '../../hooks/use-selected-area';
import { useTargets } from '../../hooks/use-targets';
import { useViewState } from '../../hooks/use-view-state';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/compare';
import { AreaPicker } from './area-picker';
import { CompareTable } from './compare-table';
import { MeasurePanel } from './measure-panel';
import { useCompare } from './use-compare';

const route = getRouteApi('/compare');

/** 2–6 areas side by side: the ranking's figures in one table and small multiples on shared scales. */
export function ComparePage() {
  const { t } = useI18n();
  const view = useViewState();
  const { tree, areasQuery, notFound } = useSelectedArea();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const { targets } = useTargets();
  const c = useCompare(tree, search.areas, view.period, view.prior);
  const ids = c.areas.map((a) => a.id);
  const phone = useMediaQuery(PHONE_QUERY);

  if (notFound) return <AreaNotFound id={view.areaParam ?? ''} />;
  // Picking is navigation the user may want to step back through: push, not replace.
  const setIds = (id: string) =>
    void navigate({ to: '.', search: (prev) => ({ ...prev, areas: toggleCompareId(ids, id) }) });
  const enough = c.areas.length >= MIN_COMPARE;
  const queries = [areasQuery, ...c.queries];
  const caption = t('compare.tableCaption');

  const picker = (
    <section className="panel" aria-label={t('compare.pickerLabel')}>
      {tree ? (
        <AreaPicker tree={tree} picked={c.areas} onAdd={setIds} onRemove={setIds} />
      ) : (
        <div className="skeleton h-10 w-full" />
      )}
    </section>
  );
  // A phone opening a shared comparison sees the figures first; the picker (a chip per area) follows
  // the table. With too few areas picking is the task, and the picker comes first everywhere.
  const pickerAfterTable = phone && enough;

  return (
    <div className="flex flex-col gap-3 sm:gap-6">
      <PageHeading title={t('compare.title')} area={undefined} period={view.period} prior={view.prior} />
      {!pickerAfterTable && picker}
      {!enough ? (
        <div className="panel flex flex-col gap-2" data-state="too-few">
          <p className="font-semibold">{t('compare.tooFew', { min: MIN_COMPARE })}</p>
          <p className="text-sm text-muted">{t('compare.howTo')}</p>
        </div>
      ) : (
        <>
          {new Set(c.areas.map((a) => a.level)).size > 1 && (
            <p className="panel text-sm" role="note" data-testid="mixed-levels">
              {t('compare.mixedLevels')}
            </p>
          )}
          <Panel title={caption} queries={queries}>
            {() =>
              c.figures && (
                <CompareTable
                  figures={c.figures.areas.map((a) => a.figures)}
                  caption={caption}
                  period={view.period}
                />
              )
            }
          </Panel>
          {pickerAfterTable && picker}
          <MeasurePanel
            measure="incidents"
            title={t('compare.incidentsTitle')}
            figures={c.figures}
            queries={queries}
            target={targets.mediationRate}
          />
          <MeasurePanel
            measure="mediation"
            title={t('compare.mediationTitle')}
            figures={c.figures}
            queries={queries}
            target={targets.mediationRate}
          />
          <MeasurePanel
            measure="patrols"
            title={t('compare.patrolsTitle')}
            figures={c.figures}
            queries={queries}
            target={targets.mediationRate}
          />
        </>
      )}
    </div>
  );
}
