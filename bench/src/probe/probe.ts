// Preloaded into the Node processes under test (`node --import <this file> …`); the code under
// test is not changed. Two probes, each on when its variable is set:
//
// BENCH_LOOP_FILE: every 250 ms, the event loop's utilisation and delay; the samples are written
//   to that file as the process exits.
// BENCH_CPU_PROFILE_FILE: SIGUSR2 starts the V8 CPU profiler, a second SIGUSR2 stops it and writes
//   the profile (.cpuprofile JSON) to that file, so only the measured window is profiled.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { monitorEventLoopDelay, performance, type EventLoopUtilization } from 'node:perf_hooks';

const loopFile = process.env.BENCH_LOOP_FILE;
const profileFile = process.env.BENCH_CPU_PROFILE_FILE;
// Children of this process must not inherit them.
delete process.env.BENCH_LOOP_FILE;
delete process.env.BENCH_CPU_PROFILE_FILE;

if (loopFile !== undefined && loopFile !== '') {
  const samples: number[] = []; // flattened [wall ms at end, utilisation 0..1, mean delay ms, p99 delay ms]
  // The histogram records the time between its timer's runs: the resolution is taken off below.
  const RESOLUTION_MS = 10;
  const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  histogram.enable();
  let last: EventLoopUtilization = performance.eventLoopUtilization();
  const timer = setInterval(() => {
    const now = performance.eventLoopUtilization();
    const delta = performance.eventLoopUtilization(now, last);
    last = now;
    const late = (ns: number) => Math.max(0, ns / 1e6 - RESOLUTION_MS);
    samples.push(performance.timeOrigin + performance.now(), delta.utilization, late(histogram.mean), late(histogram.percentile(99)));
    histogram.reset();
  }, 250);
  timer.unref();
  process.on('exit', () => {
    try {
      writeFileSync(loopFile, JSON.stringify(samples));
    } catch {
      // the driver reports the probe as missing
    }
  });
}

if (profileFile !== undefined && profileFile !== '') {
  const session = new Session();
  session.connect();
  let running = false;
  process.on('SIGUSR2', () => {
    void (async () => {
      if (!running) {
        running = true;
        await session.post('Profiler.enable');
        await session.post('Profiler.setSamplingInterval', { interval: 500 });
        await session.post('Profiler.start');
      } else {
        running = false;
        const { profile } = await session.post('Profiler.stop');
        writeFileSync(profileFile, JSON.stringify(profile));
      }
    })();
  });
}
