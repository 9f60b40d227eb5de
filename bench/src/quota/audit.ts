import pg from 'pg';

// Units granted per fixed window, counted three ways from the quota service's own tables:
// by each grant's not_before (the instant it may be used), by the window each grant charged
// (grants.charges), and by the usage ledger's charged_at (settled grants). Refunded grants
// gave their units back and do not count; the benchmark refunds none.
const BY_NOT_BEFORE = `select floor(not_before_us / $2::float8)::bigint as w, sum((amounts->>'REQUESTS')::bigint)::bigint as units, count(*)::int as grants
  from quota.grants where resource = $1 and state <> 'REFUNDED' group by 1 order by 1`;
const BY_CHARGE = `select floor((c->>'windowUs')::float8 / $2::float8)::bigint as w, sum((c->>'amount')::bigint)::bigint as units
  from quota.grants g, jsonb_array_elements(g.charges) c where g.resource = $1 and g.state <> 'REFUNDED' group by 1 order by 1`;
const BY_LEDGER = `select floor(extract(epoch from charged_at) * 1e6 / $2::float8)::bigint as w, sum(requests)::bigint as units
  from quota.usage_ledger where resource = $1 and outcome <> 'REFUNDED' group by 1 order by 1`;
const STATES = `select state, count(*)::int as n from quota.grants where resource = $1 group by 1`;

export interface WindowCount {
  /** Window start, ms since the epoch. */
  readonly startMs: number;
  readonly units: number;
}

export interface OverGrantAudit {
  readonly limit: number;
  readonly windowMs: number;
  readonly byNotBefore: readonly WindowCount[];
  readonly byCharge: readonly WindowCount[];
  readonly byLedger: readonly WindowCount[];
  /** Grants per state (all should be settled by the end of the run). */
  readonly states: Record<string, number>;
  /** The largest count in any window, by each method, and the units beyond the limit summed over windows. */
  readonly maxPerWindow: number;
  readonly overTotal: number;
  readonly windows: number;
}

export async function auditFixedWindow(databaseUrl: string, resource: string, limit: number, windowMs: number): Promise<OverGrantAudit> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const w = windowMs * 1000;
    const counts = async (sql: string): Promise<WindowCount[]> =>
      (await client.query<{ w: string; units: string }>(sql, [resource, w])).rows.map((r) => ({ startMs: Number(r.w) * windowMs, units: Number(r.units) }));
    const byNotBefore = await counts(BY_NOT_BEFORE);
    const byCharge = await counts(BY_CHARGE);
    const byLedger = await counts(BY_LEDGER);
    const states = Object.fromEntries((await client.query<{ state: string; n: number }>(STATES, [resource])).rows.map((r) => [r.state, r.n]));
    const all = [...byNotBefore, ...byCharge, ...byLedger];
    return {
      limit,
      windowMs,
      byNotBefore,
      byCharge,
      byLedger,
      states,
      maxPerWindow: Math.max(0, ...all.map((c) => c.units)),
      overTotal: byNotBefore.reduce((s, c) => s + Math.max(0, c.units - limit), 0) + byCharge.reduce((s, c) => s + Math.max(0, c.units - limit), 0),
      windows: byNotBefore.length,
    };
  } finally {
    await client.end();
  }
}
