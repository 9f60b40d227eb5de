import type { Orm } from './create-orm.ts';

export type DatabaseHealth = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/**
 * For /readyz: whether PostgreSQL answers `select 1` within `timeoutMs`. Never throws. A
 * timed-out query is not cancelled (it ends with its connection); the probe only stops
 * waiting, so that a hung database makes the service unready instead of hanging the probe.
 */
export async function checkDatabase(orm: Orm, timeoutMs = 1_000): Promise<DatabaseHealth> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<DatabaseHealth>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, reason: `no answer within ${timeoutMs} ms` }), timeoutMs);
  });
  const query = orm.em
    .getConnection()
    .execute('select 1')
    .then((): DatabaseHealth => ({ ok: true }))
    .catch((err: unknown): DatabaseHealth => ({ ok: false, reason: err instanceof Error ? err.message : String(err) }));
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
