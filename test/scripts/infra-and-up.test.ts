import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { ROOT } from '../support/platform-harness.ts';

// scripts/test-infra.sh drives the real scripts: infra.sh starting PostgreSQL and NATS on spare
// ports (and refusing dead or JetStream-less servers), and up.ts starting, reporting and
// stopping a platform of stand-in processes. It prints one `ok`/`no` line per check.
describe('the scripts behind `npm run up` and `npm test`', function () {
  this.timeout(300_000);

  for (const section of ['infra', 'up']) {
    it(`pass their own checks: ${section}`, async () => {
      const { stdout } = await promisify(execFile)('sh', [join(ROOT, 'scripts/test-infra.sh'), section], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 }).catch(
        (err: { stdout?: string; stderr?: string }) => {
          throw new Error(`scripts/test-infra.sh ${section} failed:\n${err.stdout ?? ''}\n${err.stderr ?? ''}`);
        },
      );
      expect(stdout).to.include('all passed');
      expect(stdout).to.not.match(/^no /m);
    });
  }
});
