import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Artifact as _sluice_storage_v1_Artifact, Artifact__Output as _sluice_storage_v1_Artifact__Output } from './sluice/storage/v1/Artifact.ts';
import type { DeleteArtifactRequest as _sluice_storage_v1_DeleteArtifactRequest, DeleteArtifactRequest__Output as _sluice_storage_v1_DeleteArtifactRequest__Output } from './sluice/storage/v1/DeleteArtifactRequest.ts';
import type { DeleteArtifactResponse as _sluice_storage_v1_DeleteArtifactResponse, DeleteArtifactResponse__Output as _sluice_storage_v1_DeleteArtifactResponse__Output } from './sluice/storage/v1/DeleteArtifactResponse.ts';
import type { DownloadArtifactRequest as _sluice_storage_v1_DownloadArtifactRequest, DownloadArtifactRequest__Output as _sluice_storage_v1_DownloadArtifactRequest__Output } from './sluice/storage/v1/DownloadArtifactRequest.ts';
import type { DownloadArtifactResponse as _sluice_storage_v1_DownloadArtifactResponse, DownloadArtifactResponse__Output as _sluice_storage_v1_DownloadArtifactResponse__Output } from './sluice/storage/v1/DownloadArtifactResponse.ts';
import type { GetStorageQuotaRequest as _sluice_storage_v1_GetStorageQuotaRequest, GetStorageQuotaRequest__Output as _sluice_storage_v1_GetStorageQuotaRequest__Output } from './sluice/storage/v1/GetStorageQuotaRequest.ts';
import type { ListArtifactsRequest as _sluice_storage_v1_ListArtifactsRequest, ListArtifactsRequest__Output as _sluice_storage_v1_ListArtifactsRequest__Output } from './sluice/storage/v1/ListArtifactsRequest.ts';
import type { ListArtifactsResponse as _sluice_storage_v1_ListArtifactsResponse, ListArtifactsResponse__Output as _sluice_storage_v1_ListArtifactsResponse__Output } from './sluice/storage/v1/ListArtifactsResponse.ts';
import type { SetArtifactLifecycleRequest as _sluice_storage_v1_SetArtifactLifecycleRequest, SetArtifactLifecycleRequest__Output as _sluice_storage_v1_SetArtifactLifecycleRequest__Output } from './sluice/storage/v1/SetArtifactLifecycleRequest.ts';
import type { SetStorageQuotaRequest as _sluice_storage_v1_SetStorageQuotaRequest, SetStorageQuotaRequest__Output as _sluice_storage_v1_SetStorageQuotaRequest__Output } from './sluice/storage/v1/SetStorageQuotaRequest.ts';
import type { StatArtifactRequest as _sluice_storage_v1_StatArtifactRequest, StatArtifactRequest__Output as _sluice_storage_v1_StatArtifactRequest__Output } from './sluice/storage/v1/StatArtifactRequest.ts';
import type { StorageQuota as _sluice_storage_v1_StorageQuota, StorageQuota__Output as _sluice_storage_v1_StorageQuota__Output } from './sluice/storage/v1/StorageQuota.ts';
import type { StorageServiceClient as _sluice_storage_v1_StorageServiceClient, StorageServiceDefinition as _sluice_storage_v1_StorageServiceDefinition } from './sluice/storage/v1/StorageService.ts';
import type { UploadArtifactRequest as _sluice_storage_v1_UploadArtifactRequest, UploadArtifactRequest__Output as _sluice_storage_v1_UploadArtifactRequest__Output } from './sluice/storage/v1/UploadArtifactRequest.ts';
import type { UploadHeader as _sluice_storage_v1_UploadHeader, UploadHeader__Output as _sluice_storage_v1_UploadHeader__Output } from './sluice/storage/v1/UploadHeader.ts';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  sluice: {
    storage: {
      v1: {
        Artifact: MessageTypeDefinition<_sluice_storage_v1_Artifact, _sluice_storage_v1_Artifact__Output>
        ArtifactState: EnumTypeDefinition
        DeleteArtifactRequest: MessageTypeDefinition<_sluice_storage_v1_DeleteArtifactRequest, _sluice_storage_v1_DeleteArtifactRequest__Output>
        DeleteArtifactResponse: MessageTypeDefinition<_sluice_storage_v1_DeleteArtifactResponse, _sluice_storage_v1_DeleteArtifactResponse__Output>
        DownloadArtifactRequest: MessageTypeDefinition<_sluice_storage_v1_DownloadArtifactRequest, _sluice_storage_v1_DownloadArtifactRequest__Output>
        DownloadArtifactResponse: MessageTypeDefinition<_sluice_storage_v1_DownloadArtifactResponse, _sluice_storage_v1_DownloadArtifactResponse__Output>
        GetStorageQuotaRequest: MessageTypeDefinition<_sluice_storage_v1_GetStorageQuotaRequest, _sluice_storage_v1_GetStorageQuotaRequest__Output>
        ListArtifactsRequest: MessageTypeDefinition<_sluice_storage_v1_ListArtifactsRequest, _sluice_storage_v1_ListArtifactsRequest__Output>
        ListArtifactsResponse: MessageTypeDefinition<_sluice_storage_v1_ListArtifactsResponse, _sluice_storage_v1_ListArtifactsResponse__Output>
        SetArtifactLifecycleRequest: MessageTypeDefinition<_sluice_storage_v1_SetArtifactLifecycleRequest, _sluice_storage_v1_SetArtifactLifecycleRequest__Output>
        SetStorageQuotaRequest: MessageTypeDefinition<_sluice_storage_v1_SetStorageQuotaRequest, _sluice_storage_v1_SetStorageQuotaRequest__Output>
        StatArtifactRequest: MessageTypeDefinition<_sluice_storage_v1_StatArtifactRequest, _sluice_storage_v1_StatArtifactRequest__Output>
        StorageQuota: MessageTypeDefinition<_sluice_storage_v1_StorageQuota, _sluice_storage_v1_StorageQuota__Output>
        StorageService: SubtypeConstructor<typeof grpc.Client, _sluice_storage_v1_StorageServiceClient> & { service: _sluice_storage_v1_StorageServiceDefinition }
        UploadArtifactRequest: MessageTypeDefinition<_sluice_storage_v1_UploadArtifactRequest, _sluice_storage_v1_UploadArtifactRequest__Output>
        UploadHeader: MessageTypeDefinition<_sluice_storage_v1_UploadHeader, _sluice_storage_v1_UploadHeader__Output>
      }
    }
  }
}

