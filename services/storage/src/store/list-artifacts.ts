import type { EntityManager } from '@sluice/db';
import { ARTIFACT_COLUMNS, type ArtifactRow } from './rows.ts';
import { query } from './sql.ts';

export interface ArtifactFilter {
  readonly tenantId: string;
  /** "" = every key. */
  readonly keyPrefix: string;
  /** null = any workflow. */
  readonly workflowId: string | null;
  readonly includeExpired: boolean;
  /** Rows strictly after this (created_at text as PostgreSQL returned it, id) in newest-first order. */
  readonly after: { readonly createdAt: string; readonly id: string } | null;
  readonly limit: number;
}

/** One page of a tenant's artifacts, newest first. */
export function listArtifacts(em: EntityManager, f: ArtifactFilter): Promise<ArtifactRow[]> {
  const where = ['tenant_id = ?'];
  const params: unknown[] = [f.tenantId];
  if (f.keyPrefix !== '') {
    where.push(`key like ? escape '\\'`);
    params.push(`${f.keyPrefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  if (f.workflowId !== null) {
    where.push('workflow_id = ?');
    params.push(f.workflowId);
  }
  if (!f.includeExpired) where.push("state <> 'EXPIRED' and (expires_at is null or expires_at > now())");
  if (f.after !== null) {
    where.push('(created_at, id) < (?::timestamptz, ?::uuid)');
    params.push(f.after.createdAt, f.after.id);
  }
  params.push(f.limit);
  return query<ArtifactRow>(em, `select ${ARTIFACT_COLUMNS} from artifacts where ${where.join(' and ')} order by created_at desc, id desc limit ?`, params);
}
