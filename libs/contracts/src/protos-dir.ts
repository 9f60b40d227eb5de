import { resolve } from 'node:path';

/**
 * The absolute path of protos/ at the repository root. Libs run from their sources (no build
 * step) and deploy with the repository, so the folder sits at a fixed place relative to this
 * file. Reflection and tools that load the .proto files themselves start here.
 */
export const protosDir: string = resolve(import.meta.dirname, '../../../protos');
