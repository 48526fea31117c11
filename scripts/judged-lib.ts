// The judged corpus (test/judged/<code>.jsonl): its entries, the key that ties a verdict to a
// diagnostic across unrelated edits, the matching of current diagnostics to verdicts, and reading,
// validating and writing the files. The format and the matching rule are in test/judged/README.md.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type Verdict = 'right' | 'arguable' | 'wrong';
export type Half = 'A' | 'B';
export type Dataset = 'ecbplus' | 'meantime' | 'polnear_dev' | 'polnear_train' | 'conll' | 'repo';

export const VERDICTS: readonly Verdict[] = ['right', 'arguable', 'wrong'];
export const DATASETS: readonly Dataset[] = ['ecbplus', 'meantime', 'polnear_dev', 'polnear_train', 'conll', 'repo'];
/** Rules judged on one report, and across the reports of an event. */
export const REPORT_RULES = ['unattributed-claim', 'vague-attribution', 'unbalanced-quote', 'weekday-mismatch'] as const;
export const CROSS_RULES = ['quote-mismatch', 'figure-mismatch', 'date-mismatch', 'name-variant'] as const;
/** Marks that are no diagnostics but are judged the same way: a loaded word of the outlet's (docs/loaded-words.md). */
export const LOADED_WORD = 'loaded-word';
export const JUDGED_RULES: readonly string[] = [...REPORT_RULES, ...CROSS_RULES, LOADED_WORD];

/** The page a judge reads for a judged code. */
export const docsPageOf = (code: string): string => (code === LOADED_WORD ? 'docs/loaded-words.md' : `docs/rules/${code}.md`);
/** Datasets whose text may be quoted in the repository (CC BY); the others keep hashes and offsets only. */
export const QUOTABLE: ReadonlySet<Dataset> = new Set<Dataset>(['ecbplus', 'meantime', 'repo']);

/** Where a cross-report diagnostic points in the other report: its sentence and span, hashed. */
export interface RelatedKey { sentence: string; spanHash: string }

export interface JudgedKey {
  /** sha256 of the report's text (BOM removed), first 16 hex. */
  report: string;
  code: string;
  /** UTF-16 offsets of the span in that text. */
  start: number;
  end: number;
  /** sha256 (16 hex) of the sentence(s) holding the span, whitespace collapsed (see sentenceBounds). */
  sentence: string;
  /** sha256 (16 hex) of the span's text as it is. */
  spanHash: string;
  /** Cross-report rules: the first related location. */
  related?: RelatedKey;
}

export interface JudgedEntry {
  key: JudgedKey;
  half: Half;
  dataset: Dataset;
  /** Relative to the dev data (the repository for dataset "repo"). */
  file: string;
  relatedFile?: string;
  verdict: Verdict;
  reason: string;
  judge: string;
  date: string;
  /** The span's text: ECB+, MEANTIME and the repository's own reports only. */
  span?: string;
}

/** A current diagnostic, keyed. */
export interface Judgeable {
  file: string;
  dataset: Dataset;
  half: Half;
  code: string;
  start: number;
  end: number;
  message: string;
  key: JudgedKey;
  /** Every related location, keyed (the key holds the first). */
  related: Array<RelatedKey & { file: string; start: number; end: number; message: string }>;
}

export const hash16 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex').slice(0, 16);
export const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

// A '.' after one of these does not end a sentence.
const ABBREVIATION = /(?:^|[^A-Za-z])(?:Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|Gen|Gov|Sen|Rep|Lt|Col|Capt|Sgt|Rev|Inc|Corp|Co|Ltd|No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z]|[a-z]\.[a-z]|[A-Z]\.[A-Z])$/;
let memo: { text: string; bounds: number[] } | null = null;

/**
 * Where sentences start in `text`, with 0 and text.length: after every line break, and after
 * . ! or ? (and any closing quotes or brackets) followed by white space and a capital, a digit or an
 * opening quote, unless the '.' ends an abbreviation ("Mr.", "U.S.", "Jan."). The project's own
 * splitter on purpose, not the analyser's: a change to the analyser must not orphan verdicts.
 */
export function sentenceStarts(text: string): number[] {
  if (memo?.text === text) return memo.bounds;
  const bounds = [0];
  const re = /\n|[.!?]["'”’)\]]*[ \t]+(?=["“‘'(\dA-Z])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0][0] === '.' && ABBREVIATION.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    bounds.push(m.index + m[0].length);
  }
  if (bounds[bounds.length - 1] !== text.length) bounds.push(text.length);
  memo = { text, bounds };
  return bounds;
}

/** The sentence(s) holding [start, end): from the last sentence start at or before `start` to the first at or after `end`. */
export function sentenceBounds(text: string, start: number, end: number): { start: number; end: number } {
  const b = sentenceStarts(text);
  let lo = 0;
  while (lo + 1 < b.length && b[lo + 1] <= start) lo++;
  let hi = lo + 1;
  while (hi < b.length - 1 && b[hi] < Math.max(end, start + 1)) hi++;
  return { start: b[lo], end: b[hi] };
}

