import { SluiceError } from '@sluice/errors';

/** Where a newest-first page ended: the last row's created_at (PostgreSQL's text, microseconds kept) and id. */
export interface PageEnd {
  readonly createdAt: string;
  readonly id: string;
}

// Opaque to callers. The timestamp stays PostgreSQL's text: a JavaScript Date would drop the
// microseconds and the next page would repeat rows that share the millisecond.
export function encodeCursor(end: PageEnd): string {
  return Buffer.from(JSON.stringify([end.createdAt, end.id])).toString('base64url');
}

/** null for ""; INVALID_ARGUMENT naming `cursor` for anything this service did not hand out. */
export function decodeCursor(cursor: string): PageEnd | null {
  if (cursor === '') return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') {
      const [createdAt, id] = value as [string, string];
      if (!Number.isNaN(Date.parse(createdAt)) && /^[0-9a-f-]{36}$/.test(id)) return { createdAt, id };
    }
  } catch {
    // fall through to the refusal
  }
  throw SluiceError.invalidArgument('cursor is not a cursor this service returned', { field: 'cursor' });
}
