import { EventType } from '@sluice/contracts';
import { expect } from 'chai';
import { newEvent } from '@sluice/messaging';
import { eventEffects } from '../src/domain/event-effects.ts';

const now = new Date('2025-03-01T10:20:30.000Z');
const workflow = { workflow_id: 'wf-1', tenant_id: 'tenant-a', workflow_type: 'invoice' };
const event = (type: string, data: unknown, time?: Date) => newEvent({ source: '/sluice/workflow', type, subject: 'wf-1', data, ...(time ? { time } : {}) });
const names = (effects: ReturnType<typeof eventEffects>) => effects.series.map((s) => `${s.metric}${JSON.stringify(s.labels)}${s.by > 0 ? '+' : ''}${s.by}`);

describe('the metrics an event changes', () => {
  it('counts a created workflow as created, in CREATED, and in the minute it happened', () => {
    const effects = eventEffects(event(EventType.WORKFLOW_CREATED, { ...workflow, definition_version: 1, priority: 0 }, new Date('2025-03-01T10:19:59.999Z')), now);
    expect(names(effects)).to.deep.equal([
      'sluice_events_consumed_total{"source":"/sluice/workflow","type":"sluice.workflow.created"}+1',
      'sluice_workflows_created_total{"workflow_type":"invoice"}+1',
      'sluice_workflows{"workflow_type":"invoice","state":"CREATED"}+1',
    ]);
    expect(effects.series.every((s) => s.tenantId === 'tenant-a')).to.equal(true);
    expect(effects.minutes).to.deep.equal([{ metric: 'sluice_workflows_created_total', tenantId: 'tenant-a', minute: new Date('2025-03-01T10:19:00.000Z'), by: 1 }]);
  });

  it('counts a transition, moves the workflow between states, and counts COMPLETED as completed and finished', () => {
    const effects = eventEffects(event(EventType.WORKFLOW_STATE_CHANGED, { ...workflow, from_state: 'PROCESSING', to_state: 'COMPLETED', version: 6 }), now);
    expect(names(effects)).to.deep.equal([
      'sluice_events_consumed_total{"source":"/sluice/workflow","type":"sluice.workflow.state_changed"}+1',
      'sluice_workflow_transitions_total{"workflow_type":"invoice","from":"PROCESSING","to":"COMPLETED"}+1',
      'sluice_workflows{"workflow_type":"invoice","state":"COMPLETED"}+1',
      'sluice_workflows{"workflow_type":"invoice","state":"PROCESSING"}-1',
      'sluice_workflows_completed_total{"workflow_type":"invoice"}+1',
      'sluice_workflows_finished_total{"workflow_type":"invoice","state":"COMPLETED"}+1',
    ]);
    expect(effects.minutes.map((m) => m.metric)).to.deep.equal(['sluice_workflows_completed_total']);
  });

  it('counts FAILED, CANCELLED and PARTIALLY_PROCESSED as finished but not completed', () => {
    for (const to of ['FAILED', 'CANCELLED', 'PARTIALLY_PROCESSED']) {
      const effects = eventEffects(event(EventType.WORKFLOW_STATE_CHANGED, { ...workflow, from_state: 'PROCESSING', to_state: to }), now);
      expect(names(effects)).to.include(`sluice_workflows_finished_total{"workflow_type":"invoice","state":"${to}"}+1`);
      expect(effects.series.map((s) => s.metric)).to.not.include('sluice_workflows_completed_total');
    }
    const retrying = eventEffects(event(EventType.WORKFLOW_STATE_CHANGED, { ...workflow, from_state: 'PROCESSING', to_state: 'RETRYING' }), now);
    expect(retrying.series.map((s) => s.metric)).to.not.include('sluice_workflows_finished_total');
  });

  it('counts a stage completion by workflow type and stage', () => {
    const effects = eventEffects(event(EventType.STAGE_COMPLETED, { ...workflow, stage: 'ocr', attempt: 1 }), now);
    expect(names(effects)).to.include('sluice_stages_completed_total{"workflow_type":"invoice","stage":"ocr"}+1');
  });

  it('counts an event of another kind as consumed only, under its tenant', () => {
    const effects = eventEffects(newEvent({ source: '/sluice/quota', type: EventType.QUOTA_WARNING, subject: 'r', data: { tenant_id: 'tenant-b' } }), now);
    expect(names(effects)).to.deep.equal(['sluice_events_consumed_total{"source":"/sluice/quota","type":"sluice.quota.warning"}+1']);
    expect(effects.series[0]?.tenantId).to.equal('tenant-b');
    expect(effects.problem).to.equal(undefined);
  });

  it('counts a workflow event it cannot read as consumed only, and says why', () => {
    const cases: Array<[unknown, string]> = [
      [{ ...workflow, from_state: 'QUEUED', to_state: 'EXPLODED' }, 'data.to_state'],
      [{ ...workflow, workflow_type: 'Not A Name', from_state: 'QUEUED', to_state: 'PROCESSING' }, 'data.workflow_type'],
      [{ ...workflow, tenant_id: 'a.b', from_state: 'QUEUED', to_state: 'PROCESSING' }, 'data.tenant_id'],
      ['not an object', 'data.tenant_id'],
    ];
    for (const [data, field] of cases) {
      const effects = eventEffects(event(EventType.WORKFLOW_STATE_CHANGED, data), now);
      expect(effects.series.map((s) => s.metric)).to.deep.equal(['sluice_events_consumed_total']);
      expect(effects.problem).to.include(field);
    }
  });

  it('keeps label values bounded: a malformed source or type is counted as "invalid"', () => {
    const effects = eventEffects(newEvent({ source: 'has spaces {and braces}', type: 'x'.repeat(500), subject: 's', data: {} }), now);
    expect(effects.series[0]?.labels).to.deep.equal({ source: 'invalid', type: 'invalid' });
  });

  it('puts an event stamped in the future into the current minute', () => {
    const effects = eventEffects(event(EventType.WORKFLOW_CREATED, workflow, new Date('2030-01-01T00:00:00Z')), now);
    expect(effects.minutes[0]?.minute).to.deep.equal(new Date('2025-03-01T10:20:00.000Z'));
  });
});
