// Original file: sluice/workflow/v1/workflow.proto


export interface ReportProgressResponse {
  /**
   * Reporting progress also extends the lease.
   */
  'lease_expires_at'?: (string);
  'cancel_requested'?: (boolean);
}

export interface ReportProgressResponse__Output {
  /**
   * Reporting progress also extends the lease.
   */
  'lease_expires_at': (string);
  'cancel_requested': (boolean);
}
