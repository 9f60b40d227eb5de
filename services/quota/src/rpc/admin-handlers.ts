import type { QuotaServiceHandlers } from '@sluice/contracts';
import { SluiceError } from '@sluice/errors';
import { unary } from '@sluice/grpc';
import { listLimits } from '../store/list-limits.ts';
import { deleteResource, findResource, listResources, upsertResource } from '../store/resources.ts';
import { deleteLimit, upsertLimit } from '../store/upsert-limit.ts';
import type { HandlerDeps } from './deps.ts';
import { limitSpec, resourceName, resourceSpec } from './limit-input.ts';
import { limitMessage, resourceMessage } from './to-message.ts';
import { optionalTenant, uuid } from './validate.ts';

type AdminHandlers = Pick<
  QuotaServiceHandlers,
  'PutResource' | 'GetResource' | 'ListResources' | 'DeleteResource' | 'DefineLimit' | 'ListLimits' | 'DeleteLimit'
>;

/** Resources and their limits: administration. */
export function adminHandlers(deps: HandlerDeps): AdminHandlers {
  const em = () => deps.orm.em.fork();
  return {
    PutResource: unary(async (req) => resourceMessage(await upsertResource(em(), resourceSpec(req.resource)))),

    GetResource: unary(async (req) => {
      const row = await findResource(em(), resourceName('name', req.name));
      if (row === null) throw SluiceError.notFound('resource', req.name);
      return resourceMessage(row);
    }),

    ListResources: unary(async () => ({ resources: (await listResources(em())).map(resourceMessage) })),

    DeleteResource: unary(async (req) => {
      const { deleted, limitsDeleted } = await deleteResource(em(), resourceName('name', req.name));
      return { deleted, limits_deleted: limitsDeleted };
    }),

    DefineLimit: unary(async (req) => limitMessage(await upsertLimit(em(), limitSpec(req.limit)))),

    ListLimits: unary(async (req) => {
      const tenantId = optionalTenant('tenant_id', req.tenant_id);
      const rows = await listLimits(em(), { resource: req.resource, tenantId });
      return { limits: rows.map((r) => limitMessage(r)) };
    }),

    DeleteLimit: unary(async (req) => ({ deleted: await deleteLimit(em(), uuid('id', req.id)) })),
  };
}
