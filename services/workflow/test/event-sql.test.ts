import { expect } from 'chai';
import pg from 'pg';
import { suiteEnv } from '@sluice/testing';
import { Emitter } from '../src/engine/emit.ts';
import { createdSql, stageCompletedSql, stageTaskSql, stateChangedSql, taskSubjectSql, workflowEventSubjectSql } from '../src/store/event-sql.ts';
import type { AttemptRow, WorkflowRow } from '../src/store/rows.ts';
import type { CloudEvent } from '@sluice/messaging';

// The single-statement paths build their events in SQL; the others with the Emitter. Both must
// publish the same events for the same rows, or consumers would see two formats.
describe('events built by SQL statements', () => {
  let db: pg.Client;
  const prefix = 'sluice';
  const emitter = new Emitter(prefix);
  const updatedAt = '2026-12-01 07:30:27.123456+00';
  const wf: WorkflowRow = {
    id: '0193a8f0-0000-7000-8000-000000000001', tenant_id: 'acme', type: 'enrich', definition_version: 3, state: 'QUEUED', current_stage: 'fetch', stage_index: 1,
    input: {}, output: null, priority: 5, version: 7, retry_count: 2, last_error: null, created_at: '2026-12-01 07:30:20.5+00', updated_at: updatedAt,
    finished_at: null, next_attempt_at: null, progress: 0, progress_message: null, partial: null, wait_signal: null, suspend_reason: null, stop_requested: null,
    attempts_since: null, stage_attempt: 1, incomplete: false,
  };
  const attempt = { id: '0193a8f0-0000-7000-8000-0000000000a1', workflow_id: wf.id, stage: 'fetch', stage_index: 1, attempt: 2, lease_owner: 'host-1-abc', priority: 4 } as AttemptRow;

  // The row as SQL sees it, under the alias the builders are given.
  const rowSql = `(select $1::uuid as id, 'acme'::text as tenant_id, 'enrich'::text as type, 3 as definition_version, 'QUEUED'::text as state, 'fetch'::text as current_stage,
    5 as priority, 7 as version, 2 as retry_count, '2026-12-01 07:30:20.5+00'::timestamptz as created_at, '${updatedAt}'::timestamptz as updated_at) w,
    (select '${attempt.id}'::uuid as id, 'fetch'::text as stage, 2 as attempt, 'host-1-abc'::text as lease_owner, 4 as priority) a`;
  const eventId = '0193a8f0-0000-7000-8000-0000000000e1';

  async function fromSql(event: string, subject: string, from = rowSql): Promise<{ event: CloudEvent; subject: string }> {
    const { rows } = await db.query(`select ${event} as event, ${subject} as subject from ${from}`, [wf.id, eventId, prefix]);
    return rows[0] as { event: CloudEvent; subject: string };
  }

  /** The two events with the fields that are "now" (the time of building) set equal. */
  function comparable(e: CloudEvent, now: Record<string, string>): unknown {
    const data = { ...(e.data as Record<string, unknown>), ...Object.fromEntries(Object.keys(now).filter((k) => k in (e.data as object)).map((k) => [k, now[k]])) };
    if (typeof data.metadata_json === 'string') data.metadata_json = JSON.parse(data.metadata_json);
    return { ...e, id: eventId, time: 'now', data };
  }

  before(async () => {
    db = new pg.Client({ connectionString: suiteEnv().databaseUrl });
    await db.connect();
  });
  after(async () => db?.end());

  it('builds state_changed as Emitter.stateChanged does, subject included', async () => {
    const metadata = { attempt_id: attempt.id, attempt: 2, fence: '42' };
    const sql = await fromSql(
      stateChangedSql({ id: '$2::uuid', w: 'w', from: "'PROCESSING'", reason: "'next stage enqueued'", actor: "'worker:host-1-abc'", metadata: `'${JSON.stringify(metadata)}'::jsonb` }),
      workflowEventSubjectSql('$3::text', 'w'),
    );
    const ts = emitter.stateChanged(wf, 'PROCESSING', { reason: 'next stage enqueued', actor: 'worker:host-1-abc', metadata });
    expect(sql.subject).to.equal(ts.subject);
    expect(comparable(sql.event, {})).to.deep.equal(comparable(ts.event, {}));
  });

  it('builds stage_completed, the stage task and created as the Emitter does', async () => {
    const completed = await fromSql(stageCompletedSql({ id: '$2::uuid', w: 'w', a: 'a', next: "'index'::text" }), workflowEventSubjectSql('$3::text', 'w'));
    const tsCompleted = emitter.stageCompleted(wf, attempt, 'index');
    expect(completed.subject).to.equal(tsCompleted.subject);
    expect(comparable(completed.event, { at: 'now' })).to.deep.equal(comparable(tsCompleted.event, { at: 'now' }));

    const task = await fromSql(stageTaskSql({ id: '$2::uuid', w: 'w', a: 'a' }), taskSubjectSql('$3::text', 'w', 'a'));
    const tsTask = emitter.stageTask(wf, attempt);
    expect(task.subject).to.equal(tsTask.subject);
    expect(comparable(task.event, { enqueued_at: 'now' })).to.deep.equal(comparable(tsTask.event, { enqueued_at: 'now' }));

    const created = await fromSql(createdSql({ id: '$2::uuid', w: 'w', idempotencyKey: 'null::text' }), workflowEventSubjectSql('$3::text', 'w'));
    expect(comparable(created.event, {})).to.deep.equal(comparable(emitter.created(wf, null).event, {}));
  });

  it('leaves the priority out of created for a workflow created without one, as the Emitter does', async () => {
    const created = await fromSql(createdSql({ id: '$2::uuid', w: 'w', idempotencyKey: "'key-1'::text" }), workflowEventSubjectSql('$3::text', 'w'), rowSql.replace('5 as priority', 'null::int as priority'));
    const ts = emitter.created({ ...wf, priority: null }, 'key-1').event;
    expect(created.event.data).to.not.have.property('priority');
    expect(comparable(created.event, {})).to.deep.equal(comparable(ts, {}));
  });

  it('writes times as toISOString() does, to the millisecond in UTC', async () => {
    const { event } = await fromSql(stateChangedSql({ id: '$2::uuid', w: 'w', from: "'QUEUED'", reason: "''", actor: "''", metadata: "'{}'::jsonb" }), workflowEventSubjectSql('$3::text', 'w'));
    expect((event.data as { at: string }).at).to.equal(new Date(updatedAt).toISOString());
    expect(event.time).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });
});
