// Original file: sluice/quota/v1/quota.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AcquireGrantRequest as _sluice_quota_v1_AcquireGrantRequest, AcquireGrantRequest__Output as _sluice_quota_v1_AcquireGrantRequest__Output } from '../../../sluice/quota/v1/AcquireGrantRequest.ts';
import type { AcquireGrantResponse as _sluice_quota_v1_AcquireGrantResponse, AcquireGrantResponse__Output as _sluice_quota_v1_AcquireGrantResponse__Output } from '../../../sluice/quota/v1/AcquireGrantResponse.ts';
import type { AcquireGrantsRequest as _sluice_quota_v1_AcquireGrantsRequest, AcquireGrantsRequest__Output as _sluice_quota_v1_AcquireGrantsRequest__Output } from '../../../sluice/quota/v1/AcquireGrantsRequest.ts';
import type { AcquireGrantsResponse as _sluice_quota_v1_AcquireGrantsResponse, AcquireGrantsResponse__Output as _sluice_quota_v1_AcquireGrantsResponse__Output } from '../../../sluice/quota/v1/AcquireGrantsResponse.ts';
import type { CommitGrantRequest as _sluice_quota_v1_CommitGrantRequest, CommitGrantRequest__Output as _sluice_quota_v1_CommitGrantRequest__Output } from '../../../sluice/quota/v1/CommitGrantRequest.ts';
import type { DefineLimitRequest as _sluice_quota_v1_DefineLimitRequest, DefineLimitRequest__Output as _sluice_quota_v1_DefineLimitRequest__Output } from '../../../sluice/quota/v1/DefineLimitRequest.ts';
import type { DeleteLimitRequest as _sluice_quota_v1_DeleteLimitRequest, DeleteLimitRequest__Output as _sluice_quota_v1_DeleteLimitRequest__Output } from '../../../sluice/quota/v1/DeleteLimitRequest.ts';
import type { DeleteLimitResponse as _sluice_quota_v1_DeleteLimitResponse, DeleteLimitResponse__Output as _sluice_quota_v1_DeleteLimitResponse__Output } from '../../../sluice/quota/v1/DeleteLimitResponse.ts';
import type { DeleteResourceRequest as _sluice_quota_v1_DeleteResourceRequest, DeleteResourceRequest__Output as _sluice_quota_v1_DeleteResourceRequest__Output } from '../../../sluice/quota/v1/DeleteResourceRequest.ts';
import type { DeleteResourceResponse as _sluice_quota_v1_DeleteResourceResponse, DeleteResourceResponse__Output as _sluice_quota_v1_DeleteResourceResponse__Output } from '../../../sluice/quota/v1/DeleteResourceResponse.ts';
import type { GetGrantRequest as _sluice_quota_v1_GetGrantRequest, GetGrantRequest__Output as _sluice_quota_v1_GetGrantRequest__Output } from '../../../sluice/quota/v1/GetGrantRequest.ts';
import type { GetQuotaStatusRequest as _sluice_quota_v1_GetQuotaStatusRequest, GetQuotaStatusRequest__Output as _sluice_quota_v1_GetQuotaStatusRequest__Output } from '../../../sluice/quota/v1/GetQuotaStatusRequest.ts';
import type { GetQuotaStatusResponse as _sluice_quota_v1_GetQuotaStatusResponse, GetQuotaStatusResponse__Output as _sluice_quota_v1_GetQuotaStatusResponse__Output } from '../../../sluice/quota/v1/GetQuotaStatusResponse.ts';
import type { GetResetTimeRequest as _sluice_quota_v1_GetResetTimeRequest, GetResetTimeRequest__Output as _sluice_quota_v1_GetResetTimeRequest__Output } from '../../../sluice/quota/v1/GetResetTimeRequest.ts';
import type { GetResetTimeResponse as _sluice_quota_v1_GetResetTimeResponse, GetResetTimeResponse__Output as _sluice_quota_v1_GetResetTimeResponse__Output } from '../../../sluice/quota/v1/GetResetTimeResponse.ts';
import type { GetResourceRequest as _sluice_quota_v1_GetResourceRequest, GetResourceRequest__Output as _sluice_quota_v1_GetResourceRequest__Output } from '../../../sluice/quota/v1/GetResourceRequest.ts';
import type { GetUsageRequest as _sluice_quota_v1_GetUsageRequest, GetUsageRequest__Output as _sluice_quota_v1_GetUsageRequest__Output } from '../../../sluice/quota/v1/GetUsageRequest.ts';
import type { GetUsageResponse as _sluice_quota_v1_GetUsageResponse, GetUsageResponse__Output as _sluice_quota_v1_GetUsageResponse__Output } from '../../../sluice/quota/v1/GetUsageResponse.ts';
import type { Grant as _sluice_quota_v1_Grant, Grant__Output as _sluice_quota_v1_Grant__Output } from '../../../sluice/quota/v1/Grant.ts';
import type { Limit as _sluice_quota_v1_Limit, Limit__Output as _sluice_quota_v1_Limit__Output } from '../../../sluice/quota/v1/Limit.ts';
import type { ListLimitsRequest as _sluice_quota_v1_ListLimitsRequest, ListLimitsRequest__Output as _sluice_quota_v1_ListLimitsRequest__Output } from '../../../sluice/quota/v1/ListLimitsRequest.ts';
import type { ListLimitsResponse as _sluice_quota_v1_ListLimitsResponse, ListLimitsResponse__Output as _sluice_quota_v1_ListLimitsResponse__Output } from '../../../sluice/quota/v1/ListLimitsResponse.ts';
import type { ListResourcesRequest as _sluice_quota_v1_ListResourcesRequest, ListResourcesRequest__Output as _sluice_quota_v1_ListResourcesRequest__Output } from '../../../sluice/quota/v1/ListResourcesRequest.ts';
import type { ListResourcesResponse as _sluice_quota_v1_ListResourcesResponse, ListResourcesResponse__Output as _sluice_quota_v1_ListResourcesResponse__Output } from '../../../sluice/quota/v1/ListResourcesResponse.ts';
import type { PutResourceRequest as _sluice_quota_v1_PutResourceRequest, PutResourceRequest__Output as _sluice_quota_v1_PutResourceRequest__Output } from '../../../sluice/quota/v1/PutResourceRequest.ts';
import type { RefundGrantRequest as _sluice_quota_v1_RefundGrantRequest, RefundGrantRequest__Output as _sluice_quota_v1_RefundGrantRequest__Output } from '../../../sluice/quota/v1/RefundGrantRequest.ts';
import type { ReportUpstreamRequest as _sluice_quota_v1_ReportUpstreamRequest, ReportUpstreamRequest__Output as _sluice_quota_v1_ReportUpstreamRequest__Output } from '../../../sluice/quota/v1/ReportUpstreamRequest.ts';
import type { ReportUpstreamResponse as _sluice_quota_v1_ReportUpstreamResponse, ReportUpstreamResponse__Output as _sluice_quota_v1_ReportUpstreamResponse__Output } from '../../../sluice/quota/v1/ReportUpstreamResponse.ts';
import type { Resource as _sluice_quota_v1_Resource, Resource__Output as _sluice_quota_v1_Resource__Output } from '../../../sluice/quota/v1/Resource.ts';
import type { SettleGrantsRequest as _sluice_quota_v1_SettleGrantsRequest, SettleGrantsRequest__Output as _sluice_quota_v1_SettleGrantsRequest__Output } from '../../../sluice/quota/v1/SettleGrantsRequest.ts';
import type { SettleGrantsResponse as _sluice_quota_v1_SettleGrantsResponse, SettleGrantsResponse__Output as _sluice_quota_v1_SettleGrantsResponse__Output } from '../../../sluice/quota/v1/SettleGrantsResponse.ts';

