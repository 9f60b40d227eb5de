import { DefaultLogger, type LogContext, type LoggerOptions as OrmLoggerOptions, type Logger as OrmLogger } from '@mikro-orm/core';
import type { Logger } from '@sluice/logging';

/**
 * MikroORM's logger writing to pino. MikroORM's default logger drops warnings unless `debug`
 * is on, which would hide its "PostgreSQL connection error" lines; here warnings and errors
 * always go out, and everything else (queries, discovery) only at debug level.
 */
export function ormLoggerFactory(log: Logger): (options: OrmLoggerOptions) => OrmLogger {
  const child = log.child({ component: 'mikro-orm' });
  return (options) => new PinoOrmLogger(child, options);
}

// MikroORM colours parts of its messages (e.g. query timings) unless NO_COLOR is set; JSON
// log lines must not carry terminal escapes.
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

class PinoOrmLogger extends DefaultLogger {
  readonly #log: Logger;

  constructor(log: Logger, options: OrmLoggerOptions) {
    super(options);
    this.#log = log;
  }

  override log(namespace: string, message: string, context?: LogContext): void {
    const text = message.replace(ANSI, '').replace(/\s+/g, ' ').trim();
    if (context?.level === 'error') this.#log.error({ namespace }, text);
    else if (context?.level === 'warning') this.#log.warn({ namespace }, text);
    else if (this.isEnabled(namespace as never, context)) this.#log.debug({ namespace, took: context?.took }, text);
  }
}
