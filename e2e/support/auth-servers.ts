// Playwright globalSetup: the sign-in tests' OpenID Connect provider and token-checking API on
// loopback, at ports derived from E2E_PORT; the returned function stops both after the run. The
// provider's access tokens carry the account's area in the reference server's data set (the
// token-checking API scopes callers itself), and the server's origin may sign in too.
import { accountRootId, authUrls } from './auth-accounts';
import { startTestApi } from './token-checking-api';
import { startTestProvider } from './oidc-test-provider';
import { serverDataset } from './server-dataset';

export default async function startAuthServers(): Promise<() => Promise<void>> {
  const areas = serverDataset().areas;
  const provider = await startTestProvider(undefined, {
    areaOf: (kind) => accountRootId(kind, areas),
    appOrigins: [authUrls().server],
  });
  const api = await startTestApi(provider);
  return async () => {
    await api.close();
    await provider.close();
  };
}
