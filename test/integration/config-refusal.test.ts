import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../support/platform-harness.ts';

const SERVICES = ['gateway', 'workflow', 'quota', 'storage', 'monitoring'];

/** Runs a service's real entry point with exactly this environment; resolves when it exits. */
function run(service: string, env: Record<string, string>): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve, reject) => {
    const cwd = join(ROOT, 'services', service);
    const child = spawn(process.execPath, ['src/main.ts'], { cwd, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, stdout });
    });
  });
}

describe('a service with an invalid configuration', function () {
  this.timeout(60_000);

  for (const service of SERVICES) {
    it(`${service} refuses to start with one line naming each bad variable`, async () => {
      const result = await run(service, { DATABASE_URL: 'mysql://somewhere/db', SLUICE_GRPC_PORT: 'fifty', LOG_LEVEL: 'loud' });
      expect(result.code).to.equal(78);
      const lines = result.stderr.trim().split('\n');
      expect(lines, result.stderr).to.have.length(1);
      expect(lines[0]).to.match(/^invalid configuration: /);
      expect(lines[0]).to.include('DATABASE_URL must be a URL starting with postgres:// or postgresql:// (got "mysql://somewhere/db")');
      expect(lines[0]).to.include('SLUICE_GRPC_PORT must be a TCP port number (0-65535) (got "fifty")');
      expect(lines[0]).to.include('LOG_LEVEL must be one of');
    });
  }

  it('names a required variable that is not set', async () => {
    const result = await run('workflow', {});
    expect(result.code).to.equal(78);
    expect(result.stderr.trim()).to.equal('invalid configuration: DATABASE_URL must be a URL starting with postgres:// or postgresql:// (it is not set)');
  });
});
