import { useId, useMemo, useState } from 'react';
import type { Area } from '../../api/schemas';
import { MAX_COMPARE } from '../../figures/compare';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/compare';
import '../../i18n/messages/views/tables';
import { ancestry, searchAreas, type AreaTree } from '../../lib/area-tree';
import { Name } from '../../components/name';

/** Enough results to find an area by a few letters without a list hundreds long. */
const MAX_RESULTS = 12;

/**
 * Picks the areas to compare: a search over the whole tree ignoring case and diacritics, each
 * match an "add" button naming its parents (many wards share a name), and the picked areas as a
 * list with "remove" buttons. Plain buttons and lists: nothing custom to learn for keyboard users.
 */
export function AreaPicker({
  tree,
  picked,
  onAdd,
  onRemove,
}: {
  tree: AreaTree;
  picked: readonly Area[];
  onAdd: (id: string) => void;
  onRemove: (id: string) => void;
}) {
  const { t, fmt } = useI18n();
  const id = useId();
  const [query, setQuery] = useState('');
  const pickedIds = useMemo(() => new Set(picked.map((a) => a.id)), [picked]);
  const matches = useMemo(
    () => (query.trim() === '' ? [] : searchAreas(tree, query).filter((a) => !pickedIds.has(a.id))),
    [tree, query, pickedIds],
  );
  const full = picked.length >= MAX_COMPARE;
  const where = (a: Area) =>
    ancestry(tree, a.id)
      .slice(0, -1)
      .map((p) => p.name)
      .join(' › ');

  return (
    <div className="flex flex-col gap-3" data-testid="area-picker">
      <div>
        <h2 className="text-base font-semibold">
          {t('compare.picked', { count: fmt.number(picked.length), max: MAX_COMPARE })}
        </h2>
        {picked.length > 0 && (
          <ul className="mt-2 flex flex-wrap gap-2" data-testid="picked-areas">
            {picked.map((a) => (
              <li key={a.id} className="chip flex items-center gap-1 py-1 text-sm">
                <Name name={a.name} clamp />
                <button
                  type="button"
                  className="btn btn-small"
                  onClick={() => onRemove(a.id)}
                  aria-label={t('compare.remove', { name: a.name })}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="field max-w-md">
        <label htmlFor={`${id}-q`}>{t('compare.search')}</label>
        <input
          id={`${id}-q`}
          type="search"
          value={query}
          autoComplete="off"
          placeholder={t('tables.filterPlaceholder')}
          onChange={(e) => setQuery(e.target.value)}
          aria-describedby={`${id}-status`}
        />
      </div>
      <p id={`${id}-status`} className="text-sm text-muted" aria-live="polite">
        {full
          ? t('compare.full', { max: MAX_COMPARE })
          : query.trim() === ''
            ? ''
            : matches.length === 0
              ? t('area.noMatch', { query })
              : t('compare.matches', { count: matches.length })}
      </p>
      {matches.length > 0 && (
        <ul className="flex flex-col gap-1" data-testid="picker-results">
          {matches.slice(0, MAX_RESULTS).map((a) => (
            <li key={a.id}>
              <button
                type="button"
                className="btn w-full justify-between text-left"
                disabled={full}
                onClick={() => onAdd(a.id)}
              >
                <span>
                  <span className="sr-only">{t('compare.add')} </span>
                  <Name name={a.name} clamp />
                  <span className="ml-2 font-normal text-muted">{where(a)}</span>
                </span>
                <span aria-hidden="true">＋</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
