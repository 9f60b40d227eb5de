import { expect } from 'chai';
import type { Claim } from '../src/engine/claim-stage.ts';
import { WaitingClaims } from '../src/engine/waiting-claims.ts';

const claimOf = (id: string): Claim => ({
  attempt: { id, workflow_id: `wf-${id}`, stage: 'a', stage_index: 0, attempt: 1, state: 'RUNNING', fence: '1', lease_owner: 'w', lease_expires_at: '', input: null, partial: null, timeout_ms: 0 },
  workflow: { id: `wf-${id}`, tenant_id: 't', type: 'x' },
  signals: {},
});

describe('waiting claims (in memory)', () => {
  it('hands creations to the oldest waiters of their stage, one each', () => {
    const waiting = new WaitingClaims();
    const answers: string[] = [];
    waiting.add('x', 'a', { workerId: 'w1', leaseTtlMs: 0 }, (c) => answers.push(`w1:${c.attempt.id}`));
    waiting.add('x', 'a', { workerId: 'w2', leaseTtlMs: 7_000 }, (c) => answers.push(`w2:${c.attempt.id}`));
    expect(waiting.take('x', 'b', 2)).to.deep.equal([]);
    const taken = waiting.take('x', 'a', 5);
    expect(taken.map((h) => [h.workerId, h.leaseTtlMs])).to.deep.equal([['w1', 0], ['w2', 7_000]]);
    taken[0]!.deliver(claimOf('1'));
    taken[1]!.deliver(claimOf('2'));
    expect(answers).to.deep.equal(['w1:1', 'w2:2']);
    expect(waiting.take('x', 'a', 1)).to.deep.equal([]);
  });

  it('drops a withdrawn waiter, but still answers one a creation had taken (its caller must hand that lease back)', () => {
    const waiting = new WaitingClaims();
    const answers: string[] = [];
    const gone = waiting.add('x', 'a', { workerId: 'gone', leaseTtlMs: 0 }, () => answers.push('gone'))!;
    gone();
    expect(waiting.take('x', 'a', 1)).to.deep.equal([]);
    const late = waiting.add('x', 'a', { workerId: 'late', leaseTtlMs: 0 }, (c) => answers.push(`late:${c.attempt.id}`))!;
    const [h] = waiting.take('x', 'a', 1);
    late();
    h!.deliver(claimOf('9'));
    expect(answers).to.deep.equal(['late:9']);
  });

  it('puts a waiter back at the front when its creation was not leased, unless it was withdrawn meanwhile', () => {
    const waiting = new WaitingClaims();
    waiting.add('x', 'a', { workerId: 'patient', leaseTtlMs: 0 }, () => undefined);
    const hasty = waiting.add('x', 'a', { workerId: 'hasty', leaseTtlMs: 0 }, () => undefined)!;
    waiting.add('x', 'a', { workerId: 'last', leaseTtlMs: 0 }, () => undefined);
    const [p, h] = waiting.take('x', 'a', 2);
    hasty();
    h!.putBack();
    p!.putBack();
    expect(waiting.take('x', 'a', 3).map((t) => t.workerId)).to.deep.equal(['patient', 'last']);
  });

  it('drops every waiter on close, tells the streams, and takes no more after it', () => {
    const waiting = new WaitingClaims();
    const closed: string[] = [];
    waiting.add('x', 'a', { workerId: 'w', leaseTtlMs: 0 }, () => undefined);
    waiting.onClose(() => closed.push('s1'));
    const unsubscribe = waiting.onClose(() => closed.push('s2'));
    unsubscribe();
    waiting.close();
    expect(closed).to.deep.equal(['s1']);
    expect(waiting.take('x', 'a', 1)).to.deep.equal([]);
    expect(waiting.add('x', 'a', { workerId: 'w', leaseTtlMs: 0 }, () => undefined)).to.equal(null);
    waiting.onClose(() => closed.push('after'));
    expect(closed).to.deep.equal(['s1', 'after']);
  });
});
