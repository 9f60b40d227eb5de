import { SluiceError } from '@sluice/errors';

/**
 * Opaque page cursors: base64url of a small JSON array `[kind, ...keys]`. Clients only hand
 * them back; the kind tag stops a history cursor from being replayed on the workflow list,
 * and every key is checked against a pattern before it reaches SQL, so a forged or truncated
 * cursor is INVALID_ARGUMENT naming the field instead of a database error.
 */
export function encodeCursor(kind: string, keys: readonly string[]): string {
  return Buffer.from(JSON.stringify([kind, ...keys]), 'utf8').toString('base64url');
}

/** The keys of a cursor of `kind`, each matching its pattern; null for "" (the first page). */
export function decodeCursor(field: string, kind: string, text: string, patterns: readonly RegExp[]): string[] | null {
  if (text === '') return null;
  const invalid = () => SluiceError.invalidArgument(`${field} is not a cursor returned by this list`, { field });
  if (!/^[A-Za-z0-9_-]{1,512}$/.test(text)) throw invalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== patterns.length + 1 || parsed[0] !== kind) throw invalid();
  const keys = parsed.slice(1) as unknown[];
  if (!keys.every((key, i) => typeof key === 'string' && patterns[i]!.test(key))) throw invalid();
  return keys as string[];
}

export const UUID_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** A bigint key (microseconds since the epoch, a bigserial id) as decimal text. */
export const BIGINT_KEY = /^\d{1,18}$/;
