import type { SluiceError } from './sluice-error.ts';

/** The one error shape of every HTTP response (ARCHITECTURE.md). */
export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string; readonly details: Record<string, unknown> };
  readonly status_code: number;
  readonly path: string;
  readonly trace_id: string | null;
}

export function toErrorBody(err: SluiceError, path: string, traceId: string | null): ErrorBody {
  return {
    error: { code: err.code, message: err.message, details: { ...err.details } },
    status_code: err.httpStatus,
    path,
    trace_id: traceId,
  };
}
