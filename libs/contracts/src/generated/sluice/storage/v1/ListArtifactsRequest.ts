// Original file: sluice/storage/v1/storage.proto


export interface ListArtifactsRequest {
  'tenant_id'?: (string);
  /**
   * Keys starting with this; "" = all.
   */
  'key_prefix'?: (string);
  /**
   * "" = any workflow.
   */
  'workflow_id'?: (string);
  'include_expired'?: (boolean);
  'page_size'?: (number);
  'cursor'?: (string);
}

export interface ListArtifactsRequest__Output {
  'tenant_id': (string);
  /**
   * Keys starting with this; "" = all.
   */
  'key_prefix': (string);
  /**
   * "" = any workflow.
   */
  'workflow_id': (string);
  'include_expired': (boolean);
  'page_size': (number);
  'cursor': (string);
}
