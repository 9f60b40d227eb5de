// Original file: sluice/storage/v1/storage.proto

import type { Long } from '@grpc/proto-loader';

export interface DeleteArtifactResponse {
  /**
   * The bytes given back to the tenant's quota.
   */
  'freed_bytes'?: (number | string | Long);
}

export interface DeleteArtifactResponse__Output {
  /**
   * The bytes given back to the tenant's quota.
   */
  'freed_bytes': (string);
}
