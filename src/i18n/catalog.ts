import { en } from './messages/en';
import { fr } from './messages/fr';
import { vi } from './messages/vi';
import { areaMessages } from './messages/views/area';
import { chartsMessages } from './messages/views/charts';
import { compareMessages } from './messages/views/compare';
import { exportMessages } from './messages/views/export';
import { groupsMessages } from './messages/views/groups';
import { incidentsMessages } from './messages/views/incidents';
import { mediationMessages } from './messages/views/mediation';
import { patrolsMessages } from './messages/views/patrols';
import { presentMessages } from './messages/views/present';
import { reportMessages } from './messages/views/report';
import { serverTableMessages } from './messages/views/server-table';
import { tablesMessages } from './messages/views/tables';
import { wardsMessages } from './messages/views/wards';

const namespaces = [
  areaMessages,
  chartsMessages,
  compareMessages,
  exportMessages,
  groupsMessages,
  incidentsMessages,
  mediationMessages,
  patrolsMessages,
  presentMessages,
  reportMessages,
  serverTableMessages,
  tablesMessages,
  wardsMessages,
] as const;

type Merge<T extends readonly { en: Record<string, string> }[]> = T extends readonly [
  infer H extends { en: Record<string, string> },
  ...infer R extends readonly { en: Record<string, string> }[],
]
  ? H['en'] & Merge<R>
  : unknown;

type Catalog = typeof en & Merge<typeof namespaces>;
export type MessageKey = keyof Catalog & string;

function merge(
  core: Record<string, string>,
  pick: (ns: (typeof namespaces)[number]) => Record<string, string>,
) {
  return Object.assign({}, core, ...namespaces.map(pick)) as Record<MessageKey, string>;
}

/** Every message of every locale, core and view namespaces together. */
export const catalogs = {
  en: merge(en, (ns) => ns.en),
  vi: merge(vi, (ns) => ns.vi),
  fr: merge(fr, (ns) => ns.fr),
};
