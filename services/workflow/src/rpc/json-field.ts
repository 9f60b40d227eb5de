import { SluiceError } from '@sluice/errors';

/** Parses a `*_json` request field; an empty string is `fallback`, bad JSON is INVALID_ARGUMENT naming the field. */
export function parseJsonField(field: string, text: string, fallback: unknown = null): unknown {
  if (text === '') return fallback;
  try {
    return JSON.parse(text);
  } catch (err) {
    throw SluiceError.invalidArgument(`${field} is not valid JSON: ${(err as Error).message}`, { field });
  }
}

export function toJsonField(value: unknown): string {
  return value === null || value === undefined ? '' : JSON.stringify(value);
}
