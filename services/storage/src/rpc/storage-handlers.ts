import type { StorageServiceHandlers } from '@sluice/contracts';
import type { Orm } from '@sluice/db';
import { SluiceError } from '@sluice/errors';
import { unary } from '@sluice/grpc';
import { findArtifact } from '../store/find-artifact.ts';
import { listArtifacts } from '../store/list-artifacts.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { artifactMessage } from './to-message.ts';
import { requireTenant, requireUuid } from './validate.ts';

export interface HandlerDeps {
  readonly orm: Orm;
}

const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 500;

/** sluice.storage.v1.StorageService: what the foundation implements; the rest answers UNIMPLEMENTED. */
export function storageHandlers(deps: HandlerDeps): Partial<StorageServiceHandlers> {
  const em = () => deps.orm.em.fork();
  return {
    StatArtifact: unary(async (req) => {
      const tenantId = requireTenant('tenant_id', req.tenant_id);
      const id = requireUuid('id', req.id);
      const row = await findArtifact(em(), tenantId, id);
      if (row === null) throw SluiceError.notFound('artifact', id);
      return artifactMessage(row);
    }),

    ListArtifacts: unary(async (req) => {
      const tenantId = requireTenant('tenant_id', req.tenant_id);
      if (req.page_size < 0) throw SluiceError.invalidArgument('page_size must not be negative', { field: 'page_size' });
      const pageSize = Math.min(req.page_size === 0 ? DEFAULT_PAGE_SIZE : req.page_size, MAX_PAGE_SIZE);
      // One row more than the page tells whether there is a next page without a count.
      const rows = await listArtifacts(em(), {
        tenantId,
        keyPrefix: req.key_prefix,
        workflowId: req.workflow_id === '' ? null : req.workflow_id,
        includeExpired: req.include_expired,
        after: decodeCursor(req.cursor),
        limit: pageSize + 1,
      });
      const page = rows.slice(0, pageSize);
      const last = page.at(-1);
      const more = rows.length > pageSize && last !== undefined;
      return { artifacts: page.map(artifactMessage), next_cursor: more ? encodeCursor({ createdAt: last.created_at, id: last.id }) : '' };
    }),
  };
}
