// Original file: sluice/storage/v1/storage.proto

import type { ArtifactState as _sluice_storage_v1_ArtifactState, ArtifactState__Output as _sluice_storage_v1_ArtifactState__Output } from '../../../sluice/storage/v1/ArtifactState.ts';
import type { Long } from '@grpc/proto-loader';

export interface Artifact {
  'id'?: (string);
  'tenant_id'?: (string);
  /**
   * A path-like name chosen by the uploader ("invoices/2025/01/a.pdf"); unique per tenant.
   */
  'key'?: (string);
  'content_type'?: (string);
  'size_bytes'?: (number | string | Long);
  /**
   * Hex SHA-256 of the content.
   */
  'sha256'?: (string);
  'state'?: (_sluice_storage_v1_ArtifactState);
  /**
   * The workflow and stage that produced it; "" for direct uploads.
   */
  'workflow_id'?: (string);
  'stage'?: (string);
  'metadata'?: ({[key: string]: string});
  'created_at'?: (string);
  /**
   * "" = never.
   */
  'expires_at'?: (string);
}

export interface Artifact__Output {
  'id': (string);
  'tenant_id': (string);
  /**
   * A path-like name chosen by the uploader ("invoices/2025/01/a.pdf"); unique per tenant.
   */
  'key': (string);
  'content_type': (string);
  'size_bytes': (string);
  /**
   * Hex SHA-256 of the content.
   */
  'sha256': (string);
  'state': (_sluice_storage_v1_ArtifactState__Output);
  /**
   * The workflow and stage that produced it; "" for direct uploads.
   */
  'workflow_id': (string);
  'stage': (string);
  'metadata': ({[key: string]: string});
  'created_at': (string);
  /**
   * "" = never.
   */
  'expires_at': (string);
}
