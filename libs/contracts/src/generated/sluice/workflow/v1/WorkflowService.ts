// Original file: sluice/workflow/v1/workflow.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CancelWorkflowRequest as _sluice_workflow_v1_CancelWorkflowRequest, CancelWorkflowRequest__Output as _sluice_workflow_v1_CancelWorkflowRequest__Output } from '../../../sluice/workflow/v1/CancelWorkflowRequest.ts';
import type { ClaimStageRequest as _sluice_workflow_v1_ClaimStageRequest, ClaimStageRequest__Output as _sluice_workflow_v1_ClaimStageRequest__Output } from '../../../sluice/workflow/v1/ClaimStageRequest.ts';
import type { ClaimStageResponse as _sluice_workflow_v1_ClaimStageResponse, ClaimStageResponse__Output as _sluice_workflow_v1_ClaimStageResponse__Output } from '../../../sluice/workflow/v1/ClaimStageResponse.ts';
import type { ClaimStagesRequest as _sluice_workflow_v1_ClaimStagesRequest, ClaimStagesRequest__Output as _sluice_workflow_v1_ClaimStagesRequest__Output } from '../../../sluice/workflow/v1/ClaimStagesRequest.ts';
import type { ClaimStagesResponse as _sluice_workflow_v1_ClaimStagesResponse, ClaimStagesResponse__Output as _sluice_workflow_v1_ClaimStagesResponse__Output } from '../../../sluice/workflow/v1/ClaimStagesResponse.ts';
import type { CompleteStageRequest as _sluice_workflow_v1_CompleteStageRequest, CompleteStageRequest__Output as _sluice_workflow_v1_CompleteStageRequest__Output } from '../../../sluice/workflow/v1/CompleteStageRequest.ts';
import type { CompleteStagesRequest as _sluice_workflow_v1_CompleteStagesRequest, CompleteStagesRequest__Output as _sluice_workflow_v1_CompleteStagesRequest__Output } from '../../../sluice/workflow/v1/CompleteStagesRequest.ts';
import type { CompleteStagesResponse as _sluice_workflow_v1_CompleteStagesResponse, CompleteStagesResponse__Output as _sluice_workflow_v1_CompleteStagesResponse__Output } from '../../../sluice/workflow/v1/CompleteStagesResponse.ts';
import type { CreateWorkflowRequest as _sluice_workflow_v1_CreateWorkflowRequest, CreateWorkflowRequest__Output as _sluice_workflow_v1_CreateWorkflowRequest__Output } from '../../../sluice/workflow/v1/CreateWorkflowRequest.ts';
import type { DashboardSummary as _sluice_workflow_v1_DashboardSummary, DashboardSummary__Output as _sluice_workflow_v1_DashboardSummary__Output } from '../../../sluice/workflow/v1/DashboardSummary.ts';
import type { ExplainWorkflowRequest as _sluice_workflow_v1_ExplainWorkflowRequest, ExplainWorkflowRequest__Output as _sluice_workflow_v1_ExplainWorkflowRequest__Output } from '../../../sluice/workflow/v1/ExplainWorkflowRequest.ts';
import type { FailStageRequest as _sluice_workflow_v1_FailStageRequest, FailStageRequest__Output as _sluice_workflow_v1_FailStageRequest__Output } from '../../../sluice/workflow/v1/FailStageRequest.ts';
import type { GetDashboardSummaryRequest as _sluice_workflow_v1_GetDashboardSummaryRequest, GetDashboardSummaryRequest__Output as _sluice_workflow_v1_GetDashboardSummaryRequest__Output } from '../../../sluice/workflow/v1/GetDashboardSummaryRequest.ts';
import type { GetDefinitionRequest as _sluice_workflow_v1_GetDefinitionRequest, GetDefinitionRequest__Output as _sluice_workflow_v1_GetDefinitionRequest__Output } from '../../../sluice/workflow/v1/GetDefinitionRequest.ts';
import type { GetWorkflowHistoryRequest as _sluice_workflow_v1_GetWorkflowHistoryRequest, GetWorkflowHistoryRequest__Output as _sluice_workflow_v1_GetWorkflowHistoryRequest__Output } from '../../../sluice/workflow/v1/GetWorkflowHistoryRequest.ts';
import type { GetWorkflowHistoryResponse as _sluice_workflow_v1_GetWorkflowHistoryResponse, GetWorkflowHistoryResponse__Output as _sluice_workflow_v1_GetWorkflowHistoryResponse__Output } from '../../../sluice/workflow/v1/GetWorkflowHistoryResponse.ts';
import type { GetWorkflowMetricsRequest as _sluice_workflow_v1_GetWorkflowMetricsRequest, GetWorkflowMetricsRequest__Output as _sluice_workflow_v1_GetWorkflowMetricsRequest__Output } from '../../../sluice/workflow/v1/GetWorkflowMetricsRequest.ts';
import type { GetWorkflowRequest as _sluice_workflow_v1_GetWorkflowRequest, GetWorkflowRequest__Output as _sluice_workflow_v1_GetWorkflowRequest__Output } from '../../../sluice/workflow/v1/GetWorkflowRequest.ts';
import type { HeartbeatRequest as _sluice_workflow_v1_HeartbeatRequest, HeartbeatRequest__Output as _sluice_workflow_v1_HeartbeatRequest__Output } from '../../../sluice/workflow/v1/HeartbeatRequest.ts';
import type { HeartbeatResponse as _sluice_workflow_v1_HeartbeatResponse, HeartbeatResponse__Output as _sluice_workflow_v1_HeartbeatResponse__Output } from '../../../sluice/workflow/v1/HeartbeatResponse.ts';
import type { ListDefinitionsRequest as _sluice_workflow_v1_ListDefinitionsRequest, ListDefinitionsRequest__Output as _sluice_workflow_v1_ListDefinitionsRequest__Output } from '../../../sluice/workflow/v1/ListDefinitionsRequest.ts';
import type { ListDefinitionsResponse as _sluice_workflow_v1_ListDefinitionsResponse, ListDefinitionsResponse__Output as _sluice_workflow_v1_ListDefinitionsResponse__Output } from '../../../sluice/workflow/v1/ListDefinitionsResponse.ts';
import type { ListStageAttemptsRequest as _sluice_workflow_v1_ListStageAttemptsRequest, ListStageAttemptsRequest__Output as _sluice_workflow_v1_ListStageAttemptsRequest__Output } from '../../../sluice/workflow/v1/ListStageAttemptsRequest.ts';
import type { ListStageAttemptsResponse as _sluice_workflow_v1_ListStageAttemptsResponse, ListStageAttemptsResponse__Output as _sluice_workflow_v1_ListStageAttemptsResponse__Output } from '../../../sluice/workflow/v1/ListStageAttemptsResponse.ts';
import type { ListWorkflowsRequest as _sluice_workflow_v1_ListWorkflowsRequest, ListWorkflowsRequest__Output as _sluice_workflow_v1_ListWorkflowsRequest__Output } from '../../../sluice/workflow/v1/ListWorkflowsRequest.ts';
import type { ListWorkflowsResponse as _sluice_workflow_v1_ListWorkflowsResponse, ListWorkflowsResponse__Output as _sluice_workflow_v1_ListWorkflowsResponse__Output } from '../../../sluice/workflow/v1/ListWorkflowsResponse.ts';
import type { RegisterDefinitionRequest as _sluice_workflow_v1_RegisterDefinitionRequest, RegisterDefinitionRequest__Output as _sluice_workflow_v1_RegisterDefinitionRequest__Output } from '../../../sluice/workflow/v1/RegisterDefinitionRequest.ts';
import type { ReleaseStageRequest as _sluice_workflow_v1_ReleaseStageRequest, ReleaseStageRequest__Output as _sluice_workflow_v1_ReleaseStageRequest__Output } from '../../../sluice/workflow/v1/ReleaseStageRequest.ts';
import type { ReportProgressRequest as _sluice_workflow_v1_ReportProgressRequest, ReportProgressRequest__Output as _sluice_workflow_v1_ReportProgressRequest__Output } from '../../../sluice/workflow/v1/ReportProgressRequest.ts';
import type { ReportProgressResponse as _sluice_workflow_v1_ReportProgressResponse, ReportProgressResponse__Output as _sluice_workflow_v1_ReportProgressResponse__Output } from '../../../sluice/workflow/v1/ReportProgressResponse.ts';
import type { ResumeQuotaExceededRequest as _sluice_workflow_v1_ResumeQuotaExceededRequest, ResumeQuotaExceededRequest__Output as _sluice_workflow_v1_ResumeQuotaExceededRequest__Output } from '../../../sluice/workflow/v1/ResumeQuotaExceededRequest.ts';
import type { ResumeQuotaExceededResponse as _sluice_workflow_v1_ResumeQuotaExceededResponse, ResumeQuotaExceededResponse__Output as _sluice_workflow_v1_ResumeQuotaExceededResponse__Output } from '../../../sluice/workflow/v1/ResumeQuotaExceededResponse.ts';
import type { ResumeWorkflowRequest as _sluice_workflow_v1_ResumeWorkflowRequest, ResumeWorkflowRequest__Output as _sluice_workflow_v1_ResumeWorkflowRequest__Output } from '../../../sluice/workflow/v1/ResumeWorkflowRequest.ts';
import type { RetryWorkflowRequest as _sluice_workflow_v1_RetryWorkflowRequest, RetryWorkflowRequest__Output as _sluice_workflow_v1_RetryWorkflowRequest__Output } from '../../../sluice/workflow/v1/RetryWorkflowRequest.ts';
import type { SavePartialRequest as _sluice_workflow_v1_SavePartialRequest, SavePartialRequest__Output as _sluice_workflow_v1_SavePartialRequest__Output } from '../../../sluice/workflow/v1/SavePartialRequest.ts';
import type { SavePartialResponse as _sluice_workflow_v1_SavePartialResponse, SavePartialResponse__Output as _sluice_workflow_v1_SavePartialResponse__Output } from '../../../sluice/workflow/v1/SavePartialResponse.ts';
import type { SignalWorkflowRequest as _sluice_workflow_v1_SignalWorkflowRequest, SignalWorkflowRequest__Output as _sluice_workflow_v1_SignalWorkflowRequest__Output } from '../../../sluice/workflow/v1/SignalWorkflowRequest.ts';
import type { SuspendWorkflowRequest as _sluice_workflow_v1_SuspendWorkflowRequest, SuspendWorkflowRequest__Output as _sluice_workflow_v1_SuspendWorkflowRequest__Output } from '../../../sluice/workflow/v1/SuspendWorkflowRequest.ts';
import type { WaitForSignalRequest as _sluice_workflow_v1_WaitForSignalRequest, WaitForSignalRequest__Output as _sluice_workflow_v1_WaitForSignalRequest__Output } from '../../../sluice/workflow/v1/WaitForSignalRequest.ts';
import type { WatchWorkflowRequest as _sluice_workflow_v1_WatchWorkflowRequest, WatchWorkflowRequest__Output as _sluice_workflow_v1_WatchWorkflowRequest__Output } from '../../../sluice/workflow/v1/WatchWorkflowRequest.ts';
import type { WorkerSessionRequest as _sluice_workflow_v1_WorkerSessionRequest, WorkerSessionRequest__Output as _sluice_workflow_v1_WorkerSessionRequest__Output } from '../../../sluice/workflow/v1/WorkerSessionRequest.ts';
import type { WorkerSessionResponse as _sluice_workflow_v1_WorkerSessionResponse, WorkerSessionResponse__Output as _sluice_workflow_v1_WorkerSessionResponse__Output } from '../../../sluice/workflow/v1/WorkerSessionResponse.ts';
import type { Workflow as _sluice_workflow_v1_Workflow, Workflow__Output as _sluice_workflow_v1_Workflow__Output } from '../../../sluice/workflow/v1/Workflow.ts';
import type { WorkflowDefinition as _sluice_workflow_v1_WorkflowDefinition, WorkflowDefinition__Output as _sluice_workflow_v1_WorkflowDefinition__Output } from '../../../sluice/workflow/v1/WorkflowDefinition.ts';
import type { WorkflowExplanation as _sluice_workflow_v1_WorkflowExplanation, WorkflowExplanation__Output as _sluice_workflow_v1_WorkflowExplanation__Output } from '../../../sluice/workflow/v1/WorkflowExplanation.ts';
import type { WorkflowMetrics as _sluice_workflow_v1_WorkflowMetrics, WorkflowMetrics__Output as _sluice_workflow_v1_WorkflowMetrics__Output } from '../../../sluice/workflow/v1/WorkflowMetrics.ts';
import type { WorkflowUpdate as _sluice_workflow_v1_WorkflowUpdate, WorkflowUpdate__Output as _sluice_workflow_v1_WorkflowUpdate__Output } from '../../../sluice/workflow/v1/WorkflowUpdate.ts';

