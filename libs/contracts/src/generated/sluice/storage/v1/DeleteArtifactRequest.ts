// Original file: sluice/storage/v1/storage.proto


export interface DeleteArtifactRequest {
  'tenant_id'?: (string);
  'id'?: (string);
}

export interface DeleteArtifactRequest__Output {
  'tenant_id': (string);
  'id': (string);
}
