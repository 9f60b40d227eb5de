import { dirname, resolve } from 'node:path';
import { loadSync, type PackageDefinition } from '@grpc/proto-loader';
import { ReflectionService } from '@grpc/reflection';
import { loaderOptions } from '@sluice/contracts';
import { protoPath as healthProtoPath } from 'grpc-health-check';

export const HEALTH_SERVICE_NAME = 'grpc.health.v1.Health';

/**
 * Server reflection (grpcurl, Postman, grpcui) over the given package definitions plus the
 * health proto. It lists only the services this server really serves: the definitions may
 * describe other services too (all contracts are loaded together).
 */
export function createReflection(packageDefinitions: readonly PackageDefinition[], serviceNames: readonly string[]): ReflectionService {
  const merged: PackageDefinition = Object.assign({}, ...packageDefinitions, healthDefinition());
  return new ReflectionService(merged, { services: [...serviceNames, HEALTH_SERVICE_NAME] });
}

// Loaded relative to its proto root so that reflection names the file
// "health/v1/health.proto", the name clients know it by, not a path on this machine.
function healthDefinition(): PackageDefinition {
  const root = resolve(dirname(healthProtoPath), '../..');
  return loadSync('health/v1/health.proto', { ...loaderOptions, includeDirs: [root] });
}
