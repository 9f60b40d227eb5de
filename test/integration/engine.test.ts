import { expect } from 'chai';
import { defineStage, defineWorkflow, InvalidInputError, RateLimitedError, TransientError } from '@sluice/worker';
import { WorkflowFixture } from '../support/workflow-fixture.ts';

describe('the workflow engine with a real worker', function () {
  this.timeout(60_000);
  let fx: WorkflowFixture;
  const tenant = 'tenant-engine';

  before(async () => {
    fx = await WorkflowFixture.start();
  });

  after(async () => {
    await fx?.stop();
  });

  it('retries a transient failure with exponential backoff, as the stage policy says, then completes', async () => {
    const starts: number[] = [];
    const flaky = defineWorkflow({
      type: 'flaky',
      stages: [
        defineStage<unknown, { tries: number }>({
          name: 'call',
          retry: { maxAttempts: 3, initialDelayMs: 300, multiplier: 2, maxDelayMs: 5000, jitter: 0 },
          handler: async (_input, ctx) => {
            starts.push(Date.now());
            if (ctx.attempt < 3) throw new TransientError(`upstream timed out (try ${ctx.attempt})`);
            return { tries: ctx.attempt };
          },
        }),
      ],
    });
    await fx.worker([flaky]);
    const wf = await fx.create(tenant, 'flaky');
    const done = await fx.until(tenant, wf.id, ['COMPLETED', 'FAILED']);
    expect(done.state).to.equal('COMPLETED');
    expect(JSON.parse(done.output_json)).to.deep.equal({ tries: 3 });
    expect(done.retry_count).to.equal(2);
    expect(starts).to.have.length(3);
    // 300 ms, then 600 ms (no jitter), each at least as long as the policy says.
    expect(starts[1]! - starts[0]!).to.be.at.least(300);
    expect(starts[2]! - starts[1]!).to.be.at.least(600);
    const states = (await fx.history(wf.id)).map((t) => t.to_state);
    expect(states).to.deep.equal(['CREATED', 'QUEUED', 'PROCESSING', 'RETRYING', 'QUEUED', 'PROCESSING', 'RETRYING', 'QUEUED', 'PROCESSING', 'COMPLETED']);
  });

  it('fails the workflow when the attempts run out, with the last error kept', async () => {
    let calls = 0;
    await fx.worker([
      defineWorkflow({
        type: 'doomed',
        stages: [
          defineStage({
            name: 'call',
            retry: { maxAttempts: 2, initialDelayMs: 50, jitter: 0 },
            handler: async () => {
              calls += 1;
              throw new TransientError('connection reset');
            },
          }),
        ],
      }),
    ]);
    const wf = await fx.create(tenant, 'doomed');
    const failed = await fx.until(tenant, wf.id, ['FAILED']);
    expect(calls).to.equal(2);
    expect(JSON.parse(failed.last_error_json)).to.include({ code: 'TRANSIENT', message: 'connection reset', category: 'transient', stage: 'call', attempt: 2 });
  });

  it('treats an uncaught exception as internal: retried, then FAILED', async () => {
    await fx.worker([
      defineWorkflow({
        type: 'buggy',
        stages: [defineStage({ name: 'run', retry: { maxAttempts: 2, initialDelayMs: 20, jitter: 0 }, handler: async () => JSON.parse('{not json') as unknown })],
      }),
    ]);
    const wf = await fx.create(tenant, 'buggy');
    const failed = await fx.until(tenant, wf.id, ['FAILED']);
    expect(JSON.parse(failed.last_error_json)).to.include({ category: 'internal', code: 'UNCAUGHT_EXCEPTION', attempt: 2 });
  });

  it('parks a rate-limited stage in QUOTA_EXCEEDED and resumes it by itself at retry_at with its partial results', async () => {
    const seen: Array<{ attempt: number; partial: unknown; at: number }> = [];
    let retryAt = 0;
    await fx.worker([
      defineWorkflow({
        type: 'enrich',
        stages: [
          defineStage<{ items: number[] }, { enriched: number[] }>({
            name: 'ai',
            retry: { maxAttempts: 1 },
            handler: async (input, ctx) => {
              seen.push({ attempt: ctx.attempt, partial: ctx.partial, at: Date.now() });
              const done = ((ctx.partial as { done?: number[] } | null)?.done ?? []).slice();
              for (const item of input.items) {
                if (done.includes(item)) continue;
                if (done.length === 2 && ctx.attempt === 1) {
                  await ctx.savePartial({ done });
                  retryAt = Date.now() + 700;
                  throw new RateLimitedError('429 from the model API', { retryAt: new Date(retryAt) });
                }
                done.push(item);
              }
              return { enriched: done };
            },
          }),
        ],
      }),
    ]);
    const wf = await fx.create(tenant, 'enrich', { items: [1, 2, 3, 4] });
    const parked = await fx.until(tenant, wf.id, ['QUOTA_EXCEEDED']);
    expect(new Date(parked.next_attempt_at).getTime()).to.be.closeTo(retryAt, 5);
    const done = await fx.until(tenant, wf.id, ['COMPLETED', 'FAILED']);
    expect(done.state).to.equal('COMPLETED');
    expect(JSON.parse(done.output_json)).to.deep.equal({ enriched: [1, 2, 3, 4] });
    expect(seen.map((s) => s.partial)).to.deep.equal([null, { done: [1, 2] }]);
    expect(seen[1]!.at).to.be.at.least(retryAt);
    // A quota wait does not use up an attempt: maxAttempts 1 still allowed the resume.
    const states = (await fx.history(wf.id)).map((t) => t.to_state);
    expect(states).to.deep.equal(['CREATED', 'QUEUED', 'PROCESSING', 'QUOTA_EXCEEDED', 'QUEUED', 'PROCESSING', 'COMPLETED']);
  });

  it('suspends a workflow whose input is invalid, for a person to look at', async () => {
    await fx.worker([
      defineWorkflow({
        type: 'ocr',
        stages: [
          defineStage({
            name: 'read',
            handler: async () => {
              throw new InvalidInputError('the upload is not a PDF', { content_type: 'image/gif' });
            },
          }),
        ],
      }),
    ]);
    const wf = await fx.create(tenant, 'ocr');
    const suspended = await fx.until(tenant, wf.id, ['SUSPENDED']);
    expect(JSON.parse(suspended.last_error_json)).to.include({ category: 'invalid_input', message: 'the upload is not a PDF' });
    const row = (await fx.db.query('select suspend_reason from workflow.workflows where id = $1', [wf.id])).rows[0];
    expect(row.suspend_reason).to.equal('the upload is not a PDF');
  });

  it('ends PARTIALLY_PROCESSED when a stage finished with some items not done', async () => {
    await fx.worker([
      defineWorkflow({
        type: 'batch',
        stages: [
          defineStage<{ urls: string[] }, { fetched: string[] }>({
            name: 'fetch',
            handler: async (input, ctx) => {
              ctx.markIncomplete();
              return { fetched: input.urls.slice(1) };
            },
          }),
          defineStage<{ fetched: string[] }, { indexed: number }>({ name: 'index', handler: async (input) => ({ indexed: input.fetched.length }) }),
        ],
      }),
    ]);
    const wf = await fx.create(tenant, 'batch', { urls: ['a', 'b', 'c'] });
    const done = await fx.until(tenant, wf.id, ['PARTIALLY_PROCESSED', 'COMPLETED', 'FAILED']);
    expect(done.state).to.equal('PARTIALLY_PROCESSED');
    expect(JSON.parse(done.output_json)).to.deep.equal({ indexed: 2 });
  });

  it('reports progress on the workflow while a stage runs', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    await fx.worker([
      defineWorkflow({
        type: 'long',
        stages: [
          defineStage({
            name: 'work',
            handler: async (_input, ctx) => {
              await ctx.progress(40, 'page 4 of 10');
              await gate;
              return null;
            },
          }),
        ],
      }),
    ]);
    const wf = await fx.create(tenant, 'long');
    const deadline = Date.now() + 10_000;
    let row: { progress: number; progress_message: string } | undefined;
    while (Date.now() < deadline) {
      row = (await fx.db.query('select progress, progress_message from workflow.workflows where id = $1', [wf.id])).rows[0];
      if (row?.progress === 40) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(row).to.deep.equal({ progress: 40, progress_message: 'page 4 of 10' });
    release();
    await fx.until(tenant, wf.id, ['COMPLETED']);
  });
});

