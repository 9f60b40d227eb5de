import { expect } from 'chai';
import { productPipeline, type Notified } from '@sluice/example-product-pipeline';
import { WorkflowFixture } from '../support/workflow-fixture.ts';

describe('the seed pipeline as a definition', function () {
  this.timeout(60_000);
  let fx: WorkflowFixture;

  before(async () => {
    fx = await WorkflowFixture.start();
    await fx.worker([productPipeline]);
  });

  after(async () => {
    await fx?.stop();
  });

  it('runs DISCOVERY → IMAGE_FETCH → ENRICHMENT → DATA_MAPPING → SCORING → INDEXING → NOTIFICATION, each output the next input', async () => {
    const wf = await fx.create('shop-1', 'product', { sku: 'A-17', url: 'https://shop.example/p/oak-chair' });
    const done = await fx.until('shop-1', wf.id, ['COMPLETED'], 20_000);
    const out = JSON.parse(done.output_json) as Notified;
    // Every stage's contribution is in the final record: it could only get there through the chain.
    expect(out).to.include({ sku: 'A-17', title: 'oak chair', category: 'furniture', score: 60 });
    expect(out.images).to.have.length(2);
    expect(out.description).to.equal('A oak chair with 2 photos.');
    expect(out.index_id).to.match(/^idx-A-17-\d+$/);
    expect(out.notified).to.deep.equal(['merchandising']);
    const stages = (await fx.db.query("select stage from workflow.stage_attempts where workflow_id = $1 and state = 'COMPLETED' order by stage_index", [wf.id])).rows.map((r) => r.stage);
    expect(stages).to.deep.equal(['DISCOVERY', 'IMAGE_FETCH', 'ENRICHMENT', 'DATA_MAPPING', 'SCORING', 'INDEXING', 'NOTIFICATION']);
    const stored = (await fx.db.query("select stages -> 2 as enrichment from workflow.definitions where type = 'product' order by version desc limit 1")).rows[0].enrichment;
    expect(stored).to.include({ name: 'ENRICHMENT', quotaResource: 'ai:enrichment' });
    expect(stored.retry).to.deep.equal({ maxAttempts: 4, initialDelayMs: 1000, multiplier: 2, maxDelayMs: 60_000, jitter: 0.5 });
  });

  it('suspends a product without a usable url at DISCOVERY', async () => {
    const wf = await fx.create('shop-1', 'product', { sku: 'B-2', url: 'ftp://nowhere' });
    const suspended = await fx.until('shop-1', wf.id, ['SUSPENDED']);
    expect(suspended.current_stage).to.equal('DISCOVERY');
    expect(JSON.parse(suspended.last_error_json).message).to.equal('product B-2 has no http(s) url');
  });
});
