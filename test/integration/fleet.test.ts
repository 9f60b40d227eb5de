import { expect } from 'chai';
import pg from 'pg';
import { loadContracts } from '@sluice/contracts';
import { createClient } from '@sluice/grpc';
import { createLogger } from '@sluice/logging';
import { suiteEnv } from '@sluice/testing';
import { Worker, defineStage, defineWorkflow } from '@sluice/worker';
import { startWorkflowService, type WorkflowService } from '@sluice/workflow/start';
import { workflowServiceConfig } from '../support/workflow-fixture.ts';

const WORKFLOWS = 1000;

describe('two workflow-service replicas and three workers', function () {
  this.timeout(180_000);

  it(`run ${WORKFLOWS} two-stage workflows with none lost and no stage committed twice`, async () => {
    const env = suiteEnv();
    const replicas: WorkflowService[] = [];
    for (let i = 0; i < 2; i++) {
      replicas.push(await startWorkflowService(workflowServiceConfig(env)));
    }
    const address = (i: number) => `127.0.0.1:${replicas[i % 2]!.grpcPort}`;
    const executions = new Map<string, number>();
    const count = (key: string) => executions.set(key, (executions.get(key) ?? 0) + 1);
    const fleet = defineWorkflow({
      type: 'fleet',
      stages: [
        defineStage<{ n: number }, { n: number; doubled: number }>({ name: 'double', handler: async (input, ctx) => (count(`${ctx.workflowId}/double`), { n: input.n, doubled: input.n * 2 }) }),
        defineStage<{ n: number; doubled: number }, { n: number; result: number }>({ name: 'add', handler: async (input, ctx) => (count(`${ctx.workflowId}/add`), { n: input.n, result: input.doubled + 1 }) }),
      ],
    });
    const workers: Worker[] = [];
    for (let i = 0; i < 3; i++) {
      const worker = new Worker({ workflowAddress: address(i), natsUrl: env.natsUrl, prefix: env.prefix, workflows: [fleet], concurrency: 8, log: createLogger({ service: 'fleet', level: 'silent' }) });
      await worker.start();
      workers.push(worker);
    }
    const clients = [0, 1].map((i) => createClient(loadContracts().services.workflow, address(i)));
    const db = new pg.Client({ connectionString: env.databaseUrl });
    await db.connect();
    try {
      const ids: string[] = [];
      for (let start = 0; start < WORKFLOWS; start += 50) {
        const batch = await Promise.all(
          Array.from({ length: Math.min(50, WORKFLOWS - start) }, (_, j) =>
            clients[(start + j) % 2]!.call('CreateWorkflow', { tenant_id: 'fleet', type: 'fleet', input_json: JSON.stringify({ n: start + j }) }),
          ),
        );
        ids.push(...batch.map((wf) => wf.id));
      }
      expect(new Set(ids).size).to.equal(WORKFLOWS);

      const deadline = Date.now() + 150_000;
      let done = 0;
      while (Date.now() < deadline) {
        done = Number((await db.query("select count(*) from workflow.workflows where type = 'fleet' and state = 'COMPLETED'")).rows[0].count);
        if (done === WORKFLOWS) break;
        await new Promise((r) => setTimeout(r, 250));
      }
      expect(done, 'workflows completed').to.equal(WORKFLOWS);

      const wrong = (await db.query("select count(*) from workflow.workflows where type = 'fleet' and (output->>'result')::int <> (input->>'n')::int * 2 + 1")).rows[0].count;
      expect(Number(wrong), 'workflows with a wrong output').to.equal(0);
      const twice = (await db.query(
        "select count(*) from (select workflow_id, stage_index from workflow.stage_attempts where state = 'COMPLETED' group by 1, 2 having count(*) > 1) d",
      )).rows[0].count;
      expect(Number(twice), 'stages committed twice').to.equal(0);
      const committed = Number((await db.query("select count(*) from workflow.stage_attempts a join workflow.workflows w on w.id = a.workflow_id where w.type = 'fleet' and a.state = 'COMPLETED'")).rows[0].count);
      expect(committed).to.equal(WORKFLOWS * 2);
      const audit = Number((await db.query("select count(*) from workflow.workflow_transitions t join workflow.workflows w on w.id = t.workflow_id where w.type = 'fleet'")).rows[0].count);
      // CREATED, QUEUED, PROCESSING, QUEUED, PROCESSING, COMPLETED for each.
      expect(audit).to.equal(WORKFLOWS * 6);
      expect([...executions.values()].every((n) => n === 1), 'each stage handler ran once').to.equal(true);
    } finally {
      await db.end();
      for (const c of clients) c.close();
      for (const w of workers) await w.shutdown();
      for (const r of replicas) await r.shutdown();
    }
  });
});
