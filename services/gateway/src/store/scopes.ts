/**
 * What an API key may do. The minimum until key management arrives (a later issue): `read`
 * and `write` are recorded but not yet checked (every key has them); `admin` guards the
 * platform-wide administration routes (quota resources and limits). Keys stored before
 * scopes existed are bootstrap keys and were given all three by migration 0002.
 */
export const Scope = { READ: 'read', WRITE: 'write', ADMIN: 'admin' } as const;
export type Scope = (typeof Scope)[keyof typeof Scope];

/** What a key gets unless told otherwise: everything, as every key had before scopes. */
export const DEFAULT_SCOPES: readonly Scope[] = [Scope.READ, Scope.WRITE, Scope.ADMIN];
