// Where a request's wait goes (issue 17): an event-loop monitor for the language server's main thread and a
// benchmark's client. Every 5 ms a timer looks at the clock; a gap over 40 ms is a stall, written as one line
//   stall <start epoch ms> <end epoch ms> <ms> cpu <ms the thread ran> runq <ms it waited runnable for a CPU>
// (CPU time from /proc/thread-self/stat, run-queue delay from /proc/thread-self/schedstat; Linux, else -1).
// A stall with cpu near its length is the thread busy (a long task: slice it); runq near its length is
// the thread not scheduled (CPU starvation); neither is the thread blocked (synchronous I/O, a lock).
// The server loads it with `node --import` (NEWSLENS_SERVER_LAG=<dir>, test/helpers/client.ts), the bench
// calls startLagMonitor itself; each process writes <dir>/<role>-<pid>.log.
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const TICK_MS = 5;
const STALL_MS = 40;

function threadStat(file, pick) {
  try {
    return pick(readFileSync(file, 'utf8'));
  } catch {
    return -1;
  }
}
// user + system time in clock ticks (100 a second): the 12th and 13th fields after the command name
const cpuMs = () => threadStat('/proc/thread-self/stat', (s) => {
  const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
});
const runqMs = () => threadStat('/proc/thread-self/schedstat', (s) => Number(s.split(' ')[1]) / 1e6);

/** Starts the monitor on the calling thread; returns the log file (`dir` is made when it does not exist). */
export function startLagMonitor(dir, role) {
  mkdirSync(dir, { recursive: true });
  const file = `${dir}/${role}-${process.pid}.log`;
  const now = () => performance.timeOrigin + performance.now();
  let last = now();
  let lastCpu = cpuMs();
  let lastRunq = runqMs();
  const timer = setInterval(() => {
    const t = now();
    const cpu = cpuMs();
    const runq = runqMs();
    if (t - last > STALL_MS) appendFileSync(file, `stall ${last.toFixed(0)} ${t.toFixed(0)} ${(t - last).toFixed(0)} cpu ${cpu - lastCpu} runq ${(runq - lastRunq).toFixed(0)}\n`);
    last = t;
    lastCpu = cpu;
    lastRunq = runq;
  }, TICK_MS);
  timer.unref();
  return file;
}

/** The stalls a monitor wrote (an empty list when there is no log). */
export function readStalls(file) {
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  return text.split('\n').filter((l) => l.startsWith('stall ')).map((l) => {
    const [, start, end, , , cpu, , runq] = l.split(' ');
    return { start: Number(start), end: Number(end), cpu: Number(cpu), runq: Number(runq) };
  });
}

// loaded with --import in the server (the process started with NEWSLENS_SERVER_LAG set)
if (isMainThread && process.env.NEWSLENS_SERVER_LAG && process.argv.some((a) => a.includes('newslens-server'))) {
  startLagMonitor(process.env.NEWSLENS_SERVER_LAG, 'server');
}
