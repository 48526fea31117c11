import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface BenchContext {
  root: string;
  devData: string;
  /** Smaller inputs, for a quick look. */
  quick: boolean;
}

export interface BenchRow {
  group: string;
  figure: string;
  value: string;
  target: string;
  ok?: boolean;
}

/** Milliseconds of fn(), best (lowest) of `reps` runs after one warm-up. */
export function timeBest(fn: () => void, reps = 3): number {
  fn();
  let best = Infinity;
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/**
 * Times a and b alternately (a, b, a, b, ...) so machine drift hits both alike; returns the
 * median of each.
 */
export function timePaired(a: () => void, b: () => void, rounds = 5): { a: number; b: number } {
  a(); b();
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < rounds; i++) {
    let t0 = performance.now(); a(); ta.push(performance.now() - t0);
    t0 = performance.now(); b(); tb.push(performance.now() - t0);
  }
  const median = (xs: number[]) => xs.sort((x, y) => x - y)[xs.length >> 1];
  return { a: median(ta), b: median(tb) };
}

/** News texts for benchmarks: the seeds plus the CC-licensed dev data when present. */
export function newsTexts(ctx: BenchContext, maxBytes = 400_000): string[] {
  const out: string[] = [];
  let bytes = 0;
  const add = (file: string) => {
    if (bytes >= maxBytes) return;
    const t = readFileSync(file, 'utf8');
    out.push(t);
    bytes += t.length;
  };
  for (const f of readdirSync(join(ctx.root, 'seeds')).sort()) add(join(ctx.root, 'seeds', f));
  for (const dir of [join(ctx.devData, 'attribution/polnear_dev/docs'), join(ctx.devData, 'crossdoc/meantime_en')]) {
    for (const f of walk(dir)) if (f.endsWith('.txt')) add(f);
  }
  return out;
}

export function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

export const kb = (chars: number) => chars / 1024;
export const fmt = (x: number, digits = 2) => x.toFixed(digits);
