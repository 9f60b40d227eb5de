// Original file: sluice/monitoring/v1/monitoring.proto


export interface AcknowledgeAlertRequest {
  'tenant_id'?: (string);
  'id'?: (string);
  'actor'?: (string);
  'note'?: (string);
}

export interface AcknowledgeAlertRequest__Output {
  'tenant_id': (string);
  'id': (string);
  'actor': (string);
  'note': (string);
}
