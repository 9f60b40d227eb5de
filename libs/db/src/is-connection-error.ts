import { ConnectionException } from '@mikro-orm/core';

// Socket-level failures from node:net / node:dns: the server is down, unreachable or went away.
const NET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'ECONNABORTED']);

// SQLSTATEs that mean "not now" rather than "never": class 08 (connection exception),
// 57P01-57P03 (server shutting down, crashed, still starting up), 53300 (too many connections).
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);

// node-postgres raises these as plain Errors without a code.
const PG_MESSAGES = [/connection terminated/i, /timeout exceeded when trying to connect/i, /not queryable/i, /connection error/i];

/**
 * Whether an error means that PostgreSQL could not be reached (worth retrying later), as
 * opposed to a statement it refused. Looks through MikroORM's wrapper, `cause` chains and the
 * AggregateError that node:net raises when every address of a host refused.
 */
export function isConnectionError(err: unknown, depth = 0): boolean {
  if (depth > 5 || typeof err !== 'object' || err === null) return false;
  if (err instanceof ConnectionException) return true;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && (NET_CODES.has(code) || SQLSTATES.has(code) || code.startsWith('08'))) return true;
  if (err instanceof Error && code === undefined && PG_MESSAGES.some((re) => re.test(err.message))) return true;
  if (err instanceof AggregateError && err.errors.some((e) => isConnectionError(e, depth + 1))) return true;
  return isConnectionError((err as { cause?: unknown }).cause, depth + 1);
}
