import { SluiceError } from '@sluice/errors';

// The wire spells enum values with their type's prefix (QUOTA_UNIT_TOKENS); the store keeps
// the short name. proto-loader hands an unknown enum number over as the number itself.

/** The short name of a proto enum value, or INVALID_ARGUMENT naming the field when it is unset or unknown. */
export function fromProtoEnum<T extends string>(field: string, prefix: string, known: Readonly<Record<string, T>>, value: unknown): T {
  const name = typeof value === 'string' && value.startsWith(prefix) ? value.slice(prefix.length) : undefined;
  if (name === undefined || !Object.hasOwn(known, name)) {
    const allowed = Object.keys(known).map((k) => prefix + k).join(', ');
    throw SluiceError.invalidArgument(`${field} must be one of ${allowed} (got ${JSON.stringify(value)})`, { field });
  }
  return known[name]!;
}

export function toProtoEnum<P extends string>(prefix: string, name: string): P {
  return `${prefix}${name}` as P;
}
