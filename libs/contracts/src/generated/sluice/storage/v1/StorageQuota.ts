// Original file: sluice/storage/v1/storage.proto

import type { Long } from '@grpc/proto-loader';

export interface StorageQuota {
  'tenant_id'?: (string);
  'used_bytes'?: (number | string | Long);
  /**
   * 0 = unlimited.
   */
  'limit_bytes'?: (number | string | Long);
  'artifact_count'?: (number | string | Long);
  /**
   * The largest single artifact; 0 = the server's limit.
   */
  'max_artifact_bytes'?: (number | string | Long);
  /**
   * Media types an upload may declare ("image/*" allowed); empty = the server's list.
   */
  'allowed_content_types'?: (string)[];
  /**
   * How long artifacts live when the upload names no expiry; 0 = forever.
   */
  'default_ttl_ms'?: (number | string | Long);
}

export interface StorageQuota__Output {
  'tenant_id': (string);
  'used_bytes': (string);
  /**
   * 0 = unlimited.
   */
  'limit_bytes': (string);
  'artifact_count': (string);
  /**
   * The largest single artifact; 0 = the server's limit.
   */
  'max_artifact_bytes': (string);
  /**
   * Media types an upload may declare ("image/*" allowed); empty = the server's list.
   */
  'allowed_content_types': (string)[];
  /**
   * How long artifacts live when the upload names no expiry; 0 = forever.
   */
  'default_ttl_ms': (string);
}
