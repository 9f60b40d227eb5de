// Original file: sluice/storage/v1/storage.proto


export interface SetArtifactLifecycleRequest {
  'tenant_id'?: (string);
  'id'?: (string);
  /**
   * "" = never expire.
   */
  'expires_at'?: (string);
  'archived'?: (boolean);
}

export interface SetArtifactLifecycleRequest__Output {
  'tenant_id': (string);
  'id': (string);
  /**
   * "" = never expire.
   */
  'expires_at': (string);
  'archived': (boolean);
}
