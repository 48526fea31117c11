// Generates benchmark corpora of n reports (about 3 KB each) from the CC-licensed dev data
// (crossdoc + attribution; never CoNLL) into the gitignored folder corpus/<n>, with seeded edits so that no two
// reports share a paragraph: report j of round k takes the j-th ~3 KB run of sentences of the dev
// texts, regrouped into paragraphs, every capitalised word shifted by k letters (same length), its
// numbers changed and one sentence dropped. Deterministic: the same n gives the same files.
//   node --import tsx scripts/make-corpus.ts [--out <dir>] 1000 10000
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeRng } from '../test/helpers/fuzz-inputs.ts';
import { walk } from './bench-lib.ts';

const GENERATOR = 'corpus-v2';
const TARGET_CHARS = 3000;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The default corpus folder (gitignored): corpus/<n>. */
export function corpusDir(n: number, base = join(root, 'corpus')): string {
  return join(base, String(n));
}

/** Sentences (one per line in ECB+, lines of paragraphs elsewhere) of every dev text, in a stable order. */
function devSentences(devData: string): string[] {
  const out: string[] = [];
  for (const dir of ['crossdoc/ecbplus', 'crossdoc/meantime_en', 'attribution/polnear_dev/docs']) {
    for (const file of walk(join(devData, dir))) {
      if (!file.endsWith('.txt')) continue;
      for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
        const s = line.trim();
        if (s.length < 20 || /^https?:\/\//.test(s)) continue;
        out.push(s);
      }
    }
  }
  return out;
}

/** Runs of consecutive sentences of about TARGET_CHARS characters each. */
function chunks(sentences: readonly string[]): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  let size = 0;
  for (const s of sentences) {
    cur.push(s);
    size += s.length + 1;
    if (size >= TARGET_CHARS) {
      out.push(cur);
      cur = [];
      size = 0;
    }
  }
  return out;
}

const shiftWord = (w: string, k: number) =>
  w[0] + [...w.slice(1)].map((c) => String.fromCharCode(97 + ((c.charCodeAt(0) - 97 + k) % 26))).join('');

/** One report: the chunk regrouped into paragraphs of 1-4 sentences, with round k's edits. */
function report(chunk: readonly string[], k: number, seed: number): string {
  const rand = makeRng(seed);
  const drop = chunk.length > 3 ? 1 + Math.floor(rand() * (chunk.length - 1)) : -1;
  const kept = chunk.filter((_, i) => i !== drop);
  const paragraphs: string[] = [];
  for (let i = 0; i < kept.length;) {
    const n = 1 + Math.floor(rand() * 4);
    paragraphs.push(kept.slice(i, i + n).join(' '));
    i += n;
  }
  let text = paragraphs.join('\n\n') + '\n';
  if (k > 0) {
    // names change; a sentence's first word (The, But, ...) stays, so the grammar stays news
    text = text.replace(/\b[A-Z][a-z]{2,}\b/g, (w, at: number) => (/(^|[.!?"”:]\s+|\n)$/.test(text.slice(Math.max(0, at - 3), at)) ? w : shiftWord(w, k)));
    text = text.replace(/\b\d+\b/g, (d) => String(Number(d) + k * (1 + Math.floor(rand() * 9))));
  }
  return text;
}

/** Writes (or keeps, when already generated) the corpus of n reports; returns its folder. */
export function makeCorpus(devData: string, n: number, out = corpusDir(n)): string {
  const stamp = join(out, '.generated');
  const want = `${GENERATOR} ${n}\n`;
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return out;
  const all = chunks(devSentences(devData));
  if (all.length === 0) throw new Error(`no dev data texts under ${devData}`);
  rmSync(out, { recursive: true, force: true });
  for (let i = 0; i < n; i++) {
    const k = Math.floor(i / all.length);
    const dir = join(out, `d${String(Math.floor(i / 1000)).padStart(2, '0')}`);
    if (i % 1000 === 0) mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `r${String(i).padStart(5, '0')}.txt`), report(all[i % all.length], k, 0x5eed + i));
  }
  writeFileSync(stamp, want);
  return out;
}

/** Every report file of a corpus folder, sorted. */
export function corpusFiles(dir: string): string[] {
  return walk(dir).filter((f) => f.endsWith('.txt'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const o = args.indexOf('--out');
  const base = o >= 0 ? resolve(args[o + 1]) : undefined;
  const devData = resolve(process.env.NEWSLENS_DEV_DATA ?? join(root, '../shared/dev-data'));
  for (const a of args.filter((x, i) => /^\d+$/.test(x) && args[i - 1] !== '--out')) {
    const n = Number(a);
    const dir = makeCorpus(devData, n, base ? join(base, String(n)) : corpusDir(n));
    const files = corpusFiles(dir);
    const bytes = files.reduce((s, f) => s + statSync(f).size, 0);
    console.log(`${dir}: ${files.length} reports, ${(bytes / 1e6).toFixed(1)} MB`);
  }
}
