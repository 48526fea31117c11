/**
 * Where a start's time goes (benchmarks, issue 17): with NEWSLENS_SERVER_LAG=<dir> (the folder the
 * bench's lag monitor writes the main thread's stalls to, scripts/lag-monitor.mjs), the server adds
 * one line per milestone of its start to `<dir>/server-<pid>.log`: `mark <epoch ms> <what>` (the
 * first time each milestone is reached; scripts/lag-summary.ts reads them), and one per step of an
 * edit's way to its diagnostics, every time: `note <epoch ms> <what>`. Nothing otherwise.
 */
import { appendFileSync } from 'node:fs';

const dir = process.env.NEWSLENS_SERVER_LAG;
const seen = new Set<string>();

/** Notes that `what` happened now (only its first time). */
export function mark(what: string): void {
  if (!dir || seen.has(what)) return;
  const first = seen.size === 0 ? `mark ${performance.timeOrigin.toFixed(0)} process started\n` : '';
  seen.add(what);
  try {
    appendFileSync(`${dir}/server-${process.pid}.log`, `${first}mark ${(performance.timeOrigin + performance.now()).toFixed(0)} ${what}\n`);
  } catch {
    // a benchmark's aid: never a failure of the server
  }
}

/** Notes that `what` happened now, every time (an edit's steps: benchmarks read them between two times). */
export function note(what: string): void {
  if (!dir) return;
  try {
    appendFileSync(`${dir}/server-${process.pid}.log`, `note ${(performance.timeOrigin + performance.now()).toFixed(1)} ${what}\n`);
  } catch {
    // a benchmark's aid: never a failure of the server
  }
}
