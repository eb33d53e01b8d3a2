import { useId, useRef, type KeyboardEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/locales';
import '../../i18n/messages/views/tables';

export interface ColumnChoice {
  id: string;
  label: MessageKey;
  visible: boolean;
}

/**
 * Show or hide columns: a native disclosure (<details>) holding one checkbox per column, so it
 * works with the keyboard and screen readers without any custom focus handling. Escape closes it.
 */
export function ColumnMenu({
  columns,
  onToggle,
}: {
  columns: readonly ColumnChoice[];
  onToggle: (id: string, visible: boolean) => void;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDetailsElement>(null);
  const legendId = useId();
  const hiddenCount = columns.filter((c) => !c.visible).length;

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && ref.current?.open) {
      ref.current.open = false;
      ref.current.querySelector('summary')?.focus();
    }
  };

  return (
    <details ref={ref} className="relative" onKeyDown={onKeyDown} data-testid="column-menu">
      <summary className="btn cursor-pointer list-none">
        <span aria-hidden="true">☰</span>
        {t('tables.columns')}
        {hiddenCount > 0 && <span className="chip">{t('tables.hiddenCount', { count: hiddenCount })}</span>}
      </summary>
      {/* On a phone the button starts its row, so the list opens rightwards, within the screen. */}
      <div className="popover w-72 max-w-[90vw] p-3 sm:right-0 sm:left-auto">
        <fieldset aria-labelledby={legendId} className="flex flex-col gap-1">
          <legend id={legendId} className="mb-1 text-sm font-semibold">
            {t('tables.columnsLegend')}
          </legend>
          {columns.map((c) => (
            <label key={c.id} className="flex items-center gap-2 py-0.5 text-sm">
              <input
                type="checkbox"
                checked={c.visible}
                onChange={(e) => onToggle(c.id, e.target.checked)}
                data-column={c.id}
              />
              {t(c.label)}
            </label>
          ))}
        </fieldset>
      </div>
    </details>
  );
}
