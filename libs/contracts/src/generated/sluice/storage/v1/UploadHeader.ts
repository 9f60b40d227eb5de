// Original file: sluice/storage/v1/storage.proto

import type { Long } from '@grpc/proto-loader';

export interface UploadHeader {
  'tenant_id'?: (string);
  'key'?: (string);
  'content_type'?: (string);
  /**
   * When > 0 the upload fails unless exactly this many bytes arrive; lets the quota check
   * happen before the first chunk.
   */
  'size_bytes'?: (number | string | Long);
  /**
   * When set, the upload fails unless the content hashes to it.
   */
  'sha256'?: (string);
  'workflow_id'?: (string);
  'stage'?: (string);
  /**
   * A worker writing a stage output names its lease, so that a worker that lost its lease
   * cannot overwrite the new holder's output. "" for direct uploads.
   */
  'attempt_id'?: (string);
  'fence'?: (string);
  'metadata'?: ({[key: string]: string});
  /**
   * "" = the tenant's default lifecycle.
   */
  'expires_at'?: (string);
  /**
   * Replace an artifact with the same key; otherwise the key taken fails with ALREADY_EXISTS.
   */
  'overwrite'?: (boolean);
}

export interface UploadHeader__Output {
  'tenant_id': (string);
  'key': (string);
  'content_type': (string);
  /**
   * When > 0 the upload fails unless exactly this many bytes arrive; lets the quota check
   * happen before the first chunk.
   */
  'size_bytes': (string);
  /**
   * When set, the upload fails unless the content hashes to it.
   */
  'sha256': (string);
  'workflow_id': (string);
  'stage': (string);
  /**
   * A worker writing a stage output names its lease, so that a worker that lost its lease
   * cannot overwrite the new holder's output. "" for direct uploads.
   */
  'attempt_id': (string);
  'fence': (string);
  'metadata': ({[key: string]: string});
  /**
   * "" = the tenant's default lifecycle.
   */
  'expires_at': (string);
  /**
   * Replace an artifact with the same key; otherwise the key taken fails with ALREADY_EXISTS.
   */
  'overwrite': (boolean);
}
