import { spawn, type ChildProcess } from 'node:child_process';
import { loopProbe } from './probe/loop-samples.ts';

/** A long-running service started by the bench (Sluice's workflow service), stopped with SIGTERM. */
export class ServiceProcess {
  readonly name: string;
  /** Where the service's event-loop samples land when it exits (src/probe). */
  readonly loopFile: string;
  readonly #proc: ChildProcess;
  readonly #tail: string[] = [];
  readonly #exit: Promise<number | null>;
  #exited = false;

  constructor(name: string, args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv; verbose?: boolean }) {
    this.name = name;
    const probe = loopProbe(name.replace(/\W/g, '-'));
    this.loopFile = probe.file;
    // The probe after the given flags (Sluice's --import of its telemetry must come first), before the entry.
    const entry = args[args.length - 1]!;
    this.#proc = spawn(process.execPath, [...args.slice(0, -1), ...probe.nodeArgs, entry], {
      cwd: options.cwd,
      env: { ...options.env, ...probe.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line === '') continue;
        if (options.verbose === true) process.stderr.write(`[${name}] ${line}\n`);
        this.#tail.push(line);
        if (this.#tail.length > 40) this.#tail.shift();
      }
    };
    this.#proc.stdout!.on('data', keep);
    this.#proc.stderr!.on('data', keep);
    this.#exit = new Promise((resolve) =>
      this.#proc.on('exit', (code) => {
        this.#exited = true;
        resolve(code);
      }),
    );
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

  /** SIGTERM, then SIGKILL after `graceMs`. */
  async stop(graceMs = 15_000): Promise<void> {
    if (this.#exited) return;
    this.#proc.kill('SIGTERM');
    const timer = setTimeout(() => this.#proc.kill('SIGKILL'), graceMs);
    await this.#exit;
    clearTimeout(timer);
  }
}
