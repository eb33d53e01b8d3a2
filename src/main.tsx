import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/600.css';
import '@fontsource/be-vietnam-pro/700.css';
import './styles.css';
import './styles/print.css';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setApiBaseUrl, type ApiTransport } from './api/client';
import { loadApiSource } from './api/config';
import { App } from './app/app';
import { StartupError } from './app/startup-error';

const buildApiBaseUrl: unknown = import.meta.env.VITE_API_BASE_URL;
/**
 * Replaced at build time, so `VITE_DEMO=off npm run build` (or a build for a fixed API) leaves the
 * mock, its generator and MSW out of the bundle altogether.
 */
const HAS_DEMO = import.meta.env.VITE_DEMO !== 'off' && !import.meta.env.VITE_API_BASE_URL;

const MOCK_TIMEOUT_MS = 180_000;

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');
const root = createRoot(container);

async function start(): Promise<void> {
  try {
    const source = await loadApiSource({
      hasDemo: HAS_DEMO,
      dev: import.meta.env.DEV,
      buildApiBaseUrl: typeof buildApiBaseUrl === 'string' && buildApiBaseUrl ? buildApiBaseUrl : undefined,
    });
    let transport: ApiTransport | undefined;
    if (HAS_DEMO && source.mode === 'mock') {
      // Loaded only for the demo, so a deployment with an API never downloads the mock; the mock
      // itself runs in a Web Worker, this chunk only forwards the client's requests to it.
      const { startMockWorker } = await import('../mocks/browser');
      ({ transport } = await startMockWorker(source.baseUrl));
    }
    setApiBaseUrl(source.baseUrl, {
      demo: source.mode === 'mock',
      ...(transport ? { transport } : {}),
      ...(source.config.requestTimeoutMs
        ? { timeoutMs: source.config.requestTimeoutMs }
        : // The embedded mock answers from this tab's worker and cannot hang, but a phone generating
          // the national demo (~10,300 wards) works far longer than a network answer should take.
          source.mode === 'mock'
          ? { timeoutMs: MOCK_TIMEOUT_MS }
          : {}),
    });
    // Sign-in first when the deployment requires it; false: the page is leaving for the provider.
    if (source.mode === 'remote' && source.config.auth) {
      const { startAuth } = await import('./auth/auth-session');
      if (!(await startAuth(source.config.auth))) return;
    }
    // A transition: React renders the app in slices, yielding between them, so the phone's main
    // thread is never held for the whole first render (total blocking time, issue 11).
    startTransition(() => {
      root.render(
        <StrictMode>
          <App />
        </StrictMode>,
      );
    });
  } catch (error: unknown) {
    root.render(
      <StrictMode>
        <StartupError error={error} onRetry={start} />
      </StrictMode>,
    );
  }
}

void start();
