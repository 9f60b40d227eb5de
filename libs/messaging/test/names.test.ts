import { expect } from 'chai';
import { ErrorCode, SluiceError } from '@sluice/errors';
import { eventSubject, taskSubject, eventFilter, taskFilter, eventsStreamName, tasksStreamName, newEvent, parseCloudEvent, uuidv7 } from '../src/index.ts';

describe('subject and stream names', () => {
  it('builds event and task subjects under the prefix', () => {
    expect(eventSubject('sluice', 'workflow', 'acme', 'wf-1')).to.equal('sluice.events.workflow.acme.wf-1');
    expect(taskSubject('sluice', 'invoice', 'ocr')).to.equal('sluice.tasks.invoice.ocr');
    expect(eventFilter('sluice', 'quota')).to.equal('sluice.events.quota.>');
    expect(taskFilter('sluice', 'invoice')).to.equal('sluice.tasks.invoice.>');
    expect(eventsStreamName('t_ab12')).to.equal('T_AB12_EVENTS');
    expect(tasksStreamName('t_ab12')).to.equal('T_AB12_TASKS');
  });

  it('refuses a token that would split or wildcard the subject', () => {
    for (const tenant of ['a.b', '*', '>', 'a b', '']) {
      const err = (() => {
        try {
          eventSubject('sluice', 'workflow', tenant, 'wf-1');
        } catch (e) {
          return e;
        }
      })();
      expect((err as SluiceError).code, tenant).to.equal(ErrorCode.INVALID_ARGUMENT);
    }
  });
});

describe('CloudEvents', () => {
  it('makes a 1.0 envelope with a time-ordered UUID v7 id', () => {
    const event = newEvent({ source: 'sluice/test', type: 'sluice.test.v1', subject: 'wf-1', data: { n: 1 } });
    expect(event).to.include({ specversion: '1.0', source: 'sluice/test', type: 'sluice.test.v1', subject: 'wf-1', datacontenttype: 'application/json' });
    expect(event.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const ids = Array.from({ length: 10_000 }, () => uuidv7());
    expect([...ids].sort()).to.deep.equal(ids);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(parseCloudEvent(new TextEncoder().encode(JSON.stringify(event)))).to.deep.equal(event);
  });

  it('rejects bytes that are not an envelope', () => {
    for (const text of ['not json', '[]', '{"specversion":"0.3","id":"1","source":"s","type":"t"}', '{"specversion":"1.0","source":"s","type":"t"}']) {
      expect(() => parseCloudEvent(new TextEncoder().encode(text)), text).to.throw();
    }
  });
});
