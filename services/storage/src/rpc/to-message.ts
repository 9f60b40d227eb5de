import type { Artifact, ArtifactState__Output } from '@sluice/contracts';
import type { ArtifactRow } from '../store/rows.ts';

export function artifactMessage(row: ArtifactRow): Artifact {
  return {
    id: row.id,
    tenant_id: row.tenant_id,
    key: row.key,
    content_type: row.content_type,
    size_bytes: row.size_bytes,
    sha256: row.sha256,
    state: `ARTIFACT_STATE_${row.state}` satisfies ArtifactState__Output,
    workflow_id: row.workflow_id ?? '',
    stage: row.stage,
    metadata: row.metadata,
    created_at: toIso(row.created_at),
    expires_at: row.expires_at === null ? '' : toIso(row.expires_at),
  };
}

/** RFC 3339 in UTC, from PostgreSQL's timestamptz text (any session time zone). */
export function toIso(value: string): string {
  return new Date(value).toISOString();
}
