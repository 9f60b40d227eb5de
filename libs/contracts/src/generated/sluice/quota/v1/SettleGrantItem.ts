// Original file: sluice/quota/v1/quota.proto

import type { CommitGrantRequest as _sluice_quota_v1_CommitGrantRequest, CommitGrantRequest__Output as _sluice_quota_v1_CommitGrantRequest__Output } from '../../../sluice/quota/v1/CommitGrantRequest.ts';
import type { RefundGrantRequest as _sluice_quota_v1_RefundGrantRequest, RefundGrantRequest__Output as _sluice_quota_v1_RefundGrantRequest__Output } from '../../../sluice/quota/v1/RefundGrantRequest.ts';

export interface SettleGrantItem {
  'commit'?: (_sluice_quota_v1_CommitGrantRequest | null);
  'refund'?: (_sluice_quota_v1_RefundGrantRequest | null);
  'settle'?: "commit"|"refund";
}

export interface SettleGrantItem__Output {
  'commit'?: (_sluice_quota_v1_CommitGrantRequest__Output | null);
  'refund'?: (_sluice_quota_v1_RefundGrantRequest__Output | null);
  'settle'?: "commit"|"refund";
}
