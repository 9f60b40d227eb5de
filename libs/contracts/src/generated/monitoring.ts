import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { AcknowledgeAlertRequest as _sluice_monitoring_v1_AcknowledgeAlertRequest, AcknowledgeAlertRequest__Output as _sluice_monitoring_v1_AcknowledgeAlertRequest__Output } from './sluice/monitoring/v1/AcknowledgeAlertRequest.ts';
import type { Alert as _sluice_monitoring_v1_Alert, Alert__Output as _sluice_monitoring_v1_Alert__Output } from './sluice/monitoring/v1/Alert.ts';
import type { AlertRule as _sluice_monitoring_v1_AlertRule, AlertRule__Output as _sluice_monitoring_v1_AlertRule__Output } from './sluice/monitoring/v1/AlertRule.ts';
import type { ComponentHealth as _sluice_monitoring_v1_ComponentHealth, ComponentHealth__Output as _sluice_monitoring_v1_ComponentHealth__Output } from './sluice/monitoring/v1/ComponentHealth.ts';
import type { CountByName as _sluice_monitoring_v1_CountByName, CountByName__Output as _sluice_monitoring_v1_CountByName__Output } from './sluice/monitoring/v1/CountByName.ts';
import type { DeleteAlertRuleRequest as _sluice_monitoring_v1_DeleteAlertRuleRequest, DeleteAlertRuleRequest__Output as _sluice_monitoring_v1_DeleteAlertRuleRequest__Output } from './sluice/monitoring/v1/DeleteAlertRuleRequest.ts';
import type { DeleteAlertRuleResponse as _sluice_monitoring_v1_DeleteAlertRuleResponse, DeleteAlertRuleResponse__Output as _sluice_monitoring_v1_DeleteAlertRuleResponse__Output } from './sluice/monitoring/v1/DeleteAlertRuleResponse.ts';
import type { GetMetricsSummaryRequest as _sluice_monitoring_v1_GetMetricsSummaryRequest, GetMetricsSummaryRequest__Output as _sluice_monitoring_v1_GetMetricsSummaryRequest__Output } from './sluice/monitoring/v1/GetMetricsSummaryRequest.ts';
import type { GetSystemHealthRequest as _sluice_monitoring_v1_GetSystemHealthRequest, GetSystemHealthRequest__Output as _sluice_monitoring_v1_GetSystemHealthRequest__Output } from './sluice/monitoring/v1/GetSystemHealthRequest.ts';
import type { ListAlertRulesRequest as _sluice_monitoring_v1_ListAlertRulesRequest, ListAlertRulesRequest__Output as _sluice_monitoring_v1_ListAlertRulesRequest__Output } from './sluice/monitoring/v1/ListAlertRulesRequest.ts';
import type { ListAlertRulesResponse as _sluice_monitoring_v1_ListAlertRulesResponse, ListAlertRulesResponse__Output as _sluice_monitoring_v1_ListAlertRulesResponse__Output } from './sluice/monitoring/v1/ListAlertRulesResponse.ts';
import type { ListAlertsRequest as _sluice_monitoring_v1_ListAlertsRequest, ListAlertsRequest__Output as _sluice_monitoring_v1_ListAlertsRequest__Output } from './sluice/monitoring/v1/ListAlertsRequest.ts';
import type { ListAlertsResponse as _sluice_monitoring_v1_ListAlertsResponse, ListAlertsResponse__Output as _sluice_monitoring_v1_ListAlertsResponse__Output } from './sluice/monitoring/v1/ListAlertsResponse.ts';
import type { MetricsSummary as _sluice_monitoring_v1_MetricsSummary, MetricsSummary__Output as _sluice_monitoring_v1_MetricsSummary__Output } from './sluice/monitoring/v1/MetricsSummary.ts';
import type { MonitoringServiceClient as _sluice_monitoring_v1_MonitoringServiceClient, MonitoringServiceDefinition as _sluice_monitoring_v1_MonitoringServiceDefinition } from './sluice/monitoring/v1/MonitoringService.ts';
import type { SystemHealth as _sluice_monitoring_v1_SystemHealth, SystemHealth__Output as _sluice_monitoring_v1_SystemHealth__Output } from './sluice/monitoring/v1/SystemHealth.ts';
import type { UpsertAlertRuleRequest as _sluice_monitoring_v1_UpsertAlertRuleRequest, UpsertAlertRuleRequest__Output as _sluice_monitoring_v1_UpsertAlertRuleRequest__Output } from './sluice/monitoring/v1/UpsertAlertRuleRequest.ts';
import type { WatchAlertsRequest as _sluice_monitoring_v1_WatchAlertsRequest, WatchAlertsRequest__Output as _sluice_monitoring_v1_WatchAlertsRequest__Output } from './sluice/monitoring/v1/WatchAlertsRequest.ts';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  sluice: {
    monitoring: {
      v1: {
        AcknowledgeAlertRequest: MessageTypeDefinition<_sluice_monitoring_v1_AcknowledgeAlertRequest, _sluice_monitoring_v1_AcknowledgeAlertRequest__Output>
        Alert: MessageTypeDefinition<_sluice_monitoring_v1_Alert, _sluice_monitoring_v1_Alert__Output>
        AlertRule: MessageTypeDefinition<_sluice_monitoring_v1_AlertRule, _sluice_monitoring_v1_AlertRule__Output>
        AlertSeverity: EnumTypeDefinition
        AlertState: EnumTypeDefinition
        Comparison: EnumTypeDefinition
        ComponentHealth: MessageTypeDefinition<_sluice_monitoring_v1_ComponentHealth, _sluice_monitoring_v1_ComponentHealth__Output>
        CountByName: MessageTypeDefinition<_sluice_monitoring_v1_CountByName, _sluice_monitoring_v1_CountByName__Output>
        DeleteAlertRuleRequest: MessageTypeDefinition<_sluice_monitoring_v1_DeleteAlertRuleRequest, _sluice_monitoring_v1_DeleteAlertRuleRequest__Output>
        DeleteAlertRuleResponse: MessageTypeDefinition<_sluice_monitoring_v1_DeleteAlertRuleResponse, _sluice_monitoring_v1_DeleteAlertRuleResponse__Output>
        GetMetricsSummaryRequest: MessageTypeDefinition<_sluice_monitoring_v1_GetMetricsSummaryRequest, _sluice_monitoring_v1_GetMetricsSummaryRequest__Output>
        GetSystemHealthRequest: MessageTypeDefinition<_sluice_monitoring_v1_GetSystemHealthRequest, _sluice_monitoring_v1_GetSystemHealthRequest__Output>
        HealthStatus: EnumTypeDefinition
        ListAlertRulesRequest: MessageTypeDefinition<_sluice_monitoring_v1_ListAlertRulesRequest, _sluice_monitoring_v1_ListAlertRulesRequest__Output>
        ListAlertRulesResponse: MessageTypeDefinition<_sluice_monitoring_v1_ListAlertRulesResponse, _sluice_monitoring_v1_ListAlertRulesResponse__Output>
        ListAlertsRequest: MessageTypeDefinition<_sluice_monitoring_v1_ListAlertsRequest, _sluice_monitoring_v1_ListAlertsRequest__Output>
        ListAlertsResponse: MessageTypeDefinition<_sluice_monitoring_v1_ListAlertsResponse, _sluice_monitoring_v1_ListAlertsResponse__Output>
        MetricsSummary: MessageTypeDefinition<_sluice_monitoring_v1_MetricsSummary, _sluice_monitoring_v1_MetricsSummary__Output>
        MonitoringService: SubtypeConstructor<typeof grpc.Client, _sluice_monitoring_v1_MonitoringServiceClient> & { service: _sluice_monitoring_v1_MonitoringServiceDefinition }
        SystemHealth: MessageTypeDefinition<_sluice_monitoring_v1_SystemHealth, _sluice_monitoring_v1_SystemHealth__Output>
        UpsertAlertRuleRequest: MessageTypeDefinition<_sluice_monitoring_v1_UpsertAlertRuleRequest, _sluice_monitoring_v1_UpsertAlertRuleRequest__Output>
        WatchAlertsRequest: MessageTypeDefinition<_sluice_monitoring_v1_WatchAlertsRequest, _sluice_monitoring_v1_WatchAlertsRequest__Output>
      }
    }
  }
}

