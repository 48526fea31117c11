// What the long hover waits of `pnpm bench server` overlapped (NEWSLENS_BENCH_TRACE=<dir>): the server's and
// the client's main-thread stalls (scripts/lag-monitor.mjs), split into the time the thread ran, waited
// runnable for a CPU, or neither (blocked). Overlaps are prorated when a stall is longer than the hover.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readStalls, startLagMonitor, type Stall } from './lag-monitor.mjs';

/** A hover that took longer than SLOW_MS: wall-clock start and end (epoch ms). */
export interface SlowHover { phase: string; start: number; end: number }

export const SLOW_MS = 100;

export class LagTrace {
  readonly slow: SlowHover[] = [];
  private readonly clientLog: string;

  /** Starts the client's monitor and has servers started from now on load theirs (test/helpers/client.ts). */
  constructor(private readonly dir: string) {
    process.env.NEWSLENS_SERVER_LAG = dir;
    this.clientLog = startLagMonitor(dir, 'client');
  }

  /** A hover sent at `start` (performance.now()) that took `ms`. */
  hover(phase: string, start: number, ms: number): void {
    if (ms > SLOW_MS) this.slow.push({ phase, start: performance.timeOrigin + start, end: performance.timeOrigin + start + ms });
  }

  /** The server's notes (an edit's steps, packages/server/src/startup-marks.ts) from `from` to `to` (performance.now()), as "what +ms" after `from`. */
  notes(serverPid: number | undefined, from: number, to: number): string {
    let text = '';
    try {
      text = readFileSync(join(this.dir, `server-${serverPid}.log`), 'utf8');
    } catch {
      return '';
    }
    const t0 = performance.timeOrigin + from;
    const t1 = performance.timeOrigin + to;
    return text.split('\n').filter((l) => l.startsWith('note ')).map((l) => {
      const [, at, ...what] = l.split(' ');
      return { at: Number(at), what: what.join(' ') };
    }).filter((n) => n.at >= t0 && n.at <= t1).map((n) => `${n.what} +${(n.at - t0).toFixed(0)}`).join('; ');
  }

  /** Each thread's heap (packages/analysis-host/src/heap-trace.ts) in its last sample at or before `at` (performance.now()): "role used/total MB, external MB". */
  heapAt(serverPid: number | undefined, at: number): string {
    let text = '';
    try {
      text = readFileSync(join(this.dir, `server-${serverPid}.log`), 'utf8');
    } catch {
      return '';
    }
    const t = performance.timeOrigin + at;
    const last = new Map<string, string[]>();
    for (const l of text.split('\n')) {
      if (!l.startsWith('heap ')) continue;
      const f = l.split(' ');
      if (Number(f[1]) > t + 500) continue;
      last.set(f[2], f);
    }
    return [...last.values()].map((f) => `${f[2]} heap ${f[4]} of ${f[6]} MB, external ${f[8]} MB`).join('; ');
  }

  /** The milestones of the start of the server `serverPid` ('' when it wrote none). */
  startup(serverPid: number | undefined): string {
    return startupMarks(this.dir, serverPid);
  }

  /** Per phase: the slow hovers, their wait, and the shares of it the server's and the client's stalls overlapped. */
  summary(serverPid: number | undefined): Array<{ phase: string; text: string }> {
    const server = readdirSync(this.dir).includes(`server-${serverPid}.log`) ? readStalls(join(this.dir, `server-${serverPid}.log`)) : [];
    const requests = readRequests(join(this.dir, `server-${serverPid}.log`));
    const client = readStalls(this.clientLog);
    const phases = [...new Set(this.slow.map((h) => h.phase))];
    const out = phases.map((phase) => {
      const hovers = this.slow.filter((h) => h.phase === phase);
      const wait = hovers.reduce((n, h) => n + h.end - h.start, 0);
      const s = overlap(hovers, server);
      const c = overlap(hovers, client);
      const pc = (x: number) => `${Math.round((100 * x) / wait)}%`;
      const r = lives(hovers, requests);
      const life = r.traced === 0 ? '' : `; in the server's request trace (${r.traced} of them): sent -> read ${pc(r.send)}, read -> handler started ${pc(r.queued)}, handler ${pc(r.handler)}, answered -> response written ${pc(r.behind)} (behind ${r.ahead} messages, ${(r.aheadBytes / 2 ** 20).toFixed(1)} MB), writing ${pc(r.writing)}, written -> client has it ${pc(r.client)}`;
      return {
        phase,
        text: `${hovers.length} over ${SLOW_MS} ms, ${Math.round(wait)} ms in all; server main thread stalled ${pc(s.all)} of it (running ${pc(s.cpu)}, waiting for a CPU ${pc(s.runq)}), client stalled ${pc(c.all)} (waiting for a CPU ${pc(c.runq)})${life}`,
      };
    });
    this.slow.length = 0;
    return out;
  }
}

