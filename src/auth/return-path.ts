/**
 * Where to land after signing in: the URL that was asked for, carried through the provider in the
 * sign-in request's state. Only a path of this app on this origin is accepted (never another site,
 * "//host" or the callback itself), so a forged state cannot make the app an open redirect.
 */
export function safeReturnPath(value: unknown, origin: string, base: string): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\'))
    return base;
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return base;
  }
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const inApp =
    url.pathname === base || url.pathname === prefix.slice(0, -1) || url.pathname.startsWith(prefix);
  if (url.origin !== origin || !inApp || url.pathname === `${prefix}auth/callback`) return base;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The current location as a return path. */
export function currentPath(location: Pick<Location, 'pathname' | 'search' | 'hash'>): string {
  return `${location.pathname}${location.search}${location.hash}`;
}
