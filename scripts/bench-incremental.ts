// Incremental analysis: a one-character edit in a 5 KB report, re-analysed with the paragraph and
// sentence caches warm (what the server does per keystroke), against a full analysis of the same
// text in the same run. Work is counted deterministically (characters compromise re-tags: the
// sentences the sentence cache misses) and timed (what the extractors and report-level steps add).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeReport, type ParagraphCache, type SentenceCache, type TaggedTerm } from '@newslens/language-service';
import { fmt, timePaired, type BenchContext, type BenchRow } from './bench-lib.ts';
import { corpusFiles, makeCorpus } from './make-corpus.ts';

type Entry = NonNullable<ReturnType<ParagraphCache['get']>>;

/** A Map-backed cache that counts the characters it had to let through (`charsOf` a missed key). */
function countingMap<V>(from: Map<string, V> | undefined, charsOf: (key: string) => number) {
  const map = new Map(from);
  const cache = {
    map,
    missedChars: 0,
    misses: 0,
    get(key: string) {
      const hit = map.get(key);
      if (!hit) {
        cache.misses++;
        cache.missedChars += charsOf(key);
      }
      return hit;
    },
    set(key: string, value: V) { map.set(key, value); },
  };
  return cache;
}

/** A paragraph cache: a missed key is the paragraph's text after its quote spans. */
export function countingCache(from?: Map<string, Entry>): ParagraphCache & ReturnType<typeof countingMap<Entry>> {
  return countingMap(from, (key) => key.length - Math.max(0, key.indexOf('\u0000') + 1));
}

/** A sentence cache: a missed key is a sentence compromise tags again. */
export function countingSentenceCache(from?: Map<string, readonly TaggedTerm[]>): SentenceCache & ReturnType<typeof countingMap<readonly TaggedTerm[]>> {
  return countingMap(from, (sentence) => sentence.length);
}

/** Reports of about 5 KB: the first paragraphs of the longest PolNeAR articles. */
export function fiveKbReports(ctx: BenchContext, count: number): string[] {
  const files = corpusFiles(join(ctx.devData, 'attribution/polnear_dev/docs'))
    .map((f) => readFileSync(f, 'utf8'))
    .filter((t) => t.length >= 6000)
    .slice(0, count);
  return files.map((t) => {
    const paragraphs = t.split(/\n\s*\n/);
    let out = '';
    for (const p of paragraphs) {
      if (out.length >= 5000) break;
      out += `${p}\n\n`;
    }
    return out;
  });
}

/** `text` with one letter changed at about `fraction` of its length (a letter inside a word). */
export function oneCharEdit(text: string, fraction: number): string {
  let i = Math.floor(text.length * fraction);
  while (i < text.length && !/[a-z]/.test(text[i])) i++;
  if (i >= text.length) return `${text}x`;
  return text.slice(0, i) + (text[i] === 'e' ? 'a' : 'e') + text.slice(i + 1);
}

/** 5 KB reports of the generated corpus (paragraphs of 1-4 sentences): two reports joined, cut at a paragraph. */
function corpusReports(ctx: BenchContext, count: number): string[] {
  const files = corpusFiles(makeCorpus(ctx.devData, 1000));
  const out: string[] = [];
  for (let i = 0; out.length < count; i += 2) {
    let text = '';
    for (const p of `${readFileSync(files[i], 'utf8')}\n${readFileSync(files[i + 1], 'utf8')}`.split(/\n\s*\n/)) {
      if (text.length >= 5000) break;
      text += `${p.trim()}\n\n`;
    }
    out.push(text);
  }
  return out;
}

export async function run(ctx: BenchContext): Promise<BenchRow[]> {
  const n = ctx.quick ? 2 : 5;
  return [...measure(ctx, 'PolNeAR articles', fiveKbReports(ctx, n)), ...measure(ctx, 'corpus reports', corpusReports(ctx, n))];
}

function measure(ctx: BenchContext, label: string, reports: string[]): BenchRow[] {
  const fractions = [0.1, 0.3, 0.5, 0.7, 0.9];
  const rounds = ctx.quick ? 2 : 3;
  let chars = 0;
  let missedChars = 0;
  let paragraphs = 0;
  let misses = 0;
  let sentenceMisses = 0;
  let fullMs = 0;
  let incMs = 0;
  let reportLevel = 0;
  for (const text of reports) {
    const warm = { paragraphCache: countingCache(), sentenceCache: countingSentenceCache() };
    analyzeReport(text, warm);
    paragraphs += warm.paragraphCache.misses;
    const caches = () => ({ paragraphCache: countingCache(warm.paragraphCache.map), sentenceCache: countingSentenceCache(warm.sentenceCache.map) });
    // every paragraph cached: what is left is the report-level steps
    const same = timePaired(() => analyzeReport(text), () => analyzeReport(text, caches()), rounds);
    reportLevel += same.b / same.a;
    for (const f of fractions) {
      const edited = oneCharEdit(text, f);
      const counted = caches();
      analyzeReport(edited, counted);
      chars += edited.length;
      missedChars += counted.sentenceCache.missedChars;
      misses += counted.paragraphCache.misses;
      sentenceMisses += counted.sentenceCache.misses;
      const t = timePaired(() => analyzeReport(edited), () => analyzeReport(edited, caches()), rounds);
      fullMs += t.a;
      incMs += t.b;
    }
  }
  const edits = reports.length * fractions.length;
  const work = missedChars / chars;
  const time = incMs / fullMs;
  const g = 'incremental';
  const size = fmt(chars / edits / 1024, 1);
  return [
    { group: g, figure: `${label}: edits`, value: `${edits} one-letter edits, ${reports.length} reports of ${size} KB, ${fmt(paragraphs / reports.length, 1)} paragraphs each`, target: '' },
    { group: g, figure: `${label}: paragraphs re-analysed per edit`, value: fmt(misses / edits, 2), target: '1', ok: misses === edits },
    { group: g, figure: `${label}: sentences re-tagged per edit`, value: fmt(sentenceMisses / edits, 2), target: '' },
    { group: g, figure: `${label}: work (chars re-tagged / full)`, value: `${fmt(100 * work, 1)}%`, target: '<= 15%', ok: work <= 0.15 },
    { group: g, figure: `${label}: full analysis (baseline)`, value: `${fmt(fullMs / edits, 1)} ms per report`, target: '' },
    { group: g, figure: `${label}: report-level steps / full (no paragraph re-analysed)`, value: `${fmt(100 * reportLevel / reports.length, 1)}%`, target: '' },
    { group: g, figure: `${label}: time (re-analysis / full)`, value: `${fmt(100 * time, 1)}% (${fmt(incMs / edits, 1)} ms)`, target: '<= 15%', ok: time <= 0.15 },
  ];
}
