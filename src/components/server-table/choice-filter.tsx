import { useId } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/locales';
import '../../i18n/messages/views/server-table';

/** A select of one of a fixed set of values (or all of them) narrowing a record list. */
export function ChoiceFilter<V extends string>({
  label,
  options,
  optionLabel,
  value,
  onChange,
  testId,
}: {
  label: MessageKey;
  options: readonly V[];
  optionLabel: (value: V) => string;
  value: V | undefined;
  /** Undefined for "all". */
  onChange: (value: V | undefined) => void;
  testId: string;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t(label)}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => onChange(options.find((x) => x === e.target.value))}
        data-testid={testId}
      >
        <option value="">{t('serverTable.all')}</option>
        {options.map((x) => (
          <option key={x} value={x}>
            {optionLabel(x)}
          </option>
        ))}
      </select>
    </div>
  );
}
