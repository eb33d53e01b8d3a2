// A register the API refuses as too broad (`queryTooBroad`): asking again cannot help, so instead
// of an error with Retry the table says, in the user's language, what to narrow and offers it, a
// pick of the areas one level down (on a national tree, the provinces), which sets the URL's area.
import { useId, useState } from 'react';
import { ApiError } from '../../api/errors';
import { QUERY_TOO_BROAD } from '../../api/problem-codes';
import type { Area, AreaLevel } from '../../api/schemas';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/locales';
import '../../i18n/messages/views/server-table';
import type { AreaTree } from '../../lib/area-tree';
import { useUnitNames } from '../unit-names';

/** What a register needs to offer the narrowing: its tree, the area it lists, how to pick another. */
export interface Narrowing {
  tree: AreaTree;
  area: Area;
  /** Shows the register of `areaId` (a child of `area`) instead. */
  onPick: (areaId: string) => void;
}

export function isTooBroad(error: unknown): boolean {
  return error instanceof ApiError && error.code === QUERY_TOO_BROAD;
}

const pickMessage: Record<Exclude<AreaLevel, 'country'>, MessageKey> = {
  province: 'serverTable.tooBroad.pick.province',
  district: 'serverTable.tooBroad.pick.district',
  ward: 'serverTable.tooBroad.pick.ward',
};

export function TooBroad({ narrowing, testId }: { narrowing: Narrowing; testId: string }) {
  const { t } = useI18n();
  const units = useUnitNames();
  const { tree, area, onPick } = narrowing;
  const children = tree.children.get(area.id) ?? [];
  const first = children[0];
  const [picked, setPicked] = useState(first?.id ?? '');
  const selectId = useId();
  const textId = useId();
  return (
    <div
      role="status"
      className="flex flex-col items-start gap-2 rounded border border-dashed p-3"
      data-state="too-broad"
      data-testid={`${testId}-too-broad`}
    >
      <p className="font-medium">{t('serverTable.tooBroad', { area: area.name })}</p>
      {first && first.level !== 'country' ? (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            if (picked) onPick(picked);
          }}
        >
          <p id={textId} className="w-full text-sm">
            {t(pickMessage[first.level])}
          </p>
          <div className="field">
            <label htmlFor={selectId}>{units.children(children, first.level)}</label>
            <select
              id={selectId}
              value={picked}
              aria-describedby={textId}
              onChange={(e) => setPicked(e.target.value)}
              data-testid={`${testId}-narrow`}
            >
              {children.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="btn" data-testid={`${testId}-narrow-show`}>
            {t('serverTable.tooBroad.show')}
          </button>
        </form>
      ) : (
        <p className="text-sm">{t('serverTable.tooBroad.period')}</p>
      )}
    </div>
  );
}
