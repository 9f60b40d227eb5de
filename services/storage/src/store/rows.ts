export type ArtifactState = 'AVAILABLE' | 'ARCHIVED' | 'EXPIRED';

/**
 * An artifact row as raw queries return it: snake_case, bigint as a decimal string, jsonb
 * parsed, timestamptz as PostgreSQL's text (MikroORM leaves dates unparsed on raw queries).
 */
export interface ArtifactRow {
  id: string;
  tenant_id: string;
  key: string;
  content_type: string;
  size_bytes: string;
  sha256: string;
  /** The stored state, except that a row past expires_at reads EXPIRED (see ARTIFACT_COLUMNS). */
  state: ArtifactState;
  workflow_id: string | null;
  stage: string;
  metadata: Record<string, string>;
  storage_key: string;
  created_at: string;
  expires_at: string | null;
}

// Until the lifecycle sweeper marks it, an artifact past its expiry still reads as EXPIRED.
export const ARTIFACT_COLUMNS = `id, tenant_id, key, content_type, size_bytes, sha256,
  case when expires_at is not null and expires_at <= now() then 'EXPIRED' else state end as state,
  workflow_id, stage, metadata, storage_key, created_at, expires_at`;
