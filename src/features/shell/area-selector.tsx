import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Area } from '../../api/schemas';
import { ancestry, searchAreas, type AreaTree } from '../../lib/area-tree';
import { useI18n } from '../../i18n/i18n-context';
import { useSetSearch } from './use-set-search';
import { Name } from '../../components/name';
import { useUnitNames } from '../../components/unit-names';

/** A national tree has ~10,000 wards: list this many and ask for a narrower search beyond. */
const MAX_OPTIONS = 200;

interface Props {
  tree: AreaTree;
  selected: Area;
  /** In the phone header's one row: the field takes the room the period leaves, however narrow. */
  compact?: boolean;
}

/**
 * A searchable combobox over the whole tree (ARIA 1.2 pattern): the list shows the hierarchy by
 * indentation, and while searching each match names its parents, since many wards share a name.
 */
export function AreaSelector({ tree, selected, compact = false }: Props) {
  const { t } = useI18n();
  const units = useUnitNames();
  const setSearch = useSetSearch();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const listId = useId();
  const labelId = useId();

  const matches = useMemo(() => searchAreas(tree, query), [tree, query]);
  const shown = matches.slice(0, MAX_OPTIONS);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (!wrapperRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  const choose = (area: Area) => {
    setSearch({ area: area.id === tree.root.id ? undefined : area.id });
    setOpen(false);
    setQuery('');
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, shown.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === 'Enter') {
      const area = shown[active];
      if (open && area) {
        e.preventDefault();
        choose(area);
      }
    } else if (e.key === 'Escape') {
      setOpen(false);
      setQuery('');
    }
  };

  const path = ancestry(tree, selected.id);
  return (
    <div className={`field relative ${compact ? 'min-w-0 max-w-md flex-1 basis-28' : ''}`} ref={wrapperRef}>
      <label id={labelId} htmlFor={`${listId}-input`}>
        {t('area.label')}
      </label>
      <input
        ref={inputRef}
        id={`${listId}-input`}
        type="text"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && shown[active] ? `${listId}-${shown[active].id}` : undefined}
        autoComplete="off"
        placeholder={open ? t('area.search') : selected.name}
        title={path.map((a) => a.name).join(' › ')}
        value={open ? query : selected.name}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        className={`w-full ${compact ? 'min-w-0' : 'min-w-56'}`}
        data-testid="area-input"
      />
      {open && (
        <ul
          id={listId}
          role="listbox"
          aria-labelledby={labelId}
          className="popover max-h-96 w-[min(28rem,90vw)] overflow-auto"
        >
          {shown.length === 0 && (
            <li role="presentation" className="px-3 py-2 text-muted">
              {t('area.noMatch', { query })}
            </li>
          )}
          {shown.map((area, i) => (
            <li
              key={area.id}
              id={`${listId}-${area.id}`}
              role="option"
              aria-selected={area.id === selected.id}
              data-active={i === active}
              className="option"
              style={
                query ? undefined : { paddingInlineStart: `${0.75 + (tree.depth.get(area.id) ?? 0) * 1}rem` }
              }
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(area)}
              onMouseEnter={() => setActive(i)}
            >
              <span className="block">
                <Name name={area.name} />
              </span>
              <span className="block text-xs text-muted">
                {units.unit(area)}
                {query &&
                  area.parentId !== null &&
                  ` · ${ancestry(tree, area.parentId)
                    .map((a) => a.name)
                    .join(' › ')}`}
              </span>
            </li>
          ))}
          {matches.length > shown.length && (
            <li role="presentation" className="px-3 py-2 text-xs text-muted">
              {t('area.results', { count: matches.length })}
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
