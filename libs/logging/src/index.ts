/**
 * Structured JSON logs with trace ids.
 *
 * ```ts
 * const log = createLogger({ service: 'workflow', level: config.LOG_LEVEL });
 * log.info({ workflowId }, 'workflow created'); // {"level":"info","service":"workflow","trace_id":...}
 * ```
 */
export { createLogger } from './create-logger.ts';
export type { LoggerOptions } from './create-logger.ts';
export type { Logger } from 'pino';
