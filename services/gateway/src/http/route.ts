import type Router from '@koa/router';
import type { Context } from 'koa';
import { z } from 'zod';
import { SluiceError } from '@sluice/errors';
import { requireScope, type Principal } from './auth.ts';

type AnyObject = z.ZodObject;

/**
 * One REST operation, declared once: the same zod schemas validate the request at run time
 * and describe it in the OpenAPI document (openapi.ts), so the two cannot drift apart.
 */
export interface RouteSpec<P extends AnyObject | undefined, Q extends AnyObject | undefined, B extends z.ZodType | undefined> {
  readonly method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI-style path under the API root, e.g. `/workflows/{id}`. */
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  readonly tag: string;
  /** A scope the key must have (403 PERMISSION_DENIED otherwise, before anything is validated). */
  readonly scope?: 'admin';
  readonly params?: P;
  readonly query?: Q;
  readonly body?: B;
  readonly status: number;
  readonly response: z.ZodType;
  readonly handler: (request: {
    readonly params: P extends AnyObject ? z.output<P> : undefined;
    readonly query: Q extends AnyObject ? z.output<Q> : undefined;
    readonly body: B extends z.ZodType ? z.output<B> : undefined;
    readonly principal: Principal;
    readonly ctx: Context;
  }) => Promise<unknown>;
}

export type AnyRoute = RouteSpec<AnyObject | undefined, AnyObject | undefined, z.ZodType | undefined>;

export function defineRoute<P extends AnyObject | undefined = undefined, Q extends AnyObject | undefined = undefined, B extends z.ZodType | undefined = undefined>(
  spec: RouteSpec<P, Q, B>,
): AnyRoute {
  return spec as unknown as AnyRoute;
}

export function mountRoutes(router: Router, prefix: string, routes: readonly AnyRoute[]): void {
  for (const route of routes) {
    const koaPath = prefix + route.path.replace(/\{(\w+)\}/g, ':$1');
    router[route.method](route.operationId, koaPath, async (ctx) => {
      if (route.scope !== undefined) requireScope(ctx.state.principal as Principal, route.scope, `${route.method.toUpperCase()} ${route.path}`);
      const params = route.params ? validate(route.params, ctx.params, 'path') : undefined;
      const query = route.query ? validate(route.query, ctx.query, 'query') : undefined;
      const body = route.body ? validate(route.body, ctx.request.body ?? {}, 'body') : undefined;
      const result = await route.handler({ params, query, body, principal: ctx.state.principal as Principal, ctx } as never);
      ctx.status = route.status;
      ctx.body = result;
    });
  }
}

/** Throws INVALID_ARGUMENT listing every bad field as `{ location, path, message }`. */
export function validate<S extends z.ZodType>(schema: S, value: unknown, location: 'path' | 'query' | 'body'): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({ location, path: issue.path.join('.'), message: issue.message }));
  const first = issues[0]!;
  const where = first.path === '' ? location : `${location}.${first.path}`;
  throw SluiceError.invalidArgument(`invalid request: ${where}: ${first.message}`, { field: where, issues });
}
