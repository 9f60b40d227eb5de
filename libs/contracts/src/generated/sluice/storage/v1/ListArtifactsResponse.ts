// Original file: sluice/storage/v1/storage.proto

import type { Artifact as _sluice_storage_v1_Artifact, Artifact__Output as _sluice_storage_v1_Artifact__Output } from '../../../sluice/storage/v1/Artifact.ts';

export interface ListArtifactsResponse {
  'artifacts'?: (_sluice_storage_v1_Artifact)[];
  'next_cursor'?: (string);
}

export interface ListArtifactsResponse__Output {
  'artifacts': (_sluice_storage_v1_Artifact__Output)[];
  'next_cursor': (string);
}
