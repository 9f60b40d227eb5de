import type { Options } from '@grpc/proto-loader';
import { protosDir } from './protos-dir.ts';

/**
 * How the protos are loaded at run time. scripts/gen-types.sh passes the same flags to
 * proto-loader-gen-types, so the generated types describe exactly these objects:
 * field names as written in the .proto (keepCase), int64 as decimal strings (JavaScript
 * numbers lose precision past 2^53), enums as their value names, unset fields filled with
 * their defaults, and each oneof's set member named by a virtual field.
 *
 * Only protos/ is an include dir: protobufjs bundles the google/protobuf well-known types
 * and resolves their imports itself.
 */
export const loaderOptions: Readonly<Options> = Object.freeze({
  keepCase: true,
  longs: String,
  enums: String,
  defaults: true,
  oneofs: true,
  includeDirs: [protosDir],
});
