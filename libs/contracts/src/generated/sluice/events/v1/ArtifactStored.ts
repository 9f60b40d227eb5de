// Original file: sluice/events/v1/events.proto

import type { Long } from '@grpc/proto-loader';

/**
 * type "sluice.storage.artifact_stored"
 */
export interface ArtifactStored {
  'artifact_id'?: (string);
  'tenant_id'?: (string);
  'key'?: (string);
  'content_type'?: (string);
  'size_bytes'?: (number | string | Long);
  'sha256'?: (string);
  'workflow_id'?: (string);
  'stage'?: (string);
  /**
   * The tenant's storage use after this artifact.
   */
  'tenant_used_bytes'?: (number | string | Long);
  'at'?: (string);
}

/**
 * type "sluice.storage.artifact_stored"
 */
export interface ArtifactStored__Output {
  'artifact_id': (string);
  'tenant_id': (string);
  'key': (string);
  'content_type': (string);
  'size_bytes': (string);
  'sha256': (string);
  'workflow_id': (string);
  'stage': (string);
  /**
   * The tenant's storage use after this artifact.
   */
  'tenant_used_bytes': (string);
  'at': (string);
}
