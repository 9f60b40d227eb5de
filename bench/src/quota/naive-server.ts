// A comparator process of the quota benchmark (bench/README.md, "Quota grants"): AcquireGrant
// and CommitGrant over gRPC, each decided in its own transaction on one locked counter row
// (src/quota/naive-store.ts). Started by bench/quota.ts with BENCH_QUOTA_SERVER set.
import pg from 'pg';
import { unary } from '@sluice/grpc';
import { comparatorConfig, serveComparator } from './comparator-server.ts';
import { NaiveStore } from './naive-store.ts';
import { acquireMessage, grantMessage, statusMessage } from './quota-messages.ts';

const config = comparatorConfig();
const pool = new pg.Pool({ connectionString: config.databaseUrl, max: config.poolMax ?? 10 });
const store = new NaiveStore(pool);

await serveComparator(
  'naive-quota',
  config,
  {
    AcquireGrant: unary(async (req) => {
      const limit = await store.limit(req.resource);
      if (limit === undefined) throw new Error(`resource ${req.resource} has no limit`);
      const units = req.amounts.find((a) => a.unit === 'QUOTA_UNIT_REQUESTS');
      const d = await store.acquire(limit, req.tenant_id, Number(units?.amount ?? 1), req.idempotency_key);
      const partition = limit.scope === 'GLOBAL' ? '' : req.tenant_id;
      const status = statusMessage(limit, d.counter, partition, d.nowUs, d.granted ? 0 : d.retryAtUs);
      return d.granted ? acquireMessage(d.grant, status, d.nowUs) : acquireMessage(null, status, d.nowUs, d.retryAtUs);
    }),
    CommitGrant: unary(async (req) => grantMessage(await store.commit(req.tenant_id, req.grant_id))),
  },
  () => pool.end(),
);
