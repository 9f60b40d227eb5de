// Original file: sluice/workflow/v1/workflow.proto

/**
 * The life of one stage attempt (one claimable unit of work).
 */
export const AttemptState = {
  ATTEMPT_STATE_UNSPECIFIED: 'ATTEMPT_STATE_UNSPECIFIED',
  /**
   * On the work queue; no lease yet.
   */
  ATTEMPT_STATE_PENDING: 'ATTEMPT_STATE_PENDING',
  /**
   * A worker holds the lease.
   */
  ATTEMPT_STATE_RUNNING: 'ATTEMPT_STATE_RUNNING',
  ATTEMPT_STATE_COMPLETED: 'ATTEMPT_STATE_COMPLETED',
  ATTEMPT_STATE_FAILED: 'ATTEMPT_STATE_FAILED',
  /**
   * The worker gave the lease back (ReleaseStage); the stage is re-queued without a failure.
   */
  ATTEMPT_STATE_RELEASED: 'ATTEMPT_STATE_RELEASED',
  /**
   * The lease ran out without a heartbeat; the reaper re-queued the stage.
   */
  ATTEMPT_STATE_EXPIRED: 'ATTEMPT_STATE_EXPIRED',
  /**
   * The workflow was cancelled or suspended while the attempt ran.
   */
  ATTEMPT_STATE_CANCELLED: 'ATTEMPT_STATE_CANCELLED',
  /**
   * The stage asked to wait for a signal (WaitForSignal); it runs again when the signal comes.
   */
  ATTEMPT_STATE_WAITING: 'ATTEMPT_STATE_WAITING',
} as const;

/**
 * The life of one stage attempt (one claimable unit of work).
 */
export type AttemptState =
  | 'ATTEMPT_STATE_UNSPECIFIED'
  | 0
  /**
   * On the work queue; no lease yet.
   */
  | 'ATTEMPT_STATE_PENDING'
  | 1
  /**
   * A worker holds the lease.
   */
  | 'ATTEMPT_STATE_RUNNING'
  | 2
  | 'ATTEMPT_STATE_COMPLETED'
  | 3
  | 'ATTEMPT_STATE_FAILED'
  | 4
  /**
   * The worker gave the lease back (ReleaseStage); the stage is re-queued without a failure.
   */
  | 'ATTEMPT_STATE_RELEASED'
  | 5
  /**
   * The lease ran out without a heartbeat; the reaper re-queued the stage.
   */
  | 'ATTEMPT_STATE_EXPIRED'
  | 6
  /**
   * The workflow was cancelled or suspended while the attempt ran.
   */
  | 'ATTEMPT_STATE_CANCELLED'
  | 7
  /**
   * The stage asked to wait for a signal (WaitForSignal); it runs again when the signal comes.
   */
  | 'ATTEMPT_STATE_WAITING'
  | 8

/**
 * The life of one stage attempt (one claimable unit of work).
 */
export type AttemptState__Output = typeof AttemptState[keyof typeof AttemptState]
