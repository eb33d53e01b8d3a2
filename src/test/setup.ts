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

// jsdom has constructed stylesheets but no document.adoptedStyleSheets (src/lib/document-style.ts).
if (typeof document !== 'undefined' && !Array.isArray(document.adoptedStyleSheets)) {
  let adopted: CSSStyleSheet[] = [];
  Object.defineProperty(Document.prototype, 'adoptedStyleSheets', {
    configurable: true,
    get: () => adopted,
    set: (sheets: CSSStyleSheet[]) => {
      adopted = sheets;
    },
  });
}

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
if (typeof document !== 'undefined') {
  const { cleanup, configure } = await import('@testing-library/react');
  const { afterEach } = await import('vitest');
  afterEach(cleanup);
  // findBy*/waitFor give up after 1 s by default: on a loaded 2-core CI machine a page with
  // several MSW requests and charts has taken longer, and three tests failed that way.
  configure({ asyncUtilTimeout: 10_000 });
}
