import { createLogger, type Logger } from '@sluice/logging';

export { checkHealth, reflect } from '@sluice/testing';

/** A logger whose JSON lines the test can read back. */
export function capturingLogger(): { log: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const destination = { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) };
  return { log: createLogger({ service: 'grpc-test', level: 'debug', destination }), lines };
}
