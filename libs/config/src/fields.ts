import { z } from 'zod';

/** Reusable variable schemas; each message starts with "must" and reads after the name. */

export const port = (fallback: number) =>
  z.coerce
    .number({ message: 'must be a TCP port number (0-65535)' })
    .int({ message: 'must be a TCP port number (0-65535)' })
    .min(0, { message: 'must be a TCP port number (0-65535)' })
    .max(65535, { message: 'must be a TCP port number (0-65535)' })
    .default(fallback);

export const url = (protocols: readonly string[], fallback?: string) => {
  const message = `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`;
  const schema = z.string({ message }).refine((value) => {
    try {
      return protocols.includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, { message });
  return fallback === undefined ? schema : schema.default(fallback);
};

/** A comma-separated list of host:port addresses, e.g. for NATS seeds. */
export const hostPort = (fallback: string) =>
  z
    .string()
    .regex(/^[\w.-]+:\d{1,5}$/, { message: 'must be host:port' })
    .default(fallback);

const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/;
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** A duration such as 250ms, 30s, 5m or 1h (a bare number is seconds); parsed to milliseconds. */
export const durationMs = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .refine((value) => DURATION.test(value.trim()), { message: 'must be a duration such as 250ms, 30s, 5m or 1h' })
    .transform((value) => {
      const [, amount, unit] = DURATION.exec(value.trim())!;
      return Math.round(Number(amount) * UNIT_MS[unit ?? 's']!);
    });

export const positiveInt = (fallback: number) =>
  z.coerce
    .number({ message: 'must be a positive integer' })
    .int({ message: 'must be a positive integer' })
    .positive({ message: 'must be a positive integer' })
    .default(fallback);

export const logLevel = () =>
  z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info');

/** A name usable in NATS subjects and PostgreSQL identifiers. */
export const identifier = (fallback: string) =>
  z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,30}$/, { message: 'must be lower-case letters, digits or _ and start with a letter' })
    .default(fallback);

export const optionalString = () => z.string().min(1, { message: 'must not be empty when set' }).optional();

export const boolean = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0'], { message: 'must be true or false' })
    .default(fallback ? 'true' : 'false')
    .transform((value) => value === 'true' || value === '1');
