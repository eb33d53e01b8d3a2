import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/600.css';
import '@fontsource/be-vietnam-pro/700.css';
import './styles.css';
import './styles/print.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setApiBaseUrl } from './api/client';
import { resolveApiSource } from './api/config';
import { App } from './app/app';

async function start() {
  const source = await resolveApiSource();
  if (source.mode === 'mock') {
    // Loaded only when no API is configured, so a deployment with an API never downloads the mock.
    const { startMockWorker } = await import('../mocks/browser');
    await startMockWorker();
  }
  setApiBaseUrl(source.baseUrl, { demo: source.mode === 'mock' });
  // Sign-in first when the deployment requires it; false: the page is leaving for the provider.
  if (source.mode === 'remote' && source.auth) {
    const { startAuth } = await import('./auth/auth-session');
    if (!(await startAuth(source.auth))) return;
  }
  const container = document.getElementById('root');
  if (!container) throw new Error('#root is missing from index.html');
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

start().catch((error: unknown) => {
  const boot = document.getElementById('boot');
  if (boot)
    boot.textContent = `The dashboard could not start / Không khởi động được: ${error instanceof Error ? error.message : String(error)}`;
});