/** The hashes of a span's sentence and text. */
export function locate(text: string, start: number, end: number): RelatedKey {
  const s = sentenceBounds(text, start, end);
  return { sentence: hash16(collapse(text.slice(s.start, s.end))), spanHash: hash16(text.slice(start, end)) };
}

/**
 * A verdict belongs to a current diagnostic when: the same code; the same report (the same text
 * hash, or the same file when the text has been edited); the same sentence hash and span hash; for
 * cross-report rules, a related location with the same sentence and span hash. Several candidates
 * are paired one to one, closest first: the same related file, then the nearest offsets.
 */
export function matchVerdicts(current: readonly Judgeable[], entries: readonly JudgedEntry[]): Map<Judgeable, JudgedEntry> {
  const byId = new Map<string, JudgedEntry[]>();
  const id = (code: string, k: RelatedKey) => `${code}|${k.sentence}|${k.spanHash}`;
  for (const e of entries) {
    const list = byId.get(id(e.key.code, e.key));
    if (list) list.push(e);
    else byId.set(id(e.key.code, e.key), [e]);
  }
  const pairs: Array<{ c: Judgeable; e: JudgedEntry; cost: number; order: number }> = [];
  current.forEach((c, ci) => {
    for (const e of byId.get(id(c.code, c.key)) ?? []) {
      if (e.key.report !== c.key.report && e.file !== c.file) continue;
      let cost = Math.abs(e.key.start - c.start) + Math.abs(e.key.end - c.end);
      if (e.key.related) {
        const r = e.key.related;
        const hits = c.related.filter((x) => x.sentence === r.sentence && x.spanHash === r.spanHash);
        if (hits.length === 0) continue;
        if (!hits.some((x) => x.file === e.relatedFile)) cost += 1e9;
      }
      pairs.push({ c, e, cost, order: ci });
    }
  });
  pairs.sort((a, b) => a.cost - b.cost || a.order - b.order);
  const out = new Map<Judgeable, JudgedEntry>();
  const used = new Set<JudgedEntry>();
  for (const p of pairs) if (!out.has(p.c) && !used.has(p.e)) { out.set(p.c, p.e); used.add(p.e); }
  return out;
}

/** Problems with one entry's shape (empty when it is well-formed). */
export function entryProblems(e: unknown, fileCode?: string): string[] {
  const bad: string[] = [];
  const o = e as Partial<JudgedEntry> | null;
  if (typeof o !== 'object' || o === null) return ['not an object'];
  const k = o.key as Partial<JudgedKey> | undefined;
  const hex = (v: unknown) => typeof v === 'string' && /^[0-9a-f]{16}$/.test(v);
  if (!k || typeof k !== 'object') bad.push('no key');
  else {
    if (!hex(k.report) || !hex(k.sentence) || !hex(k.spanHash)) bad.push('key hashes must be 16 lower-case hex');
    if (!Number.isInteger(k.start) || !Number.isInteger(k.end) || (k.start as number) < 0 || (k.end as number) < (k.start as number)) bad.push('key offsets');
    if (!JUDGED_RULES.includes(k.code as string) || (fileCode !== undefined && k.code !== fileCode)) bad.push(`key code ${k.code}`);
    const cross = (CROSS_RULES as readonly string[]).includes(k.code as string);
    if (cross !== (k.related !== undefined) || (k.related && (!hex(k.related.sentence) || !hex(k.related.spanHash)))) bad.push('key.related (cross-report rules only)');
  }
  if (!VERDICTS.includes(o.verdict as Verdict)) bad.push(`verdict ${o.verdict}`);
  if (typeof o.reason !== 'string' || o.reason.trim() === '') bad.push('empty reason');
  if (typeof o.judge !== 'string' || o.judge.trim() === '') bad.push('empty judge');
  if (typeof o.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(o.date)) bad.push('date is not YYYY-MM-DD');
  if (o.half !== 'A' && o.half !== 'B') bad.push(`half ${o.half}`);
  if (!DATASETS.includes(o.dataset as Dataset)) bad.push(`dataset ${o.dataset}`);
  if (typeof o.file !== 'string' || o.file === '' || o.file.startsWith('/') || o.file.includes('..')) bad.push('file must be a relative path');
  if (o.span !== undefined) {
    if (!QUOTABLE.has(o.dataset as Dataset)) bad.push(`span text in a ${o.dataset} entry (no licence to quote it)`);
    else if (k && hash16(String(o.span)) !== k.spanHash) bad.push('span does not hash to key.spanHash');
  } else if (QUOTABLE.has(o.dataset as Dataset)) bad.push('no span text');
  const known = ['key', 'half', 'dataset', 'file', 'relatedFile', 'verdict', 'reason', 'judge', 'date', 'span'];
  for (const name of Object.keys(o)) if (!known.includes(name)) bad.push(`unknown field ${name}`);
  return bad;
}

