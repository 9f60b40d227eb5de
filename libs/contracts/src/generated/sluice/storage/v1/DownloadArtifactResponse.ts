// Original file: sluice/storage/v1/storage.proto

import type { Artifact as _sluice_storage_v1_Artifact, Artifact__Output as _sluice_storage_v1_Artifact__Output } from '../../../sluice/storage/v1/Artifact.ts';

export interface DownloadArtifactResponse {
  'artifact'?: (_sluice_storage_v1_Artifact | null);
  'chunk'?: (Buffer | Uint8Array | string);
  'part'?: "artifact"|"chunk";
}

export interface DownloadArtifactResponse__Output {
  'artifact'?: (_sluice_storage_v1_Artifact__Output | null);
  'chunk'?: (Buffer);
  'part'?: "artifact"|"chunk";
}
