// Runs before any module of the app: a classic script file, not inline, because the
// Content-Security-Policy allows scripts from 'self' only (deploy/nginx.conf).
(function (w) {
  // zod probes `new Function` when a module first builds an object schema, and a strict CSP
  // reports that probe as a violation even though zod catches it. Modules are evaluated in chunks
  // whose order the bundler decides, so the switch is set here, before all of them: zod 4 keeps its
  // global settings in this object (core.js: globalThis.__zod_globalConfig).
  w.__zod_globalConfig = Object.assign(w.__zod_globalConfig || {}, { jitless: true });

  // The saved theme, before first paint, so a dark-theme user never sees a white flash.
  try {
    var t = w.localStorage.getItem('antt.theme');
    if (t !== 'light' && t !== 'dark')
      t = w.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    w.document.documentElement.dataset.theme = t;
  } catch {
    // Storage blocked (private mode, a policy): the stylesheet's default theme applies.
  }
})(globalThis);
