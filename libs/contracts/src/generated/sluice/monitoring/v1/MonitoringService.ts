// Original file: sluice/monitoring/v1/monitoring.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AcknowledgeAlertRequest as _sluice_monitoring_v1_AcknowledgeAlertRequest, AcknowledgeAlertRequest__Output as _sluice_monitoring_v1_AcknowledgeAlertRequest__Output } from '../../../sluice/monitoring/v1/AcknowledgeAlertRequest.ts';
import type { Alert as _sluice_monitoring_v1_Alert, Alert__Output as _sluice_monitoring_v1_Alert__Output } from '../../../sluice/monitoring/v1/Alert.ts';
import type { AlertRule as _sluice_monitoring_v1_AlertRule, AlertRule__Output as _sluice_monitoring_v1_AlertRule__Output } from '../../../sluice/monitoring/v1/AlertRule.ts';
import type { DeleteAlertRuleRequest as _sluice_monitoring_v1_DeleteAlertRuleRequest, DeleteAlertRuleRequest__Output as _sluice_monitoring_v1_DeleteAlertRuleRequest__Output } from '../../../sluice/monitoring/v1/DeleteAlertRuleRequest.ts';
import type { DeleteAlertRuleResponse as _sluice_monitoring_v1_DeleteAlertRuleResponse, DeleteAlertRuleResponse__Output as _sluice_monitoring_v1_DeleteAlertRuleResponse__Output } from '../../../sluice/monitoring/v1/DeleteAlertRuleResponse.ts';
import type { GetMetricsSummaryRequest as _sluice_monitoring_v1_GetMetricsSummaryRequest, GetMetricsSummaryRequest__Output as _sluice_monitoring_v1_GetMetricsSummaryRequest__Output } from '../../../sluice/monitoring/v1/GetMetricsSummaryRequest.ts';
import type { GetSystemHealthRequest as _sluice_monitoring_v1_GetSystemHealthRequest, GetSystemHealthRequest__Output as _sluice_monitoring_v1_GetSystemHealthRequest__Output } from '../../../sluice/monitoring/v1/GetSystemHealthRequest.ts';
import type { ListAlertRulesRequest as _sluice_monitoring_v1_ListAlertRulesRequest, ListAlertRulesRequest__Output as _sluice_monitoring_v1_ListAlertRulesRequest__Output } from '../../../sluice/monitoring/v1/ListAlertRulesRequest.ts';
import type { ListAlertRulesResponse as _sluice_monitoring_v1_ListAlertRulesResponse, ListAlertRulesResponse__Output as _sluice_monitoring_v1_ListAlertRulesResponse__Output } from '../../../sluice/monitoring/v1/ListAlertRulesResponse.ts';
import type { ListAlertsRequest as _sluice_monitoring_v1_ListAlertsRequest, ListAlertsRequest__Output as _sluice_monitoring_v1_ListAlertsRequest__Output } from '../../../sluice/monitoring/v1/ListAlertsRequest.ts';
import type { ListAlertsResponse as _sluice_monitoring_v1_ListAlertsResponse, ListAlertsResponse__Output as _sluice_monitoring_v1_ListAlertsResponse__Output } from '../../../sluice/monitoring/v1/ListAlertsResponse.ts';
import type { MetricsSummary as _sluice_monitoring_v1_MetricsSummary, MetricsSummary__Output as _sluice_monitoring_v1_MetricsSummary__Output } from '../../../sluice/monitoring/v1/MetricsSummary.ts';
import type { SystemHealth as _sluice_monitoring_v1_SystemHealth, SystemHealth__Output as _sluice_monitoring_v1_SystemHealth__Output } from '../../../sluice/monitoring/v1/SystemHealth.ts';
import type { UpsertAlertRuleRequest as _sluice_monitoring_v1_UpsertAlertRuleRequest, UpsertAlertRuleRequest__Output as _sluice_monitoring_v1_UpsertAlertRuleRequest__Output } from '../../../sluice/monitoring/v1/UpsertAlertRuleRequest.ts';
import type { WatchAlertsRequest as _sluice_monitoring_v1_WatchAlertsRequest, WatchAlertsRequest__Output as _sluice_monitoring_v1_WatchAlertsRequest__Output } from '../../../sluice/monitoring/v1/WatchAlertsRequest.ts';

