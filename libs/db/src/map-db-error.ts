import { ErrorCode, SluiceError } from '@sluice/errors';
import { isConnectionError } from './is-connection-error.ts';

/** What the caller was writing, for a clearer ALREADY_EXISTS message ("workflow wf_1 already exists"). */
export interface DbErrorSubject {
  readonly kind: string;
  readonly id: string;
}

/**
 * The error to throw for a database failure: `throw mapDbError(err)`.
 * - 23505 unique violation → ALREADY_EXISTS (naming `subject`, else the table and key);
 * - 40001 serialization failure, 40P01 deadlock → CONFLICT (transient: the caller may retry);
 * - the server could not be reached → UNAVAILABLE;
 * - anything else is returned unchanged, to be logged and reported as INTERNAL upstream.
 * MikroORM keeps the driver's SQLSTATE in `code` on its own exception types, so this reads
 * the code rather than the class (the class hierarchy merges 40001 and 40P01).
 */
export function mapDbError(err: unknown, subject?: DbErrorSubject): unknown {
  if (err instanceof SluiceError) return err;
  const code = sqlState(err);
  if (code === '23505') {
    const kind = subject?.kind ?? pgField(err, 'table') ?? 'row';
    const id = subject?.id ?? duplicateKey(err) ?? pgField(err, 'constraint') ?? 'key';
    return new SluiceError(ErrorCode.ALREADY_EXISTS, `${kind} ${id} already exists`, {
      details: { kind, id, constraint: pgField(err, 'constraint') },
      cause: err,
    });
  }
  if (code === '40001' || code === '40P01') {
    const what = code === '40P01' ? 'a deadlock' : 'a concurrent update';
    return new SluiceError(ErrorCode.CONFLICT, `the transaction was aborted by ${what}; retry it`, {
      details: { sqlState: code },
      cause: err,
    });
  }
  if (isConnectionError(err)) return SluiceError.unavailable('database', err);
  return err;
}

function sqlState(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function pgField(err: unknown, field: 'table' | 'constraint' | 'detail'): string | undefined {
  const value = (err as Record<string, unknown> | null)?.[field];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

// PostgreSQL's detail reads `Key (tenant_id, name)=(t1, x) already exists.`
function duplicateKey(err: unknown): string | undefined {
  const match = /^Key \((.+)\)=\((.*)\) already exists/.exec(pgField(err, 'detail') ?? '');
  return match === null ? undefined : `${match[1]}=${match[2]}`;
}
