// Original file: sluice/storage/v1/storage.proto


export interface GetStorageQuotaRequest {
  'tenant_id'?: (string);
}

export interface GetStorageQuotaRequest__Output {
  'tenant_id': (string);
}
