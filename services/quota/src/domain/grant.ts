import type { Amounts } from './amounts.ts';
import type { LimitUnit } from './limit.ts';

export const GrantState = { ACTIVE: 'ACTIVE', COMMITTED: 'COMMITTED', REFUNDED: 'REFUNDED', EXPIRED: 'EXPIRED' } as const;
export type GrantState = (typeof GrantState)[keyof typeof GrantState];

export const DenialReason = {
  RATE_LIMITED: 'RATE_LIMITED',
  WINDOW_EXHAUSTED: 'WINDOW_EXHAUSTED',
  CONCURRENCY: 'CONCURRENCY',
  BUDGET_EXHAUSTED: 'BUDGET_EXHAUSTED',
  UPSTREAM_BACKOFF: 'UPSTREAM_BACKOFF',
} as const;
export type DenialReason = (typeof DenialReason)[keyof typeof DenialReason];

/** What one grant took from one counter, so that its settlement gives back to the same one. */
export interface Charge {
  readonly limitId: string;
  readonly partition: string;
  readonly unit: LimitUnit;
  readonly amount: number;
  /** FIXED/CALENDAR: the start of the window charged (µs); 0 otherwise. */
  readonly windowUs: number;
}

/** A grant as the engine holds it; times in µs on PostgreSQL's clock. */
export interface GrantRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly resource: string;
  readonly apiKey: string;
  readonly workflowType: string;
  readonly workflowId: string;
  readonly stage: string;
  readonly attemptId: string;
  readonly idempotencyKey: string;
  readonly amounts: Amounts;
  /** The reserved cost (micro-units) from the price table at the time of the grant. */
  readonly costMicros: number;
  readonly charges: readonly Charge[];
  readonly state: GrantState;
  readonly createdUs: number;
  readonly notBeforeUs: number;
  readonly expiresUs: number;
  readonly settledUs: number | null;
  readonly used: Amounts | null;
  readonly overage: Amounts | null;
  readonly usedCostMicros: number | null;
  /** A future-dated grant not yet handed back to its workflow stage. */
  readonly held: boolean;
}
