import type { BucketState } from '../domain/bucket.ts';
import type { DecideOutput } from '../domain/decide.ts';
import type { GrantRecord } from '../domain/grant.ts';
import type { OutboxEntry } from '@sluice/messaging';
import type { Run } from './run.ts';

// Everything a tick decided, in one statement: counters, new grants, settled grants, ledger
// lines, refusal counts and the outbox row of its events. A new grant whose idempotency key
// another replica stored meanwhile is not inserted (`inserted` says how many were), and the
// caller rolls the tick back and runs it again: it then finds that grant.
const SQL = `
with b as (
  update buckets set tat_us = x.tat_us, window_start_us = x.window_start_us, window_end_us = x.window_end_us,
    used = x.used, next_used = x.next_used, reserved = x.reserved, exceeded_mark = x.exceeded_mark, warned_mark = x.warned_mark, last_now_us = x.last_now_us
  from jsonb_to_recordset($1::jsonb) as x(limit_id uuid, partition text, tat_us float8, window_start_us float8, window_end_us float8,
    used bigint, next_used bigint, reserved bigint, exceeded_mark float8, warned_mark float8, last_now_us float8)
  where buckets.limit_id = x.limit_id and buckets.partition = x.partition
), g as (
  insert into grants (id, tenant_id, resource, api_key, workflow_type, workflow_id, stage, attempt_id, idempotency_key,
    amounts, cost_micros, charges, state, created_us, not_before_us, expires_us, held)
  select x.id, x.tenant_id, x.resource, x.api_key, x.workflow_type, x.workflow_id, x.stage, x.attempt_id, x.idempotency_key,
    x.amounts, x.cost_micros, x.charges, 'ACTIVE', x.created_us, x.not_before_us, x.expires_us, x.held
  from jsonb_to_recordset($2::jsonb) as x(id uuid, tenant_id text, resource text, api_key text, workflow_type text, workflow_id text,
    stage text, attempt_id text, idempotency_key text, amounts jsonb, cost_micros bigint, charges jsonb, created_us float8,
    not_before_us float8, expires_us float8, held boolean)
  on conflict do nothing
  returning 1
), u as (
  update grants set state = x.state, settled_us = x.settled_us, used = x.used, overage = x.overage,
    used_cost_micros = x.used_cost_micros, held = x.held
  from jsonb_to_recordset($3::jsonb) as x(id uuid, state text, settled_us float8, used jsonb, overage jsonb, used_cost_micros bigint, held boolean)
  where grants.id = x.id
), l as (
  insert into usage_ledger (grant_id, tenant_id, resource, api_key, workflow_type, workflow_id, outcome, reserved, requests, input_tokens,
    output_tokens, cost_micros, overage_requests, overage_input_tokens, overage_output_tokens, charged_at, settled_at)
  select x.grant_id, x.tenant_id, x.resource, x.api_key, x.workflow_type, x.workflow_id, x.outcome, x.reserved, x.requests, x.input_tokens,
    x.output_tokens, x.cost_micros, x.overage_requests, x.overage_input_tokens, x.overage_output_tokens,
    to_timestamp(x.charged_us / 1e6), to_timestamp(x.settled_us / 1e6)
  from jsonb_to_recordset($4::jsonb) as x(grant_id uuid, tenant_id text, resource text, api_key text, workflow_type text, workflow_id text,
    outcome text, reserved jsonb, requests bigint, input_tokens bigint, output_tokens bigint, cost_micros bigint, overage_requests bigint,
    overage_input_tokens bigint, overage_output_tokens bigint, charged_us float8, settled_us float8)
), d as (
  insert into denials (tenant_id, resource, api_key, workflow_type, minute, count)
  select x.tenant_id, x.resource, x.api_key, x.workflow_type, date_trunc('minute', to_timestamp($5::float8 / 1e6)), x.count
  from jsonb_to_recordset($6::jsonb) as x(tenant_id text, resource text, api_key text, workflow_type text, count int)
  on conflict (tenant_id, minute, resource, api_key, workflow_type) do update set count = denials.count + excluded.count
), o as (
  insert into outbox (id, entries) select $7::uuid, $8::json where $8::text is not null
)
select (select count(*) from g)::int as inserted`;

export async function writeDecisions(
  run: Run,
  nowUs: number,
  buckets: Iterable<BucketState>,
  out: DecideOutput,
  outbox: { id: string; entries: readonly OutboxEntry[] } | null,
): Promise<number> {
  const [row] = await run<{ inserted: number }>('quota_write_decisions', SQL, [
    JSON.stringify([...buckets].map(bucketJson)),
    JSON.stringify(out.newGrants.map(newGrantJson)),
    JSON.stringify(out.changedGrants.map((g) => ({ id: g.id, state: g.state, settled_us: g.settledUs, used: g.used, overage: g.overage, used_cost_micros: g.usedCostMicros, held: g.held }))),
    JSON.stringify(
      out.ledger.map((l) => ({
        grant_id: l.grant.id,
        tenant_id: l.grant.tenantId,
        resource: l.grant.resource,
        api_key: l.grant.apiKey,
        workflow_type: l.grant.workflowType,
        workflow_id: l.grant.workflowId,
        outcome: l.outcome,
        reserved: l.grant.amounts,
        requests: l.used.REQUESTS,
        input_tokens: l.used.INPUT_TOKENS,
        output_tokens: l.used.OUTPUT_TOKENS,
        cost_micros: l.costMicros,
        overage_requests: l.overage.REQUESTS,
        overage_input_tokens: l.overage.INPUT_TOKENS,
        overage_output_tokens: l.overage.OUTPUT_TOKENS,
        charged_us: l.grant.notBeforeUs,
        settled_us: nowUs,
      })),
    ),
    nowUs,
    JSON.stringify([...out.denials.values()].map((d) => ({ tenant_id: d.tenantId, resource: d.resource, api_key: d.apiKey, workflow_type: d.workflowType, count: d.count }))),
    outbox?.id ?? null,
    outbox === null ? null : JSON.stringify(outbox.entries),
  ]);
  return row!.inserted;
}

function bucketJson(b: BucketState) {
  return {
    limit_id: b.limitId,
    partition: b.partition,
    tat_us: b.tatUs,
    window_start_us: b.windowStartUs,
    window_end_us: b.windowEndUs,
    used: b.used,
    next_used: b.nextUsed,
    reserved: b.reserved,
    exceeded_mark: b.exceededMark,
    warned_mark: b.warnedMark,
    last_now_us: b.lastNowUs,
  };
}

function newGrantJson(g: GrantRecord) {
  return {
    id: g.id,
    tenant_id: g.tenantId,
    resource: g.resource,
    api_key: g.apiKey,
    workflow_type: g.workflowType,
    workflow_id: g.workflowId,
    stage: g.stage,
    attempt_id: g.attemptId,
    idempotency_key: g.idempotencyKey,
    amounts: g.amounts,
    cost_micros: g.costMicros,
    charges: g.charges,
    created_us: g.createdUs,
    not_before_us: g.notBeforeUs,
    expires_us: g.expiresUs,
    held: g.held,
  };
}
