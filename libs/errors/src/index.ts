/**
 * One error hierarchy for all of Sluice.
 *
 * ```ts
 * import { SluiceError } from '@sluice/errors';
 * throw SluiceError.invalidTransition(wf.id, wf.state, 'COMPLETED');
 * // INVALID_TRANSITION → gRPC FAILED_PRECONDITION → HTTP 409
 * ```
 */
export { ErrorCode, ErrorCategory, CODE_INFO, isErrorCode, codeForGrpcStatus } from './codes.ts';
export { SluiceError, isSluiceError, toSluiceError } from './sluice-error.ts';
export { toErrorBody } from './error-body.ts';
export type { ErrorDetails, SluiceErrorOptions } from './sluice-error.ts';
export type { ErrorBody } from './error-body.ts';
