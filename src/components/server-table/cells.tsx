// Cells shared by the record tables. They are components (not plain render functions) so they
// can read the locale and the id → name lookups while the columns stay at module scope.
import { createContext, useContext, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { intlTags, type Locale } from '../../i18n/locales';
import '../../i18n/messages/views/server-table';

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

/** "2026-10-04" in the locale's short date form; a calendar date, so no time zone may shift it. */
export function formatDay(locale: Locale, day: string): string {
  let f = dateFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(intlTags[locale], {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(locale, f);
  }
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  return f.format(new Date(Date.UTC(y, m - 1, d)));
}

export function DateCell({ value, empty = '—' }: { value: string | null; empty?: string }) {
  const { locale } = useI18n();
  return value === null ? (
    <span className="text-muted">{empty}</span>
  ) : (
    <time dateTime={value}>{formatDay(locale, value)}</time>
  );
}

export function NumberCell({ value }: { value: number }) {
  const { fmt } = useI18n();
  return <>{fmt.number(value)}</>;
}

/** Names of the ids a record table shows (wards from the area tree, groups when loaded). */
export interface NameLookups {
  area: (id: string) => string | undefined;
  group: (id: string) => string | undefined;
  /** Names still loading: a download now would write ids where names will be. */
  pending?: boolean;
}

const noNames: NameLookups = { area: () => undefined, group: () => undefined };
const NamesContext = createContext<NameLookups>(noNames);

export function NameLookupProvider({ value, children }: { value: NameLookups; children: ReactNode }) {
  return <NamesContext.Provider value={value}>{children}</NamesContext.Provider>;
}

/** The area's name, or its id while the tree is not known (never a blank cell). */
export function AreaNameCell({ id }: { id: string }) {
  const name = useContext(NamesContext).area(id);
  return <span className="whitespace-nowrap">{name ?? id}</span>;
}

/**
 * The group's name: the row's own `groupName` (v1.1), else the looked-up one (a v1 API), with the
 * id as a tooltip. Never a bare id where a name may exist: while names load a placeholder shows,
 * and a group without a known name shows its id marked "name not available".
 */
export function GroupNameCell({ id, name }: { id: string; name?: string | null | undefined }) {
  const { t } = useI18n();
  const names = useContext(NamesContext);
  const known = name ?? (name === undefined ? names.group(id) : undefined);
  if (known) return <span title={id}>{known}</span>;
  if (name === undefined && names.pending) {
    return (
      <span className="text-muted" aria-busy="true" title={t('serverTable.groupNameLoading')}>
        …
      </span>
    );
  }
  return (
    <span title={t('serverTable.groupNameUnknown')} data-group-name="unknown">
      <span className="font-mono text-xs">{id}</span>{' '}
      <span className="text-xs text-muted">({t('serverTable.groupNameUnknown')})</span>
    </span>
  );
}

/** A share with what it was computed from: "75.0% (412 / 530)", or "—" without a denominator. */
export function RatioCell({
  ratio,
}: {
  ratio: { numerator: number; denominator: number; value: number | null };
}) {
  const { fmt } = useI18n();
  if (ratio.value === null) return <span className="text-muted">—</span>;
  return (
    <span className="whitespace-nowrap">
      {fmt.percent(ratio.value)}{' '}
      <span className="text-muted">
        ({fmt.number(ratio.numerator)} / {fmt.number(ratio.denominator)})
      </span>
    </span>
  );
}
