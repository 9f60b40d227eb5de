import { expect } from 'chai';
import { explainSummary, type ExplainFacts } from '../src/queries/explain-summary.ts';
import type { WorkflowRow } from '../src/store/rows.ts';

const RESUMES = '2026-12-09T00:00:05.000Z';

function parked(lastError: unknown, extra: Partial<WorkflowRow> = {}): ExplainFacts {
  const workflow: WorkflowRow = {
    id: '00000000-0000-4000-8000-000000000001',
    tenant_id: 'acme',
    type: 'product',
    definition_version: 1,
    state: 'QUOTA_EXCEEDED',
    current_stage: 'enrich',
    stage_index: 1,
    input: {},
    output: null,
    priority: null,
    version: 5,
    retry_count: 0,
    last_error: lastError,
    created_at: '2026-12-08T10:00:00.000Z',
    updated_at: '2026-12-08T10:00:01.000Z',
    finished_at: null,
    next_attempt_at: RESUMES,
    progress: 0,
    progress_message: null,
    partial: null,
    wait_signal: null,
    suspend_reason: null,
    stop_requested: null,
    attempts_since: null,
    stage_attempt: 1,
    incomplete: false,
    ...extra,
  };
  return { workflow, stageCount: 3, stagesDone: 1, attempt: null, queue: null, quotaResource: 'openai/acme/gpt-4o' };
}

const denial = (details: unknown, code = 'QUOTA_EXCEEDED') => ({ code, message: 'quota', category: 'rate_limited', details, stage: 'enrich', attempt: 1 });

const dailyCap = {
  resource: 'openai/acme/gpt-4o',
  limit: { id: 'lim_1', name: 'daily-cap', unit: 'QUOTA_UNIT_REQUESTS', scope: 'QUOTA_SCOPE_TENANT', partition: 'acme', amount: '100', remaining: '0', resets_at: '2026-12-09T00:00:00.000Z' },
  denial_reason: 'DENIAL_REASON_WINDOW_EXHAUSTED',
  retry_at: '2026-12-09T00:00:00.000Z',
};

describe('the explanation of a workflow waiting for quota', () => {
  it('names the limit that holds it, what is left of it, when it resets and when the workflow resumes', () => {
    expect(explainSummary(parked(denial(dailyCap)))).to.equal(
      'Stage enrich waits for quota on openai/acme/gpt-4o: limit daily-cap (requests, tenant) is used up (0 of 100 left) ' +
        `and resets at 2026-12-09T00:00:00.000Z; it resumes by itself at ${RESUMES}. 1 of 3 stages are done.`,
    );
  });

  it('reads lower-case units and scopes, numeric amounts, and says a rolling limit has no room yet', () => {
    const rolling = {
      resource: 'openai/acme/gpt-4o',
      limit: { name: 'tpm', unit: 'input_tokens', scope: 'api_key', amount: 90000, remaining: 120, resets_at: '2026-12-08T10:01:00Z' },
      denial_reason: 'DENIAL_REASON_RATE_LIMITED',
    };
    expect(explainSummary(parked(denial(rolling)))).to.include(
      'limit tpm (input tokens, API key) has no room yet (120 of 90000 left) and resets at 2026-12-08T10:01:00.000Z',
    );
  });

  it("names the denial's resource over the stage's, and falls back to the denial's retry time", () => {
    const s = explainSummary(parked(denial({ ...dailyCap, resource: 'openai/acme/gpt-4o-mini' }), { next_attempt_at: null }));
    expect(s).to.include('waits for quota on openai/acme/gpt-4o-mini: limit daily-cap');
    expect(s).to.include('it resumes by itself at 2026-12-09T00:00:00.000Z.');
  });

  it('says when the quota service could not be reached', () => {
    expect(explainSummary(parked(denial({ resource: 'openai/acme/gpt-4o', retry_at: RESUMES }, 'QUOTA_UNAVAILABLE')))).to.equal(
      `Stage enrich waits for quota on openai/acme/gpt-4o: the quota service could not be reached; it resumes by itself at ${RESUMES}. 1 of 3 stages are done.`,
    );
  });

  it('says the upstream asked to back off when no limit is named', () => {
    expect(explainSummary(parked(denial({ resource: 'openai/acme/gpt-4o', denial_reason: 'DENIAL_REASON_UPSTREAM_BACKOFF' })))).to.include(
      'on openai/acme/gpt-4o: the upstream asked to back off; it resumes by itself at',
    );
  });

  it('keeps the plain sentence for a rate-limited failure without a quota denial, and ignores malformed details', () => {
    const plain = `Stage enrich waits for quota on openai/acme/gpt-4o until ${RESUMES}. 1 of 3 stages are done.`;
    expect(explainSummary(parked({ code: 'UPSTREAM_429', message: 'slow down', category: 'rate_limited' }))).to.equal(plain);
    expect(explainSummary(parked(null))).to.equal(plain);
    expect(explainSummary(parked(denial(null)))).to.equal(plain);
    const odd = explainSummary(parked(denial({ limit: { name: ['x'], amount: {}, resets_at: 'not a time' }, retry_at: 7 })));
    expect(odd).to.equal(`Stage enrich waits for quota on openai/acme/gpt-4o: limit (unnamed) refused the request; it resumes by itself at ${RESUMES}. 1 of 3 stages are done.`);
  });
});
