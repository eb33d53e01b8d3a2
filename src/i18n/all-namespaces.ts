// Test support: every catalog (the core and each view namespace, found on disk so a new one is
// checked too). Importing a view namespace registers it, which tests of the whole catalog want.
import type { Namespace } from './catalog';
import { en } from './messages/en';
import { fr } from './messages/fr';
import { vi } from './messages/vi';

const views = import.meta.glob<Record<string, Namespace>>('./messages/views/*.ts', { eager: true });

export const allNamespaces: Array<[string, Namespace]> = [
  ['core', { en, vi, fr }],
  ...Object.entries(views).map(([path, exports]): [string, Namespace] => {
    const [ns] = Object.values(exports);
    if (!ns) throw new Error(`${path} exports no namespace`);
    return [path, ns];
  }),
];

/** Every message of every namespace in one locale, as [key, text]. */
export function allMessages(locale: keyof Namespace): Array<[string, string]> {
  return allNamespaces.flatMap(([, ns]) => Object.entries(ns[locale]));
}
