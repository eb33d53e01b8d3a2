import { useId, useMemo } from 'react';
import type { Area } from '../../api/schemas';
import { useI18n } from '../../i18n/i18n-context';
import type { AreaTree } from '../../lib/area-tree';
import type { MessageKey } from '../../i18n/locales';
import '../../i18n/messages/views/server-table';

/** The areas strictly below `root`, in picker order (the tree's depth-first order is contiguous). */
export function descendantsOf(tree: AreaTree, root: Area): Array<{ area: Area; depth: number }> {
  const start = tree.ordered.indexOf(root);
  const rootDepth = tree.depth.get(root.id) ?? 0;
  const out: Array<{ area: Area; depth: number }> = [];
  if (start < 0) return out;
  for (let i = start + 1; i < tree.ordered.length; i++) {
    const area = tree.ordered[i] as Area;
    const depth = tree.depth.get(area.id) ?? 0;
    if (depth <= rootDepth) break;
    out.push({ area, depth: depth - rootDepth });
  }
  return out;
}

/** The area an `in` filter names when it lies inside `root`; anything else is ignored. */
export function areaWithin(tree: AreaTree | undefined, root: Area | undefined, id: string | undefined) {
  if (!tree || !root || !id || id === root.id) return undefined;
  let cur = tree.byId.get(id);
  const target = cur;
  while (cur && cur.parentId !== null) {
    if (cur.parentId === root.id) return target;
    cur = tree.byId.get(cur.parentId);
  }
  return undefined;
}

/** A select of the areas inside the selected one (indented by level) narrowing a record list. */
export function AreaFilter({
  tree,
  root,
  value,
  onChange,
  label,
  testId,
}: {
  tree: AreaTree;
  root: Area;
  value: Area | undefined;
  onChange: (id: string | undefined) => void;
  label: MessageKey;
  testId: string;
}) {
  const { t } = useI18n();
  const id = useId();
  const options = useMemo(() => descendantsOf(tree, root), [tree, root]);
  if (options.length === 0) return null;
  return (
    <div className="field">
      <label htmlFor={id}>{t(label)}</label>
      <select
        id={id}
        value={value?.id ?? ''}
        onChange={(e) => onChange(e.target.value || undefined)}
        data-testid={testId}
      >
        <option value="">{t('serverTable.wholeArea', { area: root.name })}</option>
        {options.map(({ area, depth }) => (
          <option key={area.id} value={area.id}>
            {/* Non-breaking spaces: a native select shows no other indentation. */}
            {'\u00a0\u00a0'.repeat(depth - 1)}
            {area.name}
          </option>
        ))}
      </select>
    </div>
  );
}
