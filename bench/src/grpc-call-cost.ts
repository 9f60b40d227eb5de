/**
 * What a gRPC round trip costs in CPU, as a unary call and as a message on an open
 * bidirectional stream: client and server in this one process (so CPU is both sides' work),
 * one request at a time, 300-byte payloads, no serialisation (Buffers as they are).
 * Why WorkerSession carries waiting claims and completions on one stream (bench/README.md).
 *
 *   sh scripts/run.sh node bench/src/grpc-call-cost.ts [round trips, default 5000]
 */
import { credentials, makeGenericClientConstructor, Server, ServerCredentials, type ServiceDefinition } from '@grpc/grpc-js';

const same = (b: Buffer) => b;
const method = (name: string, streaming: boolean) => ({
  path: `/bench.Echo/${name}`,
  requestStream: streaming,
  responseStream: streaming,
  requestSerialize: same,
  requestDeserialize: same,
  responseSerialize: same,
  responseDeserialize: same,
});
const definition: ServiceDefinition = { Unary: method('Unary', false), Stream: method('Stream', true) };

const n = Number(process.argv[2] ?? 5_000);
const server = new Server();
server.addService(definition, {
  Unary: (call: { request: Buffer }, callback: (err: null, res: Buffer) => void) => callback(null, call.request),
  Stream: (call: NodeJS.ReadWriteStream & { write(b: Buffer): boolean; end(): void }) => {
    call.on('data', (b: Buffer) => call.write(b));
    call.on('end', () => call.end());
  },
});
const port = await new Promise<number>((resolve, reject) =>
  server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))),
);
const Client = makeGenericClientConstructor(definition, 'Echo');
const client = new Client(`127.0.0.1:${port}`, credentials.createInsecure()) as unknown as {
  Unary(b: Buffer, options: { deadline: number }, cb: (err: Error | null) => void): void;
  Stream(): NodeJS.ReadWriteStream & { write(b: Buffer): boolean; end(): void };
  close(): void;
};
const payload = Buffer.alloc(300, 1);
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function measure(name: string, once: () => Promise<void>): Promise<void> {
  for (let i = 0; i < 200; i++) await once(); // warm-up
  const cpu0 = cpuMs();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await once();
  console.log(`${name.padEnd(28)} ${((cpuMs() - cpu0) / n).toFixed(3)} ms CPU, ${((performance.now() - t0) / n).toFixed(3)} ms wall per round trip`);
}

await measure('unary call', () => new Promise<void>((resolve, reject) => client.Unary(payload, { deadline: Date.now() + 10_000 }, (err) => (err ? reject(err) : resolve()))));
const stream = client.Stream();
let answered: () => void = () => undefined;
stream.on('data', () => answered());
await measure('message on an open stream', () => new Promise<void>((resolve) => ((answered = resolve), stream.write(payload))));
// The server ends its side when ours ends; then the client may close.
await new Promise<void>((resolve) => {
  stream.on('end', resolve);
  stream.end();
});
client.close();
server.forceShutdown();
