/**
 * Turns the services' pino JSON lines into one readable line each, for `npm run up`:
 *
 * ```ts
 * const fmt = createFormatter({ names: ['workflow', 'gateway'], color: process.stdout.isTTY });
 * fmt('workflow', '{"level":"info","time":"…","msg":"workflow created","workflowId":"wf_1"}');
 * // "[workflow] 13:01:02 INFO  workflow created workflowId=wf_1"
 * ```
 * A line that is not a JSON object is printed as it is, after the prefix.
 */

export interface FormatterOptions {
  /** Every name that will be printed, so the prefixes line up. */
  readonly names: readonly string[];
  readonly color: boolean;
}

export type Formatter = (name: string, line: string) => string;

const RESET = '\x1b[0m';
const DIM = '\x1b[2m';
const PREFIX_COLORS = ['\x1b[36m', '\x1b[35m', '\x1b[34m', '\x1b[33m', '\x1b[32m', '\x1b[96m', '\x1b[95m', '\x1b[94m'];
const LEVELS: Record<string, { label: string; color: string }> = {
  trace: { label: 'TRACE', color: '\x1b[90m' },
  debug: { label: 'DEBUG', color: '\x1b[90m' },
  info: { label: 'INFO', color: '\x1b[32m' },
  warn: { label: 'WARN', color: '\x1b[33m' },
  error: { label: 'ERROR', color: '\x1b[31m' },
  fatal: { label: 'FATAL', color: '\x1b[1;31m' },
};
// pino's numeric levels, for a logger that does not print labels.
const NUMERIC_LEVELS: Record<number, string> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };
// Shown in the fixed part of the line, or noise for a person reading a terminal.
const HIDDEN = new Set(['level', 'time', 'msg', 'message', 'service', 'pid', 'hostname', 'span_id', 'trace_id', 'v']);

export function createFormatter(options: FormatterOptions): Formatter {
  const width = Math.max(...options.names.map((n) => n.length)) + 2;
  const paint = (code: string, text: string) => (options.color ? `${code}${text}${RESET}` : text);
  const prefixes = new Map<string, string>();
  options.names.forEach((name, i) => {
    const color = PREFIX_COLORS[i % PREFIX_COLORS.length] ?? '';
    prefixes.set(name, paint(color, `[${name}]`.padEnd(width)));
  });

  return (name, line) => {
    const prefix = prefixes.get(name) ?? `[${name}]`.padEnd(width);
    const record = parse(line);
    if (record === undefined) return `${prefix} ${line}`;
    const level = levelOf(record.level);
    const head = `${paint(DIM, clock(record.time))} ${paint(level.color, level.label.padEnd(5))}`;
    const msg = typeof record.msg === 'string' ? record.msg : typeof record.message === 'string' ? record.message : '';
    const fields: string[] = [];
    const stacks: string[] = [];
    for (const [key, value] of Object.entries(record)) {
      if (HIDDEN.has(key)) continue;
      const err = asError(value);
      if (err !== undefined) {
        fields.push(`${paint(DIM, `${key}=`)}${quote(err.message)}`);
        if (err.stack !== undefined) stacks.push(err.stack);
        continue;
      }
      fields.push(`${paint(DIM, `${key}=`)}${show(value)}`);
    }
    if (typeof record.trace_id === 'string') fields.push(paint(DIM, `trace_id=${record.trace_id}`));
    const main = [prefix, head, msg, ...fields].filter((part) => part !== '').join(' ');
    // A stack goes on the lines below, each with the prefix, so `grep '\[workflow\]'` keeps it.
    const below = stacks.flatMap((s) => s.split('\n').slice(1)).map((l) => `${prefix} ${paint(DIM, `    ${l.trim()}`)}`);
    return [main, ...below].join('\n');
  };
}

function parse(line: string): Record<string, unknown> | undefined {
  if (!line.startsWith('{')) return undefined;
  try {
    const value: unknown = JSON.parse(line);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    const record = value as Record<string, unknown>;
    return 'msg' in record || 'level' in record ? record : undefined;
  } catch {
    return undefined;
  }
}

function levelOf(level: unknown): { label: string; color: string } {
  const key = typeof level === 'number' ? NUMERIC_LEVELS[level] : typeof level === 'string' ? level.toLowerCase() : undefined;
  return (key === undefined ? undefined : LEVELS[key]) ?? { label: String(level ?? '').toUpperCase().slice(0, 5), color: '' };
}

function clock(time: unknown): string {
  const date = typeof time === 'string' || typeof time === 'number' ? new Date(time) : new Date();
  const valid = Number.isNaN(date.getTime()) ? new Date() : date;
  return valid.toTimeString().slice(0, 8);
}

function asError(value: unknown): { message: string; stack: string | undefined } | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.message !== 'string' || (typeof v.stack !== 'string' && typeof v.type !== 'string')) return undefined;
  return { message: v.message, stack: typeof v.stack === 'string' ? v.stack : undefined };
}

function show(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  if (value === undefined) return 'undefined';
  return JSON.stringify(value);
}

function quote(text: string): string {
  return /^[^\s"=]+$/.test(text) ? text : JSON.stringify(text);
}
