// Playwright globalSetup: the sign-in tests' OpenID Connect provider and token-checking API on
// loopback, at ports derived from E2E_PORT; the returned function stops both after the run.
import { startTestApi } from './token-checking-api';
import { startTestProvider } from './oidc-test-provider';

export default async function startAuthServers(): Promise<() => Promise<void>> {
  const provider = await startTestProvider();
  const api = await startTestApi(provider);
  return async () => {
    await api.close();
    await provider.close();
  };
}
