import type { EntityManager } from '@mikro-orm/postgresql';
import { SluiceError, ErrorCode } from '@sluice/errors';
import { countWaiting } from '../store/count-waiting.ts';
import { advisoryXactLock } from '@sluice/db';

/** How long a count of waiting workflows may admit new ones without counting again. */
const ESTIMATE_TTL_MS = 1_000;
/** Below this share of the limit, an estimate admits; above it, every creation counts exactly. */
const EXACT_ABOVE = 0.9;

/**
 * The per-tenant, per-type queue limit. Counting a tenant's waiting workflows on every creation,
 * serialised under a lock, makes creations of one tenant and type queue behind each other and
 * costs O(waiting) each. So: near the limit (the last 10 %), or with no fresh count, creations
 * are serialised (advisory lock) and counted exactly (up to the limit), so the limit is never
 * exceeded; far below it, a count at most 1 s old plus this process's own creations since
 * admits without the lock. Workers only lower the real count, so the estimate errs high.
 */
export class Admission {
  readonly #estimates = new Map<string, { waiting: number; at: number }>();

  /** Whether `admit` would take `count` more without counting (no statement, no lock). */
  admitsByEstimate(tenantId: string, type: string, limit: number, count: number): boolean {
    const estimate = this.#estimates.get(`${tenantId}\u0000${type}`);
    return estimate !== undefined && Date.now() - estimate.at < ESTIMATE_TTL_MS && estimate.waiting + count < limit * EXACT_ABOVE;
  }

  /**
   * Admits `count` new workflows of a tenant and type, in order, as far as the limit allows.
   * Returns one entry per workflow: null when admitted, else the RESOURCE_EXHAUSTED to answer.
   */
  async admit(em: EntityManager, tenantId: string, type: string, limit: number, count = 1): Promise<Array<SluiceError | null>> {
    const key = `${tenantId}\u0000${type}`;
    const now = Date.now();
    const estimate = this.#estimates.get(key);
    if (this.admitsByEstimate(tenantId, type, limit, count)) {
      estimate!.waiting += count;
      return new Array<null>(count).fill(null);
    }
    await advisoryXactLock(em, `sluice.queue.${tenantId}.${type}`);
    const waiting = await countWaiting(em, tenantId, type, limit);
    const room = Math.max(0, Math.min(count, limit - waiting));
    if (this.#estimates.size >= 10_000) this.#estimates.clear();
    this.#estimates.set(key, { waiting: waiting + room, at: now });
    const full = waiting + room;
    const refusal = new SluiceError(ErrorCode.RESOURCE_EXHAUSTED, `tenant ${tenantId} already has ${full} ${type} workflows waiting (the limit is ${limit})`, {
      details: { tenantId, type, waiting: full, limit },
    });
    return Array.from({ length: count }, (_, k) => (k < room ? null : refusal));
  }
}
