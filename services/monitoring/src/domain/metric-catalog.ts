/**
 * Every metric monitoring derives from events. The Prometheus name is also the key the totals
 * are stored under (table metric_totals), so renaming one needs a migration.
 */
export interface MetricDef {
  readonly name: string;
  readonly type: 'counter' | 'gauge';
  readonly help: string;
  readonly labels: readonly string[];
}

export const METRICS = {
  eventsConsumed: {
    name: 'sluice_events_consumed_total',
    type: 'counter',
    help: 'Events consumed from the events stream, each counted once however often it was delivered.',
    labels: ['source', 'type'],
  },
  workflowsCreated: {
    name: 'sluice_workflows_created_total',
    type: 'counter',
    help: 'Workflows created.',
    labels: ['workflow_type'],
  },
  workflowsCompleted: {
    name: 'sluice_workflows_completed_total',
    type: 'counter',
    help: 'Workflows that reached COMPLETED.',
    labels: ['workflow_type'],
  },
  workflowTransitions: {
    name: 'sluice_workflow_transitions_total',
    type: 'counter',
    help: 'Workflow state transitions.',
    labels: ['workflow_type', 'from', 'to'],
  },
  workflowsFinished: {
    name: 'sluice_workflows_finished_total',
    type: 'counter',
    help: 'Workflows that reached a finishing state (COMPLETED, FAILED, CANCELLED, PARTIALLY_PROCESSED).',
    labels: ['workflow_type', 'state'],
  },
  stagesCompleted: {
    name: 'sluice_stages_completed_total',
    type: 'counter',
    help: 'Stage attempts completed.',
    labels: ['workflow_type', 'stage'],
  },
  workflowsInState: {
    name: 'sluice_workflows',
    type: 'gauge',
    help: 'Workflows currently in each state, from the transitions seen (briefly off while events arrive out of order).',
    labels: ['workflow_type', 'state'],
  },
} as const satisfies Record<string, MetricDef>;