describe('stage timeouts', function () {
  this.timeout(60_000);
  let fx: WorkflowFixture;

  before(async () => {
    fx = await WorkflowFixture.start({ SLUICE_WORKFLOW_REAPER_INTERVAL: '100ms' });
  });

  after(async () => {
    await fx?.stop();
  });

  it('fails an attempt that runs past its timeout as transient STAGE_TIMEOUT, drops its late result and retries it', async () => {
    const seen: Array<{ attempt: number; aborted: unknown }> = [];
    await fx.worker(
      [
        defineWorkflow({
          type: 'slowpoke',
          stages: [
            defineStage({
              name: 'work',
              timeoutMs: 400,
              retry: { maxAttempts: 2, initialDelayMs: 10, jitter: 0 },
              handler: async (_input, ctx) => {
                if (ctx.attempt === 1) {
                  // Ignores its signal on purpose: the server must still end the attempt.
                  await new Promise((r) => setTimeout(r, 1500));
                  seen.push({ attempt: 1, aborted: ctx.signal.reason });
                  return { late: true };
                }
                seen.push({ attempt: ctx.attempt, aborted: null });
                return { attempt: ctx.attempt };
              },
            }),
          ],
        }),
      ],
      { heartbeatIntervalMs: 100, leaseTtlMs: 1000 },
    );
    const wf = await fx.create('tenant-timeout', 'slowpoke');
    const done = await fx.until('tenant-timeout', wf.id, ['COMPLETED', 'FAILED'], 15_000);
    expect(done.state).to.equal('COMPLETED');
    expect(JSON.parse(done.output_json)).to.deep.equal({ attempt: 2 });
    const first = (await fx.db.query('select state, error, output from workflow.stage_attempts where workflow_id = $1 and attempt = 1', [wf.id])).rows[0];
    expect(first.state).to.equal('FAILED');
    expect(first.error.code).to.equal('STAGE_TIMEOUT');
    expect(first.output).to.equal(null);
    const states = (await fx.history(wf.id)).map((t) => t.to_state);
    expect(states).to.deep.equal(['CREATED', 'QUEUED', 'PROCESSING', 'RETRYING', 'QUEUED', 'PROCESSING', 'COMPLETED']);
  });
});
