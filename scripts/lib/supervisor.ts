/**
 * Child processes for `npm run up`: spawn with line-by-line output, poll readiness, stop in
 * reverse order with a grace period, and never leave one behind.
 *
 * ```ts
 * const sup = new Supervisor({ print: (name, line) => console.log(name, line), onExit: (child) => … });
 * const child = sup.start(spec);
 * await sup.waitReady(child, spec.readyUrl, 60_000); // 'ready' | 'timeout' | 'exited'
 * await sup.stopAll([[worker], [gateway], services], 15_000);
 * ```
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { ProcessSpec } from './platform.ts';

const TAIL_LINES = 30;
const POLL_MS = 250;

export interface Child {
  readonly spec: ProcessSpec;
  readonly process: ChildProcess;
  /** The last lines it printed, for a failure report. */
  readonly tail: string[];
  /** Set once it has exited. */
  exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  readonly exited: Promise<void>;
}

export interface SupervisorOptions {
  /** One raw output line of a child (stdout or stderr). */
  readonly print: (name: string, line: string) => void;
  /** Called once per child when it exits, whatever the reason. */
  readonly onExit: (child: Child) => void;
}

export type Readiness = 'ready' | 'timeout' | 'exited';

export class Supervisor {
  readonly #options: SupervisorOptions;
  readonly #children: Child[] = [];

  constructor(options: SupervisorOptions) {
    this.#options = options;
  }

  start(spec: ProcessSpec): Child {
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const [key, value] of Object.entries(spec.env)) {
      if (value === undefined) delete env[key];
      else env[key] = value;
    }
    // detached: each child leads its own process group. A Ctrl-C in the terminal then reaches only
    // this process, which stops the children in order; otherwise every service would get the
    // terminal's SIGINT and our SIGTERM, and a second signal makes a service exit at once.
    const proc = spawn(process.execPath, ['--import', '@sluice/telemetry/register', join(spec.cwd, spec.entry)], {
      cwd: spec.cwd,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let resolveExited = () => {};
    const child: Child = {
      spec,
      process: proc,
      tail: [],
      exit: undefined,
      exited: new Promise<void>((resolve) => (resolveExited = resolve)),
    };
    for (const stream of [proc.stdout, proc.stderr]) {
      createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
        child.tail.push(line);
        if (child.tail.length > TAIL_LINES) child.tail.shift();
        this.#options.print(spec.name, line);
      });
    }
    const finish = (code: number | null, signal: NodeJS.Signals | null) => {
      if (child.exit !== undefined) return;
      child.exit = { code, signal };
      resolveExited();
      this.#options.onExit(child);
    };
    proc.once('exit', finish);
    // spawn failures (no such cwd) come as 'error' without 'exit'.
    proc.once('error', (err) => {
      child.tail.push(err.message);
      finish(127, null);
    });
    this.#children.push(child);
    return child;
  }

  /** Polls url until it answers 200, the child exits, or the time is up. */
  async waitReady(child: Child, url: string, timeoutMs: number): Promise<Readiness> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (child.exit !== undefined) return 'exited';
      try {
        const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
        await res.body?.cancel();
        if (res.status === 200) return child.exit === undefined ? 'ready' : 'exited';
      } catch {
        // not listening yet
      }
      await Promise.race([sleep(POLL_MS), child.exited]);
    }
    return child.exit === undefined ? 'timeout' : 'exited';
  }

  /** Waits a moment for a child without a readiness URL, so a crash at start is still a start failure. */
  async waitStarted(child: Child, settleMs: number): Promise<Readiness> {
    await Promise.race([sleep(settleMs), child.exited]);
    return child.exit === undefined ? 'ready' : 'exited';
  }

  /**
   * SIGTERM to each group in turn (each waits for the previous to exit), all within one grace
   * period; whatever still runs then gets SIGKILL. Children that were never started are skipped.
   */
  async stopAll(groups: readonly (readonly string[])[], graceMs: number): Promise<void> {
    const deadline = Date.now() + graceMs;
    const named = new Set(groups.flat());
    const order = [...groups, this.#children.map((c) => c.spec.name).filter((n) => !named.has(n))];
    for (const names of order) {
      const running = this.#children.filter((c) => names.includes(c.spec.name) && c.exit === undefined);
      for (const child of running) signalGroup(child, 'SIGTERM');
      const left = deadline - Date.now();
      if (left > 0) await Promise.race([Promise.all(running.map((c) => c.exited)), sleep(left)]);
    }
    const stragglers = this.#children.filter((c) => c.exit === undefined);
    for (const child of stragglers) {
      this.#options.print('up', `${child.spec.name} did not stop within ${Math.round(graceMs / 1000)} s: SIGKILL`);
      signalGroup(child, 'SIGKILL');
    }
    await Promise.race([Promise.all(stragglers.map((c) => c.exited)), sleep(2000)]);
    // A child's own children (its process group) go too, even when the child itself has exited.
    for (const child of this.#children) signalGroup(child, 'SIGKILL');
  }

  /** SIGKILL to every child's process group, synchronously (safe in an 'exit' handler). */
  killAll(): void {
    for (const child of this.#children) signalGroup(child, 'SIGKILL');
  }
}

function signalGroup(child: Child, signal: NodeJS.Signals): void {
  const pid = child.process.pid;
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group is gone already
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
