import '@testing-library/jest-dom/vitest';

// jsdom has no ResizeObserver; recharts' responsive charts need one to mount.
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  Object.assign(window, { ResizeObserver: ResizeObserverStub });
}

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
if (typeof document !== 'undefined') {
  const { cleanup } = await import('@testing-library/react');
  const { afterEach } = await import('vitest');
  afterEach(cleanup);
}
