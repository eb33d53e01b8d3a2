// Who a request comes from, as the auth hook (src/auth) resolved it; every route scopes its
// answer to `areaId`'s subtree. Without AUTH_ISSUER the caller is anonymous and sees the whole tree.

export type Role = 'viewer' | 'editor' | 'admin';

export interface Caller {
  subject: string;
  name: string | null;
  /** Root of the subtree this caller may see; null: the whole tree (no sign-in configured). */
  areaId: string | null;
  roles: Role[];
}

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller;
  }
}
