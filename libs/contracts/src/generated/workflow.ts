import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { AwaitNewStages as _sluice_workflow_v1_AwaitNewStages, AwaitNewStages__Output as _sluice_workflow_v1_AwaitNewStages__Output } from './sluice/workflow/v1/AwaitNewStages.ts';
import type { CancelWorkflowRequest as _sluice_workflow_v1_CancelWorkflowRequest, CancelWorkflowRequest__Output as _sluice_workflow_v1_CancelWorkflowRequest__Output } from './sluice/workflow/v1/CancelWorkflowRequest.ts';
import type { ClaimStageRequest as _sluice_workflow_v1_ClaimStageRequest, ClaimStageRequest__Output as _sluice_workflow_v1_ClaimStageRequest__Output } from './sluice/workflow/v1/ClaimStageRequest.ts';
import type { ClaimStageResponse as _sluice_workflow_v1_ClaimStageResponse, ClaimStageResponse__Output as _sluice_workflow_v1_ClaimStageResponse__Output } from './sluice/workflow/v1/ClaimStageResponse.ts';
import type { ClaimStagesRequest as _sluice_workflow_v1_ClaimStagesRequest, ClaimStagesRequest__Output as _sluice_workflow_v1_ClaimStagesRequest__Output } from './sluice/workflow/v1/ClaimStagesRequest.ts';
import type { ClaimStagesResponse as _sluice_workflow_v1_ClaimStagesResponse, ClaimStagesResponse__Output as _sluice_workflow_v1_ClaimStagesResponse__Output } from './sluice/workflow/v1/ClaimStagesResponse.ts';
import type { CompleteStageRequest as _sluice_workflow_v1_CompleteStageRequest, CompleteStageRequest__Output as _sluice_workflow_v1_CompleteStageRequest__Output } from './sluice/workflow/v1/CompleteStageRequest.ts';
import type { CompleteStageResult as _sluice_workflow_v1_CompleteStageResult, CompleteStageResult__Output as _sluice_workflow_v1_CompleteStageResult__Output } from './sluice/workflow/v1/CompleteStageResult.ts';
import type { CompleteStagesRequest as _sluice_workflow_v1_CompleteStagesRequest, CompleteStagesRequest__Output as _sluice_workflow_v1_CompleteStagesRequest__Output } from './sluice/workflow/v1/CompleteStagesRequest.ts';
import type { CompleteStagesResponse as _sluice_workflow_v1_CompleteStagesResponse, CompleteStagesResponse__Output as _sluice_workflow_v1_CompleteStagesResponse__Output } from './sluice/workflow/v1/CompleteStagesResponse.ts';
import type { CreateWorkflowRequest as _sluice_workflow_v1_CreateWorkflowRequest, CreateWorkflowRequest__Output as _sluice_workflow_v1_CreateWorkflowRequest__Output } from './sluice/workflow/v1/CreateWorkflowRequest.ts';
import type { DashboardSummary as _sluice_workflow_v1_DashboardSummary, DashboardSummary__Output as _sluice_workflow_v1_DashboardSummary__Output } from './sluice/workflow/v1/DashboardSummary.ts';
import type { ErrorCount as _sluice_workflow_v1_ErrorCount, ErrorCount__Output as _sluice_workflow_v1_ErrorCount__Output } from './sluice/workflow/v1/ErrorCount.ts';
import type { ExplainWorkflowRequest as _sluice_workflow_v1_ExplainWorkflowRequest, ExplainWorkflowRequest__Output as _sluice_workflow_v1_ExplainWorkflowRequest__Output } from './sluice/workflow/v1/ExplainWorkflowRequest.ts';
import type { FailStageRequest as _sluice_workflow_v1_FailStageRequest, FailStageRequest__Output as _sluice_workflow_v1_FailStageRequest__Output } from './sluice/workflow/v1/FailStageRequest.ts';
import type { GetDashboardSummaryRequest as _sluice_workflow_v1_GetDashboardSummaryRequest, GetDashboardSummaryRequest__Output as _sluice_workflow_v1_GetDashboardSummaryRequest__Output } from './sluice/workflow/v1/GetDashboardSummaryRequest.ts';
import type { GetDefinitionRequest as _sluice_workflow_v1_GetDefinitionRequest, GetDefinitionRequest__Output as _sluice_workflow_v1_GetDefinitionRequest__Output } from './sluice/workflow/v1/GetDefinitionRequest.ts';
import type { GetWorkflowHistoryRequest as _sluice_workflow_v1_GetWorkflowHistoryRequest, GetWorkflowHistoryRequest__Output as _sluice_workflow_v1_GetWorkflowHistoryRequest__Output } from './sluice/workflow/v1/GetWorkflowHistoryRequest.ts';
import type { GetWorkflowHistoryResponse as _sluice_workflow_v1_GetWorkflowHistoryResponse, GetWorkflowHistoryResponse__Output as _sluice_workflow_v1_GetWorkflowHistoryResponse__Output } from './sluice/workflow/v1/GetWorkflowHistoryResponse.ts';
import type { GetWorkflowMetricsRequest as _sluice_workflow_v1_GetWorkflowMetricsRequest, GetWorkflowMetricsRequest__Output as _sluice_workflow_v1_GetWorkflowMetricsRequest__Output } from './sluice/workflow/v1/GetWorkflowMetricsRequest.ts';
import type { GetWorkflowRequest as _sluice_workflow_v1_GetWorkflowRequest, GetWorkflowRequest__Output as _sluice_workflow_v1_GetWorkflowRequest__Output } from './sluice/workflow/v1/GetWorkflowRequest.ts';
import type { HeartbeatRequest as _sluice_workflow_v1_HeartbeatRequest, HeartbeatRequest__Output as _sluice_workflow_v1_HeartbeatRequest__Output } from './sluice/workflow/v1/HeartbeatRequest.ts';
import type { HeartbeatResponse as _sluice_workflow_v1_HeartbeatResponse, HeartbeatResponse__Output as _sluice_workflow_v1_HeartbeatResponse__Output } from './sluice/workflow/v1/HeartbeatResponse.ts';
import type { ItemError as _sluice_workflow_v1_ItemError, ItemError__Output as _sluice_workflow_v1_ItemError__Output } from './sluice/workflow/v1/ItemError.ts';
import type { LeaseRef as _sluice_workflow_v1_LeaseRef, LeaseRef__Output as _sluice_workflow_v1_LeaseRef__Output } from './sluice/workflow/v1/LeaseRef.ts';
import type { LeaseStatus as _sluice_workflow_v1_LeaseStatus, LeaseStatus__Output as _sluice_workflow_v1_LeaseStatus__Output } from './sluice/workflow/v1/LeaseStatus.ts';
import type { ListDefinitionsRequest as _sluice_workflow_v1_ListDefinitionsRequest, ListDefinitionsRequest__Output as _sluice_workflow_v1_ListDefinitionsRequest__Output } from './sluice/workflow/v1/ListDefinitionsRequest.ts';
import type { ListDefinitionsResponse as _sluice_workflow_v1_ListDefinitionsResponse, ListDefinitionsResponse__Output as _sluice_workflow_v1_ListDefinitionsResponse__Output } from './sluice/workflow/v1/ListDefinitionsResponse.ts';
import type { ListStageAttemptsRequest as _sluice_workflow_v1_ListStageAttemptsRequest, ListStageAttemptsRequest__Output as _sluice_workflow_v1_ListStageAttemptsRequest__Output } from './sluice/workflow/v1/ListStageAttemptsRequest.ts';
import type { ListStageAttemptsResponse as _sluice_workflow_v1_ListStageAttemptsResponse, ListStageAttemptsResponse__Output as _sluice_workflow_v1_ListStageAttemptsResponse__Output } from './sluice/workflow/v1/ListStageAttemptsResponse.ts';
import type { ListWorkflowsRequest as _sluice_workflow_v1_ListWorkflowsRequest, ListWorkflowsRequest__Output as _sluice_workflow_v1_ListWorkflowsRequest__Output } from './sluice/workflow/v1/ListWorkflowsRequest.ts';
import type { ListWorkflowsResponse as _sluice_workflow_v1_ListWorkflowsResponse, ListWorkflowsResponse__Output as _sluice_workflow_v1_ListWorkflowsResponse__Output } from './sluice/workflow/v1/ListWorkflowsResponse.ts';
import type { RegisterDefinitionRequest as _sluice_workflow_v1_RegisterDefinitionRequest, RegisterDefinitionRequest__Output as _sluice_workflow_v1_RegisterDefinitionRequest__Output } from './sluice/workflow/v1/RegisterDefinitionRequest.ts';
import type { ReleaseStageRequest as _sluice_workflow_v1_ReleaseStageRequest, ReleaseStageRequest__Output as _sluice_workflow_v1_ReleaseStageRequest__Output } from './sluice/workflow/v1/ReleaseStageRequest.ts';
import type { ReportProgressRequest as _sluice_workflow_v1_ReportProgressRequest, ReportProgressRequest__Output as _sluice_workflow_v1_ReportProgressRequest__Output } from './sluice/workflow/v1/ReportProgressRequest.ts';
import type { ReportProgressResponse as _sluice_workflow_v1_ReportProgressResponse, ReportProgressResponse__Output as _sluice_workflow_v1_ReportProgressResponse__Output } from './sluice/workflow/v1/ReportProgressResponse.ts';
import type { ResumeQuotaExceededRequest as _sluice_workflow_v1_ResumeQuotaExceededRequest, ResumeQuotaExceededRequest__Output as _sluice_workflow_v1_ResumeQuotaExceededRequest__Output } from './sluice/workflow/v1/ResumeQuotaExceededRequest.ts';
import type { ResumeQuotaExceededResponse as _sluice_workflow_v1_ResumeQuotaExceededResponse, ResumeQuotaExceededResponse__Output as _sluice_workflow_v1_ResumeQuotaExceededResponse__Output } from './sluice/workflow/v1/ResumeQuotaExceededResponse.ts';
import type { ResumeWorkflowRequest as _sluice_workflow_v1_ResumeWorkflowRequest, ResumeWorkflowRequest__Output as _sluice_workflow_v1_ResumeWorkflowRequest__Output } from './sluice/workflow/v1/ResumeWorkflowRequest.ts';
import type { RetryPolicy as _sluice_workflow_v1_RetryPolicy, RetryPolicy__Output as _sluice_workflow_v1_RetryPolicy__Output } from './sluice/workflow/v1/RetryPolicy.ts';
import type { RetryWorkflowRequest as _sluice_workflow_v1_RetryWorkflowRequest, RetryWorkflowRequest__Output as _sluice_workflow_v1_RetryWorkflowRequest__Output } from './sluice/workflow/v1/RetryWorkflowRequest.ts';
import type { SavePartialRequest as _sluice_workflow_v1_SavePartialRequest, SavePartialRequest__Output as _sluice_workflow_v1_SavePartialRequest__Output } from './sluice/workflow/v1/SavePartialRequest.ts';
import type { SavePartialResponse as _sluice_workflow_v1_SavePartialResponse, SavePartialResponse__Output as _sluice_workflow_v1_SavePartialResponse__Output } from './sluice/workflow/v1/SavePartialResponse.ts';
import type { SessionCompleteStages as _sluice_workflow_v1_SessionCompleteStages, SessionCompleteStages__Output as _sluice_workflow_v1_SessionCompleteStages__Output } from './sluice/workflow/v1/SessionCompleteStages.ts';
import type { SessionCompleteStagesResult as _sluice_workflow_v1_SessionCompleteStagesResult, SessionCompleteStagesResult__Output as _sluice_workflow_v1_SessionCompleteStagesResult__Output } from './sluice/workflow/v1/SessionCompleteStagesResult.ts';
import type { SignalWorkflowRequest as _sluice_workflow_v1_SignalWorkflowRequest, SignalWorkflowRequest__Output as _sluice_workflow_v1_SignalWorkflowRequest__Output } from './sluice/workflow/v1/SignalWorkflowRequest.ts';
import type { StageAttempt as _sluice_workflow_v1_StageAttempt, StageAttempt__Output as _sluice_workflow_v1_StageAttempt__Output } from './sluice/workflow/v1/StageAttempt.ts';
import type { StageDefinition as _sluice_workflow_v1_StageDefinition, StageDefinition__Output as _sluice_workflow_v1_StageDefinition__Output } from './sluice/workflow/v1/StageDefinition.ts';
import type { StageMetrics as _sluice_workflow_v1_StageMetrics, StageMetrics__Output as _sluice_workflow_v1_StageMetrics__Output } from './sluice/workflow/v1/StageMetrics.ts';
import type { StageProgress as _sluice_workflow_v1_StageProgress, StageProgress__Output as _sluice_workflow_v1_StageProgress__Output } from './sluice/workflow/v1/StageProgress.ts';
import type { StageSummary as _sluice_workflow_v1_StageSummary, StageSummary__Output as _sluice_workflow_v1_StageSummary__Output } from './sluice/workflow/v1/StageSummary.ts';
import type { StateCount as _sluice_workflow_v1_StateCount, StateCount__Output as _sluice_workflow_v1_StateCount__Output } from './sluice/workflow/v1/StateCount.ts';
import type { StateDuration as _sluice_workflow_v1_StateDuration, StateDuration__Output as _sluice_workflow_v1_StateDuration__Output } from './sluice/workflow/v1/StateDuration.ts';
import type { SuspendWorkflowRequest as _sluice_workflow_v1_SuspendWorkflowRequest, SuspendWorkflowRequest__Output as _sluice_workflow_v1_SuspendWorkflowRequest__Output } from './sluice/workflow/v1/SuspendWorkflowRequest.ts';
import type { Transition as _sluice_workflow_v1_Transition, Transition__Output as _sluice_workflow_v1_Transition__Output } from './sluice/workflow/v1/Transition.ts';
import type { WaitForSignalRequest as _sluice_workflow_v1_WaitForSignalRequest, WaitForSignalRequest__Output as _sluice_workflow_v1_WaitForSignalRequest__Output } from './sluice/workflow/v1/WaitForSignalRequest.ts';
import type { WatchWorkflowRequest as _sluice_workflow_v1_WatchWorkflowRequest, WatchWorkflowRequest__Output as _sluice_workflow_v1_WatchWorkflowRequest__Output } from './sluice/workflow/v1/WatchWorkflowRequest.ts';
import type { WorkerSessionRequest as _sluice_workflow_v1_WorkerSessionRequest, WorkerSessionRequest__Output as _sluice_workflow_v1_WorkerSessionRequest__Output } from './sluice/workflow/v1/WorkerSessionRequest.ts';
import type { WorkerSessionResponse as _sluice_workflow_v1_WorkerSessionResponse, WorkerSessionResponse__Output as _sluice_workflow_v1_WorkerSessionResponse__Output } from './sluice/workflow/v1/WorkerSessionResponse.ts';
import type { Workflow as _sluice_workflow_v1_Workflow, Workflow__Output as _sluice_workflow_v1_Workflow__Output } from './sluice/workflow/v1/Workflow.ts';
import type { WorkflowDefinition as _sluice_workflow_v1_WorkflowDefinition, WorkflowDefinition__Output as _sluice_workflow_v1_WorkflowDefinition__Output } from './sluice/workflow/v1/WorkflowDefinition.ts';
import type { WorkflowExplanation as _sluice_workflow_v1_WorkflowExplanation, WorkflowExplanation__Output as _sluice_workflow_v1_WorkflowExplanation__Output } from './sluice/workflow/v1/WorkflowExplanation.ts';
import type { WorkflowMetrics as _sluice_workflow_v1_WorkflowMetrics, WorkflowMetrics__Output as _sluice_workflow_v1_WorkflowMetrics__Output } from './sluice/workflow/v1/WorkflowMetrics.ts';
import type { WorkflowServiceClient as _sluice_workflow_v1_WorkflowServiceClient, WorkflowServiceDefinition as _sluice_workflow_v1_WorkflowServiceDefinition } from './sluice/workflow/v1/WorkflowService.ts';
import type { WorkflowUpdate as _sluice_workflow_v1_WorkflowUpdate, WorkflowUpdate__Output as _sluice_workflow_v1_WorkflowUpdate__Output } from './sluice/workflow/v1/WorkflowUpdate.ts';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  sluice: {
    workflow: {
      v1: {
        AttemptState: EnumTypeDefinition
        AwaitNewStages: MessageTypeDefinition<_sluice_workflow_v1_AwaitNewStages, _sluice_workflow_v1_AwaitNewStages__Output>
        CancelWorkflowRequest: MessageTypeDefinition<_sluice_workflow_v1_CancelWorkflowRequest, _sluice_workflow_v1_CancelWorkflowRequest__Output>
        ClaimStageRequest: MessageTypeDefinition<_sluice_workflow_v1_ClaimStageRequest, _sluice_workflow_v1_ClaimStageRequest__Output>
        ClaimStageResponse: MessageTypeDefinition<_sluice_workflow_v1_ClaimStageResponse, _sluice_workflow_v1_ClaimStageResponse__Output>
        ClaimStagesRequest: MessageTypeDefinition<_sluice_workflow_v1_ClaimStagesRequest, _sluice_workflow_v1_ClaimStagesRequest__Output>
        ClaimStagesResponse: MessageTypeDefinition<_sluice_workflow_v1_ClaimStagesResponse, _sluice_workflow_v1_ClaimStagesResponse__Output>
        CompleteStageRequest: MessageTypeDefinition<_sluice_workflow_v1_CompleteStageRequest, _sluice_workflow_v1_CompleteStageRequest__Output>
        CompleteStageResult: MessageTypeDefinition<_sluice_workflow_v1_CompleteStageResult, _sluice_workflow_v1_CompleteStageResult__Output>
        CompleteStagesRequest: MessageTypeDefinition<_sluice_workflow_v1_CompleteStagesRequest, _sluice_workflow_v1_CompleteStagesRequest__Output>
        CompleteStagesResponse: MessageTypeDefinition<_sluice_workflow_v1_CompleteStagesResponse, _sluice_workflow_v1_CompleteStagesResponse__Output>
        CreateWorkflowRequest: MessageTypeDefinition<_sluice_workflow_v1_CreateWorkflowRequest, _sluice_workflow_v1_CreateWorkflowRequest__Output>
        DashboardSummary: MessageTypeDefinition<_sluice_workflow_v1_DashboardSummary, _sluice_workflow_v1_DashboardSummary__Output>
        ErrorCategory: EnumTypeDefinition
        ErrorCount: MessageTypeDefinition<_sluice_workflow_v1_ErrorCount, _sluice_workflow_v1_ErrorCount__Output>
        ExplainWorkflowRequest: MessageTypeDefinition<_sluice_workflow_v1_ExplainWorkflowRequest, _sluice_workflow_v1_ExplainWorkflowRequest__Output>
        FailStageRequest: MessageTypeDefinition<_sluice_workflow_v1_FailStageRequest, _sluice_workflow_v1_FailStageRequest__Output>
        GetDashboardSummaryRequest: MessageTypeDefinition<_sluice_workflow_v1_GetDashboardSummaryRequest, _sluice_workflow_v1_GetDashboardSummaryRequest__Output>
        GetDefinitionRequest: MessageTypeDefinition<_sluice_workflow_v1_GetDefinitionRequest, _sluice_workflow_v1_GetDefinitionRequest__Output>
        GetWorkflowHistoryRequest: MessageTypeDefinition<_sluice_workflow_v1_GetWorkflowHistoryRequest, _sluice_workflow_v1_GetWorkflowHistoryRequest__Output>
        GetWorkflowHistoryResponse: MessageTypeDefinition<_sluice_workflow_v1_GetWorkflowHistoryResponse, _sluice_workflow_v1_GetWorkflowHistoryResponse__Output>
        GetWorkflowMetricsRequest: MessageTypeDefinition<_sluice_workflow_v1_GetWorkflowMetricsRequest, _sluice_workflow_v1_GetWorkflowMetricsRequest__Output>
        GetWorkflowRequest: MessageTypeDefinition<_sluice_workflow_v1_GetWorkflowRequest, _sluice_workflow_v1_GetWorkflowRequest__Output>
        HeartbeatRequest: MessageTypeDefinition<_sluice_workflow_v1_HeartbeatRequest, _sluice_workflow_v1_HeartbeatRequest__Output>
        HeartbeatResponse: MessageTypeDefinition<_sluice_workflow_v1_HeartbeatResponse, _sluice_workflow_v1_HeartbeatResponse__Output>
        ItemError: MessageTypeDefinition<_sluice_workflow_v1_ItemError, _sluice_workflow_v1_ItemError__Output>
        LeaseRef: MessageTypeDefinition<_sluice_workflow_v1_LeaseRef, _sluice_workflow_v1_LeaseRef__Output>
        LeaseStatus: MessageTypeDefinition<_sluice_workflow_v1_LeaseStatus, _sluice_workflow_v1_LeaseStatus__Output>
        ListDefinitionsRequest: MessageTypeDefinition<_sluice_workflow_v1_ListDefinitionsRequest, _sluice_workflow_v1_ListDefinitionsRequest__Output>
        ListDefinitionsResponse: MessageTypeDefinition<_sluice_workflow_v1_ListDefinitionsResponse, _sluice_workflow_v1_ListDefinitionsResponse__Output>
        ListStageAttemptsRequest: MessageTypeDefinition<_sluice_workflow_v1_ListStageAttemptsRequest, _sluice_workflow_v1_ListStageAttemptsRequest__Output>
        ListStageAttemptsResponse: MessageTypeDefinition<_sluice_workflow_v1_ListStageAttemptsResponse, _sluice_workflow_v1_ListStageAttemptsResponse__Output>
        ListWorkflowsRequest: MessageTypeDefinition<_sluice_workflow_v1_ListWorkflowsRequest, _sluice_workflow_v1_ListWorkflowsRequest__Output>
        ListWorkflowsResponse: MessageTypeDefinition<_sluice_workflow_v1_ListWorkflowsResponse, _sluice_workflow_v1_ListWorkflowsResponse__Output>
        RegisterDefinitionRequest: MessageTypeDefinition<_sluice_workflow_v1_RegisterDefinitionRequest, _sluice_workflow_v1_RegisterDefinitionRequest__Output>
        ReleaseStageRequest: MessageTypeDefinition<_sluice_workflow_v1_ReleaseStageRequest, _sluice_workflow_v1_ReleaseStageRequest__Output>
        ReportProgressRequest: MessageTypeDefinition<_sluice_workflow_v1_ReportProgressRequest, _sluice_workflow_v1_ReportProgressRequest__Output>
        ReportProgressResponse: MessageTypeDefinition<_sluice_workflow_v1_ReportProgressResponse, _sluice_workflow_v1_ReportProgressResponse__Output>
        ResumeQuotaExceededRequest: MessageTypeDefinition<_sluice_workflow_v1_ResumeQuotaExceededRequest, _sluice_workflow_v1_ResumeQuotaExceededRequest__Output>
        ResumeQuotaExceededResponse: MessageTypeDefinition<_sluice_workflow_v1_ResumeQuotaExceededResponse, _sluice_workflow_v1_ResumeQuotaExceededResponse__Output>
        ResumeWorkflowRequest: MessageTypeDefinition<_sluice_workflow_v1_ResumeWorkflowRequest, _sluice_workflow_v1_ResumeWorkflowRequest__Output>
        RetryPolicy: MessageTypeDefinition<_sluice_workflow_v1_RetryPolicy, _sluice_workflow_v1_RetryPolicy__Output>
        RetryWorkflowRequest: MessageTypeDefinition<_sluice_workflow_v1_RetryWorkflowRequest, _sluice_workflow_v1_RetryWorkflowRequest__Output>
        SavePartialRequest: MessageTypeDefinition<_sluice_workflow_v1_SavePartialRequest, _sluice_workflow_v1_SavePartialRequest__Output>
        SavePartialResponse: MessageTypeDefinition<_sluice_workflow_v1_SavePartialResponse, _sluice_workflow_v1_SavePartialResponse__Output>
        SessionCompleteStages: MessageTypeDefinition<_sluice_workflow_v1_SessionCompleteStages, _sluice_workflow_v1_SessionCompleteStages__Output>
        SessionCompleteStagesResult: MessageTypeDefinition<_sluice_workflow_v1_SessionCompleteStagesResult, _sluice_workflow_v1_SessionCompleteStagesResult__Output>
        SignalWorkflowRequest: MessageTypeDefinition<_sluice_workflow_v1_SignalWorkflowRequest, _sluice_workflow_v1_SignalWorkflowRequest__Output>
        StageAttempt: MessageTypeDefinition<_sluice_workflow_v1_StageAttempt, _sluice_workflow_v1_StageAttempt__Output>
        StageDefinition: MessageTypeDefinition<_sluice_workflow_v1_StageDefinition, _sluice_workflow_v1_StageDefinition__Output>
        StageMetrics: MessageTypeDefinition<_sluice_workflow_v1_StageMetrics, _sluice_workflow_v1_StageMetrics__Output>
        StageProgress: MessageTypeDefinition<_sluice_workflow_v1_StageProgress, _sluice_workflow_v1_StageProgress__Output>
        StageStatus: EnumTypeDefinition
        StageSummary: MessageTypeDefinition<_sluice_workflow_v1_StageSummary, _sluice_workflow_v1_StageSummary__Output>
        StateCount: MessageTypeDefinition<_sluice_workflow_v1_StateCount, _sluice_workflow_v1_StateCount__Output>
        StateDuration: MessageTypeDefinition<_sluice_workflow_v1_StateDuration, _sluice_workflow_v1_StateDuration__Output>
        SuspendWorkflowRequest: MessageTypeDefinition<_sluice_workflow_v1_SuspendWorkflowRequest, _sluice_workflow_v1_SuspendWorkflowRequest__Output>
        Transition: MessageTypeDefinition<_sluice_workflow_v1_Transition, _sluice_workflow_v1_Transition__Output>
        WaitForSignalRequest: MessageTypeDefinition<_sluice_workflow_v1_WaitForSignalRequest, _sluice_workflow_v1_WaitForSignalRequest__Output>
        WatchWorkflowRequest: MessageTypeDefinition<_sluice_workflow_v1_WatchWorkflowRequest, _sluice_workflow_v1_WatchWorkflowRequest__Output>
        WorkerSessionRequest: MessageTypeDefinition<_sluice_workflow_v1_WorkerSessionRequest, _sluice_workflow_v1_WorkerSessionRequest__Output>
        WorkerSessionResponse: MessageTypeDefinition<_sluice_workflow_v1_WorkerSessionResponse, _sluice_workflow_v1_WorkerSessionResponse__Output>
        Workflow: MessageTypeDefinition<_sluice_workflow_v1_Workflow, _sluice_workflow_v1_Workflow__Output>
        WorkflowDefinition: MessageTypeDefinition<_sluice_workflow_v1_WorkflowDefinition, _sluice_workflow_v1_WorkflowDefinition__Output>
        WorkflowExplanation: MessageTypeDefinition<_sluice_workflow_v1_WorkflowExplanation, _sluice_workflow_v1_WorkflowExplanation__Output>
        WorkflowMetrics: MessageTypeDefinition<_sluice_workflow_v1_WorkflowMetrics, _sluice_workflow_v1_WorkflowMetrics__Output>
        WorkflowService: SubtypeConstructor<typeof grpc.Client, _sluice_workflow_v1_WorkflowServiceClient> & { service: _sluice_workflow_v1_WorkflowServiceDefinition }
        WorkflowState: EnumTypeDefinition
        WorkflowUpdate: MessageTypeDefinition<_sluice_workflow_v1_WorkflowUpdate, _sluice_workflow_v1_WorkflowUpdate__Output>
      }
    }
  }
}

