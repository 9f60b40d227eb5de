import type { QuotaServiceHandlers } from '@sluice/contracts';
import type { Orm } from '@sluice/db';
import { unary } from '@sluice/grpc';
import { listLimits } from '../store/list-limits.ts';
import { upsertLimit } from '../store/upsert-limit.ts';
import { limitSpec } from './limit-input.ts';
import { limitMessage } from './to-message.ts';
import { optionalTenant } from './validate.ts';

export interface HandlerDeps {
  readonly orm: Orm;
}

/** sluice.quota.v1.QuotaService: what the foundation implements; the rest answers UNIMPLEMENTED. */
export function quotaHandlers(deps: HandlerDeps): Partial<QuotaServiceHandlers> {
  const em = () => deps.orm.em.fork();
  return {
    DefineLimit: unary(async (req) => limitMessage(await upsertLimit(em(), limitSpec(req.limit)))),

    ListLimits: unary(async (req) => {
      const tenantId = optionalTenant('tenant_id', req.tenant_id);
      const rows = await listLimits(em(), { resource: req.resource, tenantId });
      return { limits: rows.map(limitMessage) };
    }),
  };
}
