import type { EntityManager } from '@mikro-orm/postgresql';
import { SluiceError, ErrorCode } from '@sluice/errors';
import { countWaiting } from '../store/count-waiting.ts';
import { advisoryXactLock } from '@sluice/db';

/** How long a count of waiting workflows may admit new ones without counting again. */
const ESTIMATE_TTL_MS = 1_000;
/** Below this share of the limit, an estimate admits; above it, every creation counts exactly. */
const EXACT_ABOVE = 0.9;
/** Below this share, an estimate past its TTL still admits while a recount runs in the background. */
const RECOUNT_BELOW = 0.5;

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
  readonly #recounting = new Set<string>();

  /**
   * Whether `admit` would take `count` more without counting (no statement, no lock). Far
   * below the limit, an estimate past its TTL still admits and `em` recounts in the
   * background (one recount at a time), so creations do not wait for it once a second.
   */
  admitsByEstimate(tenantId: string, type: string, limit: number, count: number, em?: EntityManager): boolean {
    const key = `${tenantId}\u0000${type}`;
    const estimate = this.#estimates.get(key);
    if (estimate === undefined) return false;
    const fresh = Date.now() - estimate.at < ESTIMATE_TTL_MS;
    if (fresh) return estimate.waiting + count < limit * EXACT_ABOVE;
    if (em === undefined || estimate.waiting + count >= limit * RECOUNT_BELOW) return false;
    if (!this.#recounting.has(key)) {
      this.#recounting.add(key);
      const since = estimate.waiting;
      const at = Date.now();
      void countWaiting(em, tenantId, type, limit)
        // Admissions made while counting may or may not be in the count: keep them (errs high).
        .then((waiting) => this.#estimates.set(key, { waiting: waiting + Math.max(0, (this.#estimates.get(key)?.waiting ?? since) - since), at }))
        .catch(() => undefined) // the estimate stays stale: the next creation counts exactly
        .finally(() => this.#recounting.delete(key));
    }
    return true;
  }

  /** Counts `count` creations that `admitsByEstimate` admitted into the estimate. */
  takeEstimated(tenantId: string, type: string, count: number): void {
    const estimate = this.#estimates.get(`${tenantId}\u0000${type}`);
    if (estimate !== undefined) estimate.waiting += count;
  }

  /**
   * Admits `count` new workflows of a tenant and type, in order, as far as the limit allows.
   * Returns one entry per workflow: null when admitted, else the RESOURCE_EXHAUSTED to answer.
   */
  async admit(em: EntityManager, tenantId: string, type: string, limit: number, count = 1): Promise<Array<SluiceError | null>> {
    const key = `${tenantId}\u0000${type}`;
    const now = Date.now();
    if (this.admitsByEstimate(tenantId, type, limit, count)) {
      this.takeEstimated(tenantId, type, count);
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
