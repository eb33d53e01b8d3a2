import { useMe } from '../api/endpoints/me';
import type { Me } from '../api/schemas';

/** The roles /me may list that let an account import data (contract v1.1's POST /imports). */
const IMPORT_ROLES: ReadonlySet<string> = new Set(['editor', 'admin']);

/** Whether the caller may import: only an API that names them an editor or admin says yes. */
export function canImport(me: Me | null | undefined): boolean {
  return me?.roles.some((role) => IMPORT_ROLES.has(role)) ?? false;
}

/** The caller's /me and whether it may import (false while /me is loading or failed, or on a v1 API). */
export function useCanImport() {
  const me = useMe();
  return { me, allowed: canImport(me.data) };
}
