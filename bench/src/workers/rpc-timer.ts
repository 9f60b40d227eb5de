import { summarize, type Summary } from '../stats.ts';

export type RpcTimings = Record<string, Summary & { errors: number }>;

/**
 * Times every call of the given unary methods on a generated grpc-js client class (e.g.
 * `loadContracts().services.workflow`, which @sluice/contracts builds once per process, so the
 * SDK's own client gets the wrapper), from the call to its callback: serialisation, the
 * network, the server's queueing and work. The SDK under test is not modified.
 */
export function timeUnaryCalls(clientClass: { prototype: object }, methods: readonly string[]): () => RpcTimings {
  const samples = new Map<string, number[]>();
  const errors = new Map<string, number>();
  const proto = clientClass.prototype as Record<string, (...args: unknown[]) => unknown>;
  for (const method of methods) {
    const original = proto[method];
    if (typeof original !== 'function') throw new Error(`no unary method ${method} on the client`);
    const wrapped = function (this: unknown, ...args: unknown[]) {
      const last = args.length - 1;
      const cb = args[last];
      if (typeof cb === 'function') {
        const start = performance.now();
        args[last] = (err: unknown, value: unknown) => {
          const list = samples.get(method) ?? [];
          list.push(performance.now() - start);
          samples.set(method, list);
          if (err) errors.set(method, (errors.get(method) ?? 0) + 1);
          (cb as (e: unknown, v: unknown) => void)(err, value);
        };
      }
      return original.apply(this, args);
    };
    proto[method] = wrapped;
    // Both spellings exist on generated clients (ClaimStage and claimStage).
    const lower = method[0]!.toLowerCase() + method.slice(1);
    if (proto[lower] === original) proto[lower] = wrapped;
  }
  return () => Object.fromEntries([...samples].map(([m, v]) => [m, { ...summarize(v), errors: errors.get(m) ?? 0 }]));
}
