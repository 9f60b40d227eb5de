import { createDocument, type ZodOpenApiPathsObject, type oas31 } from 'zod-openapi';
import { errorBodySchema } from './schemas.ts';
import type { AnyRoute } from './route.ts';

/** The OpenAPI 3.1 document, built from the same route specs and schemas that validate requests. */
export function openApiDocument(prefix: string, routes: readonly AnyRoute[], version: string): oas31.OpenAPIObject {
  const paths: ZodOpenApiPathsObject = {};
  for (const route of routes) {
    const errorContent = { 'application/json': { schema: errorBodySchema } };
    const path = prefix + route.path;
    paths[path] = {
      ...paths[path],
      [route.method]: {
        operationId: route.operationId,
        summary: route.summary,
        tags: [route.tag],
        security: [{ apiKey: [] }],
        ...(route.scope === undefined ? {} : { 'x-required-scope': route.scope }),
        requestParams: { ...(route.params ? { path: route.params } : {}), ...(route.query ? { query: route.query } : {}) },
        ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: route.body } } } } : {}),
        responses: {
          [String(route.status)]: { description: route.summary, content: { 'application/json': { schema: route.response } } },
          '400': { description: 'Invalid request', content: errorContent },
          '401': { description: 'Missing or invalid API key', content: errorContent },
          ...(route.scope === undefined ? {} : { '403': { description: `The API key lacks the ${route.scope} scope`, content: errorContent } }),
          default: { description: 'Error', content: errorContent },
        },
      },
    };
  }
  return createDocument({
    openapi: '3.1.0',
    info: { title: 'Sluice API', version, description: 'Workflows, stages, quotas and artifacts. Every error has the shape ErrorBody.' },
    servers: [{ url: '/' }],
    components: { securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'An API key: Authorization: Bearer <key>' } } },
    paths,
  }) as oas31.OpenAPIObject;
}
