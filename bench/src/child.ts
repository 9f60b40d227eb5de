import { spawn, type ChildProcess } from 'node:child_process';
import type { ChildMessage, ParentMessage } from './protocol.ts';
import { loopProbe } from './probe/loop-samples.ts';

export interface ChildOptions {
  readonly name: string;
  /** The script to run (absolute path). */
  readonly entry: string;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** node flags before the entry, e.g. ['--import', '@sluice/telemetry/register']. */
  readonly nodeArgs?: readonly string[];
  /** Print the child's stderr/stdout lines (prefixed); otherwise keep the last lines for errors. */
  readonly verbose?: boolean;
}

/** A worker child process speaking the bench protocol (src/protocol.ts). */
export class WorkerChild {
  readonly name: string;
  /** Where the child's event-loop samples land when it exits (src/probe). */
  readonly loopFile: string;
  readonly #proc: ChildProcess;
  readonly #tail: string[] = [];
  #exited = false;
  #exit: Promise<number | null>;
  #first: Promise<number>;
  #resolveFirst!: (t: number) => void;
  #ready: Promise<void>;
  #resolveReady!: () => void;
  #final: Promise<Record<string, unknown>>;
  #resolveFinal!: (s: Record<string, unknown>) => void;
  /** Called with each batch of samples (flattened triples, see ChildMessage). */
  onSamples: (values: number[]) => void = () => undefined;
  errors: string[] = [];

  private constructor(options: ChildOptions) {
    this.name = options.name;
    this.#first = new Promise((r) => (this.#resolveFirst = r));
    this.#ready = new Promise((r) => (this.#resolveReady = r));
    this.#final = new Promise((r) => (this.#resolveFinal = r));
    const probe = loopProbe(options.name);
    this.loopFile = probe.file;
    this.#proc = spawn(process.execPath, [...(options.nodeArgs ?? []), ...probe.nodeArgs, options.entry], {
      cwd: options.cwd,
      env: { ...options.env, ...probe.env },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      serialization: 'advanced',
    });
    const keep = (prefix: string) => (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line === '') continue;
        if (options.verbose === true) process.stderr.write(`[${this.name}${prefix}] ${line}\n`);
        this.#tail.push(line);
        if (this.#tail.length > 40) this.#tail.shift();
      }
    };
    this.#proc.stdout!.on('data', keep(''));
    this.#proc.stderr!.on('data', keep('!'));
    this.#proc.on('message', (m: ChildMessage) => this.#onMessage(m));
    this.#exit = new Promise((resolve) => {
      this.#proc.on('exit', (code) => {
        this.#exited = true;
        resolve(code);
      });
    });
  }

  static start(options: ChildOptions): WorkerChild {
    return new WorkerChild(options);
  }

  get pid(): number {
    return this.#proc.pid!;
  }

  get alive(): boolean {
    return !this.#exited;
  }

  get tail(): string {
    return this.#tail.join('\n');
  }

  /** Resolves once the child says it is ready; rejects if it exits first or after `timeoutMs`. */
  ready(timeoutMs = 60_000): Promise<void> {
    return this.#race(this.#ready, timeoutMs, 'ready');
  }

  /** The wall time the child's first handler started. */
  first(timeoutMs = 60_000): Promise<number> {
    return this.#race(this.#first, timeoutMs, 'its first job');
  }

  /** Asks the child to stop; resolves with its final stats (killed after `timeoutMs`). */
  async stop(timeoutMs = 20_000): Promise<Record<string, unknown>> {
    if (this.#exited) return {};
    this.#proc.send({ type: 'stop' } satisfies ParentMessage);
    const timer = setTimeout(() => {
      if (!this.#exited) this.#proc.kill('SIGKILL');
    }, timeoutMs);
    const stats = await Promise.race([this.#final, this.#exit.then(() => ({}) as Record<string, unknown>)]);
    await this.#exit;
    clearTimeout(timer);
    return stats;
  }

  /** Ends the child at once (used on failure paths). */
  async kill(): Promise<void> {
    if (this.#exited) return;
    this.#proc.kill('SIGKILL');
    await this.#exit;
  }

  #onMessage(m: ChildMessage): void {
    switch (m.type) {
      case 'ready':
        this.#resolveReady();
        break;
      case 'first':
        this.#resolveFirst(m.t);
        break;
      case 'samples':
        this.onSamples(m.values);
        break;
      case 'final':
        this.#resolveFinal(m.stats);
        break;
      case 'error':
        this.errors.push(m.message);
        process.stderr.write(`bench: ${this.name}: ${m.message}\n`);
        break;
    }
  }

  #race<T>(p: Promise<T>, timeoutMs: number, what: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.name} did not reach ${what} within ${timeoutMs} ms\n${this.tail}`)), timeoutMs);
      p.then(
        (v) => {
          clearTimeout(timer);
          resolve(v);
        },
        reject,
      );
      void this.#exit.then((code) => {
        clearTimeout(timer);
        reject(new Error(`${this.name} exited (code ${code}) before ${what}\n${this.tail}`));
      });
    });
  }
}
