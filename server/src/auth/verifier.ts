// Bearer-token verification with jose: the provider's JWKS found through its discovery document,
// then signature, issuer, audience and expiry. The token's claims become the request's Caller.
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import type { Caller, Role } from '../caller';
import type { AuthSettings } from './settings';

/** Why a request is refused: 401 (no or bad token), 403 (valid token, no area), 503 (provider down). */
export class AuthError extends Error {
  readonly status: 401 | 403 | 503;
  /** For 401: RFC 6750's error code; absent when no token was sent at all. */
  readonly bearerError: 'invalid_token' | 'invalid_request' | undefined;
  constructor(status: 401 | 403 | 503, message: string, bearerError?: 'invalid_token' | 'invalid_request') {
    super(message);
    this.name = 'AuthError';
    this.status = status;
    this.bearerError = bearerError;
  }
}

const ROLES: readonly Role[] = ['viewer', 'editor', 'admin'];
/** Asymmetric algorithms only: a shared-secret (HS*) token could be forged by anyone holding the key. */
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

type KeySet = ReturnType<typeof createRemoteJWKSet>;

export interface Verifier {
  verify(authorization: string | undefined): Promise<Caller>;
}

async function discoverJwks(issuer: string, fetchTimeoutMs: number): Promise<KeySet> {
  const url = `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
  const response = await fetch(url, { signal: AbortSignal.timeout(fetchTimeoutMs) });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const doc = (await response.json()) as { issuer?: unknown; jwks_uri?: unknown };
  // OpenID Connect Discovery §4.3: the document must name the issuer it was fetched for.
  if (doc.issuer !== issuer) throw new Error(`${url} names issuer ${String(doc.issuer)}, not ${issuer}`);
  if (typeof doc.jwks_uri !== 'string') throw new Error(`${url} has no jwks_uri`);
  return createRemoteJWKSet(new URL(doc.jwks_uri), { timeoutDuration: fetchTimeoutMs });
}

function rolesOf(value: unknown): Role[] {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,]+/) : [];
  const roles = list.filter(
    (r): r is Role => typeof r === 'string' && (ROLES as readonly string[]).includes(r),
  );
  return roles.length > 0 ? [...new Set(roles)] : ['viewer'];
}

export function callerFromClaims(payload: JWTPayload, settings: AuthSettings): Caller {
  const area = payload[settings.areaClaim];
  const areaId = typeof area === 'string' ? area.trim() : typeof area === 'number' ? String(area) : '';
  if (!areaId)
    throw new AuthError(
      403,
      `The token names no area (claim “${settings.areaClaim}”): this account may see nothing.`,
    );
  const name = payload.name;
  return {
    subject: payload.sub ?? '',
    name: typeof name === 'string' && name.length > 0 ? name : null,
    areaId,
    roles: rolesOf(payload[settings.rolesClaim]),
  };
}

function tokenError(error: unknown): AuthError {
  if (error instanceof errors.JWTExpired)
    return new AuthError(401, 'The access token has expired.', 'invalid_token');
  if (error instanceof errors.JWKSTimeout)
    return new AuthError(503, 'The sign-in provider’s keys could not be fetched.');
  if (error instanceof errors.JOSEError)
    return new AuthError(401, `The access token is not valid (${error.code}).`, 'invalid_token');
  // A network failure fetching the JWKS: not the caller's fault.
  return new AuthError(503, 'The sign-in provider could not be reached to check the token.');
}

export function createVerifier(settings: AuthSettings, options: { fetchTimeoutMs?: number } = {}): Verifier {
  const timeout = options.fetchTimeoutMs ?? 5000;
  // Discovered once, on first use; a failed discovery is retried by the next request.
  let keys: Promise<KeySet> | null = null;
  const keySet = () => {
    keys ??= discoverJwks(settings.issuer, timeout).catch((error: unknown) => {
      keys = null;
      throw error;
    });
    return keys;
  };
  return {
    async verify(authorization) {
      if (!authorization)
        throw new AuthError(401, 'This API requires sign-in: send Authorization: Bearer <access token>.');
      const token = /^Bearer\s+([\w-]+\.[\w-]+\.[\w-]+)\s*$/i.exec(authorization)?.[1];
      if (!token)
        throw new AuthError(401, 'The Authorization header is not a bearer JWT.', 'invalid_request');
      let jwks: KeySet;
      try {
        jwks = await keySet();
      } catch {
        throw new AuthError(503, 'The sign-in provider could not be reached to check the token.');
      }
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, jwks, {
          issuer: settings.issuer,
          audience: settings.audience,
          algorithms: ALGORITHMS,
          // jose checks exp only when present: a token without expiry must not pass.
          requiredClaims: ['exp', 'sub'],
          clockTolerance: 5,
        }));
      } catch (error) {
        throw tokenError(error);
      }
      return callerFromClaims(payload, settings);
    },
  };
}
