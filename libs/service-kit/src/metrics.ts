import { Registry, collectDefaultMetrics } from 'prom-client';

/** A per-service registry (no global default registry) with Node process metrics and a service label. */
export function createMetricsRegistry(service: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry, prefix: 'sluice_' });
  return registry;
}
