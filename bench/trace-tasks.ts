// Main-thread tasks read from a Chromium trace, for the benchmark specs.

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  pid: number;
  tid: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, in µs. */
  tdur?: number;
  args?: { data?: { message?: string }; frame?: string };
}

export interface Task {
  /** The step it ran in (the last `console.timeStamp('step:…')` before it), '' without steps. */
  step: string;
  cpuMs: number;
  wallMs: number;
}

/**
 * The page's main-thread tasks, each with the step it ran in. The thread is the one the first
 * step mark (or the `after` event, e.g. 'firstContentfulPaint') was recorded on, and only tasks
 * after that point count.
 *
 * Each task's CPU time on that thread is reported beside its wall time: on a loaded 2-core machine
 * a 30 ms task can take 190 ms of wall time while other processes hold the CPU, which says nothing
 * about the app.
 */
export function mainThreadTasks(traceJson: string, options: { after?: string } = {}): Task[] {
  const { traceEvents } = JSON.parse(traceJson) as { traceEvents: TraceEvent[] };
  const stamps = traceEvents
    .filter((e) => e.name === 'TimeStamp' && e.args?.data?.message?.startsWith('step:'))
    .sort((a, b) => a.ts - b.ts);
  const first = options.after
    ? traceEvents.filter((e) => e.name === options.after).sort((a, b) => a.ts - b.ts)[0]
    : stamps[0];
  if (!first) throw new Error(`no ${options.after ?? 'step mark'} in the trace`);
  return traceEvents
    .filter(
      (e) =>
        e.ph === 'X' &&
        e.pid === first.pid &&
        e.tid === first.tid &&
        (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') &&
        e.ts >= first.ts,
    )
    .map((e) => ({
      step: (stamps.filter((s) => s.ts <= e.ts).pop()?.args?.data?.message ?? '').slice('step:'.length),
      cpuMs: (e.tdur ?? e.dur ?? 0) / 1000,
      wallMs: (e.dur ?? 0) / 1000,
    }));
}

export const mark = (page: import('@playwright/test').Page, step: string) =>
  page.evaluate((s) => console.timeStamp(`step:${s}`), step);
