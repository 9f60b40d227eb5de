// Original file: sluice/storage/v1/storage.proto

import type { Long } from '@grpc/proto-loader';

export interface SetStorageQuotaRequest {
  'tenant_id'?: (string);
  'limit_bytes'?: (number | string | Long);
  'max_artifact_bytes'?: (number | string | Long);
  'allowed_content_types'?: (string)[];
  'default_ttl_ms'?: (number | string | Long);
}

export interface SetStorageQuotaRequest__Output {
  'tenant_id': (string);
  'limit_bytes': (string);
  'max_artifact_bytes': (string);
  'allowed_content_types': (string)[];
  'default_ttl_ms': (string);
}