export interface MonitoringServiceClient extends grpc.Client {
  /**
   * Marks a firing alert as seen; it resolves on its own when the condition clears.
   */
  AcknowledgeAlert(argument: _sluice_monitoring_v1_AcknowledgeAlertRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_monitoring_v1_Alert__Output>): grpc.ClientUnaryCall;
  AcknowledgeAlert(argument: _sluice_monitoring_v1_AcknowledgeAlertRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_monitoring_v1_Alert__Output>): grpc.ClientUnaryCall;
  AcknowledgeAlert(argument: _sluice_monitoring_v1_AcknowledgeAlertRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_monitoring_v1_Alert__Output>): grpc.ClientUnaryCall;
  AcknowledgeAlert(argument: _sluice_monitoring_v1_AcknowledgeAlertRequest, callback: grpc.requestCallback<_sluice_monitoring_v1_Alert__Output>): grpc.ClientUnaryCall;
  /**
   * Marks a firing alert as seen; it resolves on its own when the condition clears.
   */
  acknowledgeAlert(argument: _sluice_monitoring_v1_AcknowledgeAlertRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_monitoring_v1_Alert__Output>): grpc.ClientUnaryCall;
  acknowledgeAlert(argument: _sluice_monitoring_v1_AcknowledgeAlertRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_monitoring_v1_Alert__Output>): grpc.ClientUnaryCall;
  acknowledgeAlert(argument: _sluice_monitoring_v1_AcknowledgeAlertRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_monitoring_v1_Alert__Output>): grpc.ClientUnaryCall;
  acknowledgeAlert(argument: _sluice_monitoring_v1_AcknowledgeAlertRequest, callback: grpc.requestCallback<_sluice_monitoring_v1_Alert__Output>): grpc.ClientUnaryCall;
  
