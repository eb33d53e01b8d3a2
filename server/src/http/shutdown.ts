// Graceful shutdown on SIGTERM / SIGINT: stop accepting connections, let in-flight requests finish
// (Fastify's close waits for them and closes idle keep-alive sockets), then close the database
// (the app's onClose hook). A shutdown that hangs is cut short after `timeoutMs`.
import type { FastifyInstance } from 'fastify';

export interface ShutdownOptions {
  signals?: readonly NodeJS.Signals[];
  timeoutMs?: number;
  exit?: (code: number) => void;
}

/** Installs the signal handlers; returns the shutdown function (also for tests) and an uninstaller. */
export function installShutdown(
  app: FastifyInstance,
  options: ShutdownOptions = {},
): { shutdown: (reason: string) => Promise<void>; uninstall: () => void } {
  const signals = options.signals ?? ['SIGTERM', 'SIGINT'];
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const timeoutMs = options.timeoutMs ?? 10_000;
  let running: Promise<void> | null = null;

  const shutdown = (reason: string): Promise<void> => {
    running ??= (async () => {
      app.log.info({ reason }, 'shutting down: finishing in-flight requests');
      const timer = setTimeout(() => {
        app.log.error({ timeoutMs }, 'shutdown took too long: exiting');
        exit(1);
      }, timeoutMs);
      timer.unref();
      try {
        await app.close();
        app.log.info('shut down');
        exit(0);
      } catch (error) {
        app.log.error({ err: error }, 'shutdown failed');
        exit(1);
      } finally {
        clearTimeout(timer);
      }
    })();
    return running;
  };
  const handlers = signals.map((signal) => {
    const handler = () => void shutdown(signal);
    process.once(signal, handler);
    return [signal, handler] as const;
  });
  return {
    shutdown,
    uninstall: () => {
      for (const [signal, handler] of handlers) process.removeListener(signal, handler);
    },
  };
}
