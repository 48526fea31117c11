import { join, resolve } from 'node:path';
import nlp from 'compromise';
import { newsTexts } from './bench-lib.ts';
import { analyzeReport as after } from '../packages/language-service/src/index.ts';
// @ts-ignore
import { analyzeReport as before } from '/tmp/lbl/base/packages/language-service/src/index.ts';
const root = resolve(import.meta.dirname, '..');
const texts = newsTexts({ root, devData: join(root, '../shared/dev-data') } as never, 250_000);
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
const fns: Record<string, () => void> = { bare: () => { for (const t of texts) nlp(t); }, before: () => { for (const t of texts) before(t); }, after: () => { for (const t of texts) after(t); } };
const runs: Record<string, number[]> = { bare: [], before: [], after: [] };
const names = Object.keys(fns);
for (const n of names) fns[n]();
for (let r = 0; r < 9; r++) for (let k = 0; k < 3; k++) { const n = names[(k + r) % 3]; const c0 = cpu(); fns[n](); runs[n].push(cpu() - c0); }
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const mn = (xs: number[]) => Math.min(...xs);
console.log(`min: before/bare ${(mn(runs.before) / mn(runs.bare)).toFixed(3)} after/bare ${(mn(runs.after) / mn(runs.bare)).toFixed(3)} after/before ${(mn(runs.after) / mn(runs.before)).toFixed(3)}`);
console.log(`CPU medians (ms): bare ${med(runs.bare).toFixed(0)}, before ${med(runs.before).toFixed(0)} (${(med(runs.before) / med(runs.bare)).toFixed(3)}x), after ${med(runs.after).toFixed(0)} (${(med(runs.after) / med(runs.bare)).toFixed(3)}x); after/before ${(med(runs.after) / med(runs.before)).toFixed(3)}`);
