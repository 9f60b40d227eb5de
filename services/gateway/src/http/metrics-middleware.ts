import type { Middleware } from 'koa';
import { Histogram, type Registry } from 'prom-client';

/** Request durations by method, matched route (not raw path: ids would explode cardinality) and status. */
export function httpMetrics(registry: Registry): Middleware {
  const duration = new Histogram({
    name: 'sluice_http_request_duration_seconds',
    help: 'Gateway HTTP request duration by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  return async (ctx, next) => {
    const end = duration.startTimer();
    try {
      await next();
    } finally {
      const route = (ctx as { _matchedRoute?: string })._matchedRoute ?? 'unmatched';
      end({ method: ctx.method, route: String(route), status: String(ctx.status) });
    }
  };
}
