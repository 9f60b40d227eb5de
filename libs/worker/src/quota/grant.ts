import type { Grant__Output } from '@sluice/contracts';
import { fromUnitAmounts, type QuotaAmounts } from './amounts.ts';

/** Where a grant stands (sluice.quota.v1.GrantState without its prefix). */
export const GrantStatus = {
  ACTIVE: 'ACTIVE',
  COMMITTED: 'COMMITTED',
  REFUNDED: 'REFUNDED',
  EXPIRED: 'EXPIRED',
} as const;
export type GrantStatus = (typeof GrantStatus)[keyof typeof GrantStatus];

/** Units the quota service reserved for one call (or a stage), until committed or refunded. */
export interface QuotaGrant {
  readonly id: string;
  readonly tenantId: string;
  readonly resource: string;
  readonly apiKey: string;
  /** What was reserved. */
  readonly amounts: QuotaAmounts;
  /** What the commit settled; empty until then. */
  readonly used: QuotaAmounts;
  readonly state: GrantStatus;
  /** A future-dated grant may be used from this time. */
  readonly notBefore: Date;
  /** Unsettled by then, the grant expires and counts as used. */
  readonly expiresAt: Date;
}

export function toGrant(g: Grant__Output): QuotaGrant {
  return Object.freeze({
    id: g.id,
    tenantId: g.tenant_id,
    resource: g.resource,
    apiKey: g.api_key,
    amounts: fromUnitAmounts(g.amounts),
    used: fromUnitAmounts(g.used),
    state: (g.state.replace(/^GRANT_STATE_/, '') as GrantStatus) || GrantStatus.ACTIVE,
    notBefore: new Date(g.not_before || g.created_at),
    expiresAt: new Date(g.expires_at),
  });
}
