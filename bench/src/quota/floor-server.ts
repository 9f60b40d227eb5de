// A comparator process of the quota benchmark (bench/README.md, "Quota grants"): AcquireGrant
// and CommitGrant answered at once with a grant of the usual shape, no database. What a cycle
// costs in gRPC alone on this machine: the ceiling of any quota service behind grpc-js here.
import { randomUUID } from 'node:crypto';
import { unary } from '@sluice/grpc';
import { comparatorConfig, serveComparator } from './comparator-server.ts';
import { HOT_LIMIT } from './limits.ts';
import { acquireMessage, grantMessage, statusMessage } from './quota-messages.ts';

const TTL_US = 600_000_000;
const limit = { ...HOT_LIMIT, windowUs: HOT_LIMIT.windowMs * 1000 };
const nowUs = () => (performance.timeOrigin + performance.now()) * 1000;

await serveComparator('grpc-floor', comparatorConfig(), {
  AcquireGrant: unary(async (req) => {
    const now = nowUs();
    const grant = { id: randomUUID(), tenantId: req.tenant_id, resource: req.resource, amount: 1, state: 'ACTIVE' as const, createdUs: now, notBeforeUs: now, expiresUs: now + TTL_US, settledUs: null };
    return acquireMessage(grant, statusMessage(limit, { used: 1, remaining: limit.amount - 1, windowStartUs: 0, resetsAtUs: now + 1 }, '', now), now);
  }),
  CommitGrant: unary(async (req) => {
    const now = nowUs();
    return grantMessage({ id: req.grant_id, tenantId: req.tenant_id, resource: HOT_LIMIT.resource, amount: 1, state: 'COMMITTED', createdUs: now - 1000, notBeforeUs: now - 1000, expiresUs: now + TTL_US, settledUs: now });
  }),
});
