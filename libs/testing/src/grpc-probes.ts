// Clients for the two standard services, built the way an outside tool (grpcurl, a
// Kubernetes probe) sees them: from their public protos, not from our code.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { credentials, loadPackageDefinition, makeClientConstructor, type Client, type ServiceError } from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import { service as healthService } from 'grpc-health-check';


const HealthClient = makeClientConstructor(healthService, 'grpc.health.v1.Health');

type CheckFn = (req: { service: string }, cb: (err: ServiceError | null, res?: { status: string }) => void) => void;

/** grpc.health.v1.Health/Check for `service`: resolves to the status name. */
export async function checkHealth(address: string, service: string): Promise<string> {
  const client = new HealthClient(address, credentials.createInsecure());
  try {
    return await new Promise((resolve, reject) => {
      (client.Check as CheckFn)({ service }, (err, res) => (err ? reject(err) : resolve(res?.status ?? '')));
    });
  } finally {
    client.close();
  }
}

interface ReflectionResponse {
  list_services_response?: { service: { name: string }[] } | null;
  file_descriptor_response?: { file_descriptor_proto: Buffer[] } | null;
  error_response?: { error_code: number; error_message: string } | null;
}
type ReflectionCall = NodeJS.ReadWriteStream & { write(req: object): boolean };
type ReflectionClient = Client & { ServerReflectionInfo(): ReflectionCall };

function reflectionClient(address: string): ReflectionClient {
  const require = createRequire(import.meta.url);
  const protoRoot = join(dirname(require.resolve('@grpc/reflection/package.json')), 'build/proto');
  const definition = loadSync('grpc/reflection/v1/reflection.proto', { keepCase: true, defaults: true, oneofs: true, includeDirs: [protoRoot] });
  const pkg = loadPackageDefinition(definition) as unknown as {
    grpc: { reflection: { v1: { ServerReflection: new (a: string, c: ReturnType<typeof credentials.createInsecure>) => ReflectionClient } } };
  };
  return new pkg.grpc.reflection.v1.ServerReflection(address, credentials.createInsecure());
}

/** One grpc.reflection.v1 request on a fresh stream: resolves to the server's one answer. */
export async function reflect(address: string, request: object): Promise<ReflectionResponse> {
  const client = reflectionClient(address);
  try {
    return await new Promise((resolve, reject) => {
      const call = client.ServerReflectionInfo();
      call.once('data', (response: ReflectionResponse) => {
        resolve(response);
        call.end();
      });
      call.once('error', reject);
      call.write(request);
    });
  } finally {
    client.close();
  }
}