function overlap(hovers: readonly SlowHover[], stalls: readonly Stall[]): { all: number; cpu: number; runq: number } {
  const sum = { all: 0, cpu: 0, runq: 0 };
  for (const h of hovers) {
    for (const st of stalls) {
      const o = Math.min(h.end, st.end) - Math.max(h.start, st.start);
      if (o <= 0) continue;
      const share = o / (st.end - st.start);
      sum.all += o;
      sum.cpu += Math.max(0, st.cpu) * share;
      sum.runq += Math.max(0, st.runq) * share;
    }
  }
  return sum;
}

/** A request's life in the server (packages/server/src/request-trace.ts), epoch ms. */
interface RequestLife { method: string; recv: number; start: number; answer: number; write: number; written: number; ahead: number; aheadBytes: number }

function readRequests(file: string): RequestLife[] {
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  return text.split('\n').filter((l) => l.startsWith('req ')).map((l) => {
    const f = l.split(' ');
    const at = (name: string) => Number(f[f.indexOf(name) + 1]);
    return { method: f[2], recv: at('recv'), start: at('start'), answer: at('answer'), write: at('write'), written: at('written'), ahead: f.includes('ahead') ? at('ahead') : 0, aheadBytes: f.includes('ahead') ? Number(f[f.indexOf('ahead') + 2]) : 0 };
  });
}

/** The slow hovers' waits split by their request's life in the server (the hover read while the client waited on it). */
function lives(hovers: readonly SlowHover[], requests: readonly RequestLife[]) {
  const sum = { traced: 0, send: 0, queued: 0, handler: 0, behind: 0, writing: 0, client: 0, ahead: 0, aheadBytes: 0 };
  for (const h of hovers) {
    const r = requests.find((q) => q.method === 'textDocument/hover' && q.recv >= h.start - 1 && q.recv <= h.end);
    if (!r || !Number.isFinite(r.start) || !Number.isFinite(r.answer)) continue;
    sum.traced++;
    sum.send += r.recv - h.start;
    sum.queued += r.start - r.recv;
    sum.handler += r.answer - r.start;
    sum.behind += r.write - r.answer;
    sum.writing += r.written - r.write;
    sum.client += h.end - r.written;
    sum.ahead += r.ahead;
    sum.aheadBytes += r.aheadBytes;
  }
  return sum;
}

/** The milestones of a server's start (packages/server/src/startup-marks.ts), in ms after its process started: "what +ms, ...". */
export function startupMarks(dir: string, serverPid: number | undefined): string {
  let text = '';
  try {
    text = readFileSync(join(dir, `server-${serverPid}.log`), 'utf8');
  } catch {
    return '';
  }
  const marks = text.split('\n').filter((l) => l.startsWith('mark ')).map((l) => {
    const [, at, ...what] = l.split(' ');
    return { at: Number(at), what: what.join(' ') };
  });
  const start = marks.find((m) => m.what === 'process started')?.at ?? marks[0]?.at ?? 0;
  return marks.filter((m) => m.what !== 'process started').sort((a, b) => a.at - b.at).map((m) => `${m.what} +${m.at - start}`).join('; ');
}
