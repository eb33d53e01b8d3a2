import { en } from './messages/en';
import { fr } from './messages/fr';
import { vi } from './messages/vi';
// Types only: each view's messages ship in the lazy chunk of the code that uses them, not here.
import type { areaMessages } from './messages/views/area';
import type { chartsMessages } from './messages/views/charts';
import type { compareMessages } from './messages/views/compare';
import type { exportMessages } from './messages/views/export';
import type { groupsMessages } from './messages/views/groups';
import type { importMessages } from './messages/views/import';
import type { importProblemMessages } from './messages/views/import-problems';
import type { importTemplateMessages } from './messages/views/import-template';
import type { incidentsMessages } from './messages/views/incidents';
import type { mapMessages } from './messages/views/map';
import type { mediationMessages } from './messages/views/mediation';
import type { patrolsMessages } from './messages/views/patrols';
import type { presentMessages } from './messages/views/present';
import type { presentNotesMessages } from './messages/views/present-notes';
import type { reportMessages } from './messages/views/report';
import type { reportingMessages } from './messages/views/reporting';
import type { serverTableMessages } from './messages/views/server-table';
import type { tablesMessages } from './messages/views/tables';
import type { wardsMessages } from './messages/views/wards';

type Namespaces = [
  typeof areaMessages,
  typeof chartsMessages,
  typeof compareMessages,
  typeof exportMessages,
  typeof groupsMessages,
  typeof importMessages,
  typeof importProblemMessages,
  typeof importTemplateMessages,
  typeof incidentsMessages,
  typeof mapMessages,
  typeof mediationMessages,
  typeof patrolsMessages,
  typeof presentMessages,
  typeof presentNotesMessages,
  typeof reportMessages,
  typeof reportingMessages,
  typeof serverTableMessages,
  typeof tablesMessages,
  typeof wardsMessages,
];

type Merge<T extends readonly { en: Record<string, string> }[]> = T extends readonly [
  infer H extends { en: Record<string, string> },
  ...infer R extends readonly { en: Record<string, string> }[],
]
  ? H['en'] & Merge<R>
  : unknown;

type Catalog = typeof en & Merge<Namespaces>;
/** Every key of the core and of every view namespace, whether or not its namespace is loaded yet. */
export type MessageKey = keyof Catalog & string;
/** The English text of a key, as a literal type: its placeholders type the key's values. */
export type MessageText<K extends MessageKey> = Catalog[K] & string;

export type CatalogLocale = 'en' | 'vi' | 'fr';
export type Namespace = Record<CatalogLocale, Record<string, string>>;

// The core messages (shell, header, shared words) are always here; view namespaces join on import.
const catalogs: Record<CatalogLocale, Record<string, string>> = {
  en: { ...en },
  vi: { ...vi },
  fr: { ...fr },
};

/**
 * Adds a namespace's messages. Called by defineMessages when a namespace module is evaluated, so a
 * module that imports its namespace has it registered before any of its components renders.
 */
export function registerMessages(namespace: Namespace): void {
  for (const locale of ['en', 'vi', 'fr'] as const) Object.assign(catalogs[locale], namespace[locale]);
}

/** The message, or undefined while the key's namespace is not registered. */
export function lookupMessage(locale: CatalogLocale, key: MessageKey): string | undefined {
  return catalogs[locale][key];
}
