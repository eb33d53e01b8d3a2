// Applies the saved theme before first paint, so a dark-theme user never sees a white flash. A
// classic script file, not inline: the Content-Security-Policy allows scripts from 'self' only.
(function (w) {
  try {
    var t = w.localStorage.getItem('antt.theme');
    if (t !== 'light' && t !== 'dark')
      t = w.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    w.document.documentElement.dataset.theme = t;
  } catch {
    // Storage blocked (private mode, a policy): the stylesheet's default theme applies.
  }
})(globalThis);