  DeleteAlertRule(argument: _sluice_monitoring_v1_DeleteAlertRuleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_monitoring_v1_DeleteAlertRuleResponse__Output>): grpc.ClientUnaryCall;
  DeleteAlertRule(argument: _sluice_monitoring_v1_DeleteAlertRuleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_monitoring_v1_DeleteAlertRuleResponse__Output>): grpc.ClientUnaryCall;
  DeleteAlertRule(argument: _sluice_monitoring_v1_DeleteAlertRuleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_monitoring_v1_DeleteAlertRuleResponse__Output>): grpc.ClientUnaryCall;
  DeleteAlertRule(argument: _sluice_monitoring_v1_DeleteAlertRuleRequest, callback: grpc.requestCallback<_sluice_monitoring_v1_DeleteAlertRuleResponse__Output>): grpc.ClientUnaryCall;
  deleteAlertRule(argument: _sluice_monitoring_v1_DeleteAlertRuleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_monitoring_v1_DeleteAlertRuleResponse__Output>): grpc.ClientUnaryCall;
  deleteAlertRule(argument: _sluice_monitoring_v1_DeleteAlertRuleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_monitoring_v1_DeleteAlertRuleResponse__Output>): grpc.ClientUnaryCall;
  deleteAlertRule(argument: _sluice_monitoring_v1_DeleteAlertRuleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_monitoring_v1_DeleteAlertRuleResponse__Output>): grpc.ClientUnaryCall;
  deleteAlertRule(argument: _sluice_monitoring_v1_DeleteAlertRuleRequest, callback: grpc.requestCallback<_sluice_monitoring_v1_DeleteAlertRuleResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Headline numbers from the totals the service keeps in its schema (what /metrics serves).
   */
  GetMetricsSummary(argument: _sluice_monitoring_v1_GetMetricsSummaryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_monitoring_v1_MetricsSummary__Output>): grpc.ClientUnaryCall;
  GetMetricsSummary(argument: _sluice_monitoring_v1_GetMetricsSummaryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_monitoring_v1_MetricsSummary__Output>): grpc.ClientUnaryCall;
  GetMetricsSummary(argument: _sluice_monitoring_v1_GetMetricsSummaryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_monitoring_v1_MetricsSummary__Output>): grpc.ClientUnaryCall;
  GetMetricsSummary(argument: _sluice_monitoring_v1_GetMetricsSummaryRequest, callback: grpc.requestCallback<_sluice_monitoring_v1_MetricsSummary__Output>): grpc.ClientUnaryCall;
  /**
   * Headline numbers from the totals the service keeps in its schema (what /metrics serves).
   */
  getMetricsSummary(argument: _sluice_monitoring_v1_GetMetricsSummaryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_monitoring_v1_MetricsSummary__Output>): grpc.ClientUnaryCall;
  getMetricsSummary(argument: _sluice_monitoring_v1_GetMetricsSummaryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_monitoring_v1_MetricsSummary__Output>): grpc.ClientUnaryCall;
  getMetricsSummary(argument: _sluice_monitoring_v1_GetMetricsSummaryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_monitoring_v1_MetricsSummary__Output>): grpc.ClientUnaryCall;
  getMetricsSummary(argument: _sluice_monitoring_v1_GetMetricsSummaryRequest, callback: grpc.requestCallback<_sluice_monitoring_v1_MetricsSummary__Output>): grpc.ClientUnaryCall;
  
  /**
   * Each service's grpc.health.v1 answer and each dependency's (PostgreSQL, NATS, object
   * storage), checked now with a short deadline.
   */
  GetSystemHealth(argument: _sluice_monitoring_v1_GetSystemHealthRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_monitoring_v1_SystemHealth__Output>): grpc.ClientUnaryCall;
  GetSystemHealth(argument: _sluice_monitoring_v1_GetSystemHealthRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_monitoring_v1_SystemHealth__Output>): grpc.ClientUnaryCall;
  GetSystemHealth(argument: _sluice_monitoring_v1_GetSystemHealthRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_monitoring_v1_SystemHealth__Output>): grpc.ClientUnaryCall;
  GetSystemHealth(argument: _sluice_monitoring_v1_GetSystemHealthRequest, callback: grpc.requestCallback<_sluice_monitoring_v1_SystemHealth__Output>): grpc.ClientUnaryCall;
  /**
   * Each service's grpc.health.v1 answer and each dependency's (PostgreSQL, NATS, object
   * storage), checked now with a short deadline.
   */
  getSystemHealth(argument: _sluice_monitoring_v1_GetSystemHealthRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_monitoring_v1_SystemHealth__Output>): grpc.ClientUnaryCall;
  getSystemHealth(argument: _sluice_monitoring_v1_GetSystemHealthRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_monitoring_v1_SystemHealth__Output>): grpc.ClientUnaryCall;
  getSystemHealth(argument: _sluice_monitoring_v1_GetSystemHealthRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_monitoring_v1_SystemHealth__Output>): grpc.ClientUnaryCall;
  getSystemHealth(argument: _sluice_monitoring_v1_GetSystemHealthRequest, callback: grpc.requestCallback<_sluice_monitoring_v1_SystemHealth__Output>): grpc.ClientUnaryCall;
  
  ListAlertRules(argument: _sluice_monitoring_v1_ListAlertRulesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_monitoring_v1_ListAlertRulesResponse__Output>): grpc.ClientUnaryCall;
  ListAlertRules(argument: _sluice_monitoring_v1_ListAlertRulesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_monitoring_v1_ListAlertRulesResponse__Output>): grpc.ClientUnaryCall;
  ListAlertRules(argument: _sluice_monitoring_v1_ListAlertRulesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_monitoring_v1_ListAlertRulesResponse__Output>): grpc.ClientUnaryCall;
  ListAlertRules(argument: _sluice_monitoring_v1_ListAlertRulesRequest, callback: grpc.requestCallback<_sluice_monitoring_v1_ListAlertRulesResponse__Output>): grpc.ClientUnaryCall;
  listAlertRules(argument: _sluice_monitoring_v1_ListAlertRulesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_monitoring_v1_ListAlertRulesResponse__Output>): grpc.ClientUnaryCall;
  listAlertRules(argument: _sluice_monitoring_v1_ListAlertRulesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_monitoring_v1_ListAlertRulesResponse__Output>): grpc.ClientUnaryCall;
  listAlertRules(argument: _sluice_monitoring_v1_ListAlertRulesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_monitoring_v1_ListAlertRulesResponse__Output>): grpc.ClientUnaryCall;
  listAlertRules(argument: _sluice_monitoring_v1_ListAlertRulesRequest, callback: grpc.requestCallback<_sluice_monitoring_v1_ListAlertRulesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Newest first.
   */
  ListAlerts(argument: _sluice_monitoring_v1_ListAlertsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_monitoring_v1_ListAlertsResponse__Output>): grpc.ClientUnaryCall;
  ListAlerts(argument: _sluice_monitoring_v1_ListAlertsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_monitoring_v1_ListAlertsResponse__Output>): grpc.ClientUnaryCall;
  ListAlerts(argument: _sluice_monitoring_v1_ListAlertsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_monitoring_v1_ListAlertsResponse__Output>): grpc.ClientUnaryCall;
  ListAlerts(argument: _sluice_monitoring_v1_ListAlertsRequest, callback: grpc.requestCallback<_sluice_monitoring_v1_ListAlertsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Newest first.
   */
  listAlerts(argument: _sluice_monitoring_v1_ListAlertsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_monitoring_v1_ListAlertsResponse__Output>): grpc.ClientUnaryCall;
  listAlerts(argument: _sluice_monitoring_v1_ListAlertsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_monitoring_v1_ListAlertsResponse__Output>): grpc.ClientUnaryCall;
  listAlerts(argument: _sluice_monitoring_v1_ListAlertsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_monitoring_v1_ListAlertsResponse__Output>): grpc.ClientUnaryCall;
  listAlerts(argument: _sluice_monitoring_v1_ListAlertsRequest, callback: grpc.requestCallback<_sluice_monitoring_v1_ListAlertsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Creates a rule (id "") or replaces the rule with that id.
   */
  UpsertAlertRule(argument: _sluice_monitoring_v1_UpsertAlertRuleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_monitoring_v1_AlertRule__Output>): grpc.ClientUnaryCall;
  UpsertAlertRule(argument: _sluice_monitoring_v1_UpsertAlertRuleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_monitoring_v1_AlertRule__Output>): grpc.ClientUnaryCall;
  UpsertAlertRule(argument: _sluice_monitoring_v1_UpsertAlertRuleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_monitoring_v1_AlertRule__Output>): grpc.ClientUnaryCall;
  UpsertAlertRule(argument: _sluice_monitoring_v1_UpsertAlertRuleRequest, callback: grpc.requestCallback<_sluice_monitoring_v1_AlertRule__Output>): grpc.ClientUnaryCall;
  /**
   * Creates a rule (id "") or replaces the rule with that id.
   */
  upsertAlertRule(argument: _sluice_monitoring_v1_UpsertAlertRuleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_monitoring_v1_AlertRule__Output>): grpc.ClientUnaryCall;
  upsertAlertRule(argument: _sluice_monitoring_v1_UpsertAlertRuleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_monitoring_v1_AlertRule__Output>): grpc.ClientUnaryCall;
  upsertAlertRule(argument: _sluice_monitoring_v1_UpsertAlertRuleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_monitoring_v1_AlertRule__Output>): grpc.ClientUnaryCall;
  upsertAlertRule(argument: _sluice_monitoring_v1_UpsertAlertRuleRequest, callback: grpc.requestCallback<_sluice_monitoring_v1_AlertRule__Output>): grpc.ClientUnaryCall;
  
  /**
   * Every alert as it changes state (the dashboard's live view).
   */
  WatchAlerts(argument: _sluice_monitoring_v1_WatchAlertsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_sluice_monitoring_v1_Alert__Output>;
  WatchAlerts(argument: _sluice_monitoring_v1_WatchAlertsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_sluice_monitoring_v1_Alert__Output>;
  /**
   * Every alert as it changes state (the dashboard's live view).
   */
  watchAlerts(argument: _sluice_monitoring_v1_WatchAlertsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_sluice_monitoring_v1_Alert__Output>;
  watchAlerts(argument: _sluice_monitoring_v1_WatchAlertsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_sluice_monitoring_v1_Alert__Output>;
  
}

export interface MonitoringServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Marks a firing alert as seen; it resolves on its own when the condition clears.
   */
  AcknowledgeAlert: grpc.handleUnaryCall<_sluice_monitoring_v1_AcknowledgeAlertRequest__Output, _sluice_monitoring_v1_Alert>;
  
  DeleteAlertRule: grpc.handleUnaryCall<_sluice_monitoring_v1_DeleteAlertRuleRequest__Output, _sluice_monitoring_v1_DeleteAlertRuleResponse>;
  
  /**
   * Headline numbers from the totals the service keeps in its schema (what /metrics serves).
   */
  GetMetricsSummary: grpc.handleUnaryCall<_sluice_monitoring_v1_GetMetricsSummaryRequest__Output, _sluice_monitoring_v1_MetricsSummary>;
  
  /**
   * Each service's grpc.health.v1 answer and each dependency's (PostgreSQL, NATS, object
   * storage), checked now with a short deadline.
   */
  GetSystemHealth: grpc.handleUnaryCall<_sluice_monitoring_v1_GetSystemHealthRequest__Output, _sluice_monitoring_v1_SystemHealth>;
  
  ListAlertRules: grpc.handleUnaryCall<_sluice_monitoring_v1_ListAlertRulesRequest__Output, _sluice_monitoring_v1_ListAlertRulesResponse>;
  
  /**
   * Newest first.
   */
  ListAlerts: grpc.handleUnaryCall<_sluice_monitoring_v1_ListAlertsRequest__Output, _sluice_monitoring_v1_ListAlertsResponse>;
  
  /**
   * Creates a rule (id "") or replaces the rule with that id.
   */
  UpsertAlertRule: grpc.handleUnaryCall<_sluice_monitoring_v1_UpsertAlertRuleRequest__Output, _sluice_monitoring_v1_AlertRule>;
  
  /**
   * Every alert as it changes state (the dashboard's live view).
   */
  WatchAlerts: grpc.handleServerStreamingCall<_sluice_monitoring_v1_WatchAlertsRequest__Output, _sluice_monitoring_v1_Alert>;
  
}

export interface MonitoringServiceDefinition extends grpc.ServiceDefinition {
  AcknowledgeAlert: MethodDefinition<_sluice_monitoring_v1_AcknowledgeAlertRequest, _sluice_monitoring_v1_Alert, _sluice_monitoring_v1_AcknowledgeAlertRequest__Output, _sluice_monitoring_v1_Alert__Output>
  DeleteAlertRule: MethodDefinition<_sluice_monitoring_v1_DeleteAlertRuleRequest, _sluice_monitoring_v1_DeleteAlertRuleResponse, _sluice_monitoring_v1_DeleteAlertRuleRequest__Output, _sluice_monitoring_v1_DeleteAlertRuleResponse__Output>
  GetMetricsSummary: MethodDefinition<_sluice_monitoring_v1_GetMetricsSummaryRequest, _sluice_monitoring_v1_MetricsSummary, _sluice_monitoring_v1_GetMetricsSummaryRequest__Output, _sluice_monitoring_v1_MetricsSummary__Output>
  GetSystemHealth: MethodDefinition<_sluice_monitoring_v1_GetSystemHealthRequest, _sluice_monitoring_v1_SystemHealth, _sluice_monitoring_v1_GetSystemHealthRequest__Output, _sluice_monitoring_v1_SystemHealth__Output>
  ListAlertRules: MethodDefinition<_sluice_monitoring_v1_ListAlertRulesRequest, _sluice_monitoring_v1_ListAlertRulesResponse, _sluice_monitoring_v1_ListAlertRulesRequest__Output, _sluice_monitoring_v1_ListAlertRulesResponse__Output>
  ListAlerts: MethodDefinition<_sluice_monitoring_v1_ListAlertsRequest, _sluice_monitoring_v1_ListAlertsResponse, _sluice_monitoring_v1_ListAlertsRequest__Output, _sluice_monitoring_v1_ListAlertsResponse__Output>
  UpsertAlertRule: MethodDefinition<_sluice_monitoring_v1_UpsertAlertRuleRequest, _sluice_monitoring_v1_AlertRule, _sluice_monitoring_v1_UpsertAlertRuleRequest__Output, _sluice_monitoring_v1_AlertRule__Output>
  WatchAlerts: MethodDefinition<_sluice_monitoring_v1_WatchAlertsRequest, _sluice_monitoring_v1_Alert, _sluice_monitoring_v1_WatchAlertsRequest__Output, _sluice_monitoring_v1_Alert__Output>
}
