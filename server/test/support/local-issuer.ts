// A minimal issuer (discovery document and JWKS on loopback) whose key the test holds, to sign the
// tokens a real provider would never issue: expired, without an area, for another audience, with
// another key.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';

export interface LocalIssuer {
  issuer: string;
  sign(
    claims: JWTPayload,
    options?: { expiresIn?: string | number; key?: 'own' | 'stranger'; alg?: string },
  ): Promise<string>;
  close(): Promise<void>;
}

export async function startLocalIssuer(): Promise<LocalIssuer> {
  const own = await generateKeyPair('ES256', { extractable: true });
  const stranger = await generateKeyPair('ES256');
  const jwk = { ...(await exportJWK(own.publicKey)), kid: 'local', alg: 'ES256', use: 'sig' };
  let issuer = '';
  const server = createServer((req, res) => {
    const body =
      req.url === '/.well-known/openid-configuration'
        ? { issuer, jwks_uri: `${issuer}/jwks` }
        : req.url === '/jwks'
          ? { keys: [jwk] }
          : null;
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' }).end(JSON.stringify(body ?? {}));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    async sign(claims, options = {}) {
      const key: CryptoKey = options.key === 'stranger' ? stranger.privateKey : own.privateKey;
      const jwt = new SignJWT({ iss: issuer, sub: 'local-user', ...claims })
        .setProtectedHeader({ alg: 'ES256', kid: 'local' })
        .setIssuedAt();
      if (options.expiresIn !== undefined) jwt.setExpirationTime(options.expiresIn);
      return jwt.sign(key);
    },
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