export interface WorkflowServiceClient extends grpc.Client {
  /**
   * Any non-terminal state → CANCELLED; a running attempt is told at its next heartbeat.
   */
  CancelWorkflow(argument: _sluice_workflow_v1_CancelWorkflowRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  CancelWorkflow(argument: _sluice_workflow_v1_CancelWorkflowRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  CancelWorkflow(argument: _sluice_workflow_v1_CancelWorkflowRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  CancelWorkflow(argument: _sluice_workflow_v1_CancelWorkflowRequest, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  /**
   * Any non-terminal state → CANCELLED; a running attempt is told at its next heartbeat.
   */
  cancelWorkflow(argument: _sluice_workflow_v1_CancelWorkflowRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  cancelWorkflow(argument: _sluice_workflow_v1_CancelWorkflowRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  cancelWorkflow(argument: _sluice_workflow_v1_CancelWorkflowRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  cancelWorkflow(argument: _sluice_workflow_v1_CancelWorkflowRequest, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  
  /**
   * Takes the lease on an attempt and returns a new, higher fence. Fails with
   * LEASE_LOST when another worker holds it and INVALID_TRANSITION when the workflow has
   * moved on (cancelled, suspended): the worker acks the task and drops it.
   */
  ClaimStage(argument: _sluice_workflow_v1_ClaimStageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_ClaimStageResponse__Output>): grpc.ClientUnaryCall;
  ClaimStage(argument: _sluice_workflow_v1_ClaimStageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_ClaimStageResponse__Output>): grpc.ClientUnaryCall;
  ClaimStage(argument: _sluice_workflow_v1_ClaimStageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_ClaimStageResponse__Output>): grpc.ClientUnaryCall;
  ClaimStage(argument: _sluice_workflow_v1_ClaimStageRequest, callback: grpc.requestCallback<_sluice_workflow_v1_ClaimStageResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Takes the lease on an attempt and returns a new, higher fence. Fails with
   * LEASE_LOST when another worker holds it and INVALID_TRANSITION when the workflow has
   * moved on (cancelled, suspended): the worker acks the task and drops it.
   */
  claimStage(argument: _sluice_workflow_v1_ClaimStageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_ClaimStageResponse__Output>): grpc.ClientUnaryCall;
  claimStage(argument: _sluice_workflow_v1_ClaimStageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_ClaimStageResponse__Output>): grpc.ClientUnaryCall;
  claimStage(argument: _sluice_workflow_v1_ClaimStageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_ClaimStageResponse__Output>): grpc.ClientUnaryCall;
  claimStage(argument: _sluice_workflow_v1_ClaimStageRequest, callback: grpc.requestCallback<_sluice_workflow_v1_ClaimStageResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Takes up to `max` (at most 256) of the best queued attempts of (workflow_type, stage) in
   * one transaction, each under its own lease and fence: a worker asks for as many as it has
   * free slots. Fewer (or none) is not an error; `held_back` says queued attempts were left
   * that this call could not take (a concurrency limit, or a workflow busy with a command).
   */
  ClaimStages(argument: _sluice_workflow_v1_ClaimStagesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_ClaimStagesResponse__Output>): grpc.ClientUnaryCall;
  ClaimStages(argument: _sluice_workflow_v1_ClaimStagesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_ClaimStagesResponse__Output>): grpc.ClientUnaryCall;
  ClaimStages(argument: _sluice_workflow_v1_ClaimStagesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_ClaimStagesResponse__Output>): grpc.ClientUnaryCall;
  ClaimStages(argument: _sluice_workflow_v1_ClaimStagesRequest, callback: grpc.requestCallback<_sluice_workflow_v1_ClaimStagesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Takes up to `max` (at most 256) of the best queued attempts of (workflow_type, stage) in
   * one transaction, each under its own lease and fence: a worker asks for as many as it has
   * free slots. Fewer (or none) is not an error; `held_back` says queued attempts were left
   * that this call could not take (a concurrency limit, or a workflow busy with a command).
   */
  claimStages(argument: _sluice_workflow_v1_ClaimStagesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_ClaimStagesResponse__Output>): grpc.ClientUnaryCall;
  claimStages(argument: _sluice_workflow_v1_ClaimStagesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_ClaimStagesResponse__Output>): grpc.ClientUnaryCall;
  claimStages(argument: _sluice_workflow_v1_ClaimStagesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_ClaimStagesResponse__Output>): grpc.ClientUnaryCall;
  claimStages(argument: _sluice_workflow_v1_ClaimStagesRequest, callback: grpc.requestCallback<_sluice_workflow_v1_ClaimStagesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Commits the stage's output and moves to the next stage (or COMPLETED). At most once per
   * attempt: a repeat, or a fence that is no longer current, fails with LEASE_LOST and
   * changes nothing.
   */
  CompleteStage(argument: _sluice_workflow_v1_CompleteStageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  CompleteStage(argument: _sluice_workflow_v1_CompleteStageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  CompleteStage(argument: _sluice_workflow_v1_CompleteStageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  CompleteStage(argument: _sluice_workflow_v1_CompleteStageRequest, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  /**
   * Commits the stage's output and moves to the next stage (or COMPLETED). At most once per
   * attempt: a repeat, or a fence that is no longer current, fails with LEASE_LOST and
   * changes nothing.
   */
  completeStage(argument: _sluice_workflow_v1_CompleteStageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  completeStage(argument: _sluice_workflow_v1_CompleteStageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  completeStage(argument: _sluice_workflow_v1_CompleteStageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  completeStage(argument: _sluice_workflow_v1_CompleteStageRequest, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  
  /**
   * CompleteStage for up to 256 attempts in one transaction. Each item has its own result:
   * a lost lease (or any refusal) fails its item only, with the code CompleteStage would give.
   * An item may ask for its workflow's next stage (claim_next): it is then leased to the same
   * worker in the same transaction and returned in the result, instead of queued as a task.
   */
  CompleteStages(argument: _sluice_workflow_v1_CompleteStagesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_CompleteStagesResponse__Output>): grpc.ClientUnaryCall;
  CompleteStages(argument: _sluice_workflow_v1_CompleteStagesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_CompleteStagesResponse__Output>): grpc.ClientUnaryCall;
  CompleteStages(argument: _sluice_workflow_v1_CompleteStagesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_CompleteStagesResponse__Output>): grpc.ClientUnaryCall;
  CompleteStages(argument: _sluice_workflow_v1_CompleteStagesRequest, callback: grpc.requestCallback<_sluice_workflow_v1_CompleteStagesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * CompleteStage for up to 256 attempts in one transaction. Each item has its own result:
   * a lost lease (or any refusal) fails its item only, with the code CompleteStage would give.
   * An item may ask for its workflow's next stage (claim_next): it is then leased to the same
   * worker in the same transaction and returned in the result, instead of queued as a task.
   */
  completeStages(argument: _sluice_workflow_v1_CompleteStagesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_CompleteStagesResponse__Output>): grpc.ClientUnaryCall;
  completeStages(argument: _sluice_workflow_v1_CompleteStagesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_CompleteStagesResponse__Output>): grpc.ClientUnaryCall;
  completeStages(argument: _sluice_workflow_v1_CompleteStagesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_CompleteStagesResponse__Output>): grpc.ClientUnaryCall;
  completeStages(argument: _sluice_workflow_v1_CompleteStagesRequest, callback: grpc.requestCallback<_sluice_workflow_v1_CompleteStagesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Creates a workflow in CREATED and queues its first stage. With an idempotency key, a
   * repeated request returns the workflow the first one created (same tenant and key).
   */
  CreateWorkflow(argument: _sluice_workflow_v1_CreateWorkflowRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  CreateWorkflow(argument: _sluice_workflow_v1_CreateWorkflowRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  CreateWorkflow(argument: _sluice_workflow_v1_CreateWorkflowRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  CreateWorkflow(argument: _sluice_workflow_v1_CreateWorkflowRequest, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  /**
   * Creates a workflow in CREATED and queues its first stage. With an idempotency key, a
   * repeated request returns the workflow the first one created (same tenant and key).
   */
  createWorkflow(argument: _sluice_workflow_v1_CreateWorkflowRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  createWorkflow(argument: _sluice_workflow_v1_CreateWorkflowRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  createWorkflow(argument: _sluice_workflow_v1_CreateWorkflowRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  createWorkflow(argument: _sluice_workflow_v1_CreateWorkflowRequest, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  
  /**
   * A human-readable account of where a workflow stands and why: the current stage, what
   * it waits for and until when, which actions are allowed now.
   */
  ExplainWorkflow(argument: _sluice_workflow_v1_ExplainWorkflowRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_WorkflowExplanation__Output>): grpc.ClientUnaryCall;
  ExplainWorkflow(argument: _sluice_workflow_v1_ExplainWorkflowRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_WorkflowExplanation__Output>): grpc.ClientUnaryCall;
  ExplainWorkflow(argument: _sluice_workflow_v1_ExplainWorkflowRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_WorkflowExplanation__Output>): grpc.ClientUnaryCall;
  ExplainWorkflow(argument: _sluice_workflow_v1_ExplainWorkflowRequest, callback: grpc.requestCallback<_sluice_workflow_v1_WorkflowExplanation__Output>): grpc.ClientUnaryCall;
  /**
   * A human-readable account of where a workflow stands and why: the current stage, what
   * it waits for and until when, which actions are allowed now.
   */
  explainWorkflow(argument: _sluice_workflow_v1_ExplainWorkflowRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_WorkflowExplanation__Output>): grpc.ClientUnaryCall;
  explainWorkflow(argument: _sluice_workflow_v1_ExplainWorkflowRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_WorkflowExplanation__Output>): grpc.ClientUnaryCall;
  explainWorkflow(argument: _sluice_workflow_v1_ExplainWorkflowRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_WorkflowExplanation__Output>): grpc.ClientUnaryCall;
  explainWorkflow(argument: _sluice_workflow_v1_ExplainWorkflowRequest, callback: grpc.requestCallback<_sluice_workflow_v1_WorkflowExplanation__Output>): grpc.ClientUnaryCall;
  
  /**
   * The category decides what happens next (see ErrorCategory).
   */
  FailStage(argument: _sluice_workflow_v1_FailStageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  FailStage(argument: _sluice_workflow_v1_FailStageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  FailStage(argument: _sluice_workflow_v1_FailStageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  FailStage(argument: _sluice_workflow_v1_FailStageRequest, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  /**
   * The category decides what happens next (see ErrorCategory).
   */
  failStage(argument: _sluice_workflow_v1_FailStageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  failStage(argument: _sluice_workflow_v1_FailStageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  failStage(argument: _sluice_workflow_v1_FailStageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  failStage(argument: _sluice_workflow_v1_FailStageRequest, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  
  /**
   * What the tenant dashboard shows on its first screen.
   */
  GetDashboardSummary(argument: _sluice_workflow_v1_GetDashboardSummaryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_DashboardSummary__Output>): grpc.ClientUnaryCall;
  GetDashboardSummary(argument: _sluice_workflow_v1_GetDashboardSummaryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_DashboardSummary__Output>): grpc.ClientUnaryCall;
  GetDashboardSummary(argument: _sluice_workflow_v1_GetDashboardSummaryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_DashboardSummary__Output>): grpc.ClientUnaryCall;
  GetDashboardSummary(argument: _sluice_workflow_v1_GetDashboardSummaryRequest, callback: grpc.requestCallback<_sluice_workflow_v1_DashboardSummary__Output>): grpc.ClientUnaryCall;
  /**
   * What the tenant dashboard shows on its first screen.
   */
  getDashboardSummary(argument: _sluice_workflow_v1_GetDashboardSummaryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_DashboardSummary__Output>): grpc.ClientUnaryCall;
  getDashboardSummary(argument: _sluice_workflow_v1_GetDashboardSummaryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_DashboardSummary__Output>): grpc.ClientUnaryCall;
  getDashboardSummary(argument: _sluice_workflow_v1_GetDashboardSummaryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_DashboardSummary__Output>): grpc.ClientUnaryCall;
  getDashboardSummary(argument: _sluice_workflow_v1_GetDashboardSummaryRequest, callback: grpc.requestCallback<_sluice_workflow_v1_DashboardSummary__Output>): grpc.ClientUnaryCall;
  
  /**
   * A definition by type; version 0 = the latest.
   */
  GetDefinition(argument: _sluice_workflow_v1_GetDefinitionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_WorkflowDefinition__Output>): grpc.ClientUnaryCall;
  GetDefinition(argument: _sluice_workflow_v1_GetDefinitionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_WorkflowDefinition__Output>): grpc.ClientUnaryCall;
  GetDefinition(argument: _sluice_workflow_v1_GetDefinitionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_WorkflowDefinition__Output>): grpc.ClientUnaryCall;
  GetDefinition(argument: _sluice_workflow_v1_GetDefinitionRequest, callback: grpc.requestCallback<_sluice_workflow_v1_WorkflowDefinition__Output>): grpc.ClientUnaryCall;
  /**
   * A definition by type; version 0 = the latest.
   */
  getDefinition(argument: _sluice_workflow_v1_GetDefinitionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_WorkflowDefinition__Output>): grpc.ClientUnaryCall;
  getDefinition(argument: _sluice_workflow_v1_GetDefinitionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_WorkflowDefinition__Output>): grpc.ClientUnaryCall;
  getDefinition(argument: _sluice_workflow_v1_GetDefinitionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_WorkflowDefinition__Output>): grpc.ClientUnaryCall;
  getDefinition(argument: _sluice_workflow_v1_GetDefinitionRequest, callback: grpc.requestCallback<_sluice_workflow_v1_WorkflowDefinition__Output>): grpc.ClientUnaryCall;
  
  GetWorkflow(argument: _sluice_workflow_v1_GetWorkflowRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  GetWorkflow(argument: _sluice_workflow_v1_GetWorkflowRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  GetWorkflow(argument: _sluice_workflow_v1_GetWorkflowRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  GetWorkflow(argument: _sluice_workflow_v1_GetWorkflowRequest, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  getWorkflow(argument: _sluice_workflow_v1_GetWorkflowRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  getWorkflow(argument: _sluice_workflow_v1_GetWorkflowRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  getWorkflow(argument: _sluice_workflow_v1_GetWorkflowRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  getWorkflow(argument: _sluice_workflow_v1_GetWorkflowRequest, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  
  /**
   * The audit trail: one row per transition, oldest first.
   */
  GetWorkflowHistory(argument: _sluice_workflow_v1_GetWorkflowHistoryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_GetWorkflowHistoryResponse__Output>): grpc.ClientUnaryCall;
  GetWorkflowHistory(argument: _sluice_workflow_v1_GetWorkflowHistoryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_GetWorkflowHistoryResponse__Output>): grpc.ClientUnaryCall;
  GetWorkflowHistory(argument: _sluice_workflow_v1_GetWorkflowHistoryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_GetWorkflowHistoryResponse__Output>): grpc.ClientUnaryCall;
  GetWorkflowHistory(argument: _sluice_workflow_v1_GetWorkflowHistoryRequest, callback: grpc.requestCallback<_sluice_workflow_v1_GetWorkflowHistoryResponse__Output>): grpc.ClientUnaryCall;
  /**
   * The audit trail: one row per transition, oldest first.
   */
  getWorkflowHistory(argument: _sluice_workflow_v1_GetWorkflowHistoryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_GetWorkflowHistoryResponse__Output>): grpc.ClientUnaryCall;
  getWorkflowHistory(argument: _sluice_workflow_v1_GetWorkflowHistoryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_GetWorkflowHistoryResponse__Output>): grpc.ClientUnaryCall;
  getWorkflowHistory(argument: _sluice_workflow_v1_GetWorkflowHistoryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_GetWorkflowHistoryResponse__Output>): grpc.ClientUnaryCall;
  getWorkflowHistory(argument: _sluice_workflow_v1_GetWorkflowHistoryRequest, callback: grpc.requestCallback<_sluice_workflow_v1_GetWorkflowHistoryResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Counts and durations for the tenant over a window.
   */
  GetWorkflowMetrics(argument: _sluice_workflow_v1_GetWorkflowMetricsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_WorkflowMetrics__Output>): grpc.ClientUnaryCall;
  GetWorkflowMetrics(argument: _sluice_workflow_v1_GetWorkflowMetricsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_WorkflowMetrics__Output>): grpc.ClientUnaryCall;
  GetWorkflowMetrics(argument: _sluice_workflow_v1_GetWorkflowMetricsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_WorkflowMetrics__Output>): grpc.ClientUnaryCall;
  GetWorkflowMetrics(argument: _sluice_workflow_v1_GetWorkflowMetricsRequest, callback: grpc.requestCallback<_sluice_workflow_v1_WorkflowMetrics__Output>): grpc.ClientUnaryCall;
  /**
   * Counts and durations for the tenant over a window.
   */
  getWorkflowMetrics(argument: _sluice_workflow_v1_GetWorkflowMetricsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_WorkflowMetrics__Output>): grpc.ClientUnaryCall;
  getWorkflowMetrics(argument: _sluice_workflow_v1_GetWorkflowMetricsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_WorkflowMetrics__Output>): grpc.ClientUnaryCall;
  getWorkflowMetrics(argument: _sluice_workflow_v1_GetWorkflowMetricsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_WorkflowMetrics__Output>): grpc.ClientUnaryCall;
  getWorkflowMetrics(argument: _sluice_workflow_v1_GetWorkflowMetricsRequest, callback: grpc.requestCallback<_sluice_workflow_v1_WorkflowMetrics__Output>): grpc.ClientUnaryCall;
  
  /**
   * Extends many leases in one call (a worker heartbeats all it holds together). One lost
   * lease does not fail the batch: each lease has its own result.
   */
  Heartbeat(argument: _sluice_workflow_v1_HeartbeatRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_HeartbeatResponse__Output>): grpc.ClientUnaryCall;
  Heartbeat(argument: _sluice_workflow_v1_HeartbeatRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_HeartbeatResponse__Output>): grpc.ClientUnaryCall;
  Heartbeat(argument: _sluice_workflow_v1_HeartbeatRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_HeartbeatResponse__Output>): grpc.ClientUnaryCall;
  Heartbeat(argument: _sluice_workflow_v1_HeartbeatRequest, callback: grpc.requestCallback<_sluice_workflow_v1_HeartbeatResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Extends many leases in one call (a worker heartbeats all it holds together). One lost
   * lease does not fail the batch: each lease has its own result.
   */
  heartbeat(argument: _sluice_workflow_v1_HeartbeatRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_HeartbeatResponse__Output>): grpc.ClientUnaryCall;
  heartbeat(argument: _sluice_workflow_v1_HeartbeatRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_HeartbeatResponse__Output>): grpc.ClientUnaryCall;
  heartbeat(argument: _sluice_workflow_v1_HeartbeatRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_HeartbeatResponse__Output>): grpc.ClientUnaryCall;
  heartbeat(argument: _sluice_workflow_v1_HeartbeatRequest, callback: grpc.requestCallback<_sluice_workflow_v1_HeartbeatResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * The latest version of every registered type.
   */
  ListDefinitions(argument: _sluice_workflow_v1_ListDefinitionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_ListDefinitionsResponse__Output>): grpc.ClientUnaryCall;
  ListDefinitions(argument: _sluice_workflow_v1_ListDefinitionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_ListDefinitionsResponse__Output>): grpc.ClientUnaryCall;
  ListDefinitions(argument: _sluice_workflow_v1_ListDefinitionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_ListDefinitionsResponse__Output>): grpc.ClientUnaryCall;
  ListDefinitions(argument: _sluice_workflow_v1_ListDefinitionsRequest, callback: grpc.requestCallback<_sluice_workflow_v1_ListDefinitionsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * The latest version of every registered type.
   */
  listDefinitions(argument: _sluice_workflow_v1_ListDefinitionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_ListDefinitionsResponse__Output>): grpc.ClientUnaryCall;
  listDefinitions(argument: _sluice_workflow_v1_ListDefinitionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_ListDefinitionsResponse__Output>): grpc.ClientUnaryCall;
  listDefinitions(argument: _sluice_workflow_v1_ListDefinitionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_ListDefinitionsResponse__Output>): grpc.ClientUnaryCall;
  listDefinitions(argument: _sluice_workflow_v1_ListDefinitionsRequest, callback: grpc.requestCallback<_sluice_workflow_v1_ListDefinitionsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Every stage attempt of one workflow, oldest first.
   */
  ListStageAttempts(argument: _sluice_workflow_v1_ListStageAttemptsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_ListStageAttemptsResponse__Output>): grpc.ClientUnaryCall;
  ListStageAttempts(argument: _sluice_workflow_v1_ListStageAttemptsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_ListStageAttemptsResponse__Output>): grpc.ClientUnaryCall;
  ListStageAttempts(argument: _sluice_workflow_v1_ListStageAttemptsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_ListStageAttemptsResponse__Output>): grpc.ClientUnaryCall;
  ListStageAttempts(argument: _sluice_workflow_v1_ListStageAttemptsRequest, callback: grpc.requestCallback<_sluice_workflow_v1_ListStageAttemptsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Every stage attempt of one workflow, oldest first.
   */
  listStageAttempts(argument: _sluice_workflow_v1_ListStageAttemptsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_ListStageAttemptsResponse__Output>): grpc.ClientUnaryCall;
  listStageAttempts(argument: _sluice_workflow_v1_ListStageAttemptsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_ListStageAttemptsResponse__Output>): grpc.ClientUnaryCall;
  listStageAttempts(argument: _sluice_workflow_v1_ListStageAttemptsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_ListStageAttemptsResponse__Output>): grpc.ClientUnaryCall;
  listStageAttempts(argument: _sluice_workflow_v1_ListStageAttemptsRequest, callback: grpc.requestCallback<_sluice_workflow_v1_ListStageAttemptsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Filters combine with AND; newest first.
   */
  ListWorkflows(argument: _sluice_workflow_v1_ListWorkflowsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_ListWorkflowsResponse__Output>): grpc.ClientUnaryCall;
  ListWorkflows(argument: _sluice_workflow_v1_ListWorkflowsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_ListWorkflowsResponse__Output>): grpc.ClientUnaryCall;
  ListWorkflows(argument: _sluice_workflow_v1_ListWorkflowsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_ListWorkflowsResponse__Output>): grpc.ClientUnaryCall;
  ListWorkflows(argument: _sluice_workflow_v1_ListWorkflowsRequest, callback: grpc.requestCallback<_sluice_workflow_v1_ListWorkflowsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Filters combine with AND; newest first.
   */
  listWorkflows(argument: _sluice_workflow_v1_ListWorkflowsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_ListWorkflowsResponse__Output>): grpc.ClientUnaryCall;
  listWorkflows(argument: _sluice_workflow_v1_ListWorkflowsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_ListWorkflowsResponse__Output>): grpc.ClientUnaryCall;
  listWorkflows(argument: _sluice_workflow_v1_ListWorkflowsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_ListWorkflowsResponse__Output>): grpc.ClientUnaryCall;
  listWorkflows(argument: _sluice_workflow_v1_ListWorkflowsRequest, callback: grpc.requestCallback<_sluice_workflow_v1_ListWorkflowsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Registers a workflow type or a new version of it. Idempotent: the same content returns
   * the current version; changed content creates version + 1. Running workflows keep the
   * version they were created with.
   */
  RegisterDefinition(argument: _sluice_workflow_v1_RegisterDefinitionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_WorkflowDefinition__Output>): grpc.ClientUnaryCall;
  RegisterDefinition(argument: _sluice_workflow_v1_RegisterDefinitionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_WorkflowDefinition__Output>): grpc.ClientUnaryCall;
  RegisterDefinition(argument: _sluice_workflow_v1_RegisterDefinitionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_WorkflowDefinition__Output>): grpc.ClientUnaryCall;
  RegisterDefinition(argument: _sluice_workflow_v1_RegisterDefinitionRequest, callback: grpc.requestCallback<_sluice_workflow_v1_WorkflowDefinition__Output>): grpc.ClientUnaryCall;
  /**
   * Registers a workflow type or a new version of it. Idempotent: the same content returns
   * the current version; changed content creates version + 1. Running workflows keep the
   * version they were created with.
   */
  registerDefinition(argument: _sluice_workflow_v1_RegisterDefinitionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_WorkflowDefinition__Output>): grpc.ClientUnaryCall;
  registerDefinition(argument: _sluice_workflow_v1_RegisterDefinitionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_WorkflowDefinition__Output>): grpc.ClientUnaryCall;
  registerDefinition(argument: _sluice_workflow_v1_RegisterDefinitionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_WorkflowDefinition__Output>): grpc.ClientUnaryCall;
  registerDefinition(argument: _sluice_workflow_v1_RegisterDefinitionRequest, callback: grpc.requestCallback<_sluice_workflow_v1_WorkflowDefinition__Output>): grpc.ClientUnaryCall;
  
  /**
   * Gives the lease back without counting a failure (worker shutdown); re-queued after
   * `delay_ms`.
   */
  ReleaseStage(argument: _sluice_workflow_v1_ReleaseStageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  ReleaseStage(argument: _sluice_workflow_v1_ReleaseStageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  ReleaseStage(argument: _sluice_workflow_v1_ReleaseStageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  ReleaseStage(argument: _sluice_workflow_v1_ReleaseStageRequest, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  /**
   * Gives the lease back without counting a failure (worker shutdown); re-queued after
   * `delay_ms`.
   */
  releaseStage(argument: _sluice_workflow_v1_ReleaseStageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  releaseStage(argument: _sluice_workflow_v1_ReleaseStageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  releaseStage(argument: _sluice_workflow_v1_ReleaseStageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  releaseStage(argument: _sluice_workflow_v1_ReleaseStageRequest, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  
  ReportProgress(argument: _sluice_workflow_v1_ReportProgressRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_ReportProgressResponse__Output>): grpc.ClientUnaryCall;
  ReportProgress(argument: _sluice_workflow_v1_ReportProgressRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_ReportProgressResponse__Output>): grpc.ClientUnaryCall;
  ReportProgress(argument: _sluice_workflow_v1_ReportProgressRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_ReportProgressResponse__Output>): grpc.ClientUnaryCall;
  ReportProgress(argument: _sluice_workflow_v1_ReportProgressRequest, callback: grpc.requestCallback<_sluice_workflow_v1_ReportProgressResponse__Output>): grpc.ClientUnaryCall;
  reportProgress(argument: _sluice_workflow_v1_ReportProgressRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_ReportProgressResponse__Output>): grpc.ClientUnaryCall;
  reportProgress(argument: _sluice_workflow_v1_ReportProgressRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_ReportProgressResponse__Output>): grpc.ClientUnaryCall;
  reportProgress(argument: _sluice_workflow_v1_ReportProgressRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_ReportProgressResponse__Output>): grpc.ClientUnaryCall;
  reportProgress(argument: _sluice_workflow_v1_ReportProgressRequest, callback: grpc.requestCallback<_sluice_workflow_v1_ReportProgressResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Re-queues the tenant's QUOTA_EXCEEDED workflows now (e.g. after a limit was raised),
   * instead of at their grant retry times.
   */
  ResumeQuotaExceeded(argument: _sluice_workflow_v1_ResumeQuotaExceededRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_ResumeQuotaExceededResponse__Output>): grpc.ClientUnaryCall;
  ResumeQuotaExceeded(argument: _sluice_workflow_v1_ResumeQuotaExceededRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_ResumeQuotaExceededResponse__Output>): grpc.ClientUnaryCall;
  ResumeQuotaExceeded(argument: _sluice_workflow_v1_ResumeQuotaExceededRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_ResumeQuotaExceededResponse__Output>): grpc.ClientUnaryCall;
  ResumeQuotaExceeded(argument: _sluice_workflow_v1_ResumeQuotaExceededRequest, callback: grpc.requestCallback<_sluice_workflow_v1_ResumeQuotaExceededResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Re-queues the tenant's QUOTA_EXCEEDED workflows now (e.g. after a limit was raised),
   * instead of at their grant retry times.
   */
  resumeQuotaExceeded(argument: _sluice_workflow_v1_ResumeQuotaExceededRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_ResumeQuotaExceededResponse__Output>): grpc.ClientUnaryCall;
  resumeQuotaExceeded(argument: _sluice_workflow_v1_ResumeQuotaExceededRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_ResumeQuotaExceededResponse__Output>): grpc.ClientUnaryCall;
  resumeQuotaExceeded(argument: _sluice_workflow_v1_ResumeQuotaExceededRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_ResumeQuotaExceededResponse__Output>): grpc.ClientUnaryCall;
  resumeQuotaExceeded(argument: _sluice_workflow_v1_ResumeQuotaExceededRequest, callback: grpc.requestCallback<_sluice_workflow_v1_ResumeQuotaExceededResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * SUSPENDED → QUEUED (the current stage again).
   */
  ResumeWorkflow(argument: _sluice_workflow_v1_ResumeWorkflowRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  ResumeWorkflow(argument: _sluice_workflow_v1_ResumeWorkflowRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  ResumeWorkflow(argument: _sluice_workflow_v1_ResumeWorkflowRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  ResumeWorkflow(argument: _sluice_workflow_v1_ResumeWorkflowRequest, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  /**
   * SUSPENDED → QUEUED (the current stage again).
   */
  resumeWorkflow(argument: _sluice_workflow_v1_ResumeWorkflowRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  resumeWorkflow(argument: _sluice_workflow_v1_ResumeWorkflowRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  resumeWorkflow(argument: _sluice_workflow_v1_ResumeWorkflowRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  resumeWorkflow(argument: _sluice_workflow_v1_ResumeWorkflowRequest, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  
  /**
   * FAILED or PARTIALLY_PROCESSED → QUEUED, from the failed stage or `from_stage`.
   */
  RetryWorkflow(argument: _sluice_workflow_v1_RetryWorkflowRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  RetryWorkflow(argument: _sluice_workflow_v1_RetryWorkflowRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  RetryWorkflow(argument: _sluice_workflow_v1_RetryWorkflowRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  RetryWorkflow(argument: _sluice_workflow_v1_RetryWorkflowRequest, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  /**
   * FAILED or PARTIALLY_PROCESSED → QUEUED, from the failed stage or `from_stage`.
   */
  retryWorkflow(argument: _sluice_workflow_v1_RetryWorkflowRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  retryWorkflow(argument: _sluice_workflow_v1_RetryWorkflowRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  retryWorkflow(argument: _sluice_workflow_v1_RetryWorkflowRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  retryWorkflow(argument: _sluice_workflow_v1_RetryWorkflowRequest, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  
  /**
   * Stores a checkpoint that survives retries and QUOTA_EXCEEDED; the next claim of the
   * stage returns it in `partial_json`.
   */
  SavePartial(argument: _sluice_workflow_v1_SavePartialRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_SavePartialResponse__Output>): grpc.ClientUnaryCall;
  SavePartial(argument: _sluice_workflow_v1_SavePartialRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_SavePartialResponse__Output>): grpc.ClientUnaryCall;
  SavePartial(argument: _sluice_workflow_v1_SavePartialRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_SavePartialResponse__Output>): grpc.ClientUnaryCall;
  SavePartial(argument: _sluice_workflow_v1_SavePartialRequest, callback: grpc.requestCallback<_sluice_workflow_v1_SavePartialResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Stores a checkpoint that survives retries and QUOTA_EXCEEDED; the next claim of the
   * stage returns it in `partial_json`.
   */
  savePartial(argument: _sluice_workflow_v1_SavePartialRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_SavePartialResponse__Output>): grpc.ClientUnaryCall;
  savePartial(argument: _sluice_workflow_v1_SavePartialRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_SavePartialResponse__Output>): grpc.ClientUnaryCall;
  savePartial(argument: _sluice_workflow_v1_SavePartialRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_SavePartialResponse__Output>): grpc.ClientUnaryCall;
  savePartial(argument: _sluice_workflow_v1_SavePartialRequest, callback: grpc.requestCallback<_sluice_workflow_v1_SavePartialResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Delivers a named signal; a workflow in WAITING for it moves on.
   */
  SignalWorkflow(argument: _sluice_workflow_v1_SignalWorkflowRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  SignalWorkflow(argument: _sluice_workflow_v1_SignalWorkflowRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  SignalWorkflow(argument: _sluice_workflow_v1_SignalWorkflowRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  SignalWorkflow(argument: _sluice_workflow_v1_SignalWorkflowRequest, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  /**
   * Delivers a named signal; a workflow in WAITING for it moves on.
   */
  signalWorkflow(argument: _sluice_workflow_v1_SignalWorkflowRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  signalWorkflow(argument: _sluice_workflow_v1_SignalWorkflowRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  signalWorkflow(argument: _sluice_workflow_v1_SignalWorkflowRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  signalWorkflow(argument: _sluice_workflow_v1_SignalWorkflowRequest, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  
  /**
   * Holds the workflow for a person; a running attempt is told at its next heartbeat.
   */
  SuspendWorkflow(argument: _sluice_workflow_v1_SuspendWorkflowRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  SuspendWorkflow(argument: _sluice_workflow_v1_SuspendWorkflowRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  SuspendWorkflow(argument: _sluice_workflow_v1_SuspendWorkflowRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  SuspendWorkflow(argument: _sluice_workflow_v1_SuspendWorkflowRequest, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  /**
   * Holds the workflow for a person; a running attempt is told at its next heartbeat.
   */
  suspendWorkflow(argument: _sluice_workflow_v1_SuspendWorkflowRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  suspendWorkflow(argument: _sluice_workflow_v1_SuspendWorkflowRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  suspendWorkflow(argument: _sluice_workflow_v1_SuspendWorkflowRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  suspendWorkflow(argument: _sluice_workflow_v1_SuspendWorkflowRequest, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  
  /**
   * The stage needs an external signal (an approval, a webhook) before it can go on: the
   * attempt ends, the workflow goes WAITING, and SignalWorkflow with that name runs the stage
   * again (its ClaimStageResponse.signals_json holds the payload). Past timeout_ms the workflow
   * FAILS with SIGNAL_TIMEOUT; 0 = wait without a deadline.
   */
  WaitForSignal(argument: _sluice_workflow_v1_WaitForSignalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  WaitForSignal(argument: _sluice_workflow_v1_WaitForSignalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  WaitForSignal(argument: _sluice_workflow_v1_WaitForSignalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  WaitForSignal(argument: _sluice_workflow_v1_WaitForSignalRequest, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  /**
   * The stage needs an external signal (an approval, a webhook) before it can go on: the
   * attempt ends, the workflow goes WAITING, and SignalWorkflow with that name runs the stage
   * again (its ClaimStageResponse.signals_json holds the payload). Past timeout_ms the workflow
   * FAILS with SIGNAL_TIMEOUT; 0 = wait without a deadline.
   */
  waitForSignal(argument: _sluice_workflow_v1_WaitForSignalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  waitForSignal(argument: _sluice_workflow_v1_WaitForSignalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  waitForSignal(argument: _sluice_workflow_v1_WaitForSignalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  waitForSignal(argument: _sluice_workflow_v1_WaitForSignalRequest, callback: grpc.requestCallback<_sluice_workflow_v1_Workflow__Output>): grpc.ClientUnaryCall;
  
  /**
   * The workflow now, then one update per transition or progress report. The stream ends
   * once a state with no automatic way out (COMPLETED, CANCELLED, FAILED,
   * PARTIALLY_PROCESSED) has been sent.
   */
  WatchWorkflow(argument: _sluice_workflow_v1_WatchWorkflowRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_sluice_workflow_v1_WorkflowUpdate__Output>;
  WatchWorkflow(argument: _sluice_workflow_v1_WatchWorkflowRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_sluice_workflow_v1_WorkflowUpdate__Output>;
  /**
   * The workflow now, then one update per transition or progress report. The stream ends
   * once a state with no automatic way out (COMPLETED, CANCELLED, FAILED,
   * PARTIALLY_PROCESSED) has been sent.
   */
  watchWorkflow(argument: _sluice_workflow_v1_WatchWorkflowRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_sluice_workflow_v1_WorkflowUpdate__Output>;
  watchWorkflow(argument: _sluice_workflow_v1_WatchWorkflowRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_sluice_workflow_v1_WorkflowUpdate__Output>;
  
  /**
   * A worker's long-lived stream, far cheaper per message than a call each. On it the worker
   * keeps claims waiting for new workflows: a workflow of the type created on this service
   * replica while one waits has its first stage leased to that worker in the creating
   * statement (sync match: no task, no claim call), unless that stage or its type has a
   * concurrency limit or a queued attempt of it has a higher priority; the claim comes back
   * on the stream. Waiting claims never take a queued attempt: those come as tasks. The worker
   * also sends its completions on it (CompleteStages, answered under the same call_id). Its
   * waiting claims end with the stream; a claim leased to a stream that has gone is handed
   * back at once (as ReleaseStage would), and one already on its way when a stream breaks is
   * re-queued when its lease expires.
   */
  WorkerSession(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_sluice_workflow_v1_WorkerSessionRequest, _sluice_workflow_v1_WorkerSessionResponse__Output>;
  WorkerSession(options?: grpc.CallOptions): grpc.ClientDuplexStream<_sluice_workflow_v1_WorkerSessionRequest, _sluice_workflow_v1_WorkerSessionResponse__Output>;
  /**
   * A worker's long-lived stream, far cheaper per message than a call each. On it the worker
   * keeps claims waiting for new workflows: a workflow of the type created on this service
   * replica while one waits has its first stage leased to that worker in the creating
   * statement (sync match: no task, no claim call), unless that stage or its type has a
   * concurrency limit or a queued attempt of it has a higher priority; the claim comes back
   * on the stream. Waiting claims never take a queued attempt: those come as tasks. The worker
   * also sends its completions on it (CompleteStages, answered under the same call_id). Its
   * waiting claims end with the stream; a claim leased to a stream that has gone is handed
   * back at once (as ReleaseStage would), and one already on its way when a stream breaks is
   * re-queued when its lease expires.
   */
  workerSession(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_sluice_workflow_v1_WorkerSessionRequest, _sluice_workflow_v1_WorkerSessionResponse__Output>;
  workerSession(options?: grpc.CallOptions): grpc.ClientDuplexStream<_sluice_workflow_v1_WorkerSessionRequest, _sluice_workflow_v1_WorkerSessionResponse__Output>;
  
}

export interface WorkflowServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Any non-terminal state → CANCELLED; a running attempt is told at its next heartbeat.
   */
  CancelWorkflow: grpc.handleUnaryCall<_sluice_workflow_v1_CancelWorkflowRequest__Output, _sluice_workflow_v1_Workflow>;
  
  /**
   * Takes the lease on an attempt and returns a new, higher fence. Fails with
   * LEASE_LOST when another worker holds it and INVALID_TRANSITION when the workflow has
   * moved on (cancelled, suspended): the worker acks the task and drops it.
   */
  ClaimStage: grpc.handleUnaryCall<_sluice_workflow_v1_ClaimStageRequest__Output, _sluice_workflow_v1_ClaimStageResponse>;
  
  /**
   * Takes up to `max` (at most 256) of the best queued attempts of (workflow_type, stage) in
   * one transaction, each under its own lease and fence: a worker asks for as many as it has
   * free slots. Fewer (or none) is not an error; `held_back` says queued attempts were left
   * that this call could not take (a concurrency limit, or a workflow busy with a command).
   */
  ClaimStages: grpc.handleUnaryCall<_sluice_workflow_v1_ClaimStagesRequest__Output, _sluice_workflow_v1_ClaimStagesResponse>;
  
  /**
   * Commits the stage's output and moves to the next stage (or COMPLETED). At most once per
   * attempt: a repeat, or a fence that is no longer current, fails with LEASE_LOST and
   * changes nothing.
   */
  CompleteStage: grpc.handleUnaryCall<_sluice_workflow_v1_CompleteStageRequest__Output, _sluice_workflow_v1_Workflow>;
  
  /**
   * CompleteStage for up to 256 attempts in one transaction. Each item has its own result:
   * a lost lease (or any refusal) fails its item only, with the code CompleteStage would give.
   * An item may ask for its workflow's next stage (claim_next): it is then leased to the same
   * worker in the same transaction and returned in the result, instead of queued as a task.
   */
  CompleteStages: grpc.handleUnaryCall<_sluice_workflow_v1_CompleteStagesRequest__Output, _sluice_workflow_v1_CompleteStagesResponse>;
  
  /**
   * Creates a workflow in CREATED and queues its first stage. With an idempotency key, a
   * repeated request returns the workflow the first one created (same tenant and key).
   */
  CreateWorkflow: grpc.handleUnaryCall<_sluice_workflow_v1_CreateWorkflowRequest__Output, _sluice_workflow_v1_Workflow>;
  
  /**
   * A human-readable account of where a workflow stands and why: the current stage, what
   * it waits for and until when, which actions are allowed now.
   */
  ExplainWorkflow: grpc.handleUnaryCall<_sluice_workflow_v1_ExplainWorkflowRequest__Output, _sluice_workflow_v1_WorkflowExplanation>;
  
  /**
   * The category decides what happens next (see ErrorCategory).
   */
  FailStage: grpc.handleUnaryCall<_sluice_workflow_v1_FailStageRequest__Output, _sluice_workflow_v1_Workflow>;
  
  /**
   * What the tenant dashboard shows on its first screen.
   */
  GetDashboardSummary: grpc.handleUnaryCall<_sluice_workflow_v1_GetDashboardSummaryRequest__Output, _sluice_workflow_v1_DashboardSummary>;
  
  /**
   * A definition by type; version 0 = the latest.
   */
  GetDefinition: grpc.handleUnaryCall<_sluice_workflow_v1_GetDefinitionRequest__Output, _sluice_workflow_v1_WorkflowDefinition>;
  
  GetWorkflow: grpc.handleUnaryCall<_sluice_workflow_v1_GetWorkflowRequest__Output, _sluice_workflow_v1_Workflow>;
  
  /**
   * The audit trail: one row per transition, oldest first.
   */
  GetWorkflowHistory: grpc.handleUnaryCall<_sluice_workflow_v1_GetWorkflowHistoryRequest__Output, _sluice_workflow_v1_GetWorkflowHistoryResponse>;
  
  /**
   * Counts and durations for the tenant over a window.
   */
  GetWorkflowMetrics: grpc.handleUnaryCall<_sluice_workflow_v1_GetWorkflowMetricsRequest__Output, _sluice_workflow_v1_WorkflowMetrics>;
  
  /**
   * Extends many leases in one call (a worker heartbeats all it holds together). One lost
   * lease does not fail the batch: each lease has its own result.
   */
  Heartbeat: grpc.handleUnaryCall<_sluice_workflow_v1_HeartbeatRequest__Output, _sluice_workflow_v1_HeartbeatResponse>;
  
  /**
   * The latest version of every registered type.
   */
  ListDefinitions: grpc.handleUnaryCall<_sluice_workflow_v1_ListDefinitionsRequest__Output, _sluice_workflow_v1_ListDefinitionsResponse>;
  
  /**
   * Every stage attempt of one workflow, oldest first.
   */
  ListStageAttempts: grpc.handleUnaryCall<_sluice_workflow_v1_ListStageAttemptsRequest__Output, _sluice_workflow_v1_ListStageAttemptsResponse>;
  
  /**
   * Filters combine with AND; newest first.
   */
  ListWorkflows: grpc.handleUnaryCall<_sluice_workflow_v1_ListWorkflowsRequest__Output, _sluice_workflow_v1_ListWorkflowsResponse>;
  
  /**
   * Registers a workflow type or a new version of it. Idempotent: the same content returns
   * the current version; changed content creates version + 1. Running workflows keep the
   * version they were created with.
   */
  RegisterDefinition: grpc.handleUnaryCall<_sluice_workflow_v1_RegisterDefinitionRequest__Output, _sluice_workflow_v1_WorkflowDefinition>;
  
  /**
   * Gives the lease back without counting a failure (worker shutdown); re-queued after
   * `delay_ms`.
   */
  ReleaseStage: grpc.handleUnaryCall<_sluice_workflow_v1_ReleaseStageRequest__Output, _sluice_workflow_v1_Workflow>;
  
  ReportProgress: grpc.handleUnaryCall<_sluice_workflow_v1_ReportProgressRequest__Output, _sluice_workflow_v1_ReportProgressResponse>;
  
  /**
   * Re-queues the tenant's QUOTA_EXCEEDED workflows now (e.g. after a limit was raised),
   * instead of at their grant retry times.
   */
  ResumeQuotaExceeded: grpc.handleUnaryCall<_sluice_workflow_v1_ResumeQuotaExceededRequest__Output, _sluice_workflow_v1_ResumeQuotaExceededResponse>;
  
  /**
   * SUSPENDED → QUEUED (the current stage again).
   */
  ResumeWorkflow: grpc.handleUnaryCall<_sluice_workflow_v1_ResumeWorkflowRequest__Output, _sluice_workflow_v1_Workflow>;
  
  /**
   * FAILED or PARTIALLY_PROCESSED → QUEUED, from the failed stage or `from_stage`.
   */
  RetryWorkflow: grpc.handleUnaryCall<_sluice_workflow_v1_RetryWorkflowRequest__Output, _sluice_workflow_v1_Workflow>;
  
  /**
   * Stores a checkpoint that survives retries and QUOTA_EXCEEDED; the next claim of the
   * stage returns it in `partial_json`.
   */
  SavePartial: grpc.handleUnaryCall<_sluice_workflow_v1_SavePartialRequest__Output, _sluice_workflow_v1_SavePartialResponse>;
  
  /**
   * Delivers a named signal; a workflow in WAITING for it moves on.
   */
  SignalWorkflow: grpc.handleUnaryCall<_sluice_workflow_v1_SignalWorkflowRequest__Output, _sluice_workflow_v1_Workflow>;
  
  /**
   * Holds the workflow for a person; a running attempt is told at its next heartbeat.
   */
  SuspendWorkflow: grpc.handleUnaryCall<_sluice_workflow_v1_SuspendWorkflowRequest__Output, _sluice_workflow_v1_Workflow>;
  
  /**
   * The stage needs an external signal (an approval, a webhook) before it can go on: the
   * attempt ends, the workflow goes WAITING, and SignalWorkflow with that name runs the stage
   * again (its ClaimStageResponse.signals_json holds the payload). Past timeout_ms the workflow
   * FAILS with SIGNAL_TIMEOUT; 0 = wait without a deadline.
   */
  WaitForSignal: grpc.handleUnaryCall<_sluice_workflow_v1_WaitForSignalRequest__Output, _sluice_workflow_v1_Workflow>;
  
  /**
   * The workflow now, then one update per transition or progress report. The stream ends
   * once a state with no automatic way out (COMPLETED, CANCELLED, FAILED,
   * PARTIALLY_PROCESSED) has been sent.
   */
  WatchWorkflow: grpc.handleServerStreamingCall<_sluice_workflow_v1_WatchWorkflowRequest__Output, _sluice_workflow_v1_WorkflowUpdate>;
  
  /**
   * A worker's long-lived stream, far cheaper per message than a call each. On it the worker
   * keeps claims waiting for new workflows: a workflow of the type created on this service
   * replica while one waits has its first stage leased to that worker in the creating
   * statement (sync match: no task, no claim call), unless that stage or its type has a
   * concurrency limit or a queued attempt of it has a higher priority; the claim comes back
   * on the stream. Waiting claims never take a queued attempt: those come as tasks. The worker
   * also sends its completions on it (CompleteStages, answered under the same call_id). Its
   * waiting claims end with the stream; a claim leased to a stream that has gone is handed
   * back at once (as ReleaseStage would), and one already on its way when a stream breaks is
   * re-queued when its lease expires.
   */
  WorkerSession: grpc.handleBidiStreamingCall<_sluice_workflow_v1_WorkerSessionRequest__Output, _sluice_workflow_v1_WorkerSessionResponse>;
  
}

export interface WorkflowServiceDefinition extends grpc.ServiceDefinition {
  CancelWorkflow: MethodDefinition<_sluice_workflow_v1_CancelWorkflowRequest, _sluice_workflow_v1_Workflow, _sluice_workflow_v1_CancelWorkflowRequest__Output, _sluice_workflow_v1_Workflow__Output>
  ClaimStage: MethodDefinition<_sluice_workflow_v1_ClaimStageRequest, _sluice_workflow_v1_ClaimStageResponse, _sluice_workflow_v1_ClaimStageRequest__Output, _sluice_workflow_v1_ClaimStageResponse__Output>
  ClaimStages: MethodDefinition<_sluice_workflow_v1_ClaimStagesRequest, _sluice_workflow_v1_ClaimStagesResponse, _sluice_workflow_v1_ClaimStagesRequest__Output, _sluice_workflow_v1_ClaimStagesResponse__Output>
  CompleteStage: MethodDefinition<_sluice_workflow_v1_CompleteStageRequest, _sluice_workflow_v1_Workflow, _sluice_workflow_v1_CompleteStageRequest__Output, _sluice_workflow_v1_Workflow__Output>
  CompleteStages: MethodDefinition<_sluice_workflow_v1_CompleteStagesRequest, _sluice_workflow_v1_CompleteStagesResponse, _sluice_workflow_v1_CompleteStagesRequest__Output, _sluice_workflow_v1_CompleteStagesResponse__Output>
  CreateWorkflow: MethodDefinition<_sluice_workflow_v1_CreateWorkflowRequest, _sluice_workflow_v1_Workflow, _sluice_workflow_v1_CreateWorkflowRequest__Output, _sluice_workflow_v1_Workflow__Output>
  ExplainWorkflow: MethodDefinition<_sluice_workflow_v1_ExplainWorkflowRequest, _sluice_workflow_v1_WorkflowExplanation, _sluice_workflow_v1_ExplainWorkflowRequest__Output, _sluice_workflow_v1_WorkflowExplanation__Output>
  FailStage: MethodDefinition<_sluice_workflow_v1_FailStageRequest, _sluice_workflow_v1_Workflow, _sluice_workflow_v1_FailStageRequest__Output, _sluice_workflow_v1_Workflow__Output>
  GetDashboardSummary: MethodDefinition<_sluice_workflow_v1_GetDashboardSummaryRequest, _sluice_workflow_v1_DashboardSummary, _sluice_workflow_v1_GetDashboardSummaryRequest__Output, _sluice_workflow_v1_DashboardSummary__Output>
  GetDefinition: MethodDefinition<_sluice_workflow_v1_GetDefinitionRequest, _sluice_workflow_v1_WorkflowDefinition, _sluice_workflow_v1_GetDefinitionRequest__Output, _sluice_workflow_v1_WorkflowDefinition__Output>
  GetWorkflow: MethodDefinition<_sluice_workflow_v1_GetWorkflowRequest, _sluice_workflow_v1_Workflow, _sluice_workflow_v1_GetWorkflowRequest__Output, _sluice_workflow_v1_Workflow__Output>
  GetWorkflowHistory: MethodDefinition<_sluice_workflow_v1_GetWorkflowHistoryRequest, _sluice_workflow_v1_GetWorkflowHistoryResponse, _sluice_workflow_v1_GetWorkflowHistoryRequest__Output, _sluice_workflow_v1_GetWorkflowHistoryResponse__Output>
  GetWorkflowMetrics: MethodDefinition<_sluice_workflow_v1_GetWorkflowMetricsRequest, _sluice_workflow_v1_WorkflowMetrics, _sluice_workflow_v1_GetWorkflowMetricsRequest__Output, _sluice_workflow_v1_WorkflowMetrics__Output>
  Heartbeat: MethodDefinition<_sluice_workflow_v1_HeartbeatRequest, _sluice_workflow_v1_HeartbeatResponse, _sluice_workflow_v1_HeartbeatRequest__Output, _sluice_workflow_v1_HeartbeatResponse__Output>
  ListDefinitions: MethodDefinition<_sluice_workflow_v1_ListDefinitionsRequest, _sluice_workflow_v1_ListDefinitionsResponse, _sluice_workflow_v1_ListDefinitionsRequest__Output, _sluice_workflow_v1_ListDefinitionsResponse__Output>
  ListStageAttempts: MethodDefinition<_sluice_workflow_v1_ListStageAttemptsRequest, _sluice_workflow_v1_ListStageAttemptsResponse, _sluice_workflow_v1_ListStageAttemptsRequest__Output, _sluice_workflow_v1_ListStageAttemptsResponse__Output>
  ListWorkflows: MethodDefinition<_sluice_workflow_v1_ListWorkflowsRequest, _sluice_workflow_v1_ListWorkflowsResponse, _sluice_workflow_v1_ListWorkflowsRequest__Output, _sluice_workflow_v1_ListWorkflowsResponse__Output>
  RegisterDefinition: MethodDefinition<_sluice_workflow_v1_RegisterDefinitionRequest, _sluice_workflow_v1_WorkflowDefinition, _sluice_workflow_v1_RegisterDefinitionRequest__Output, _sluice_workflow_v1_WorkflowDefinition__Output>
  ReleaseStage: MethodDefinition<_sluice_workflow_v1_ReleaseStageRequest, _sluice_workflow_v1_Workflow, _sluice_workflow_v1_ReleaseStageRequest__Output, _sluice_workflow_v1_Workflow__Output>
  ReportProgress: MethodDefinition<_sluice_workflow_v1_ReportProgressRequest, _sluice_workflow_v1_ReportProgressResponse, _sluice_workflow_v1_ReportProgressRequest__Output, _sluice_workflow_v1_ReportProgressResponse__Output>
  ResumeQuotaExceeded: MethodDefinition<_sluice_workflow_v1_ResumeQuotaExceededRequest, _sluice_workflow_v1_ResumeQuotaExceededResponse, _sluice_workflow_v1_ResumeQuotaExceededRequest__Output, _sluice_workflow_v1_ResumeQuotaExceededResponse__Output>
  ResumeWorkflow: MethodDefinition<_sluice_workflow_v1_ResumeWorkflowRequest, _sluice_workflow_v1_Workflow, _sluice_workflow_v1_ResumeWorkflowRequest__Output, _sluice_workflow_v1_Workflow__Output>
  RetryWorkflow: MethodDefinition<_sluice_workflow_v1_RetryWorkflowRequest, _sluice_workflow_v1_Workflow, _sluice_workflow_v1_RetryWorkflowRequest__Output, _sluice_workflow_v1_Workflow__Output>
  SavePartial: MethodDefinition<_sluice_workflow_v1_SavePartialRequest, _sluice_workflow_v1_SavePartialResponse, _sluice_workflow_v1_SavePartialRequest__Output, _sluice_workflow_v1_SavePartialResponse__Output>
  SignalWorkflow: MethodDefinition<_sluice_workflow_v1_SignalWorkflowRequest, _sluice_workflow_v1_Workflow, _sluice_workflow_v1_SignalWorkflowRequest__Output, _sluice_workflow_v1_Workflow__Output>
  SuspendWorkflow: MethodDefinition<_sluice_workflow_v1_SuspendWorkflowRequest, _sluice_workflow_v1_Workflow, _sluice_workflow_v1_SuspendWorkflowRequest__Output, _sluice_workflow_v1_Workflow__Output>
  WaitForSignal: MethodDefinition<_sluice_workflow_v1_WaitForSignalRequest, _sluice_workflow_v1_Workflow, _sluice_workflow_v1_WaitForSignalRequest__Output, _sluice_workflow_v1_Workflow__Output>
  WatchWorkflow: MethodDefinition<_sluice_workflow_v1_WatchWorkflowRequest, _sluice_workflow_v1_WorkflowUpdate, _sluice_workflow_v1_WatchWorkflowRequest__Output, _sluice_workflow_v1_WorkflowUpdate__Output>
  WorkerSession: MethodDefinition<_sluice_workflow_v1_WorkerSessionRequest, _sluice_workflow_v1_WorkerSessionResponse, _sluice_workflow_v1_WorkerSessionRequest__Output, _sluice_workflow_v1_WorkerSessionResponse__Output>
}
