import { ConfigError } from '@sluice/config';
import { loadContracts } from '@sluice/contracts';
import { bootService, serveService, type ServiceRuntime, type Serving } from '@sluice/service-kit';
import { LocalDisk } from './backend/local-disk.ts';
import type { Config } from './config.ts';
import { storageHandlers } from './rpc/storage-handlers.ts';
import { MIGRATIONS } from './store/migrations.ts';

export interface StorageService extends Serving {
  readonly runtime: ServiceRuntime;
  /** The absolute directory artifact content is kept in. */
  readonly storageDir: string;
  shutdown(): Promise<void>;
}

/** The composition root of the storage service: everything is built here and passed in. */
export async function startStorageService(config: Readonly<Config>): Promise<StorageService> {
  // Before any connection: a directory we cannot write to is a configuration error, and the
  // service must not report ready (or take uploads) on top of it.
  const disk = await LocalDisk.open(config.SLUICE_STORAGE_DIR).catch((err: unknown) => {
    const reason = err instanceof Error ? err.message : String(err);
    throw new ConfigError([{ variable: 'SLUICE_STORAGE_DIR', problem: `must be a writable directory (${JSON.stringify(config.SLUICE_STORAGE_DIR)}: ${reason})` }]);
  });
  const rt = await bootService({ name: 'storage', config, entities: [], migrations: MIGRATIONS });
  try {
    rt.checks.disk = () => disk.check();
    const serving = await serveService(rt, {
      host: config.SLUICE_HOST,
      grpcPort: config.SLUICE_GRPC_PORT,
      opsPort: config.SLUICE_OPS_PORT,
      shutdownGraceMs: config.SLUICE_SHUTDOWN_GRACE,
      grpcServices: [{ definition: loadContracts().services.storage.service, implementation: storageHandlers({ orm: rt.orm }) }],
    });
    rt.log.info({ storage_dir: disk.root, backend: config.SLUICE_STORAGE_BACKEND }, 'artifact storage ready');
    return { ...serving, runtime: rt, storageDir: disk.root, shutdown: () => rt.releasers.release() };
  } catch (err) {
    await rt.releasers.release();
    throw err;
  }
}