/** An entry with its fields in the documented order (so the files are byte-stable). */
function ordered(e: JudgedEntry): JudgedEntry {
  const { report, code, start, end, sentence, spanHash, related } = e.key;
  const key: JudgedKey = { report, code, start, end, sentence, spanHash, ...(related ? { related: { sentence: related.sentence, spanHash: related.spanHash } } : {}) };
  return {
    key, half: e.half, dataset: e.dataset, file: e.file, ...(e.relatedFile !== undefined ? { relatedFile: e.relatedFile } : {}),
    verdict: e.verdict, reason: e.reason, judge: e.judge, date: e.date, ...(e.span !== undefined ? { span: e.span } : {}),
  };
}

/** Two entries with the same identity are one verdict. */
/**
 * A verdict's reason as printed by the eval and the ratchet: half B's reasons stay hidden (a session
 * tuning on half A must not read why a held-out diagnostic was judged wrong) unless
 * NEWSLENS_SHOW_HELD_OUT=1 asks for them.
 */
/** Whether half B's verdicts may be shown (NEWSLENS_SHOW_HELD_OUT=1: a reader who will not tune on them). */
export const showHeldOut = (env: NodeJS.ProcessEnv = process.env): boolean => env.NEWSLENS_SHOW_HELD_OUT === '1';

export const shownReason = (e: JudgedEntry, env: NodeJS.ProcessEnv = process.env): string =>
  e.half === 'A' || showHeldOut(env) ? e.reason : '(half B: reason hidden; NEWSLENS_SHOW_HELD_OUT=1 shows it)';

export const identity = (e: JudgedEntry): string =>
  [e.file, e.key.report, e.key.code, e.key.start, e.key.end, e.key.sentence, e.key.spanHash, e.key.related?.sentence ?? '', e.key.related?.spanHash ?? ''].join('|');

const compare = (a: JudgedEntry, b: JudgedEntry): number => {
  const x = identity(a), y = identity(b);
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.key.start - b.key.start || a.key.end - b.key.end || (x < y ? -1 : x > y ? 1 : 0);
};

export const judgedDir = (repoRoot: string): string => join(repoRoot, 'test/judged');

/** Every entry of test/judged/<code>.jsonl (parsed, not validated); `code` limits it to one file. */
export function readJudged(repoRoot: string, code?: string): JudgedEntry[] {
  const dir = judgedDir(repoRoot);
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl') && (code === undefined || f === `${code}.jsonl`)).sort();
  return files.flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as JudgedEntry));
}

/** The text of a .jsonl file holding `entries`: sorted (file, offsets, identity), one JSON object a line. */
export function formatJudged(entries: readonly JudgedEntry[]): string {
  const lines = [...entries].sort(compare).map((e) => JSON.stringify(ordered(e)));
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/**
 * Writes one rule's entries: `existing` plus `added`. An added entry with the identity of an
 * existing one is dropped (the first verdict stands) unless `replace`, which overwrites it; the
 * number of such entries is returned.
 */
export function writeJudged(repoRoot: string, code: string, existing: readonly JudgedEntry[], added: readonly JudgedEntry[], replace = false): number {
  const byId = new Map(existing.map((e) => [identity(e), e]));
  let clashes = 0;
  for (const e of added) {
    if (byId.has(identity(e))) clashes++;
    if (!byId.has(identity(e)) || replace) byId.set(identity(e), e);
  }
  writeFileSync(join(judgedDir(repoRoot), `${code}.jsonl`), formatJudged([...byId.values()]));
  return clashes;
}

/**
 * A diagnostic's place in the seeded random order: a hash of the seed and of what identifies the
 * diagnostic across runs (file, code, sentence, span, related passage), so the order of the ones
 * that stay does not change when others come or go. The sampler judges a prefix of this order and
 * eval-precision measures coverage on the first 100 of it: the two agree.
 */
export function seededOrder<T extends Judgeable>(items: readonly T[], seed: string): T[] {
  const rank = (c: Judgeable) => hash16(`${seed}|${c.file}|${c.code}|${c.key.sentence}|${c.key.spanHash}|${c.key.related?.sentence ?? ''}|${c.key.related?.spanHash ?? ''}`);
  const ranked = items.map((c) => ({ c, r: rank(c) }));
  ranked.sort((a, b) => (a.r < b.r ? -1 : a.r > b.r ? 1 : a.c.file < b.c.file ? -1 : a.c.file > b.c.file ? 1 : a.c.start - b.c.start || a.c.end - b.c.end));
  return ranked.map((x) => x.c);
}

/** The default seed of the sampler and of eval-precision's coverage sample. */
export const DEFAULT_SEED = 'judged-12';
