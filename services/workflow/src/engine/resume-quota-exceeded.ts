import type { EntityManager } from '@mikro-orm/postgresql';
import { lockQuotaParked } from '../store/lock-quota-parked.ts';
import type { EngineDeps } from './deps.ts';
import { requeueCurrentStage } from './resume-stage.ts';

/**
 * Brings a tenant's QUOTA_EXCEEDED workflows back now instead of at their retry_at (after a
 * plan upgrade, say), each from its checkpoint. At most `limit` per call; the ids are returned.
 */
export async function resumeQuotaExceeded(em: EntityManager, deps: EngineDeps, req: { tenantId: string; quotaResource: string; actor: string; limit: number }): Promise<string[]> {
  return em.transactional(async (tx) => {
    const parked = await lockQuotaParked(tx, req.tenantId, req.quotaResource, req.limit);
    for (const wf of parked) {
      await requeueCurrentStage(tx, deps, wf, { actor: req.actor, reason: `quota resume requested${req.quotaResource === '' ? '' : ` for ${req.quotaResource}`}` });
    }
    return parked.map((wf) => wf.id);
  });
}
