import type { z } from 'zod';
import { defineRoute, type AnyRoute } from './route.ts';
import { otherTenantDenied } from './auth.ts';
import {
  defineLimitBody, deletedLimitSchema, deletedResourceSchema, limitIdParams, limitListSchema, limitSchema, listLimitsQuery, putResourceBody,
  quotaStatusSchema, resourceListSchema, resourceParams, resourceSchema, statusQuery, usageParams, usageQuery, usageSchema,
} from './quota-schemas.ts';

type Out<S extends z.ZodType> = z.output<S>;

/** What the quota routes need from the quota service (implemented over gRPC in rpc/quota-api.ts). */
export interface QuotaApi {
  resources(tenantId: string): Promise<Out<typeof resourceListSchema>>;
  putResource(name: string, body: Out<typeof putResourceBody>): Promise<Out<typeof resourceSchema>>;
  deleteResource(name: string): Promise<Out<typeof deletedResourceSchema>>;
  limits(tenantId: string, resource: string | undefined): Promise<Out<typeof limitListSchema>>;
  defineLimit(body: Out<typeof defineLimitBody>): Promise<Out<typeof limitSchema>>;
  /** NOT_FOUND unless the limit is global, a default, or `tenantId`'s own. */
  deleteLimit(tenantId: string, id: string): Promise<Out<typeof deletedLimitSchema>>;
  status(tenantId: string, resource: string | undefined): Promise<Out<typeof quotaStatusSchema>>;
  usage(tenantId: string, resource: string, query: Out<typeof usageQuery>): Promise<Out<typeof usageSchema>>;
}

const ENCODED = 'The resource name is one path segment: send its "/" as %2F (openai%2Facme%2Fgpt-4o).';
const ADMIN = 'Needs an API key with the admin scope (403 otherwise).';

/**
 * Upstream quotas: everyone reads the resources, their own status and usage; an admin key
 * manages resources (platform-wide) and limits. An admin key may define the global limits,
 * the defaults for every tenant and its own tenant's limits; naming another tenant is 403.
 */
export function quotaRoutes(api: QuotaApi): AnyRoute[] {
  const tag = 'quota';
  return [
    defineRoute({
      method: 'get',
      path: '/quota/resources',
      operationId: 'listQuotaResources',
      summary: "Upstream resources with their price tables and the limits that apply to your tenant (global, defaults and your own; your own replaces a default of the same name)",
      tag,
      status: 200,
      response: resourceListSchema,
      handler: ({ principal }) => api.resources(principal.tenantId),
    }),
    defineRoute({
      method: 'get',
      path: '/quota/status',
      operationId: 'getQuotaStatus',
      summary: 'Where each limit that applies to your tenant stands now: used, remaining, when it resets',
      tag,
      query: statusQuery,
      status: 200,
      response: quotaStatusSchema,
      handler: ({ query, principal }) => api.status(principal.tenantId, query.resource),
    }),
    defineRoute({
      method: 'get',
      path: '/quota/usage/{resource}',
      operationId: 'getQuotaUsage',
      summary: `Your usage and cost of a resource over a window, its trend, and each limit with its reset time. ${ENCODED}`,
      tag,
      params: usageParams,
      query: usageQuery,
      status: 200,
      response: usageSchema,
      handler: ({ params, query, principal }) => api.usage(principal.tenantId, params.resource, query),
    }),
    defineRoute({
      method: 'put',
      path: '/quota/resources/{name}',
      operationId: 'putQuotaResource',
      summary: `Create or replace a resource (platform-wide): its description and price table. ${ENCODED} ${ADMIN}`,
      tag,
      scope: 'admin',
      params: resourceParams,
      body: putResourceBody,
      status: 200,
      response: resourceSchema,
      handler: ({ params, body }) => api.putResource(params.name, body),
    }),
    defineRoute({
      method: 'delete',
      path: '/quota/resources/{name}',
      operationId: 'deleteQuotaResource',
      summary: `Delete a resource and every limit on it, every tenant's included; its usage stays in the ledger. ${ENCODED} ${ADMIN}`,
      tag,
      scope: 'admin',
      params: resourceParams,
      status: 200,
      response: deletedResourceSchema,
      handler: ({ params }) => api.deleteResource(params.name),
    }),
    defineRoute({
      method: 'get',
      path: '/quota/limits',
      operationId: 'listQuotaLimits',
      summary: `The limits you can manage: global, defaults and your tenant's own (never another tenant's). ${ADMIN}`,
      tag,
      scope: 'admin',
      query: listLimitsQuery,
      status: 200,
      response: limitListSchema,
      handler: ({ query, principal }) => api.limits(principal.tenantId, query.resource),
    }),
    defineRoute({
      method: 'post',
      path: '/quota/limits',
      operationId: 'defineQuotaLimit',
      summary:
        'Define a limit, or replace the one with the same resource, name, scope, tenant_id and subject. tenant_id null: global or a default for every ' +
        `tenant; your tenant id: your own; another tenant's: 403. The resource must exist (409 FAILED_PRECONDITION). ${ADMIN}`,
      tag,
      scope: 'admin',
      body: defineLimitBody,
      status: 200,
      response: limitSchema,
      handler: ({ body, principal }) => {
        if (body.tenant_id !== null && body.tenant_id !== principal.tenantId) throw otherTenantDenied('body.tenant_id', body.tenant_id);
        return api.defineLimit(body);
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/quota/limits/{id}',
      operationId: 'deleteQuotaLimit',
      summary: `Delete a global, default or your own limit; another tenant's is 404. ${ADMIN}`,
      tag,
      scope: 'admin',
      params: limitIdParams,
      status: 200,
      response: deletedLimitSchema,
      handler: ({ params, principal }) => api.deleteLimit(principal.tenantId, params.id),
    }),
  ];
}
