import type { Area } from '../../api/schemas';
import { useI18n } from '../../i18n/i18n-context';
import { intlTags } from '../../i18n/locales';

/** Where the area came from in the 2025 reform: the units it was merged from, and when. */
export function FormerNames({ area }: { area: Area }) {
  const { t, fmt, locale } = useI18n();
  const names = area.formerNames;
  if (!names || names.length === 0) return null;
  const list = new Intl.ListFormat(intlTags[locale], { type: 'conjunction' }).format(names);
  return (
    <p className="text-sm text-muted" data-testid="former-names">
      {area.mergedOn
        ? t('unit.formerNames', { date: fmt.date(area.mergedOn), names: list })
        : t('unit.formerNamesUndated', { names: list })}
    </p>
  );
}
