/**
 * Where a request's time goes in the server (benchmarks, issue 17): with NEWSLENS_SERVER_LAG=<dir>
 * (the bench's trace folder, scripts/lag-monitor.mjs) and the stdio transport, one line per request
 * answered is added to `<dir>/server-<pid>.log`:
 *
 *   req <id> <method> recv <t> start <t> answer <t> write <t> written <t> ahead <n> <bytes>
 *
 * epoch ms of: its bytes read from stdin (`recv`), its handler started (`start`: the connection's
 * queue handles one message a turn of the event loop) and done (`answer`), its response handed to
 * stdout (`write`: the connection's writer sends one message at a time, in order) and written
 * (`written`: the stream took it), and the messages (and their bytes) written between its answer
 * and its response, the ones it queued behind. Nothing otherwise; only taps on stdin and stdout,
 * never a change of what is read or written (scripts/lag-summary.ts reads the lines).
 */
import { appendFileSync } from 'node:fs';

const dir = process.env.NEWSLENS_SERVER_LAG;
const on = dir !== undefined && process.argv.includes('--stdio');
const now = () => performance.timeOrigin + performance.now();

interface Life { id: number; method: string; recv: number; start?: number; answer?: number; ahead?: number; aheadBytes?: number }

/** Requests read and not yet answered, by id; and per method, the ids not yet started (the connection starts them in order). */
const lives = new Map<number, Life>();
const unstarted = new Map<string, number[]>();
let messagesWritten = 0;
let bytesWritten = 0;

function received(chunk: Buffer | string): void {
  const text = typeof chunk === 'string' ? chunk : chunk.toString('utf8');
  const t = now();
  for (const m of text.matchAll(/"id":(\d+),"method":"([^"]+)"/g)) {
    const id = Number(m[1]);
    lives.set(id, { id, method: m[2], recv: t });
    const list = unstarted.get(m[2]) ?? [];
    list.push(id);
    unstarted.set(m[2], list);
  }
}

function writing(chunk: unknown, done: (() => void) | undefined): (() => void) | undefined {
  const body = Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk) : null;
  if (!body || body.subarray(0, 16).toString('latin1').startsWith('Content-Length')) return done;
  messagesWritten++;
  bytesWritten += body.byteLength;
  const head = body.subarray(0, 80).toString('utf8');
  const m = /^\{"jsonrpc":"2\.0","id":(\d+),"(?:result|error)"/.exec(head);
  const life = m ? lives.get(Number(m[1])) : undefined;
  if (!life) return done;
  lives.delete(life.id);
  const list = unstarted.get(life.method);
  if (list?.includes(life.id)) list.splice(list.indexOf(life.id), 1);
  const write = now();
  const ahead = life.ahead === undefined ? '' : ` ahead ${messagesWritten - 1 - life.ahead} ${bytesWritten - body.byteLength - (life.aheadBytes ?? 0)}`;
  return () => {
    const f = (x: number | undefined) => (x === undefined ? '-' : x.toFixed(1));
    try {
      appendFileSync(`${dir}/server-${process.pid}.log`, `req ${life.id} ${life.method} recv ${f(life.recv)} start ${f(life.start)} answer ${f(life.answer)} write ${f(write)} written ${f(now())}${ahead}\n`);
    } catch {
      // a benchmark's aid: never a failure of the server
    }
    done?.();
  };
}

/** Taps stdin and stdout (once, before the connection listens); does nothing unless tracing. */
export function traceRequests(): void {
  if (!on) return;
  process.stdin.prependListener('data', received);
  const write = process.stdout.write.bind(process.stdout) as (...args: unknown[]) => boolean;
  process.stdout.write = ((chunk: unknown, ...rest: unknown[]) => {
    const cb = rest.findIndex((r) => typeof r === 'function');
    const done = writing(chunk, cb >= 0 ? rest[cb] as () => void : undefined);
    if (cb >= 0) rest[cb] = done;
    else if (done) rest.push(done);
    return write(chunk, ...rest);
  }) as typeof process.stdout.write;
}

/**
 * Wraps a request handler so that its start and its answer are traced (the request is the oldest
 * one of `method` read and not started yet: the connection starts them in order).
 */
export function traced<A extends unknown[], R>(method: string, handler: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  if (!on) return handler;
  return async (...args: A) => {
    const id = unstarted.get(method)?.shift();
    const life = id === undefined ? undefined : lives.get(id);
    if (life) life.start = now();
    try {
      return await handler(...args);
    } finally {
      if (life) Object.assign(life, { answer: now(), ahead: messagesWritten, aheadBytes: bytesWritten });
    }
  };
}
