import { useMemo } from 'react';
import type { Area } from '../../api/schemas';
import { useUnitNames } from '../../components/unit-names';
import type { RankingDepth } from '../../hooks/use-ranking';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/wards';
import { childLevel, descendantsAt, type AreaTree } from '../../lib/area-tree';

/**
 * Whether the ranking lists the area's children or every ward under it, named for what the tree
 * holds ("tỉnh, thành phố" / "xã, phường, thị trấn"). Nothing to choose where the children are
 * the wards already (or the area is a ward).
 */
export function RankingDepthPicker({
  tree,
  area,
  depth,
  onChange,
}: {
  tree: AreaTree;
  area: Area;
  depth: RankingDepth;
  onChange: (depth: RankingDepth) => void;
}) {
  const { t } = useI18n();
  const units = useUnitNames();
  const level = childLevel(tree, area.id);
  const wards = useMemo(
    () => (level === null || level === 'ward' ? [] : descendantsAt(tree, area.id, 'ward')),
    [tree, area.id, level],
  );
  if (wards.length === 0) return null;
  const options = [
    {
      depth: 'children' as const,
      label: t('wards.depth.children', { units: units.list(tree.children.get(area.id) ?? [], level) }),
    },
    { depth: 'ward' as const, label: t('wards.depth.ward', { units: units.list(wards, 'ward') }) },
  ];
  return (
    <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-1" data-testid="ranking-depth">
      <legend className="float-left mr-2 font-semibold">{t('wards.depth.legend')}</legend>
      {options.map((o) => (
        <label key={o.depth} className="inline-flex items-center gap-1.5">
          <input
            type="radio"
            name="ranking-depth"
            value={o.depth}
            checked={depth === o.depth}
            onChange={() => onChange(o.depth)}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
