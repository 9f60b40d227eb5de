import type { EntityManager } from '@sluice/db';
import { ARTIFACT_COLUMNS, type ArtifactRow } from './rows.ts';
import { queryOne } from './sql.ts';

/** An artifact of one tenant; another tenant's id reads as not found. */
export function findArtifact(em: EntityManager, tenantId: string, id: string): Promise<ArtifactRow | null> {
  return queryOne<ArtifactRow>(em, `select ${ARTIFACT_COLUMNS} from artifacts where id = ? and tenant_id = ?`, [id, tenantId]);
}
