// Original file: sluice/storage/v1/storage.proto


export interface StatArtifactRequest {
  'tenant_id'?: (string);
  'id'?: (string);
}

export interface StatArtifactRequest__Output {
  'tenant_id': (string);
  'id': (string);
}
