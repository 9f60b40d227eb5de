// Original file: sluice/storage/v1/storage.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { Artifact as _sluice_storage_v1_Artifact, Artifact__Output as _sluice_storage_v1_Artifact__Output } from '../../../sluice/storage/v1/Artifact.ts';
import type { DeleteArtifactRequest as _sluice_storage_v1_DeleteArtifactRequest, DeleteArtifactRequest__Output as _sluice_storage_v1_DeleteArtifactRequest__Output } from '../../../sluice/storage/v1/DeleteArtifactRequest.ts';
import type { DeleteArtifactResponse as _sluice_storage_v1_DeleteArtifactResponse, DeleteArtifactResponse__Output as _sluice_storage_v1_DeleteArtifactResponse__Output } from '../../../sluice/storage/v1/DeleteArtifactResponse.ts';
import type { DownloadArtifactRequest as _sluice_storage_v1_DownloadArtifactRequest, DownloadArtifactRequest__Output as _sluice_storage_v1_DownloadArtifactRequest__Output } from '../../../sluice/storage/v1/DownloadArtifactRequest.ts';
import type { DownloadArtifactResponse as _sluice_storage_v1_DownloadArtifactResponse, DownloadArtifactResponse__Output as _sluice_storage_v1_DownloadArtifactResponse__Output } from '../../../sluice/storage/v1/DownloadArtifactResponse.ts';
import type { GetStorageQuotaRequest as _sluice_storage_v1_GetStorageQuotaRequest, GetStorageQuotaRequest__Output as _sluice_storage_v1_GetStorageQuotaRequest__Output } from '../../../sluice/storage/v1/GetStorageQuotaRequest.ts';
import type { ListArtifactsRequest as _sluice_storage_v1_ListArtifactsRequest, ListArtifactsRequest__Output as _sluice_storage_v1_ListArtifactsRequest__Output } from '../../../sluice/storage/v1/ListArtifactsRequest.ts';
import type { ListArtifactsResponse as _sluice_storage_v1_ListArtifactsResponse, ListArtifactsResponse__Output as _sluice_storage_v1_ListArtifactsResponse__Output } from '../../../sluice/storage/v1/ListArtifactsResponse.ts';
import type { SetArtifactLifecycleRequest as _sluice_storage_v1_SetArtifactLifecycleRequest, SetArtifactLifecycleRequest__Output as _sluice_storage_v1_SetArtifactLifecycleRequest__Output } from '../../../sluice/storage/v1/SetArtifactLifecycleRequest.ts';
import type { SetStorageQuotaRequest as _sluice_storage_v1_SetStorageQuotaRequest, SetStorageQuotaRequest__Output as _sluice_storage_v1_SetStorageQuotaRequest__Output } from '../../../sluice/storage/v1/SetStorageQuotaRequest.ts';
import type { StatArtifactRequest as _sluice_storage_v1_StatArtifactRequest, StatArtifactRequest__Output as _sluice_storage_v1_StatArtifactRequest__Output } from '../../../sluice/storage/v1/StatArtifactRequest.ts';
import type { StorageQuota as _sluice_storage_v1_StorageQuota, StorageQuota__Output as _sluice_storage_v1_StorageQuota__Output } from '../../../sluice/storage/v1/StorageQuota.ts';
import type { UploadArtifactRequest as _sluice_storage_v1_UploadArtifactRequest, UploadArtifactRequest__Output as _sluice_storage_v1_UploadArtifactRequest__Output } from '../../../sluice/storage/v1/UploadArtifactRequest.ts';

