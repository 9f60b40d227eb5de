import { SluiceError } from '@sluice/errors';

// Lower-case only: PostgreSQL folds unquoted names to lower case, so such a name means the
// same thing quoted or not, and SQL written by hand in migrations cannot get it wrong.
const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Thrown when a schema (or other SQL identifier) is not a plain lower-case PostgreSQL name.
 * Schema names are spliced into SQL text, so this check is what keeps that safe.
 */
export function assertIdentifier(kind: string, name: string): string {
  if (!IDENTIFIER.test(name)) {
    throw SluiceError.invalidArgument(`${kind} "${name}" must match ${IDENTIFIER.source}`, { [kind]: name });
  }
  return name;
}

/** `"name"`, after checking that the name is a plain identifier. */
export function quoteIdentifier(name: string): string {
  return `"${assertIdentifier('identifier', name)}"`;
}
