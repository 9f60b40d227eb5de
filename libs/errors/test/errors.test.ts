import { expect } from 'chai';
import { SluiceError, ErrorCode, toErrorBody, toSluiceError, codeForGrpcStatus } from '@sluice/errors';

describe('SluiceError', () => {
  it('maps an invalid transition to FAILED_PRECONDITION and HTTP 409 with a message naming the input', () => {
    const err = SluiceError.invalidTransition('wf_12', 'FAILED', 'COMPLETED');
    expect(err.code).to.equal(ErrorCode.INVALID_TRANSITION);
    expect(err.grpcStatus).to.equal(9);
    expect(err.httpStatus).to.equal(409);
    expect(err.message).to.equal('workflow wf_12 cannot go from FAILED to COMPLETED');
    expect(err.details).to.deep.equal({ workflowId: 'wf_12', from: 'FAILED', to: 'COMPLETED' });
  });

  it('renders the one error shape of the architecture', () => {
    const body = toErrorBody(SluiceError.notFound('workflow', 'wf_1'), '/api/v1/workflows/wf_1', 'abc');
    expect(body).to.deep.equal({
      error: { code: 'NOT_FOUND', message: 'workflow wf_1 was not found', details: { kind: 'workflow', id: 'wf_1' } },
      status_code: 404,
      path: '/api/v1/workflows/wf_1',
      trace_id: 'abc',
    });
  });

  it('turns anything else into INTERNAL with a generic message and keeps the cause', () => {
    const cause = new Error('connection reset by peer at 10.0.0.3');
    const err = toSluiceError(cause);
    expect(err.code).to.equal('INTERNAL');
    expect(err.message).to.equal('internal error');
    expect(err.cause).to.equal(cause);
  });

  it('reads a bare gRPC status as the nearest code', () => {
    expect(codeForGrpcStatus(14)).to.equal('UNAVAILABLE');
    expect(codeForGrpcStatus(2)).to.equal('INTERNAL');
  });
});
