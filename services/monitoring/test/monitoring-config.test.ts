import { expect } from 'chai';
import { ConfigError } from '@sluice/config';
import { readConfig } from '../src/config.ts';

describe('the monitoring configuration', () => {
  const base = { DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/postgres' };

  it('defaults to ports 50054 and 8084, a day of event ids and a prune every 10 minutes', () => {
    expect(readConfig(base)).to.include({
      SLUICE_GRPC_PORT: 50054,
      SLUICE_OPS_PORT: 8084,
      SLUICE_MONITORING_CONCURRENCY: 4,
      SLUICE_MONITORING_EVENT_RETENTION: 86_400_000,
      SLUICE_MONITORING_PRUNE_INTERVAL: 600_000,
    });
  });

  it('refuses a retention too short to outlast redeliveries, naming the variable', () => {
    let err: unknown;
    try {
      readConfig({ ...base, SLUICE_MONITORING_EVENT_RETENTION: '5m', SLUICE_MONITORING_PRUNE_INTERVAL: '0' });
    } catch (e) {
      err = e;
    }
    expect(err).to.be.instanceOf(ConfigError);
    expect((err as ConfigError).variables).to.deep.equal(['SLUICE_MONITORING_EVENT_RETENTION', 'SLUICE_MONITORING_PRUNE_INTERVAL']);
  });
});
