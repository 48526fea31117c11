// Reads judged packets back into the corpus: for each <dir>/<rule>/batch-<n>.json with a
// batch-<n>.verdicts.json beside it, appends one entry per item to test/judged/<rule>.jsonl
// (sorted, deduplicated: an item already judged keeps its first verdict unless --replace).
//   node --conditions=source --import tsx scripts/judge-import.ts --date 2025-01-31 --judge "helper-session"
//     [--dir /tmp/judging] [--rules a,b] [--replace] [--dry-run] [--dev-data DIR]
// Nothing is written when any packet's answers are malformed (every problem is listed).
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { halfOf } from './judged-corpus.ts';
import { JUDGED_RULES, QUOTABLE, entryProblems, judgedDir, readJudged, writeJudged, type JudgedEntry, type Verdict } from './judged-lib.ts';
import { readPackets, type Packet, type VerdictAnswer } from './judge-packets.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: '/tmp/judging' },
    date: { type: 'string' },
    judge: { type: 'string' },
    rules: { type: 'string' },
    replace: { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    'dev-data': { type: 'string', default: process.env.NEWSLENS_DEV_DATA ?? join(ROOT, '../shared/dev-data') },
  },
});
if (!values.date || !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new Error('--date YYYY-MM-DD is required (the day the verdicts were given)');
if (!values.judge?.trim()) throw new Error('--judge NAME is required (each entry gets "NAME batch-<n>")');
const rules = values.rules ? values.rules.split(',') : [...JUDGED_RULES];

/** Words of `reason` that copy a run of four or more words of `text` (for reports we may not quote). */
function copiedRun(reason: string, text: string): string | null {
  const words = reason.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  const flat = ` ${(text.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? []).join(' ')} `;
  for (let i = 0; i + 4 <= words.length; i++) {
    const run = words.slice(i, i + 4).join(' ');
    if (flat.includes(` ${run} `)) return run;
  }
  return null;
}

/** The entries of one answered packet, or the problems with its answers. */
function entriesOf(p: Packet, answers: unknown): { entries: JudgedEntry[]; problems: string[] } {
  const problems: string[] = [];
  if (!Array.isArray(answers)) return { entries: [], problems: ['the verdicts file is not a JSON array'] };
  const byId = new Map<string, VerdictAnswer>();
  for (const a of answers as VerdictAnswer[]) {
    if (typeof a?.id !== 'string') problems.push(`an answer without an id: ${JSON.stringify(a)}`);
    else if (byId.has(a.id)) problems.push(`${a.id} answered twice`);
    else byId.set(a.id, a);
  }
  const ids = new Set(p.items.map((it) => it.id));
  for (const id of byId.keys()) if (!ids.has(id)) problems.push(`${id} is not an item of this packet`);
  const entries: JudgedEntry[] = [];
  for (const it of p.items) {
    const a = byId.get(it.id);
    if (!a) { problems.push(`${it.id} has no answer`); continue; }
    const reason = typeof a.reason === 'string' ? a.reason.replace(/\s+/g, ' ').trim() : '';
    if (typeof a.reason === 'string' && /[\r\n]/.test(a.reason.trim())) problems.push(`${it.id}: the reason is more than one line`);
    if (halfOf(it.dataset, it.file) !== it.half) problems.push(`${it.id}: packet says half ${it.half}, the split says ${halfOf(it.dataset, it.file)}`);
    if (!QUOTABLE.has(it.dataset)) {
      const path = join(values['dev-data'], it.file);
      const copied = existsSync(path) ? copiedRun(reason, readFileSync(path, 'utf8')) : null;
      if (copied) problems.push(`${it.id}: the reason copies the report ("${copied}"), which ${it.dataset} does not allow: reword it`);
    }
    const entry: JudgedEntry = {
      key: it.key, half: it.half, dataset: it.dataset, file: it.file, ...(it.relatedFile !== undefined ? { relatedFile: it.relatedFile } : {}),
      verdict: a.verdict as Verdict, reason, judge: `${values.judge!.trim()} batch-${p.batch}`, date: values.date!,
      ...(QUOTABLE.has(it.dataset) ? { span: it.span } : {}),
    };
    for (const bad of entryProblems(entry, p.rule)) problems.push(`${it.id}: ${bad}`);
    entries.push(entry);
  }
  return { entries, problems };
}

const added = new Map<string, JudgedEntry[]>();
const problems: string[] = [];
const imported: string[] = [];
for (const rule of rules) {
  for (const p of readPackets(join(values.dir, rule))) {
    const answers = join(values.dir, rule, `batch-${p.batch}.verdicts.json`);
    if (!existsSync(answers)) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(answers, 'utf8'));
    } catch (e) {
      problems.push(`${answers}: not JSON (${(e as Error).message})`);
      continue;
    }
    const got = entriesOf(p, parsed);
    problems.push(...got.problems.map((m) => `${answers}: ${m}`));
    added.set(rule, [...(added.get(rule) ?? []), ...got.entries]);
    imported.push(`${rule} batch-${p.batch}: ${got.entries.length} verdicts`);
  }
}
if (problems.length > 0) {
  for (const m of problems) console.error(m);
  console.error(`\nnothing written: ${problems.length} problem(s)`);
  process.exit(1);
}
mkdirSync(judgedDir(ROOT), { recursive: true });
for (const [rule, entries] of added) {
  const existing = readJudged(ROOT, rule);
  if (values['dry-run']) continue;
  const clashes = writeJudged(ROOT, rule, existing, entries, values.replace);
  const note = clashes === 0 ? '' : values.replace ? ` (${clashes} already judged: replaced)` : ` (${clashes} already judged: kept as they were; --replace to overwrite)`;
  console.log(`test/judged/${rule}.jsonl: ${existing.length} entries + ${entries.length - clashes} new${note}`);
}
for (const line of imported) console.log(`  ${line}`);
if (values['dry-run']) console.log('(dry run: nothing written)');
