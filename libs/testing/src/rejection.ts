import { SluiceError } from '@sluice/errors';

/** The SluiceError a promise rejects with; throws when it resolves or rejects with anything else. */
export async function rejection(promise: Promise<unknown>): Promise<SluiceError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof SluiceError) return err;
    throw new Error(`expected a SluiceError, got ${String(err)}`, { cause: err });
  }
  throw new Error('expected the promise to reject');
}
