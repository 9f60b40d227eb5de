// Original file: sluice/storage/v1/storage.proto

import type { UploadHeader as _sluice_storage_v1_UploadHeader, UploadHeader__Output as _sluice_storage_v1_UploadHeader__Output } from '../../../sluice/storage/v1/UploadHeader.ts';

export interface UploadArtifactRequest {
  'header'?: (_sluice_storage_v1_UploadHeader | null);
  'chunk'?: (Buffer | Uint8Array | string);
  'part'?: "header"|"chunk";
}

export interface UploadArtifactRequest__Output {
  'header'?: (_sluice_storage_v1_UploadHeader__Output | null);
  'chunk'?: (Buffer);
  'part'?: "header"|"chunk";
}
