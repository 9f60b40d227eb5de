import { SluiceError } from '@sluice/errors';
import { isWorkflowState, type WorkflowState } from '../domain/states.ts';

export interface PageLimits {
  readonly defaultSize: number;
  readonly maxSize: number;
}

/** `page_size` as the proto defines it: 0 = the default; anything outside 1..max is refused, not clamped. */
export function pageSize(field: string, value: number, limits: PageLimits): number {
  if (value === 0) return limits.defaultSize;
  if (!Number.isInteger(value) || value < 1 || value > limits.maxSize) {
    throw SluiceError.invalidArgument(`${field} must be between 1 and ${limits.maxSize} (0 = ${limits.defaultSize})`, { field, max: limits.maxSize });
  }
  return value;
}

// RFC 3339 (the proto's timestamp convention) with a mandatory offset: Date.parse alone would
// also take "2025-01-01" or "Jan 1 2025" and read them in the server's time zone.
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$/;

/** An optional RFC 3339 timestamp field: null for "". */
export function optionalTimestamp(field: string, text: string): Date | null {
  if (text === '') return null;
  const ms = RFC3339.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(ms)) throw SluiceError.invalidArgument(`${field} ${JSON.stringify(text)} is not an RFC 3339 timestamp`, { field });
  return new Date(ms);
}

/**
 * A repeated WorkflowState filter. proto-loader hands enums over as their names; the
 * UNSPECIFIED zero value or a number it could not name is refused rather than ignored.
 */
export function stateFilter(field: string, values: readonly unknown[]): WorkflowState[] {
  for (const value of values) {
    if (!isWorkflowState(value)) throw SluiceError.invalidArgument(`${field} holds ${JSON.stringify(value)}, which is not a workflow state`, { field });
  }
  return [...new Set(values as WorkflowState[])];
}

/** An ISO text for PostgreSQL's timestamptz text, or "" for none (the proto's "not set"). */
export function isoOrEmpty(value: string | null | undefined): string {
  return value === null || value === undefined ? '' : new Date(value).toISOString();
}
