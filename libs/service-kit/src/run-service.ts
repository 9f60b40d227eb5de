import { ConfigError } from '@sluice/config';
import type { Logger } from '@sluice/logging';

export interface RunningService {
  readonly log: Logger;
  /** Stops the service (reverse of start); repeated calls return the first promise. */
  shutdown(): Promise<void>;
}

/**
 * The process wrapper of every service's main.ts: starts it, stops it on SIGTERM/SIGINT
 * (a second signal forces exit), and turns a bad configuration into one line on stderr and
 * exit code 78 (EX_CONFIG) instead of a stack trace.
 */
export async function runService(start: () => Promise<RunningService>, afterShutdown?: () => Promise<void>): Promise<void> {
  let service: RunningService;
  try {
    service = await start();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(78);
    }
    process.stderr.write(`${JSON.stringify({ level: 'fatal', msg: 'service failed to start', err: describe(err) })}\n`);
    process.exit(1);
  }
  let signals = 0;
  const stop = (signal: NodeJS.Signals) => {
    signals += 1;
    if (signals > 1) {
      service.log.warn({ signal }, 'second signal: exiting now');
      process.exit(130);
    }
    service.log.info({ signal }, 'shutting down');
    service
      .shutdown()
      .then(() => afterShutdown?.())
      .then(
        () => process.exit(0),
        (err: unknown) => {
          service.log.error({ err }, 'shutdown failed');
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

function describe(err: unknown): { message: string; stack?: string } {
  return err instanceof Error ? { message: err.message, ...(err.stack === undefined ? {} : { stack: err.stack }) } : { message: String(err) };
}
