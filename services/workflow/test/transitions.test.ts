import { expect } from 'chai';
import { SluiceError } from '@sluice/errors';
import { allPairs, assertTransition, canTransition, isTerminal, TRANSITIONS } from '../src/domain/transitions.ts';
import { ALL_STATES } from '../src/domain/states.ts';

describe('the transition table', () => {
  it('covers every state, and only COMPLETED and CANCELLED are terminal', () => {
    expect(Object.keys(TRANSITIONS)).to.have.members([...ALL_STATES]);
    expect(ALL_STATES.filter(isTerminal)).to.have.members(['COMPLETED', 'CANCELLED']);
  });

  it('allows exactly the edges in the table and refuses every other pair with INVALID_TRANSITION', () => {
    const pairs = allPairs();
    expect(pairs).to.have.length(ALL_STATES.length ** 2);
    for (const { from, to, allowed } of pairs) {
      expect(allowed, `${from} -> ${to}`).to.equal(Object.hasOwn(TRANSITIONS[from], to));
      if (allowed) {
        expect(() => assertTransition('wf_1', from, to)).to.not.throw();
      } else {
        expect(() => assertTransition('wf_1', from, to)).to.throw(SluiceError, `workflow wf_1 cannot go from ${from} to ${to}`);
      }
    }
  });

  it('refuses FAILED -> COMPLETED and lets a person retry FAILED', () => {
    expect(canTransition('FAILED', 'COMPLETED')).to.equal(false);
    expect(canTransition('FAILED', 'QUEUED')).to.equal(true);
  });
});

describe('docs/state-machine.md', () => {
  it('is the diagram generated from the transition table (run scripts/gen-state-diagram.ts)', async () => {
    const { readFile } = await import('node:fs/promises');
    const { renderStateMachineDoc } = await import('../src/domain/state-diagram.ts');
    const committed = await readFile(new URL('../../../docs/state-machine.md', import.meta.url), 'utf8');
    expect(committed).to.equal(renderStateMachineDoc());
  });
});
