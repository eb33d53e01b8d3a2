// The table `npm run bench` prints (and the README quotes): every target of issue 11 with what was
// measured and whether it is met. A measurement that could not be taken says so.

const num = (v, digits = 0) => (typeof v === 'number' ? v.toFixed(digits) : 'not measured');

/** [what, target, measured, met] rows from bench/results.json. */
export function rows(r) {
  const out = [];
  const add = (what, target, value, met, digits = 0, unit = '') =>
    out.push([
      what,
      target,
      typeof value === 'number' ? `${num(value, digits)}${unit}` : 'not measured',
      typeof value !== 'number' ? '—' : met === null ? 'reported' : met(value) ? 'met' : 'NOT met',
    ]);
  for (const mode of ['mock', 'api']) {
    const label = mode === 'mock' ? 'embedded mock' : 'configured API';
    const m = r.lighthouse?.mobile?.[mode];
    add(`Lighthouse mobile score, ${label}`, '≥ 95', m?.score, (v) => v >= 95);
    add(`largest contentful paint, ${label}`, '≤ 1800 ms', m?.lcpMs, (v) => v <= 1800, 0, ' ms');
    add(`total blocking time, ${label}`, '≤ 150 ms', m?.tbtMs, (v) => v <= 150, 0, ' ms');
    add(`cumulative layout shift, ${label}`, '≤ 0.02', m?.cls, (v) => v <= 0.02, 3);
    const d = r.lighthouse?.desktop?.[mode];
    add(`Lighthouse desktop score, ${label}`, '—', d?.score, null);
  }
  const b = r.bundle?.overview;
  add(
    'JS before the first figures, API (build manifest)',
    '≤ 185 KiB',
    b?.api?.gzipKiB,
    (v) => v <= 185,
    1,
    ' KiB',
  );
  add(
    'JS before the first figures, mock (build manifest)',
    '≤ 300 KiB',
    b?.mock?.gzipKiB,
    (v) => v <= 300,
    1,
    ' KiB',
  );
  add('script requests before the first figures, API', '≤ 8', b?.api?.scripts, (v) => v <= 8);
  add('script requests before the first figures, mock', '≤ 8', b?.mock?.scripts, (v) => v <= 8);
  const load = r.load ?? {};
  add(
    'Overview (mock, browser): script requests before its first figure',
    '≤ 8',
    load.province?.scriptsBeforeFigure,
    (v) => v <= 8,
  );
  add(
    'Overview (mock, browser): JS before its first figure',
    '≤ 300 KiB',
    load.province?.jsKiBBeforeFigure,
    (v) => v <= 300,
    1,
    ' KiB',
  );
  for (const set of ['province', 'national'])
    add(
      `longest main-thread task after first paint, Overview, ${set}`,
      '≤ 50 ms',
      load[set]?.longestTaskAfterPaintMs,
      (v) => v <= 50,
      1,
      ' ms',
    );
  add(
    'first figures after their data arrived, Overview, national',
    '≤ 1000 ms',
    load.national?.figuresAfterDataMs,
    (v) => v <= 1000,
    0,
    ' ms',
  );
  for (const kind of ['period', 'area', 'language', 'sort'])
    add(
      `main-thread CPU of one ${kind} change, province`,
      '< 50 ms',
      r.responsive?.[kind],
      (v) => v < 50,
      1,
      ' ms',
    );
  add('10,000-row ranking: sort', '< 50 ms', r.ranking?.sortMs, (v) => v < 50, 1, ' ms');
  add('10,000-row ranking: filter', '< 50 ms', r.ranking?.filterMs, (v) => v < 50, 1, ' ms');
  if (r.map)
    add('map, national: first draw (main thread)', '< 500 ms', r.map.firstDrawMs, (v) => v < 500, 0, ' ms');
  return out;
}

export function table(r) {
  const all = [['what', 'target', 'measured', ''], ...rows(r)];
  const widths = all[0].map((_, i) => Math.max(...all.map((row) => row[i].length)));
  const line = (row) => `| ${row.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [
    line(all[0]),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...all.slice(1).map(line),
  ].join('\n');
}
