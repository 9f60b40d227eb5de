import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect } from 'chai';
import type { Claim } from '../src/engine/claim-stage.ts';
import { WaitingClaims } from '../src/engine/waiting-claims.ts';

const claimOf = (id: string): Claim => ({
  attempt: { id, workflow_id: `wf-${id}`, stage: 'a', stage_index: 0, attempt: 1, state: 'RUNNING', fence: '1', lease_owner: 'w', lease_expires_at: '', input: null, partial: null, timeout_ms: 0 },
  workflow: { id: `wf-${id}`, tenant_id: 't', type: 'x' },
  signals: {},
});

describe('waiting claims (in memory)', () => {
  it('hands creations to the oldest waiters of their stage, one each', async () => {
    const waiting = new WaitingClaims();
    const first = waiting.wait('x', 'a', { workerId: 'w1', leaseTtlMs: 0 }, 5_000, new EventEmitter());
    const second = waiting.wait('x', 'a', { workerId: 'w2', leaseTtlMs: 7_000 }, 5_000, new EventEmitter());
    expect(waiting.take('x', 'b', 2)).to.deep.equal([]);
    const taken = waiting.take('x', 'a', 5);
    expect(taken.map((h) => [h.workerId, h.leaseTtlMs])).to.deep.equal([['w1', 0], ['w2', 7_000]]);
    taken[0]!.deliver(claimOf('1'));
    taken[1]!.deliver(claimOf('2'));
    expect((await first)!.attempt.id).to.equal('1');
    expect((await second)!.attempt.id).to.equal('2');
  });

  it('answers null when the time is up, and when the call is cancelled', async () => {
    const waiting = new WaitingClaims();
    expect(await waiting.wait('x', 'a', { workerId: 'w', leaseTtlMs: 0 }, 20, new EventEmitter())).to.equal(null);
    const call = new EventEmitter();
    const cancelled = waiting.wait('x', 'a', { workerId: 'w', leaseTtlMs: 0 }, 5_000, call);
    call.emit('cancelled');
    expect(await cancelled).to.equal(null);
    expect(waiting.take('x', 'a', 1)).to.deep.equal([]);
  });

  it('puts a waiter back at the front when its creation was not leased, unless its time ran out meanwhile', async () => {
    const waiting = new WaitingClaims();
    const patient = waiting.wait('x', 'a', { workerId: 'patient', leaseTtlMs: 0 }, 5_000, new EventEmitter());
    const hasty = waiting.wait('x', 'a', { workerId: 'hasty', leaseTtlMs: 0 }, 30, new EventEmitter());
    const [p, h] = waiting.take('x', 'a', 2);
    await sleep(60);
    h!.putBack();
    expect(await hasty).to.equal(null);
    p!.putBack();
    const [again] = waiting.take('x', 'a', 1);
    expect(again!.workerId).to.equal('patient');
    again!.deliver(claimOf('3'));
    expect((await patient)!.attempt.id).to.equal('3');
  });

  it('answers every waiter null on close, and waits no more after it', async () => {
    const waiting = new WaitingClaims();
    const pending = waiting.wait('x', 'a', { workerId: 'w', leaseTtlMs: 0 }, 5_000, new EventEmitter());
    waiting.close();
    expect(await pending).to.equal(null);
    expect(await waiting.wait('x', 'a', { workerId: 'w', leaseTtlMs: 0 }, 5_000, new EventEmitter())).to.equal(null);
  });
});
