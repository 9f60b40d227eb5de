import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { AcquireGrantRequest as _sluice_quota_v1_AcquireGrantRequest, AcquireGrantRequest__Output as _sluice_quota_v1_AcquireGrantRequest__Output } from './sluice/quota/v1/AcquireGrantRequest.ts';
import type { AcquireGrantResponse as _sluice_quota_v1_AcquireGrantResponse, AcquireGrantResponse__Output as _sluice_quota_v1_AcquireGrantResponse__Output } from './sluice/quota/v1/AcquireGrantResponse.ts';
import type { AcquireGrantResult as _sluice_quota_v1_AcquireGrantResult, AcquireGrantResult__Output as _sluice_quota_v1_AcquireGrantResult__Output } from './sluice/quota/v1/AcquireGrantResult.ts';
import type { AcquireGrantsRequest as _sluice_quota_v1_AcquireGrantsRequest, AcquireGrantsRequest__Output as _sluice_quota_v1_AcquireGrantsRequest__Output } from './sluice/quota/v1/AcquireGrantsRequest.ts';
import type { AcquireGrantsResponse as _sluice_quota_v1_AcquireGrantsResponse, AcquireGrantsResponse__Output as _sluice_quota_v1_AcquireGrantsResponse__Output } from './sluice/quota/v1/AcquireGrantsResponse.ts';
import type { CommitGrantRequest as _sluice_quota_v1_CommitGrantRequest, CommitGrantRequest__Output as _sluice_quota_v1_CommitGrantRequest__Output } from './sluice/quota/v1/CommitGrantRequest.ts';
import type { DefineLimitRequest as _sluice_quota_v1_DefineLimitRequest, DefineLimitRequest__Output as _sluice_quota_v1_DefineLimitRequest__Output } from './sluice/quota/v1/DefineLimitRequest.ts';
import type { DeleteLimitRequest as _sluice_quota_v1_DeleteLimitRequest, DeleteLimitRequest__Output as _sluice_quota_v1_DeleteLimitRequest__Output } from './sluice/quota/v1/DeleteLimitRequest.ts';
import type { DeleteLimitResponse as _sluice_quota_v1_DeleteLimitResponse, DeleteLimitResponse__Output as _sluice_quota_v1_DeleteLimitResponse__Output } from './sluice/quota/v1/DeleteLimitResponse.ts';
import type { DeleteResourceRequest as _sluice_quota_v1_DeleteResourceRequest, DeleteResourceRequest__Output as _sluice_quota_v1_DeleteResourceRequest__Output } from './sluice/quota/v1/DeleteResourceRequest.ts';
import type { DeleteResourceResponse as _sluice_quota_v1_DeleteResourceResponse, DeleteResourceResponse__Output as _sluice_quota_v1_DeleteResourceResponse__Output } from './sluice/quota/v1/DeleteResourceResponse.ts';
import type { GetGrantRequest as _sluice_quota_v1_GetGrantRequest, GetGrantRequest__Output as _sluice_quota_v1_GetGrantRequest__Output } from './sluice/quota/v1/GetGrantRequest.ts';
import type { GetQuotaStatusRequest as _sluice_quota_v1_GetQuotaStatusRequest, GetQuotaStatusRequest__Output as _sluice_quota_v1_GetQuotaStatusRequest__Output } from './sluice/quota/v1/GetQuotaStatusRequest.ts';
import type { GetQuotaStatusResponse as _sluice_quota_v1_GetQuotaStatusResponse, GetQuotaStatusResponse__Output as _sluice_quota_v1_GetQuotaStatusResponse__Output } from './sluice/quota/v1/GetQuotaStatusResponse.ts';
import type { GetResetTimeRequest as _sluice_quota_v1_GetResetTimeRequest, GetResetTimeRequest__Output as _sluice_quota_v1_GetResetTimeRequest__Output } from './sluice/quota/v1/GetResetTimeRequest.ts';
import type { GetResetTimeResponse as _sluice_quota_v1_GetResetTimeResponse, GetResetTimeResponse__Output as _sluice_quota_v1_GetResetTimeResponse__Output } from './sluice/quota/v1/GetResetTimeResponse.ts';
import type { GetResourceRequest as _sluice_quota_v1_GetResourceRequest, GetResourceRequest__Output as _sluice_quota_v1_GetResourceRequest__Output } from './sluice/quota/v1/GetResourceRequest.ts';
import type { GetUsageRequest as _sluice_quota_v1_GetUsageRequest, GetUsageRequest__Output as _sluice_quota_v1_GetUsageRequest__Output } from './sluice/quota/v1/GetUsageRequest.ts';
import type { GetUsageResponse as _sluice_quota_v1_GetUsageResponse, GetUsageResponse__Output as _sluice_quota_v1_GetUsageResponse__Output } from './sluice/quota/v1/GetUsageResponse.ts';
import type { Grant as _sluice_quota_v1_Grant, Grant__Output as _sluice_quota_v1_Grant__Output } from './sluice/quota/v1/Grant.ts';
import type { ItemError as _sluice_quota_v1_ItemError, ItemError__Output as _sluice_quota_v1_ItemError__Output } from './sluice/quota/v1/ItemError.ts';
import type { Limit as _sluice_quota_v1_Limit, Limit__Output as _sluice_quota_v1_Limit__Output } from './sluice/quota/v1/Limit.ts';
import type { LimitStatus as _sluice_quota_v1_LimitStatus, LimitStatus__Output as _sluice_quota_v1_LimitStatus__Output } from './sluice/quota/v1/LimitStatus.ts';
import type { ListLimitsRequest as _sluice_quota_v1_ListLimitsRequest, ListLimitsRequest__Output as _sluice_quota_v1_ListLimitsRequest__Output } from './sluice/quota/v1/ListLimitsRequest.ts';
import type { ListLimitsResponse as _sluice_quota_v1_ListLimitsResponse, ListLimitsResponse__Output as _sluice_quota_v1_ListLimitsResponse__Output } from './sluice/quota/v1/ListLimitsResponse.ts';
import type { ListResourcesRequest as _sluice_quota_v1_ListResourcesRequest, ListResourcesRequest__Output as _sluice_quota_v1_ListResourcesRequest__Output } from './sluice/quota/v1/ListResourcesRequest.ts';
import type { ListResourcesResponse as _sluice_quota_v1_ListResourcesResponse, ListResourcesResponse__Output as _sluice_quota_v1_ListResourcesResponse__Output } from './sluice/quota/v1/ListResourcesResponse.ts';
import type { Price as _sluice_quota_v1_Price, Price__Output as _sluice_quota_v1_Price__Output } from './sluice/quota/v1/Price.ts';
import type { PutResourceRequest as _sluice_quota_v1_PutResourceRequest, PutResourceRequest__Output as _sluice_quota_v1_PutResourceRequest__Output } from './sluice/quota/v1/PutResourceRequest.ts';
import type { QuotaServiceClient as _sluice_quota_v1_QuotaServiceClient, QuotaServiceDefinition as _sluice_quota_v1_QuotaServiceDefinition } from './sluice/quota/v1/QuotaService.ts';
import type { RefundGrantRequest as _sluice_quota_v1_RefundGrantRequest, RefundGrantRequest__Output as _sluice_quota_v1_RefundGrantRequest__Output } from './sluice/quota/v1/RefundGrantRequest.ts';
import type { ReportUpstreamRequest as _sluice_quota_v1_ReportUpstreamRequest, ReportUpstreamRequest__Output as _sluice_quota_v1_ReportUpstreamRequest__Output } from './sluice/quota/v1/ReportUpstreamRequest.ts';
import type { ReportUpstreamResponse as _sluice_quota_v1_ReportUpstreamResponse, ReportUpstreamResponse__Output as _sluice_quota_v1_ReportUpstreamResponse__Output } from './sluice/quota/v1/ReportUpstreamResponse.ts';
import type { Resource as _sluice_quota_v1_Resource, Resource__Output as _sluice_quota_v1_Resource__Output } from './sluice/quota/v1/Resource.ts';
import type { SettleGrantItem as _sluice_quota_v1_SettleGrantItem, SettleGrantItem__Output as _sluice_quota_v1_SettleGrantItem__Output } from './sluice/quota/v1/SettleGrantItem.ts';
import type { SettleGrantResult as _sluice_quota_v1_SettleGrantResult, SettleGrantResult__Output as _sluice_quota_v1_SettleGrantResult__Output } from './sluice/quota/v1/SettleGrantResult.ts';
import type { SettleGrantsRequest as _sluice_quota_v1_SettleGrantsRequest, SettleGrantsRequest__Output as _sluice_quota_v1_SettleGrantsRequest__Output } from './sluice/quota/v1/SettleGrantsRequest.ts';
import type { SettleGrantsResponse as _sluice_quota_v1_SettleGrantsResponse, SettleGrantsResponse__Output as _sluice_quota_v1_SettleGrantsResponse__Output } from './sluice/quota/v1/SettleGrantsResponse.ts';
import type { UnitAmount as _sluice_quota_v1_UnitAmount, UnitAmount__Output as _sluice_quota_v1_UnitAmount__Output } from './sluice/quota/v1/UnitAmount.ts';
import type { UsageRow as _sluice_quota_v1_UsageRow, UsageRow__Output as _sluice_quota_v1_UsageRow__Output } from './sluice/quota/v1/UsageRow.ts';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  sluice: {
    quota: {
      v1: {
        AcquireGrantRequest: MessageTypeDefinition<_sluice_quota_v1_AcquireGrantRequest, _sluice_quota_v1_AcquireGrantRequest__Output>
        AcquireGrantResponse: MessageTypeDefinition<_sluice_quota_v1_AcquireGrantResponse, _sluice_quota_v1_AcquireGrantResponse__Output>
        AcquireGrantResult: MessageTypeDefinition<_sluice_quota_v1_AcquireGrantResult, _sluice_quota_v1_AcquireGrantResult__Output>
        AcquireGrantsRequest: MessageTypeDefinition<_sluice_quota_v1_AcquireGrantsRequest, _sluice_quota_v1_AcquireGrantsRequest__Output>
        AcquireGrantsResponse: MessageTypeDefinition<_sluice_quota_v1_AcquireGrantsResponse, _sluice_quota_v1_AcquireGrantsResponse__Output>
        CalendarUnit: EnumTypeDefinition
        CommitGrantRequest: MessageTypeDefinition<_sluice_quota_v1_CommitGrantRequest, _sluice_quota_v1_CommitGrantRequest__Output>
        DefineLimitRequest: MessageTypeDefinition<_sluice_quota_v1_DefineLimitRequest, _sluice_quota_v1_DefineLimitRequest__Output>
        DeleteLimitRequest: MessageTypeDefinition<_sluice_quota_v1_DeleteLimitRequest, _sluice_quota_v1_DeleteLimitRequest__Output>
        DeleteLimitResponse: MessageTypeDefinition<_sluice_quota_v1_DeleteLimitResponse, _sluice_quota_v1_DeleteLimitResponse__Output>
        DeleteResourceRequest: MessageTypeDefinition<_sluice_quota_v1_DeleteResourceRequest, _sluice_quota_v1_DeleteResourceRequest__Output>
        DeleteResourceResponse: MessageTypeDefinition<_sluice_quota_v1_DeleteResourceResponse, _sluice_quota_v1_DeleteResourceResponse__Output>
        DenialReason: EnumTypeDefinition
        GetGrantRequest: MessageTypeDefinition<_sluice_quota_v1_GetGrantRequest, _sluice_quota_v1_GetGrantRequest__Output>
        GetQuotaStatusRequest: MessageTypeDefinition<_sluice_quota_v1_GetQuotaStatusRequest, _sluice_quota_v1_GetQuotaStatusRequest__Output>
        GetQuotaStatusResponse: MessageTypeDefinition<_sluice_quota_v1_GetQuotaStatusResponse, _sluice_quota_v1_GetQuotaStatusResponse__Output>
        GetResetTimeRequest: MessageTypeDefinition<_sluice_quota_v1_GetResetTimeRequest, _sluice_quota_v1_GetResetTimeRequest__Output>
        GetResetTimeResponse: MessageTypeDefinition<_sluice_quota_v1_GetResetTimeResponse, _sluice_quota_v1_GetResetTimeResponse__Output>
        GetResourceRequest: MessageTypeDefinition<_sluice_quota_v1_GetResourceRequest, _sluice_quota_v1_GetResourceRequest__Output>
        GetUsageRequest: MessageTypeDefinition<_sluice_quota_v1_GetUsageRequest, _sluice_quota_v1_GetUsageRequest__Output>
        GetUsageResponse: MessageTypeDefinition<_sluice_quota_v1_GetUsageResponse, _sluice_quota_v1_GetUsageResponse__Output>
        Grant: MessageTypeDefinition<_sluice_quota_v1_Grant, _sluice_quota_v1_Grant__Output>
        GrantState: EnumTypeDefinition
        ItemError: MessageTypeDefinition<_sluice_quota_v1_ItemError, _sluice_quota_v1_ItemError__Output>
        Limit: MessageTypeDefinition<_sluice_quota_v1_Limit, _sluice_quota_v1_Limit__Output>
        LimitStatus: MessageTypeDefinition<_sluice_quota_v1_LimitStatus, _sluice_quota_v1_LimitStatus__Output>
        ListLimitsRequest: MessageTypeDefinition<_sluice_quota_v1_ListLimitsRequest, _sluice_quota_v1_ListLimitsRequest__Output>
        ListLimitsResponse: MessageTypeDefinition<_sluice_quota_v1_ListLimitsResponse, _sluice_quota_v1_ListLimitsResponse__Output>
        ListResourcesRequest: MessageTypeDefinition<_sluice_quota_v1_ListResourcesRequest, _sluice_quota_v1_ListResourcesRequest__Output>
        ListResourcesResponse: MessageTypeDefinition<_sluice_quota_v1_ListResourcesResponse, _sluice_quota_v1_ListResourcesResponse__Output>
        Price: MessageTypeDefinition<_sluice_quota_v1_Price, _sluice_quota_v1_Price__Output>
        PutResourceRequest: MessageTypeDefinition<_sluice_quota_v1_PutResourceRequest, _sluice_quota_v1_PutResourceRequest__Output>
        QuotaScope: EnumTypeDefinition
        QuotaService: SubtypeConstructor<typeof grpc.Client, _sluice_quota_v1_QuotaServiceClient> & { service: _sluice_quota_v1_QuotaServiceDefinition }
        QuotaUnit: EnumTypeDefinition
        QuotaWindow: EnumTypeDefinition
        RefundGrantRequest: MessageTypeDefinition<_sluice_quota_v1_RefundGrantRequest, _sluice_quota_v1_RefundGrantRequest__Output>
        ReportUpstreamRequest: MessageTypeDefinition<_sluice_quota_v1_ReportUpstreamRequest, _sluice_quota_v1_ReportUpstreamRequest__Output>
        ReportUpstreamResponse: MessageTypeDefinition<_sluice_quota_v1_ReportUpstreamResponse, _sluice_quota_v1_ReportUpstreamResponse__Output>
        Resource: MessageTypeDefinition<_sluice_quota_v1_Resource, _sluice_quota_v1_Resource__Output>
        SettleGrantItem: MessageTypeDefinition<_sluice_quota_v1_SettleGrantItem, _sluice_quota_v1_SettleGrantItem__Output>
        SettleGrantResult: MessageTypeDefinition<_sluice_quota_v1_SettleGrantResult, _sluice_quota_v1_SettleGrantResult__Output>
        SettleGrantsRequest: MessageTypeDefinition<_sluice_quota_v1_SettleGrantsRequest, _sluice_quota_v1_SettleGrantsRequest__Output>
        SettleGrantsResponse: MessageTypeDefinition<_sluice_quota_v1_SettleGrantsResponse, _sluice_quota_v1_SettleGrantsResponse__Output>
        UnitAmount: MessageTypeDefinition<_sluice_quota_v1_UnitAmount, _sluice_quota_v1_UnitAmount__Output>
        UsageGroup: EnumTypeDefinition
        UsageRow: MessageTypeDefinition<_sluice_quota_v1_UsageRow, _sluice_quota_v1_UsageRow__Output>
      }
    }
  }
}

