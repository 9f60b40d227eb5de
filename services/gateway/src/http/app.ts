import Koa from 'koa';
import Router from '@koa/router';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '@sluice/logging';
import { errorMiddleware } from './error-middleware.ts';
import { jsonBody } from './body.ts';
import { requireApiKey, type KeyResolver } from './auth.ts';
import { mountRoutes, type AnyRoute } from './route.ts';
import { openApiDocument } from './openapi.ts';
import { workflowRoutes, type WorkflowApi } from './workflow-routes.ts';
import { queryRoutes, type QueryApi } from './query-routes.ts';
import { controlRoutes, type ControlApi } from './control-routes.ts';
import { quotaRoutes, type QuotaApi } from './quota-routes.ts';
import { httpMetrics } from './metrics-middleware.ts';
import type { Registry } from 'prom-client';

export const API_PREFIX = '/api/v1';

export interface AppDeps {
  readonly log: Logger;
  readonly resolveKey: KeyResolver;
  readonly workflows: WorkflowApi;
  readonly queries: QueryApi;
  readonly control: ControlApi;
  readonly quota: QuotaApi;
  readonly bodyLimitBytes: number;
  /** /readyz: throws when a dependency does not answer. */
  readonly ready: () => Promise<Record<string, string>>;
  readonly registry: Registry;
  readonly version: string;
}

/** The public HTTP app: ops endpoints and docs without a key, /api/v1 behind an API key. */
export function createApp(deps: AppDeps): Koa {
  const app = new Koa();
  app.proxy = true;
  // Query routes first: GET /workflows/metrics must match before /workflows/{id} (query-routes.ts).
  const routes: AnyRoute[] = [...queryRoutes(deps.queries), ...controlRoutes(deps.control), ...workflowRoutes(deps.workflows), ...quotaRoutes(deps.quota)];
  const document = openApiDocument(API_PREFIX, routes, deps.version);

  const open = new Router();
  open.get('/healthz', (ctx) => {
    ctx.body = { status: 'ok' };
  });
  open.get('/readyz', async (ctx) => {
    const checks = await deps.ready();
    const ok = Object.values(checks).every((v) => v === 'ok');
    ctx.status = ok ? 200 : 503;
    ctx.body = { status: ok ? 'ready' : 'not ready', checks };
  });
  open.get('/metrics', async (ctx) => {
    ctx.type = deps.registry.contentType;
    ctx.body = await deps.registry.metrics();
  });
  open.get('/openapi.json', (ctx) => {
    ctx.body = document;
  });
  open.get('/docs', async (ctx) => {
    ctx.type = 'html';
    ctx.body = DOCS_PAGE;
  });
  open.get('/docs/assets/:file', async (ctx) => {
    const file = path.basename(String(ctx.params.file));
    if (!SWAGGER_FILES.has(file)) return;
    ctx.type = path.extname(file);
    ctx.body = await readFile(path.join(swaggerDir(), file));
  });

  const api = new Router({ prefix: API_PREFIX });
  api.use(requireApiKey(deps.resolveKey));
  mountRoutes(api, '', routes);

  app.use(httpMetrics(deps.registry));
  app.use(errorMiddleware(deps.log));
  app.use(open.routes());
  app.use(open.allowedMethods());
  app.use(jsonBody(deps.bodyLimitBytes));
  app.use(api.routes());
  app.use(api.allowedMethods());
  return app;
}

const SWAGGER_FILES = new Set(['swagger-ui.css', 'swagger-ui-bundle.js', 'swagger-ui-standalone-preset.js']);

function swaggerDir(): string {
  // swagger-ui-dist is CommonJS and exports its own folder; served offline, no CDN.
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve('swagger-ui-dist/package.json'));
}

const DOCS_PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>Sluice API</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css"></head>
<body><div id="ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script>window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#ui' });</script>
</body></html>`;
