// Sign-in settings from the environment. AUTH_ISSUER switches sign-in on; the audience is then
// required, because a token the same provider issued for another application must not open this API.
export interface AuthSettings {
  /** The OpenID Connect issuer, exactly as its tokens' `iss` (and its discovery document) say. */
  issuer: string;
  /** The tokens' required `aud`: this API's identifier at the provider. */
  audience: string;
  /** The claim naming the root of the caller's subtree (default `area`). */
  areaClaim: string;
  /** The claim listing the caller's roles (default `roles`). */
  rolesClaim: string;
  /** The dashboard's public client id: with it, config.json asks the dashboard to sign in. */
  clientId: string | null;
  /** The scope the dashboard asks for (config.json's auth.scope); the app's default when null. */
  scope: string | null;
}

export type Env = Readonly<Record<string, string | undefined>>;

function nonEmpty(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** Null without AUTH_ISSUER; throws on a setting that cannot work. */
export function authSettingsFromEnv(env: Env): AuthSettings | null {
  const issuer = nonEmpty(env.AUTH_ISSUER);
  if (!issuer) return null;
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    throw new Error(`AUTH_ISSUER is not a URL: ${issuer}`);
  }
  if (url.protocol !== 'https:' && !['localhost', '127.0.0.1', '[::1]'].includes(url.hostname))
    throw new Error(`AUTH_ISSUER must be https (or on loopback): ${issuer}`);
  const audience = nonEmpty(env.AUTH_AUDIENCE);
  if (!audience) throw new Error('AUTH_AUDIENCE is required with AUTH_ISSUER (the tokens’ aud for this API)');
  return {
    issuer,
    audience,
    areaClaim: nonEmpty(env.AUTH_AREA_CLAIM) ?? 'area',
    rolesClaim: nonEmpty(env.AUTH_ROLES_CLAIM) ?? 'roles',
    clientId: nonEmpty(env.AUTH_CLIENT_ID),
    scope: nonEmpty(env.AUTH_SCOPE),
  };
}