export interface StorageServiceClient extends grpc.Client {
  DeleteArtifact(argument: _sluice_storage_v1_DeleteArtifactRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_storage_v1_DeleteArtifactResponse__Output>): grpc.ClientUnaryCall;
  DeleteArtifact(argument: _sluice_storage_v1_DeleteArtifactRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_storage_v1_DeleteArtifactResponse__Output>): grpc.ClientUnaryCall;
  DeleteArtifact(argument: _sluice_storage_v1_DeleteArtifactRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_storage_v1_DeleteArtifactResponse__Output>): grpc.ClientUnaryCall;
  DeleteArtifact(argument: _sluice_storage_v1_DeleteArtifactRequest, callback: grpc.requestCallback<_sluice_storage_v1_DeleteArtifactResponse__Output>): grpc.ClientUnaryCall;
  deleteArtifact(argument: _sluice_storage_v1_DeleteArtifactRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_storage_v1_DeleteArtifactResponse__Output>): grpc.ClientUnaryCall;
  deleteArtifact(argument: _sluice_storage_v1_DeleteArtifactRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_storage_v1_DeleteArtifactResponse__Output>): grpc.ClientUnaryCall;
  deleteArtifact(argument: _sluice_storage_v1_DeleteArtifactRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_storage_v1_DeleteArtifactResponse__Output>): grpc.ClientUnaryCall;
  deleteArtifact(argument: _sluice_storage_v1_DeleteArtifactRequest, callback: grpc.requestCallback<_sluice_storage_v1_DeleteArtifactResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Server stream: the artifact's metadata first, then the chunks of the content.
   */
  DownloadArtifact(argument: _sluice_storage_v1_DownloadArtifactRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_sluice_storage_v1_DownloadArtifactResponse__Output>;
  DownloadArtifact(argument: _sluice_storage_v1_DownloadArtifactRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_sluice_storage_v1_DownloadArtifactResponse__Output>;
  /**
   * Server stream: the artifact's metadata first, then the chunks of the content.
   */
  downloadArtifact(argument: _sluice_storage_v1_DownloadArtifactRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_sluice_storage_v1_DownloadArtifactResponse__Output>;
  downloadArtifact(argument: _sluice_storage_v1_DownloadArtifactRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_sluice_storage_v1_DownloadArtifactResponse__Output>;
  
  /**
   * The tenant's usage against its storage quota.
   */
  GetStorageQuota(argument: _sluice_storage_v1_GetStorageQuotaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_storage_v1_StorageQuota__Output>): grpc.ClientUnaryCall;
  GetStorageQuota(argument: _sluice_storage_v1_GetStorageQuotaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_storage_v1_StorageQuota__Output>): grpc.ClientUnaryCall;
  GetStorageQuota(argument: _sluice_storage_v1_GetStorageQuotaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_storage_v1_StorageQuota__Output>): grpc.ClientUnaryCall;
  GetStorageQuota(argument: _sluice_storage_v1_GetStorageQuotaRequest, callback: grpc.requestCallback<_sluice_storage_v1_StorageQuota__Output>): grpc.ClientUnaryCall;
  /**
   * The tenant's usage against its storage quota.
   */
  getStorageQuota(argument: _sluice_storage_v1_GetStorageQuotaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_storage_v1_StorageQuota__Output>): grpc.ClientUnaryCall;
  getStorageQuota(argument: _sluice_storage_v1_GetStorageQuotaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_storage_v1_StorageQuota__Output>): grpc.ClientUnaryCall;
  getStorageQuota(argument: _sluice_storage_v1_GetStorageQuotaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_storage_v1_StorageQuota__Output>): grpc.ClientUnaryCall;
  getStorageQuota(argument: _sluice_storage_v1_GetStorageQuotaRequest, callback: grpc.requestCallback<_sluice_storage_v1_StorageQuota__Output>): grpc.ClientUnaryCall;
  
  /**
   * Newest first.
   */
  ListArtifacts(argument: _sluice_storage_v1_ListArtifactsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_storage_v1_ListArtifactsResponse__Output>): grpc.ClientUnaryCall;
  ListArtifacts(argument: _sluice_storage_v1_ListArtifactsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_storage_v1_ListArtifactsResponse__Output>): grpc.ClientUnaryCall;
  ListArtifacts(argument: _sluice_storage_v1_ListArtifactsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_storage_v1_ListArtifactsResponse__Output>): grpc.ClientUnaryCall;
  ListArtifacts(argument: _sluice_storage_v1_ListArtifactsRequest, callback: grpc.requestCallback<_sluice_storage_v1_ListArtifactsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Newest first.
   */
  listArtifacts(argument: _sluice_storage_v1_ListArtifactsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_storage_v1_ListArtifactsResponse__Output>): grpc.ClientUnaryCall;
  listArtifacts(argument: _sluice_storage_v1_ListArtifactsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_storage_v1_ListArtifactsResponse__Output>): grpc.ClientUnaryCall;
  listArtifacts(argument: _sluice_storage_v1_ListArtifactsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_storage_v1_ListArtifactsResponse__Output>): grpc.ClientUnaryCall;
  listArtifacts(argument: _sluice_storage_v1_ListArtifactsRequest, callback: grpc.requestCallback<_sluice_storage_v1_ListArtifactsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Changes when an artifact expires and whether it is archived.
   */
  SetArtifactLifecycle(argument: _sluice_storage_v1_SetArtifactLifecycleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_storage_v1_Artifact__Output>): grpc.ClientUnaryCall;
  SetArtifactLifecycle(argument: _sluice_storage_v1_SetArtifactLifecycleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_storage_v1_Artifact__Output>): grpc.ClientUnaryCall;
  SetArtifactLifecycle(argument: _sluice_storage_v1_SetArtifactLifecycleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_storage_v1_Artifact__Output>): grpc.ClientUnaryCall;
  SetArtifactLifecycle(argument: _sluice_storage_v1_SetArtifactLifecycleRequest, callback: grpc.requestCallback<_sluice_storage_v1_Artifact__Output>): grpc.ClientUnaryCall;
  /**
   * Changes when an artifact expires and whether it is archived.
   */
  setArtifactLifecycle(argument: _sluice_storage_v1_SetArtifactLifecycleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_storage_v1_Artifact__Output>): grpc.ClientUnaryCall;
  setArtifactLifecycle(argument: _sluice_storage_v1_SetArtifactLifecycleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_storage_v1_Artifact__Output>): grpc.ClientUnaryCall;
  setArtifactLifecycle(argument: _sluice_storage_v1_SetArtifactLifecycleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_storage_v1_Artifact__Output>): grpc.ClientUnaryCall;
  setArtifactLifecycle(argument: _sluice_storage_v1_SetArtifactLifecycleRequest, callback: grpc.requestCallback<_sluice_storage_v1_Artifact__Output>): grpc.ClientUnaryCall;
  
  SetStorageQuota(argument: _sluice_storage_v1_SetStorageQuotaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_storage_v1_StorageQuota__Output>): grpc.ClientUnaryCall;
  SetStorageQuota(argument: _sluice_storage_v1_SetStorageQuotaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_storage_v1_StorageQuota__Output>): grpc.ClientUnaryCall;
  SetStorageQuota(argument: _sluice_storage_v1_SetStorageQuotaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_storage_v1_StorageQuota__Output>): grpc.ClientUnaryCall;
  SetStorageQuota(argument: _sluice_storage_v1_SetStorageQuotaRequest, callback: grpc.requestCallback<_sluice_storage_v1_StorageQuota__Output>): grpc.ClientUnaryCall;
  setStorageQuota(argument: _sluice_storage_v1_SetStorageQuotaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_storage_v1_StorageQuota__Output>): grpc.ClientUnaryCall;
  setStorageQuota(argument: _sluice_storage_v1_SetStorageQuotaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_storage_v1_StorageQuota__Output>): grpc.ClientUnaryCall;
  setStorageQuota(argument: _sluice_storage_v1_SetStorageQuotaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_storage_v1_StorageQuota__Output>): grpc.ClientUnaryCall;
  setStorageQuota(argument: _sluice_storage_v1_SetStorageQuotaRequest, callback: grpc.requestCallback<_sluice_storage_v1_StorageQuota__Output>): grpc.ClientUnaryCall;
  
  /**
   * The metadata only; a simple read.
   */
  StatArtifact(argument: _sluice_storage_v1_StatArtifactRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_storage_v1_Artifact__Output>): grpc.ClientUnaryCall;
  StatArtifact(argument: _sluice_storage_v1_StatArtifactRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_storage_v1_Artifact__Output>): grpc.ClientUnaryCall;
  StatArtifact(argument: _sluice_storage_v1_StatArtifactRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_storage_v1_Artifact__Output>): grpc.ClientUnaryCall;
  StatArtifact(argument: _sluice_storage_v1_StatArtifactRequest, callback: grpc.requestCallback<_sluice_storage_v1_Artifact__Output>): grpc.ClientUnaryCall;
  /**
   * The metadata only; a simple read.
   */
  statArtifact(argument: _sluice_storage_v1_StatArtifactRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_storage_v1_Artifact__Output>): grpc.ClientUnaryCall;
  statArtifact(argument: _sluice_storage_v1_StatArtifactRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_storage_v1_Artifact__Output>): grpc.ClientUnaryCall;
  statArtifact(argument: _sluice_storage_v1_StatArtifactRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_storage_v1_Artifact__Output>): grpc.ClientUnaryCall;
  statArtifact(argument: _sluice_storage_v1_StatArtifactRequest, callback: grpc.requestCallback<_sluice_storage_v1_Artifact__Output>): grpc.ClientUnaryCall;
  
  /**
   * Client stream: the first message carries the header, every later one a chunk. The
   * artifact exists only once the stream ends and the size (and sha256, when given)
   * matched; a broken stream leaves nothing behind. Fails with PAYLOAD_TOO_LARGE,
   * UNSUPPORTED_MEDIA_TYPE or QUOTA_EXCEEDED before storing anything.
   */
  UploadArtifact(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_storage_v1_Artifact__Output>): grpc.ClientWritableStream<_sluice_storage_v1_UploadArtifactRequest>;
  UploadArtifact(metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_storage_v1_Artifact__Output>): grpc.ClientWritableStream<_sluice_storage_v1_UploadArtifactRequest>;
  UploadArtifact(options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_storage_v1_Artifact__Output>): grpc.ClientWritableStream<_sluice_storage_v1_UploadArtifactRequest>;
  UploadArtifact(callback: grpc.requestCallback<_sluice_storage_v1_Artifact__Output>): grpc.ClientWritableStream<_sluice_storage_v1_UploadArtifactRequest>;
  /**
   * Client stream: the first message carries the header, every later one a chunk. The
   * artifact exists only once the stream ends and the size (and sha256, when given)
   * matched; a broken stream leaves nothing behind. Fails with PAYLOAD_TOO_LARGE,
   * UNSUPPORTED_MEDIA_TYPE or QUOTA_EXCEEDED before storing anything.
   */
  uploadArtifact(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_storage_v1_Artifact__Output>): grpc.ClientWritableStream<_sluice_storage_v1_UploadArtifactRequest>;
  uploadArtifact(metadata: grpc.Metadata, callback: grpc.requestCallback<_sluice_storage_v1_Artifact__Output>): grpc.ClientWritableStream<_sluice_storage_v1_UploadArtifactRequest>;
  uploadArtifact(options: grpc.CallOptions, callback: grpc.requestCallback<_sluice_storage_v1_Artifact__Output>): grpc.ClientWritableStream<_sluice_storage_v1_UploadArtifactRequest>;
  uploadArtifact(callback: grpc.requestCallback<_sluice_storage_v1_Artifact__Output>): grpc.ClientWritableStream<_sluice_storage_v1_UploadArtifactRequest>;
  
}

export interface StorageServiceHandlers extends grpc.UntypedServiceImplementation {
  DeleteArtifact: grpc.handleUnaryCall<_sluice_storage_v1_DeleteArtifactRequest__Output, _sluice_storage_v1_DeleteArtifactResponse>;
  
  /**
   * Server stream: the artifact's metadata first, then the chunks of the content.
   */
  DownloadArtifact: grpc.handleServerStreamingCall<_sluice_storage_v1_DownloadArtifactRequest__Output, _sluice_storage_v1_DownloadArtifactResponse>;
  
  /**
   * The tenant's usage against its storage quota.
   */
  GetStorageQuota: grpc.handleUnaryCall<_sluice_storage_v1_GetStorageQuotaRequest__Output, _sluice_storage_v1_StorageQuota>;
  
  /**
   * Newest first.
   */
  ListArtifacts: grpc.handleUnaryCall<_sluice_storage_v1_ListArtifactsRequest__Output, _sluice_storage_v1_ListArtifactsResponse>;
  
  /**
   * Changes when an artifact expires and whether it is archived.
   */
  SetArtifactLifecycle: grpc.handleUnaryCall<_sluice_storage_v1_SetArtifactLifecycleRequest__Output, _sluice_storage_v1_Artifact>;
  
  SetStorageQuota: grpc.handleUnaryCall<_sluice_storage_v1_SetStorageQuotaRequest__Output, _sluice_storage_v1_StorageQuota>;
  
  /**
   * The metadata only; a simple read.
   */
  StatArtifact: grpc.handleUnaryCall<_sluice_storage_v1_StatArtifactRequest__Output, _sluice_storage_v1_Artifact>;
  
  /**
   * Client stream: the first message carries the header, every later one a chunk. The
   * artifact exists only once the stream ends and the size (and sha256, when given)
   * matched; a broken stream leaves nothing behind. Fails with PAYLOAD_TOO_LARGE,
   * UNSUPPORTED_MEDIA_TYPE or QUOTA_EXCEEDED before storing anything.
   */
  UploadArtifact: grpc.handleClientStreamingCall<_sluice_storage_v1_UploadArtifactRequest__Output, _sluice_storage_v1_Artifact>;
  
}

export interface StorageServiceDefinition extends grpc.ServiceDefinition {
  DeleteArtifact: MethodDefinition<_sluice_storage_v1_DeleteArtifactRequest, _sluice_storage_v1_DeleteArtifactResponse, _sluice_storage_v1_DeleteArtifactRequest__Output, _sluice_storage_v1_DeleteArtifactResponse__Output>
  DownloadArtifact: MethodDefinition<_sluice_storage_v1_DownloadArtifactRequest, _sluice_storage_v1_DownloadArtifactResponse, _sluice_storage_v1_DownloadArtifactRequest__Output, _sluice_storage_v1_DownloadArtifactResponse__Output>
  GetStorageQuota: MethodDefinition<_sluice_storage_v1_GetStorageQuotaRequest, _sluice_storage_v1_StorageQuota, _sluice_storage_v1_GetStorageQuotaRequest__Output, _sluice_storage_v1_StorageQuota__Output>
  ListArtifacts: MethodDefinition<_sluice_storage_v1_ListArtifactsRequest, _sluice_storage_v1_ListArtifactsResponse, _sluice_storage_v1_ListArtifactsRequest__Output, _sluice_storage_v1_ListArtifactsResponse__Output>
  SetArtifactLifecycle: MethodDefinition<_sluice_storage_v1_SetArtifactLifecycleRequest, _sluice_storage_v1_Artifact, _sluice_storage_v1_SetArtifactLifecycleRequest__Output, _sluice_storage_v1_Artifact__Output>
  SetStorageQuota: MethodDefinition<_sluice_storage_v1_SetStorageQuotaRequest, _sluice_storage_v1_StorageQuota, _sluice_storage_v1_SetStorageQuotaRequest__Output, _sluice_storage_v1_StorageQuota__Output>
  StatArtifact: MethodDefinition<_sluice_storage_v1_StatArtifactRequest, _sluice_storage_v1_Artifact, _sluice_storage_v1_StatArtifactRequest__Output, _sluice_storage_v1_Artifact__Output>
  UploadArtifact: MethodDefinition<_sluice_storage_v1_UploadArtifactRequest, _sluice_storage_v1_Artifact, _sluice_storage_v1_UploadArtifactRequest__Output, _sluice_storage_v1_Artifact__Output>
}