export interface QuotaServiceClient extends grpc.Client {
  /**
   * Reserves all the amounts or none. A refusal is an answer, not an error: `granted` is
   * false and each refusing limit says when the amounts could fit. With max_wait_ms > 0 the
   * caller takes a future-dated grant instead (a place in line): granted, with not_before.
   * Amounts no limit could ever allow fail with INVALID_ARGUMENT; an unknown resource with
   * FAILED_PRECONDITION (field "resource").
   */
  AcquireGrant(argument: _sluice_quota_v1_AcquireGrantRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_AcquireGrantResponse__Output>): grpc.ClientUnaryCall;
  AcquireGrant(argument: _sluice_quota_v1_AcquireGrantRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_quota_v1_AcquireGrantResponse__Output>): grpc.ClientUnaryCall;
  AcquireGrant(argument: _sluice_quota_v1_AcquireGrantRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_AcquireGrantResponse__Output>): grpc.ClientUnaryCall;
  AcquireGrant(argument: _sluice_quota_v1_AcquireGrantRequest, callback: grpc.requestCallback<_sluice_quota_v1_AcquireGrantResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Reserves all the amounts or none. A refusal is an answer, not an error: `granted` is
   * false and each refusing limit says when the amounts could fit. With max_wait_ms > 0 the
   * caller takes a future-dated grant instead (a place in line): granted, with not_before.
   * Amounts no limit could ever allow fail with INVALID_ARGUMENT; an unknown resource with
   * FAILED_PRECONDITION (field "resource").
   */
  acquireGrant(argument: _sluice_quota_v1_AcquireGrantRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_AcquireGrantResponse__Output>): grpc.ClientUnaryCall;
  acquireGrant(argument: _sluice_quota_v1_AcquireGrantRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_quota_v1_AcquireGrantResponse__Output>): grpc.ClientUnaryCall;
  acquireGrant(argument: _sluice_quota_v1_AcquireGrantRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_AcquireGrantResponse__Output>): grpc.ClientUnaryCall;
  acquireGrant(argument: _sluice_quota_v1_AcquireGrantRequest, callback: grpc.requestCallback<_sluice_quota_v1_AcquireGrantResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Several AcquireGrant requests in one call (a worker's stage slots together, as the SDK
   * sends them); each item is decided and answered on its own, as AcquireGrant would.
   */
  AcquireGrants(argument: _sluice_quota_v1_AcquireGrantsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_AcquireGrantsResponse__Output>): grpc.ClientUnaryCall;
  AcquireGrants(argument: _sluice_quota_v1_AcquireGrantsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_quota_v1_AcquireGrantsResponse__Output>): grpc.ClientUnaryCall;
  AcquireGrants(argument: _sluice_quota_v1_AcquireGrantsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_AcquireGrantsResponse__Output>): grpc.ClientUnaryCall;
  AcquireGrants(argument: _sluice_quota_v1_AcquireGrantsRequest, callback: grpc.requestCallback<_sluice_quota_v1_AcquireGrantsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Several AcquireGrant requests in one call (a worker's stage slots together, as the SDK
   * sends them); each item is decided and answered on its own, as AcquireGrant would.
   */
  acquireGrants(argument: _sluice_quota_v1_AcquireGrantsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_AcquireGrantsResponse__Output>): grpc.ClientUnaryCall;
  acquireGrants(argument: _sluice_quota_v1_AcquireGrantsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_quota_v1_AcquireGrantsResponse__Output>): grpc.ClientUnaryCall;
  acquireGrants(argument: _sluice_quota_v1_AcquireGrantsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_AcquireGrantsResponse__Output>): grpc.ClientUnaryCall;
  acquireGrants(argument: _sluice_quota_v1_AcquireGrantsRequest, callback: grpc.requestCallback<_sluice_quota_v1_AcquireGrantsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Settles an ACTIVE grant with what was really used: unused units go back, units beyond
   * the grant are charged and recorded as overage. A settled grant: FAILED_PRECONDITION.
   */
  CommitGrant(argument: _sluice_quota_v1_CommitGrantRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_Grant__Output>): grpc.ClientUnaryCall;
  CommitGrant(argument: _sluice_quota_v1_CommitGrantRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_quota_v1_Grant__Output>): grpc.ClientUnaryCall;
  CommitGrant(argument: _sluice_quota_v1_CommitGrantRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_Grant__Output>): grpc.ClientUnaryCall;
  CommitGrant(argument: _sluice_quota_v1_CommitGrantRequest, callback: grpc.requestCallback<_sluice_quota_v1_Grant__Output>): grpc.ClientUnaryCall;
  /**
   * Settles an ACTIVE grant with what was really used: unused units go back, units beyond
   * the grant are charged and recorded as overage. A settled grant: FAILED_PRECONDITION.
   */
  commitGrant(argument: _sluice_quota_v1_CommitGrantRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_Grant__Output>): grpc.ClientUnaryCall;
  commitGrant(argument: _sluice_quota_v1_CommitGrantRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_quota_v1_Grant__Output>): grpc.ClientUnaryCall;
  commitGrant(argument: _sluice_quota_v1_CommitGrantRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_Grant__Output>): grpc.ClientUnaryCall;
  commitGrant(argument: _sluice_quota_v1_CommitGrantRequest, callback: grpc.requestCallback<_sluice_quota_v1_Grant__Output>): grpc.ClientUnaryCall;
  
  /**
   * Creates or replaces the limit with the same (resource, name, scope, tenant_id, subject).
   * The resource must exist (FAILED_PRECONDITION otherwise).
   */
  DefineLimit(argument: _sluice_quota_v1_DefineLimitRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_Limit__Output>): grpc.ClientUnaryCall;
  DefineLimit(argument: _sluice_quota_v1_DefineLimitRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_quota_v1_Limit__Output>): grpc.ClientUnaryCall;
  DefineLimit(argument: _sluice_quota_v1_DefineLimitRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_Limit__Output>): grpc.ClientUnaryCall;
  DefineLimit(argument: _sluice_quota_v1_DefineLimitRequest, callback: grpc.requestCallback<_sluice_quota_v1_Limit__Output>): grpc.ClientUnaryCall;
  /**
   * Creates or replaces the limit with the same (resource, name, scope, tenant_id, subject).
   * The resource must exist (FAILED_PRECONDITION otherwise).
   */
  defineLimit(argument: _sluice_quota_v1_DefineLimitRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_Limit__Output>): grpc.ClientUnaryCall;
  defineLimit(argument: _sluice_quota_v1_DefineLimitRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_quota_v1_Limit__Output>): grpc.ClientUnaryCall;
  defineLimit(argument: _sluice_quota_v1_DefineLimitRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_Limit__Output>): grpc.ClientUnaryCall;
  defineLimit(argument: _sluice_quota_v1_DefineLimitRequest, callback: grpc.requestCallback<_sluice_quota_v1_Limit__Output>): grpc.ClientUnaryCall;
  
  DeleteLimit(argument: _sluice_quota_v1_DeleteLimitRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_DeleteLimitResponse__Output>): grpc.ClientUnaryCall;
  DeleteLimit(argument: _sluice_quota_v1_DeleteLimitRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_quota_v1_DeleteLimitResponse__Output>): grpc.ClientUnaryCall;
  DeleteLimit(argument: _sluice_quota_v1_DeleteLimitRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_DeleteLimitResponse__Output>): grpc.ClientUnaryCall;
  DeleteLimit(argument: _sluice_quota_v1_DeleteLimitRequest, callback: grpc.requestCallback<_sluice_quota_v1_DeleteLimitResponse__Output>): grpc.ClientUnaryCall;
  deleteLimit(argument: _sluice_quota_v1_DeleteLimitRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_DeleteLimitResponse__Output>): grpc.ClientUnaryCall;
  deleteLimit(argument: _sluice_quota_v1_DeleteLimitRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_quota_v1_DeleteLimitResponse__Output>): grpc.ClientUnaryCall;
  deleteLimit(argument: _sluice_quota_v1_DeleteLimitRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_DeleteLimitResponse__Output>): grpc.ClientUnaryCall;
  deleteLimit(argument: _sluice_quota_v1_DeleteLimitRequest, callback: grpc.requestCallback<_sluice_quota_v1_DeleteLimitResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Deletes a resource with its limits; its grants and usage stay in the ledger.
   */
  DeleteResource(argument: _sluice_quota_v1_DeleteResourceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_DeleteResourceResponse__Output>): grpc.ClientUnaryCall;
  DeleteResource(argument: _sluice_quota_v1_DeleteResourceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_quota_v1_DeleteResourceResponse__Output>): grpc.ClientUnaryCall;
  DeleteResource(argument: _sluice_quota_v1_DeleteResourceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_DeleteResourceResponse__Output>): grpc.ClientUnaryCall;
  DeleteResource(argument: _sluice_quota_v1_DeleteResourceRequest, callback: grpc.requestCallback<_sluice_quota_v1_DeleteResourceResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Deletes a resource with its limits; its grants and usage stay in the ledger.
   */
  deleteResource(argument: _sluice_quota_v1_DeleteResourceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_DeleteResourceResponse__Output>): grpc.ClientUnaryCall;
  deleteResource(argument: _sluice_quota_v1_DeleteResourceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_quota_v1_DeleteResourceResponse__Output>): grpc.ClientUnaryCall;
  deleteResource(argument: _sluice_quota_v1_DeleteResourceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_DeleteResourceResponse__Output>): grpc.ClientUnaryCall;
  deleteResource(argument: _sluice_quota_v1_DeleteResourceRequest, callback: grpc.requestCallback<_sluice_quota_v1_DeleteResourceResponse__Output>): grpc.ClientUnaryCall;
  
  GetGrant(argument: _sluice_quota_v1_GetGrantRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_Grant__Output>): grpc.ClientUnaryCall;
  GetGrant(argument: _sluice_quota_v1_GetGrantRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_quota_v1_Grant__Output>): grpc.ClientUnaryCall;
  GetGrant(argument: _sluice_quota_v1_GetGrantRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_Grant__Output>): grpc.ClientUnaryCall;
  GetGrant(argument: _sluice_quota_v1_GetGrantRequest, callback: grpc.requestCallback<_sluice_quota_v1_Grant__Output>): grpc.ClientUnaryCall;
  getGrant(argument: _sluice_quota_v1_GetGrantRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_Grant__Output>): grpc.ClientUnaryCall;
  getGrant(argument: _sluice_quota_v1_GetGrantRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_quota_v1_Grant__Output>): grpc.ClientUnaryCall;
  getGrant(argument: _sluice_quota_v1_GetGrantRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_Grant__Output>): grpc.ClientUnaryCall;
  getGrant(argument: _sluice_quota_v1_GetGrantRequest, callback: grpc.requestCallback<_sluice_quota_v1_Grant__Output>): grpc.ClientUnaryCall;
  
  /**
   * Where each limit that applies to the tenant stands now: used, remaining, reset time.
   */
  GetQuotaStatus(argument: _sluice_quota_v1_GetQuotaStatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_GetQuotaStatusResponse__Output>): grpc.ClientUnaryCall;
  GetQuotaStatus(argument: _sluice_quota_v1_GetQuotaStatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_quota_v1_GetQuotaStatusResponse__Output>): grpc.ClientUnaryCall;
  GetQuotaStatus(argument: _sluice_quota_v1_GetQuotaStatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_GetQuotaStatusResponse__Output>): grpc.ClientUnaryCall;
  GetQuotaStatus(argument: _sluice_quota_v1_GetQuotaStatusRequest, callback: grpc.requestCallback<_sluice_quota_v1_GetQuotaStatusResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Where each limit that applies to the tenant stands now: used, remaining, reset time.
   */
  getQuotaStatus(argument: _sluice_quota_v1_GetQuotaStatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_GetQuotaStatusResponse__Output>): grpc.ClientUnaryCall;
  getQuotaStatus(argument: _sluice_quota_v1_GetQuotaStatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_quota_v1_GetQuotaStatusResponse__Output>): grpc.ClientUnaryCall;
  getQuotaStatus(argument: _sluice_quota_v1_GetQuotaStatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_GetQuotaStatusResponse__Output>): grpc.ClientUnaryCall;
  getQuotaStatus(argument: _sluice_quota_v1_GetQuotaStatusRequest, callback: grpc.requestCallback<_sluice_quota_v1_GetQuotaStatusResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * When the amounts would fit, without reserving anything.
   */
  GetResetTime(argument: _sluice_quota_v1_GetResetTimeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_GetResetTimeResponse__Output>): grpc.ClientUnaryCall;
  GetResetTime(argument: _sluice_quota_v1_GetResetTimeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_quota_v1_GetResetTimeResponse__Output>): grpc.ClientUnaryCall;
  GetResetTime(argument: _sluice_quota_v1_GetResetTimeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_GetResetTimeResponse__Output>): grpc.ClientUnaryCall;
  GetResetTime(argument: _sluice_quota_v1_GetResetTimeRequest, callback: grpc.requestCallback<_sluice_quota_v1_GetResetTimeResponse__Output>): grpc.ClientUnaryCall;
  /**
   * When the amounts would fit, without reserving anything.
   */
  getResetTime(argument: _sluice_quota_v1_GetResetTimeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_GetResetTimeResponse__Output>): grpc.ClientUnaryCall;
  getResetTime(argument: _sluice_quota_v1_GetResetTimeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_quota_v1_GetResetTimeResponse__Output>): grpc.ClientUnaryCall;
  getResetTime(argument: _sluice_quota_v1_GetResetTimeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_GetResetTimeResponse__Output>): grpc.ClientUnaryCall;
  getResetTime(argument: _sluice_quota_v1_GetResetTimeRequest, callback: grpc.requestCallback<_sluice_quota_v1_GetResetTimeResponse__Output>): grpc.ClientUnaryCall;
  
  GetResource(argument: _sluice_quota_v1_GetResourceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_Resource__Output>): grpc.ClientUnaryCall;
  GetResource(argument: _sluice_quota_v1_GetResourceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_quota_v1_Resource__Output>): grpc.ClientUnaryCall;
  GetResource(argument: _sluice_quota_v1_GetResourceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_Resource__Output>): grpc.ClientUnaryCall;
  GetResource(argument: _sluice_quota_v1_GetResourceRequest, callback: grpc.requestCallback<_sluice_quota_v1_Resource__Output>): grpc.ClientUnaryCall;
  getResource(argument: _sluice_quota_v1_GetResourceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_Resource__Output>): grpc.ClientUnaryCall;
  getResource(argument: _sluice_quota_v1_GetResourceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_quota_v1_Resource__Output>): grpc.ClientUnaryCall;
  getResource(argument: _sluice_quota_v1_GetResourceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_Resource__Output>): grpc.ClientUnaryCall;
  getResource(argument: _sluice_quota_v1_GetResourceRequest, callback: grpc.requestCallback<_sluice_quota_v1_Resource__Output>): grpc.ClientUnaryCall;
  
  /**
   * Settled usage and cost from the ledger over a range, in time buckets, grouped.
   */
  GetUsage(argument: _sluice_quota_v1_GetUsageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_GetUsageResponse__Output>): grpc.ClientUnaryCall;
  GetUsage(argument: _sluice_quota_v1_GetUsageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_quota_v1_GetUsageResponse__Output>): grpc.ClientUnaryCall;
  GetUsage(argument: _sluice_quota_v1_GetUsageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_GetUsageResponse__Output>): grpc.ClientUnaryCall;
  GetUsage(argument: _sluice_quota_v1_GetUsageRequest, callback: grpc.requestCallback<_sluice_quota_v1_GetUsageResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Settled usage and cost from the ledger over a range, in time buckets, grouped.
   */
  getUsage(argument: _sluice_quota_v1_GetUsageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_GetUsageResponse__Output>): grpc.ClientUnaryCall;
  getUsage(argument: _sluice_quota_v1_GetUsageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_quota_v1_GetUsageResponse__Output>): grpc.ClientUnaryCall;
  getUsage(argument: _sluice_quota_v1_GetUsageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_GetUsageResponse__Output>): grpc.ClientUnaryCall;
  getUsage(argument: _sluice_quota_v1_GetUsageRequest, callback: grpc.requestCallback<_sluice_quota_v1_GetUsageResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * The limits on a resource, or all; never another tenant's own limits.
   */
  ListLimits(argument: _sluice_quota_v1_ListLimitsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_ListLimitsResponse__Output>): grpc.ClientUnaryCall;
  ListLimits(argument: _sluice_quota_v1_ListLimitsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_quota_v1_ListLimitsResponse__Output>): grpc.ClientUnaryCall;
  ListLimits(argument: _sluice_quota_v1_ListLimitsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_ListLimitsResponse__Output>): grpc.ClientUnaryCall;
  ListLimits(argument: _sluice_quota_v1_ListLimitsRequest, callback: grpc.requestCallback<_sluice_quota_v1_ListLimitsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * The limits on a resource, or all; never another tenant's own limits.
   */
  listLimits(argument: _sluice_quota_v1_ListLimitsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_ListLimitsResponse__Output>): grpc.ClientUnaryCall;
  listLimits(argument: _sluice_quota_v1_ListLimitsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_quota_v1_ListLimitsResponse__Output>): grpc.ClientUnaryCall;
  listLimits(argument: _sluice_quota_v1_ListLimitsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_ListLimitsResponse__Output>): grpc.ClientUnaryCall;
  listLimits(argument: _sluice_quota_v1_ListLimitsRequest, callback: grpc.requestCallback<_sluice_quota_v1_ListLimitsResponse__Output>): grpc.ClientUnaryCall;
  
  ListResources(argument: _sluice_quota_v1_ListResourcesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_ListResourcesResponse__Output>): grpc.ClientUnaryCall;
  ListResources(argument: _sluice_quota_v1_ListResourcesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_quota_v1_ListResourcesResponse__Output>): grpc.ClientUnaryCall;
  ListResources(argument: _sluice_quota_v1_ListResourcesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_ListResourcesResponse__Output>): grpc.ClientUnaryCall;
  ListResources(argument: _sluice_quota_v1_ListResourcesRequest, callback: grpc.requestCallback<_sluice_quota_v1_ListResourcesResponse__Output>): grpc.ClientUnaryCall;
  listResources(argument: _sluice_quota_v1_ListResourcesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_ListResourcesResponse__Output>): grpc.ClientUnaryCall;
  listResources(argument: _sluice_quota_v1_ListResourcesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_quota_v1_ListResourcesResponse__Output>): grpc.ClientUnaryCall;
  listResources(argument: _sluice_quota_v1_ListResourcesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_ListResourcesResponse__Output>): grpc.ClientUnaryCall;
  listResources(argument: _sluice_quota_v1_ListResourcesRequest, callback: grpc.requestCallback<_sluice_quota_v1_ListResourcesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Creates or replaces a resource (its description and price table).
   */
  PutResource(argument: _sluice_quota_v1_PutResourceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_Resource__Output>): grpc.ClientUnaryCall;
  PutResource(argument: _sluice_quota_v1_PutResourceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_quota_v1_Resource__Output>): grpc.ClientUnaryCall;
  PutResource(argument: _sluice_quota_v1_PutResourceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_Resource__Output>): grpc.ClientUnaryCall;
  PutResource(argument: _sluice_quota_v1_PutResourceRequest, callback: grpc.requestCallback<_sluice_quota_v1_Resource__Output>): grpc.ClientUnaryCall;
  /**
   * Creates or replaces a resource (its description and price table).
   */
  putResource(argument: _sluice_quota_v1_PutResourceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_Resource__Output>): grpc.ClientUnaryCall;
  putResource(argument: _sluice_quota_v1_PutResourceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_quota_v1_Resource__Output>): grpc.ClientUnaryCall;
  putResource(argument: _sluice_quota_v1_PutResourceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_Resource__Output>): grpc.ClientUnaryCall;
  putResource(argument: _sluice_quota_v1_PutResourceRequest, callback: grpc.requestCallback<_sluice_quota_v1_Resource__Output>): grpc.ClientUnaryCall;
  
  /**
   * Returns all the grant's units (the work did not happen).
   */
  RefundGrant(argument: _sluice_quota_v1_RefundGrantRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_Grant__Output>): grpc.ClientUnaryCall;
  RefundGrant(argument: _sluice_quota_v1_RefundGrantRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_quota_v1_Grant__Output>): grpc.ClientUnaryCall;
  RefundGrant(argument: _sluice_quota_v1_RefundGrantRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_Grant__Output>): grpc.ClientUnaryCall;
  RefundGrant(argument: _sluice_quota_v1_RefundGrantRequest, callback: grpc.requestCallback<_sluice_quota_v1_Grant__Output>): grpc.ClientUnaryCall;
  /**
   * Returns all the grant's units (the work did not happen).
   */
  refundGrant(argument: _sluice_quota_v1_RefundGrantRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_Grant__Output>): grpc.ClientUnaryCall;
  refundGrant(argument: _sluice_quota_v1_RefundGrantRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_quota_v1_Grant__Output>): grpc.ClientUnaryCall;
  refundGrant(argument: _sluice_quota_v1_RefundGrantRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_Grant__Output>): grpc.ClientUnaryCall;
  refundGrant(argument: _sluice_quota_v1_RefundGrantRequest, callback: grpc.requestCallback<_sluice_quota_v1_Grant__Output>): grpc.ClientUnaryCall;
  
  /**
   * What the upstream said (status, Retry-After, x-ratelimit-* headers): tightens the
   * effective limits for a while, never above the configured ones.
   */
  ReportUpstream(argument: _sluice_quota_v1_ReportUpstreamRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_ReportUpstreamResponse__Output>): grpc.ClientUnaryCall;
  ReportUpstream(argument: _sluice_quota_v1_ReportUpstreamRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_quota_v1_ReportUpstreamResponse__Output>): grpc.ClientUnaryCall;
  ReportUpstream(argument: _sluice_quota_v1_ReportUpstreamRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_ReportUpstreamResponse__Output>): grpc.ClientUnaryCall;
  ReportUpstream(argument: _sluice_quota_v1_ReportUpstreamRequest, callback: grpc.requestCallback<_sluice_quota_v1_ReportUpstreamResponse__Output>): grpc.ClientUnaryCall;
  /**
   * What the upstream said (status, Retry-After, x-ratelimit-* headers): tightens the
   * effective limits for a while, never above the configured ones.
   */
  reportUpstream(argument: _sluice_quota_v1_ReportUpstreamRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_ReportUpstreamResponse__Output>): grpc.ClientUnaryCall;
  reportUpstream(argument: _sluice_quota_v1_ReportUpstreamRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_quota_v1_ReportUpstreamResponse__Output>): grpc.ClientUnaryCall;
  reportUpstream(argument: _sluice_quota_v1_ReportUpstreamRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_ReportUpstreamResponse__Output>): grpc.ClientUnaryCall;
  reportUpstream(argument: _sluice_quota_v1_ReportUpstreamRequest, callback: grpc.requestCallback<_sluice_quota_v1_ReportUpstreamResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Several commits and refunds in one call; each item is answered on its own.
   */
  SettleGrants(argument: _sluice_quota_v1_SettleGrantsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_SettleGrantsResponse__Output>): grpc.ClientUnaryCall;
  SettleGrants(argument: _sluice_quota_v1_SettleGrantsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_quota_v1_SettleGrantsResponse__Output>): grpc.ClientUnaryCall;
  SettleGrants(argument: _sluice_quota_v1_SettleGrantsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_SettleGrantsResponse__Output>): grpc.ClientUnaryCall;
  SettleGrants(argument: _sluice_quota_v1_SettleGrantsRequest, callback: grpc.requestCallback<_sluice_quota_v1_SettleGrantsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Several commits and refunds in one call; each item is answered on its own.
   */
  settleGrants(argument: _sluice_quota_v1_SettleGrantsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_SettleGrantsResponse__Output>): grpc.ClientUnaryCall;
  settleGrants(argument: _sluice_quota_v1_SettleGrantsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_quota_v1_SettleGrantsResponse__Output>): grpc.ClientUnaryCall;
  settleGrants(argument: _sluice_quota_v1_SettleGrantsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_quota_v1_SettleGrantsResponse__Output>): grpc.ClientUnaryCall;
  settleGrants(argument: _sluice_quota_v1_SettleGrantsRequest, callback: grpc.requestCallback<_sluice_quota_v1_SettleGrantsResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface QuotaServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Reserves all the amounts or none. A refusal is an answer, not an error: `granted` is
   * false and each refusing limit says when the amounts could fit. With max_wait_ms > 0 the
   * caller takes a future-dated grant instead (a place in line): granted, with not_before.
   * Amounts no limit could ever allow fail with INVALID_ARGUMENT; an unknown resource with
   * FAILED_PRECONDITION (field "resource").
   */
  AcquireGrant: grpc.handleUnaryCall<_sluice_quota_v1_AcquireGrantRequest__Output, _sluice_quota_v1_AcquireGrantResponse>;
  
  /**
   * Several AcquireGrant requests in one call (a worker's stage slots together, as the SDK
   * sends them); each item is decided and answered on its own, as AcquireGrant would.
   */
  AcquireGrants: grpc.handleUnaryCall<_sluice_quota_v1_AcquireGrantsRequest__Output, _sluice_quota_v1_AcquireGrantsResponse>;
  
  /**
   * Settles an ACTIVE grant with what was really used: unused units go back, units beyond
   * the grant are charged and recorded as overage. A settled grant: FAILED_PRECONDITION.
   */
  CommitGrant: grpc.handleUnaryCall<_sluice_quota_v1_CommitGrantRequest__Output, _sluice_quota_v1_Grant>;
  
  /**
   * Creates or replaces the limit with the same (resource, name, scope, tenant_id, subject).
   * The resource must exist (FAILED_PRECONDITION otherwise).
   */
  DefineLimit: grpc.handleUnaryCall<_sluice_quota_v1_DefineLimitRequest__Output, _sluice_quota_v1_Limit>;
  
  DeleteLimit: grpc.handleUnaryCall<_sluice_quota_v1_DeleteLimitRequest__Output, _sluice_quota_v1_DeleteLimitResponse>;
  
  /**
   * Deletes a resource with its limits; its grants and usage stay in the ledger.
   */
  DeleteResource: grpc.handleUnaryCall<_sluice_quota_v1_DeleteResourceRequest__Output, _sluice_quota_v1_DeleteResourceResponse>;
  
  GetGrant: grpc.handleUnaryCall<_sluice_quota_v1_GetGrantRequest__Output, _sluice_quota_v1_Grant>;
  
  /**
   * Where each limit that applies to the tenant stands now: used, remaining, reset time.
   */
  GetQuotaStatus: grpc.handleUnaryCall<_sluice_quota_v1_GetQuotaStatusRequest__Output, _sluice_quota_v1_GetQuotaStatusResponse>;
  
  /**
   * When the amounts would fit, without reserving anything.
   */
  GetResetTime: grpc.handleUnaryCall<_sluice_quota_v1_GetResetTimeRequest__Output, _sluice_quota_v1_GetResetTimeResponse>;
  
  GetResource: grpc.handleUnaryCall<_sluice_quota_v1_GetResourceRequest__Output, _sluice_quota_v1_Resource>;
  
  /**
   * Settled usage and cost from the ledger over a range, in time buckets, grouped.
   */
  GetUsage: grpc.handleUnaryCall<_sluice_quota_v1_GetUsageRequest__Output, _sluice_quota_v1_GetUsageResponse>;
  
  /**
   * The limits on a resource, or all; never another tenant's own limits.
   */
  ListLimits: grpc.handleUnaryCall<_sluice_quota_v1_ListLimitsRequest__Output, _sluice_quota_v1_ListLimitsResponse>;
  
  ListResources: grpc.handleUnaryCall<_sluice_quota_v1_ListResourcesRequest__Output, _sluice_quota_v1_ListResourcesResponse>;
  
  /**
   * Creates or replaces a resource (its description and price table).
   */
  PutResource: grpc.handleUnaryCall<_sluice_quota_v1_PutResourceRequest__Output, _sluice_quota_v1_Resource>;
  
  /**
   * Returns all the grant's units (the work did not happen).
   */
  RefundGrant: grpc.handleUnaryCall<_sluice_quota_v1_RefundGrantRequest__Output, _sluice_quota_v1_Grant>;
  
  /**
   * What the upstream said (status, Retry-After, x-ratelimit-* headers): tightens the
   * effective limits for a while, never above the configured ones.
   */
  ReportUpstream: grpc.handleUnaryCall<_sluice_quota_v1_ReportUpstreamRequest__Output, _sluice_quota_v1_ReportUpstreamResponse>;
  
  /**
   * Several commits and refunds in one call; each item is answered on its own.
   */
  SettleGrants: grpc.handleUnaryCall<_sluice_quota_v1_SettleGrantsRequest__Output, _sluice_quota_v1_SettleGrantsResponse>;
  
}

export interface QuotaServiceDefinition extends grpc.ServiceDefinition {
  AcquireGrant: MethodDefinition<_sluice_quota_v1_AcquireGrantRequest, _sluice_quota_v1_AcquireGrantResponse, _sluice_quota_v1_AcquireGrantRequest__Output, _sluice_quota_v1_AcquireGrantResponse__Output>
  AcquireGrants: MethodDefinition<_sluice_quota_v1_AcquireGrantsRequest, _sluice_quota_v1_AcquireGrantsResponse, _sluice_quota_v1_AcquireGrantsRequest__Output, _sluice_quota_v1_AcquireGrantsResponse__Output>
  CommitGrant: MethodDefinition<_sluice_quota_v1_CommitGrantRequest, _sluice_quota_v1_Grant, _sluice_quota_v1_CommitGrantRequest__Output, _sluice_quota_v1_Grant__Output>
  DefineLimit: MethodDefinition<_sluice_quota_v1_DefineLimitRequest, _sluice_quota_v1_Limit, _sluice_quota_v1_DefineLimitRequest__Output, _sluice_quota_v1_Limit__Output>
  DeleteLimit: MethodDefinition<_sluice_quota_v1_DeleteLimitRequest, _sluice_quota_v1_DeleteLimitResponse, _sluice_quota_v1_DeleteLimitRequest__Output, _sluice_quota_v1_DeleteLimitResponse__Output>
  DeleteResource: MethodDefinition<_sluice_quota_v1_DeleteResourceRequest, _sluice_quota_v1_DeleteResourceResponse, _sluice_quota_v1_DeleteResourceRequest__Output, _sluice_quota_v1_DeleteResourceResponse__Output>
  GetGrant: MethodDefinition<_sluice_quota_v1_GetGrantRequest, _sluice_quota_v1_Grant, _sluice_quota_v1_GetGrantRequest__Output, _sluice_quota_v1_Grant__Output>
  GetQuotaStatus: MethodDefinition<_sluice_quota_v1_GetQuotaStatusRequest, _sluice_quota_v1_GetQuotaStatusResponse, _sluice_quota_v1_GetQuotaStatusRequest__Output, _sluice_quota_v1_GetQuotaStatusResponse__Output>
  GetResetTime: MethodDefinition<_sluice_quota_v1_GetResetTimeRequest, _sluice_quota_v1_GetResetTimeResponse, _sluice_quota_v1_GetResetTimeRequest__Output, _sluice_quota_v1_GetResetTimeResponse__Output>
  GetResource: MethodDefinition<_sluice_quota_v1_GetResourceRequest, _sluice_quota_v1_Resource, _sluice_quota_v1_GetResourceRequest__Output, _sluice_quota_v1_Resource__Output>
  GetUsage: MethodDefinition<_sluice_quota_v1_GetUsageRequest, _sluice_quota_v1_GetUsageResponse, _sluice_quota_v1_GetUsageRequest__Output, _sluice_quota_v1_GetUsageResponse__Output>
  ListLimits: MethodDefinition<_sluice_quota_v1_ListLimitsRequest, _sluice_quota_v1_ListLimitsResponse, _sluice_quota_v1_ListLimitsRequest__Output, _sluice_quota_v1_ListLimitsResponse__Output>
  ListResources: MethodDefinition<_sluice_quota_v1_ListResourcesRequest, _sluice_quota_v1_ListResourcesResponse, _sluice_quota_v1_ListResourcesRequest__Output, _sluice_quota_v1_ListResourcesResponse__Output>
  PutResource: MethodDefinition<_sluice_quota_v1_PutResourceRequest, _sluice_quota_v1_Resource, _sluice_quota_v1_PutResourceRequest__Output, _sluice_quota_v1_Resource__Output>
  RefundGrant: MethodDefinition<_sluice_quota_v1_RefundGrantRequest, _sluice_quota_v1_Grant, _sluice_quota_v1_RefundGrantRequest__Output, _sluice_quota_v1_Grant__Output>
  ReportUpstream: MethodDefinition<_sluice_quota_v1_ReportUpstreamRequest, _sluice_quota_v1_ReportUpstreamResponse, _sluice_quota_v1_ReportUpstreamRequest__Output, _sluice_quota_v1_ReportUpstreamResponse__Output>
  SettleGrants: MethodDefinition<_sluice_quota_v1_SettleGrantsRequest, _sluice_quota_v1_SettleGrantsResponse, _sluice_quota_v1_SettleGrantsRequest__Output, _sluice_quota_v1_SettleGrantsResponse__Output>
}
