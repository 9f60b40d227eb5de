import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AlertChanged as _sluice_events_v1_AlertChanged, AlertChanged__Output as _sluice_events_v1_AlertChanged__Output } from './sluice/events/v1/AlertChanged.ts';
import type { ArtifactDeleted as _sluice_events_v1_ArtifactDeleted, ArtifactDeleted__Output as _sluice_events_v1_ArtifactDeleted__Output } from './sluice/events/v1/ArtifactDeleted.ts';
import type { ArtifactStored as _sluice_events_v1_ArtifactStored, ArtifactStored__Output as _sluice_events_v1_ArtifactStored__Output } from './sluice/events/v1/ArtifactStored.ts';
import type { CloudEvent as _sluice_events_v1_CloudEvent, CloudEvent__Output as _sluice_events_v1_CloudEvent__Output } from './sluice/events/v1/CloudEvent.ts';
import type { LeaseExpired as _sluice_events_v1_LeaseExpired, LeaseExpired__Output as _sluice_events_v1_LeaseExpired__Output } from './sluice/events/v1/LeaseExpired.ts';
import type { QuotaExceeded as _sluice_events_v1_QuotaExceeded, QuotaExceeded__Output as _sluice_events_v1_QuotaExceeded__Output } from './sluice/events/v1/QuotaExceeded.ts';
import type { QuotaLimitState as _sluice_events_v1_QuotaLimitState, QuotaLimitState__Output as _sluice_events_v1_QuotaLimitState__Output } from './sluice/events/v1/QuotaLimitState.ts';
import type { QuotaReset as _sluice_events_v1_QuotaReset, QuotaReset__Output as _sluice_events_v1_QuotaReset__Output } from './sluice/events/v1/QuotaReset.ts';
import type { QuotaWarning as _sluice_events_v1_QuotaWarning, QuotaWarning__Output as _sluice_events_v1_QuotaWarning__Output } from './sluice/events/v1/QuotaWarning.ts';
import type { StageClaimed as _sluice_events_v1_StageClaimed, StageClaimed__Output as _sluice_events_v1_StageClaimed__Output } from './sluice/events/v1/StageClaimed.ts';
import type { StageCompleted as _sluice_events_v1_StageCompleted, StageCompleted__Output as _sluice_events_v1_StageCompleted__Output } from './sluice/events/v1/StageCompleted.ts';
import type { StageFailed as _sluice_events_v1_StageFailed, StageFailed__Output as _sluice_events_v1_StageFailed__Output } from './sluice/events/v1/StageFailed.ts';
import type { StageProgressed as _sluice_events_v1_StageProgressed, StageProgressed__Output as _sluice_events_v1_StageProgressed__Output } from './sluice/events/v1/StageProgressed.ts';
import type { StageTask as _sluice_events_v1_StageTask, StageTask__Output as _sluice_events_v1_StageTask__Output } from './sluice/events/v1/StageTask.ts';
import type { WorkflowCreated as _sluice_events_v1_WorkflowCreated, WorkflowCreated__Output as _sluice_events_v1_WorkflowCreated__Output } from './sluice/events/v1/WorkflowCreated.ts';
import type { WorkflowStateChanged as _sluice_events_v1_WorkflowStateChanged, WorkflowStateChanged__Output as _sluice_events_v1_WorkflowStateChanged__Output } from './sluice/events/v1/WorkflowStateChanged.ts';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  sluice: {
    events: {
      v1: {
        AlertChanged: MessageTypeDefinition<_sluice_events_v1_AlertChanged, _sluice_events_v1_AlertChanged__Output>
        ArtifactDeleted: MessageTypeDefinition<_sluice_events_v1_ArtifactDeleted, _sluice_events_v1_ArtifactDeleted__Output>
        ArtifactStored: MessageTypeDefinition<_sluice_events_v1_ArtifactStored, _sluice_events_v1_ArtifactStored__Output>
        CloudEvent: MessageTypeDefinition<_sluice_events_v1_CloudEvent, _sluice_events_v1_CloudEvent__Output>
        LeaseExpired: MessageTypeDefinition<_sluice_events_v1_LeaseExpired, _sluice_events_v1_LeaseExpired__Output>
        QuotaExceeded: MessageTypeDefinition<_sluice_events_v1_QuotaExceeded, _sluice_events_v1_QuotaExceeded__Output>
        QuotaLimitState: MessageTypeDefinition<_sluice_events_v1_QuotaLimitState, _sluice_events_v1_QuotaLimitState__Output>
        QuotaReset: MessageTypeDefinition<_sluice_events_v1_QuotaReset, _sluice_events_v1_QuotaReset__Output>
        QuotaWarning: MessageTypeDefinition<_sluice_events_v1_QuotaWarning, _sluice_events_v1_QuotaWarning__Output>
        StageClaimed: MessageTypeDefinition<_sluice_events_v1_StageClaimed, _sluice_events_v1_StageClaimed__Output>
        StageCompleted: MessageTypeDefinition<_sluice_events_v1_StageCompleted, _sluice_events_v1_StageCompleted__Output>
        StageFailed: MessageTypeDefinition<_sluice_events_v1_StageFailed, _sluice_events_v1_StageFailed__Output>
        StageProgressed: MessageTypeDefinition<_sluice_events_v1_StageProgressed, _sluice_events_v1_StageProgressed__Output>
        StageTask: MessageTypeDefinition<_sluice_events_v1_StageTask, _sluice_events_v1_StageTask__Output>
        WorkflowCreated: MessageTypeDefinition<_sluice_events_v1_WorkflowCreated, _sluice_events_v1_WorkflowCreated__Output>
        WorkflowStateChanged: MessageTypeDefinition<_sluice_events_v1_WorkflowStateChanged, _sluice_events_v1_WorkflowStateChanged__Output>
      }
    }
  }
}

