// Original file: sluice/storage/v1/storage.proto

import type { Long } from '@grpc/proto-loader';

export interface DownloadArtifactRequest {
  'tenant_id'?: (string);
  'id'?: (string);
  /**
   * A byte range: from offset, length bytes (0 = to the end).
   */
  'offset'?: (number | string | Long);
  'length'?: (number | string | Long);
}

export interface DownloadArtifactRequest__Output {
  'tenant_id': (string);
  'id': (string);
  /**
   * A byte range: from offset, length bytes (0 = to the end).
   */
  'offset': (string);
  'length': (string);
}
