import pg from 'pg';

/** Counters of one database (pg_stat_database) and of the server's WAL (pg_stat_wal, server-wide). */
export interface PgCounters {
  readonly xact_commit: number;
  readonly xact_rollback: number;
  readonly tup_inserted: number;
  readonly tup_updated: number;
  readonly tup_deleted: number;
  readonly tup_fetched: number;
  readonly wal_records: number;
  readonly wal_bytes: number;
  readonly wal_sync: number;
}

export async function readCounters(client: pg.Client, database: string): Promise<PgCounters> {
  const db = await client.query(
    `select xact_commit, xact_rollback, tup_inserted, tup_updated, tup_deleted, tup_fetched
       from pg_stat_database where datname = $1`,
    [database],
  );
  const wal = await client.query('select wal_records, wal_bytes, wal_sync from pg_stat_wal');
  const row = { ...(db.rows[0] ?? {}), ...(wal.rows[0] ?? {}) } as Record<string, string | number>;
  const n = (k: string) => Number(row[k] ?? 0);
  return {
    xact_commit: n('xact_commit'),
    xact_rollback: n('xact_rollback'),
    tup_inserted: n('tup_inserted'),
    tup_updated: n('tup_updated'),
    tup_deleted: n('tup_deleted'),
    tup_fetched: n('tup_fetched'),
    wal_records: n('wal_records'),
    wal_bytes: n('wal_bytes'),
    wal_sync: n('wal_sync'),
  };
}

export function diffCounters(a: PgCounters, b: PgCounters): PgCounters {
  const out: Record<string, number> = {};
  for (const k of Object.keys(a) as (keyof PgCounters)[]) out[k] = b[k] - a[k];
  return out as unknown as PgCounters;
}

/** What the backends of the bench database were doing, sampled every `intervalMs`. */
export interface ActivitySummary {
  readonly samples: number;
  /** Average number of backends per state (`active`, `idle`, `idle in transaction`). */
  readonly avgByState: Record<string, number>;
  /** Average number of active backends waiting, per wait event (`Lock:transactionid`, `IO:WALSync`, ...). */
  readonly avgActiveWaiting: Record<string, number>;
}

/**
 * Samples pg_stat_activity for one database from a connection to the admin database (so the
 * sampling itself is not counted in the bench database's statistics).
 */
export class ActivitySampler {
  readonly #client: pg.Client;
  readonly #database: string;
  readonly #intervalMs: number;
  #timer: NodeJS.Timeout | undefined;
  #busy = false;
  #samples = 0;
  readonly #byState = new Map<string, number>();
  readonly #waits = new Map<string, number>();
  readonly #pids = new Set<number>();

  constructor(client: pg.Client, database: string, intervalMs = 50) {
    this.#client = client;
    this.#database = database;
    this.#intervalMs = intervalMs;
  }

  /** Pids of the database's backends, seen in any sample or now. */
  async backendPids(): Promise<number[]> {
    const res = await this.#client.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1', [this.#database]);
    for (const r of res.rows) this.#pids.add(r.pid);
    return [...this.#pids];
  }

  start(): void {
    this.#timer = setInterval(() => void this.#sample(), this.#intervalMs);
  }

  async stop(): Promise<ActivitySummary> {
    clearInterval(this.#timer);
    while (this.#busy) await new Promise((r) => setTimeout(r, 5));
    const avg = (m: Map<string, number>) => Object.fromEntries([...m].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, v / Math.max(1, this.#samples)]));
    return { samples: this.#samples, avgByState: avg(this.#byState), avgActiveWaiting: avg(this.#waits) };
  }

  async #sample(): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    try {
      const res = await this.#client.query<{ pid: number; state: string | null; wait_event_type: string | null; wait_event: string | null }>(
        'select pid, state, wait_event_type, wait_event from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
        [this.#database],
      );
      this.#samples++;
      for (const r of res.rows) {
        this.#pids.add(r.pid);
        const state = r.state ?? 'unknown';
        this.#byState.set(state, (this.#byState.get(state) ?? 0) + 1);
        if (state === 'active' && r.wait_event_type !== null) {
          const key = `${r.wait_event_type}:${r.wait_event}`;
          this.#waits.set(key, (this.#waits.get(key) ?? 0) + 1);
        }
      }
    } catch {
      // a sample lost to a closing connection is harmless
    } finally {
      this.#busy = false;
    }
  }
}
