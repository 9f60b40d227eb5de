// Original file: sluice/storage/v1/storage.proto

export const ArtifactState = {
  ARTIFACT_STATE_UNSPECIFIED: 'ARTIFACT_STATE_UNSPECIFIED',
  /**
   * Readable.
   */
  ARTIFACT_STATE_AVAILABLE: 'ARTIFACT_STATE_AVAILABLE',
  /**
   * Moved to colder storage; still readable, more slowly.
   */
  ARTIFACT_STATE_ARCHIVED: 'ARTIFACT_STATE_ARCHIVED',
  /**
   * Past expires_at; the content is gone or about to be.
   */
  ARTIFACT_STATE_EXPIRED: 'ARTIFACT_STATE_EXPIRED',
} as const;

export type ArtifactState =
  | 'ARTIFACT_STATE_UNSPECIFIED'
  | 0
  /**
   * Readable.
   */
  | 'ARTIFACT_STATE_AVAILABLE'
  | 1
  /**
   * Moved to colder storage; still readable, more slowly.
   */
  | 'ARTIFACT_STATE_ARCHIVED'
  | 2
  /**
   * Past expires_at; the content is gone or about to be.
   */
  | 'ARTIFACT_STATE_EXPIRED'
  | 3

export type ArtifactState__Output = typeof ArtifactState[keyof typeof ArtifactState]
