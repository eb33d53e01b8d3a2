import { useEffect, useId, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/groups';

/**
 * The name search, debounced: the URL (and so the request) follows 300 ms after the last
 * keystroke. The API folds case and diacritics, so "hoa binh" finds "Hòa Bình".
 */
export function NameSearch({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (q: string | undefined) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState(value ?? '');
  // When the URL changes from elsewhere (back button, a link), the box follows it.
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    if ((value ?? '') !== text.trim()) setText(value ?? '');
  }
  useEffect(() => {
    const next = text.trim() || undefined;
    if (next === value) return;
    const timer = setTimeout(() => onChange(next), 300);
    return () => clearTimeout(timer);
  }, [text, value, onChange]);
  return (
    <div className="field min-w-56">
      <label htmlFor={id}>{t('groups.filter.q')}</label>
      <input
        id={id}
        type="search"
        value={text}
        maxLength={100}
        autoComplete="off"
        placeholder={t('groups.filter.qPlaceholder')}
        onChange={(e) => setText(e.target.value)}
        data-testid="filter-q"
      />
    </div>
  );
}
