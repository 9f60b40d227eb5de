/** A statement in the decision's transaction (StatementPool.transaction): `$1`-style placeholders, prepared by name. */
export type Run = <R>(name: string, sql: string, params: readonly unknown[]) => Promise<R[]>;
