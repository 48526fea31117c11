import { readFileSync, readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/**
 * How much lower than the thread that starts them a language server's background threads (the
 * comparison worker, the indexing pool's workers) run: their nice value is the starting thread's plus
 * this, at most 19. Set by what was measured (issue 17, `pnpm bench server` with an event-loop
 * monitor in the server and the client): on the shared 2-core machine nearly every hover that waited
 * over 100 ms while the server indexed or compared waited for a main thread that was not running at
 * all (its CPU time over the wait about zero), behind runnable threads, the server's own busy workers
 * among them. Ten steps lower, a worker weighs about a tenth of the main thread in Linux's scheduler,
 * so the main thread (and the editor's worker, left as it is) runs first whenever both are runnable;
 * a worker still gets every cycle the main thread leaves (but see docs/performance.md: on a loaded
 * machine the cold comparison of 10,000 reports took twice as long). Off unless NEWSLENS_BACKGROUND_NICE
 * (0-19) asks for it. Relative since session 24: an absolute value (before) lowered nothing in a server
 * started under `nice -n 10` (every benchmark on the shared machine), its threads being there already.
 */
export const BACKGROUND_NICE = 10;

/** How much lower background threads run when nothing is configured: 0, left as they are (see BACKGROUND_NICE). */
export const DEFAULT_BACKGROUND_NICE = 0;

function configuredNice(): number {
  const env = process.env.NEWSLENS_BACKGROUND_NICE;
  const n = env === undefined || env === '' ? NaN : Number(env);
  return Number.isInteger(n) && n >= 0 && n <= 19 ? n : DEFAULT_BACKGROUND_NICE;
}

/**
 * Lowers the priority of the calling thread alone by `by` steps of nice (BACKGROUND_NICE, or the
 * environment's) from where it is (it starts where the thread that made it is), at most to 19 (Linux:
 * setpriority on the thread's id; elsewhere os.setPriority would lower the whole process, so nothing
 * is done). Returns whether it was lowered. Never throws: a thread that cannot be lowered only competes as before.
 */
export function lowerThisThread(by = configuredNice()): boolean {
  if (process.platform !== 'linux' || by <= 0) return false;
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(tid) || tid <= 0 || tid === process.pid) return false; // never the process's main thread
    const now = threadNice() ?? 0;
    const nice = Math.min(19, now + by);
    if (nice <= now) return false; // at 19 already
    setPriority(tid, nice);
    return true;
  } catch {
    return false;
  }
}

/** The nice value of the calling thread (Linux; null elsewhere or when unknown). */
export function threadNice(): number | null {
  try {
    // fields after the command name: state is the 1st, nice the 17th
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const nice = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
    return Number.isInteger(nice) ? nice : null;
  } catch {
    return null;
  }
}
