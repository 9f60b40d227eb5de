/**
 * Probes for scripts/infra.sh, which runs under dash and so has no /dev/tcp:
 *
 * ```sh
 * node scripts/lib/probe.ts tcp 127.0.0.1 5432        # exit 0 when something accepts a connection
 * node scripts/lib/probe.ts wait-tcp 127.0.0.1 5432 30 # the same, retried for up to 30 s
 * node scripts/lib/probe.ts pg "$DATABASE_URL"        # logs in and runs `select 1`
 * node scripts/lib/probe.ts nats "$NATS_URL"          # connects and asks JetStream for account info
 * ```
 *
 * A failure prints one line saying why on stdout (the shell puts it into its own message) and
 * exits 1; `nats` exits 3 when the server answers but has no JetStream.
 *
 * pg and the NATS client are not root dependencies: they are borrowed from @sluice/testing,
 * which the whole suite already needs, so this adds nothing to the lockfile.
 */
import { createRequire } from 'node:module';
import { connect as tcpConnect } from 'node:net';

const NO_JETSTREAM = 3;

interface PgClient {
  connect(): Promise<void>;
  query(sql: string): Promise<unknown>;
  end(): Promise<void>;
}
interface PgModule {
  Client: new (options: { connectionString: string; connectionTimeoutMillis: number }) => PgClient;
}
interface NatsConnection {
  close(): Promise<void>;
}
interface NatsModule {
  connect(options: { servers: string[]; timeout: number; reconnect: boolean; name: string }): Promise<NatsConnection>;
}
interface JetStreamModule {
  jetstreamManager(nc: NatsConnection, options: { timeout: number }): Promise<{ getAccountInfo(): Promise<unknown> }>;
}

function workspaceRequire(): NodeJS.Require {
  return createRequire(new URL('../../libs/testing/package.json', import.meta.url));
}

function tcp(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = tcpConnect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function waitTcp(host: string, port: number, seconds: number): Promise<boolean> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (await tcp(host, port)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

async function probePg(url: string): Promise<void> {
  const pg = workspaceRequire()('pg') as PgModule;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('select 1');
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function probeNats(url: string): Promise<number> {
  const req = workspaceRequire();
  const nats = req('@nats-io/transport-node') as NatsModule;
  const js = req('@nats-io/jetstream') as JetStreamModule;
  const servers = url.split(',').map((s) => s.trim());
  const nc = await nats.connect({ servers, timeout: 3000, reconnect: false, name: 'sluice-infra-probe' });
  try {
    // jetstreamManager() asks $JS.API.INFO, which fails when the server (or this account) has no JetStream.
    await js.jetstreamManager(nc, { timeout: 3000 });
    return 0;
  } catch (err) {
    process.stdout.write(`${message(err)}\n`);
    return NO_JETSTREAM;
  } finally {
    await nc.close().catch(() => undefined);
  }
}

function message(err: unknown): string {
  if (err instanceof AggregateError && err.errors.length > 0) return err.errors.map(message).join('; ');
  if (err instanceof Error) return err.message || (err as { code?: string }).code || err.name;
  return String(err);
}

async function main(args: string[]): Promise<number> {
  const [command, a, b, c] = args;
  switch (command) {
    case 'tcp':
      return (await tcp(a ?? '127.0.0.1', Number(b))) ? 0 : 1;
    case 'wait-tcp':
      return (await waitTcp(a ?? '127.0.0.1', Number(b), Number(c ?? 30))) ? 0 : 1;
    case 'pg':
      await probePg(a ?? '');
      return 0;
    case 'nats':
      return await probeNats(a ?? '');
    default:
      process.stdout.write('usage: probe.ts tcp HOST PORT | wait-tcp HOST PORT SECONDS | pg URL | nats URL\n');
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stdout.write(`${message(err)}\n`);
    process.exit(1);
  },
);
