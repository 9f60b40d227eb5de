import type { EntityManager } from '@sluice/db';
import { query } from './sql.ts';
import type { LimitRow } from './rows.ts';

export interface LimitFilter {
  /** "" = every resource. */
  readonly resource: string;
  /** "" = the global limits and the defaults only; set = also that tenant's own. */
  readonly tenantId: string;
}

/** The limits one tenant may see: never another tenant's own limits. */
export function listLimits(em: EntityManager, filter: LimitFilter): Promise<LimitRow[]> {
  return query<LimitRow>(
    em,
    `select * from limits
     where (? = '' or resource = ?) and tenant_id in ('', ?)
     order by resource, name, tenant_id, subject`,
    [filter.resource, filter.resource, filter.tenantId],
  );
}
