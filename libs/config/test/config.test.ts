import { expect } from 'chai';
import { z, loadConfig, fields, ConfigError } from '@sluice/config';

const schema = z.object({
  DATABASE_URL: fields.url(['postgres:', 'postgresql:']),
  SLUICE_GRPC_PORT: fields.port(50051),
  SLUICE_LEASE_TTL: fields.durationMs('30s'),
});

describe('loadConfig', () => {
  it('returns typed, frozen values with defaults and parsed durations', () => {
    const config = loadConfig(schema, { DATABASE_URL: 'postgresql://localhost/db', SLUICE_LEASE_TTL: '1.5m' });
    expect(config).to.deep.equal({ DATABASE_URL: 'postgresql://localhost/db', SLUICE_GRPC_PORT: 50051, SLUICE_LEASE_TTL: 90_000 });
    expect(Object.isFrozen(config)).to.equal(true);
  });

  it('refuses bad values with one line naming every bad variable', () => {
    let error: unknown;
    try {
      loadConfig(schema, { DATABASE_URL: 'mysql://x', SLUICE_GRPC_PORT: '70000', SLUICE_LEASE_TTL: 'soon' });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(ConfigError);
    const err = error as ConfigError;
    expect(err.variables).to.have.members(['DATABASE_URL', 'SLUICE_GRPC_PORT', 'SLUICE_LEASE_TTL']);
    expect(err.message).to.not.include('\n');
    expect(err.message).to.include('DATABASE_URL must be a URL starting with postgres:// or postgresql:// (got "mysql://x")');
    expect(err.message).to.include('SLUICE_GRPC_PORT must be a TCP port number (0-65535) (got "70000")');
    expect(err.message).to.include('SLUICE_LEASE_TTL must be a duration such as 250ms, 30s, 5m or 1h (got "soon")');
  });

  it('names a required variable that is missing', () => {
    expect(() => loadConfig(schema, {})).to.throw(ConfigError, 'DATABASE_URL must be a URL starting with postgres:// or postgresql:// (it is not set)');
  });
});
