import { expect } from 'chai';
import type { ChildProcess } from 'node:child_process';
import pg from 'pg';
import { loadContracts, type QuotaServiceClient } from '@sluice/contracts';
import { createClient, type GrpcClient } from '@sluice/grpc';
import { suiteEnv } from '@sluice/testing';
import { freePort } from '../support/free-port.ts';
import { defineResource, quotaProcess } from '../support/quota-fixture.ts';

const FIXED_PER_WINDOW = 150;
const WINDOW_MS = 1000;
const ROLLING = { amount: 100, periodMs: 500, burst: 20 };
const CALLERS = 200;

/**
 * The guarantee of ARCHITECTURE.md: the quota service never grants more than a limit allows
 * within its window, with several replicas and many callers, also when a replica dies. Two
 * replicas run as real processes; one is SIGKILLed mid-run. The audit reads the usage ledger
 * (every grant ends there: committed, or expired as used) and replays both limits.
 */
describe('quota grants from two replicas under 200 concurrent callers', function () {
  this.timeout(60_000);
  let env: ReturnType<typeof suiteEnv>;
  const children: ChildProcess[] = [];
  const clients: Array<GrpcClient<QuotaServiceClient>> = [];
  let db: pg.Client;

  before(async () => {
    env = suiteEnv();
    db = new pg.Client({ connectionString: env.databaseUrl });
    await db.connect();
  });

  after(async () => {
    for (const c of clients) c.close();
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    await db?.end();
  });

  it('never grants more than any limit allows in any window, also when a replica is SIGKILLed mid-run', async () => {
    const ports = [await freePort(), await freePort()];
    for (const port of ports) children.push(await quotaProcess(env, port));
    for (const port of ports) clients.push(createClient(loadContracts().services.quota, `127.0.0.1:${port}`, { deadlineMs: 2_000 }));
    const resource = await defineResource(clients[0]!, [
      { name: 'fixed', scope: 'QUOTA_SCOPE_GLOBAL', amount: FIXED_PER_WINDOW, window: 'QUOTA_WINDOW_FIXED', window_ms: WINDOW_MS },
      { name: 'rolling', scope: 'QUOTA_SCOPE_GLOBAL', amount: ROLLING.amount, window: 'QUOTA_WINDOW_ROLLING', window_ms: ROLLING.periodMs, burst: ROLLING.burst },
    ]);
    const deadline = Date.now() + 4_000;
    let granted = 0;
    let refused = 0;
    let failed = 0;
    let killedAt = Infinity;
    let grantedByTheKilled = 0;
    let grantedAfterTheKill = 0;
    const caller = async (i: number) => {
      while (Date.now() < deadline) {
        // Half the callers start on the replica that dies; they move on to the other one.
        const client = i % 2 === 0 && children[0]!.exitCode === null && children[0]!.signalCode === null ? clients[0]! : clients[1]!;
        try {
          const res = await client.call('AcquireGrant', { tenant_id: `t-${i % 10}`, resource, amounts: [{ unit: 'QUOTA_UNIT_REQUESTS', amount: 1 }], ttl_ms: 1_000 });
          if (!res.granted) {
            refused++;
            await new Promise((r) => setTimeout(r, Math.min(200, Number(res.retry_after_ms))));
            continue;
          }
          granted++;
          if (client === clients[0]) grantedByTheKilled++;
          if (Date.now() > killedAt) grantedAfterTheKill++;
          if (i % 7 !== 0) await client.call('CommitGrant', { tenant_id: `t-${i % 10}`, grant_id: res.grant!.id });
          // Every seventh caller never settles: its grants expire and count as used.
        } catch {
          failed++;
          await new Promise((r) => setTimeout(r, 20));
        }
      }
    };
    const killer = new Promise<void>((resolve) =>
      setTimeout(() => {
        killedAt = Date.now();
        children[0]!.kill('SIGKILL');
        resolve();
      }, 2_000),
    );
    await Promise.all([...Array.from({ length: CALLERS }, (_, i) => caller(i)), killer]);
    // Unsettled grants expire (ttl 1 s) and land in the ledger as used.
    await waitFor(async () => Number((await db.query(`select count(*) from quota.grants where resource = $1 and state = 'ACTIVE'`, [resource])).rows[0].count) === 0, 10_000);

    const rows = (await db.query(`select extract(epoch from charged_at) * 1e6 as us, outcome from quota.usage_ledger where resource = $1 order by charged_at`, [resource])).rows;
    expect(rows.length).to.be.at.least(granted);
    expect(rows.some((r) => r.outcome === 'EXPIRED')).to.equal(true);
    const times = rows.map((r) => Number(r.us));

    // FIXED: at most FIXED_PER_WINDOW charged in any window, and the limit was reached (the test saturated it).
    const perWindow = new Map<number, number>();
    for (const t of times) perWindow.set(Math.floor(t / (WINDOW_MS * 1000)), (perWindow.get(Math.floor(t / (WINDOW_MS * 1000))) ?? 0) + 1);
    const fullest = Math.max(...perWindow.values());
    expect(fullest, `most granted in one ${WINDOW_MS} ms window`).to.be.at.most(FIXED_PER_WINDOW);

    // ROLLING (GCRA, rate amount/period, burst B): any k consecutive grants span at least (k - B) emission intervals.
    const T = (ROLLING.periodMs * 1000) / ROLLING.amount;
    let worst = -Infinity;
    for (let i = 0; i < times.length; i++) {
      for (let j = i + ROLLING.burst; j < times.length; j++) {
        const k = j - i + 1;
        worst = Math.max(worst, (k - ROLLING.burst) * T - (times[j]! - times[i]!));
        if (times[j]! - times[i]! > (k - ROLLING.burst) * T + 2 * ROLLING.periodMs * 1000) break;
      }
    }
    expect(worst, 'GCRA: µs by which the densest run of grants beat the schedule').to.be.at.most(1);
    expect(refused, 'the limits were binding').to.be.greaterThan(granted);
    // The kill came mid-run: the killed replica had granted, and grants went on without it.
    expect(grantedByTheKilled, 'granted by the replica that was killed').to.be.greaterThan(0);
    expect(grantedAfterTheKill, 'granted after the kill').to.be.greaterThan(0);
    console.log(`      granted ${granted}, refused ${refused}, ${grantedByTheKilled} by the killed replica, ${grantedAfterTheKill} after the kill, ${failed} calls lost with it; fullest window ${fullest}/${FIXED_PER_WINDOW}`);
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}
