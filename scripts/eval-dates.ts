// Dates eval. (1) Date spans against the `time` mentions of ECB+ (crossdoc/ecbplus, CC BY 3.0):
// precision / recall / F1, exact span and overlap, in the sentences whose annotation is complete.
// Gold: TIME_DATE and TIME_OF_THE_DAY ("Friday night", "this morning", "Sept. 11, 2001");
// a prediction on a TIME_DURATION or TIME_REPETITION mention is not counted as a false positive.
// (2) Publication dates and weekday-mismatch on PolNeAR (gold publication dates) and CoNLL-2003
// (datelines): how often the date is found and right, and how many weekday problems are raised
// (precision probe: every one is either a real error in the text or a false alarm).
// Only figures are printed, never dev text (set NEWSLENS_EVAL_ERRORS=N to list misses locally).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { extractDateExpressions, type RawDate } from '../packages/language-service/src/dates/extract-dates.ts';
import { findPublicationDate } from '../packages/language-service/src/dates/publication-date.ts';
import { resolveDates } from '../packages/language-service/src/dates/resolve-dates.ts';
import { addYearInference, newYearInference, printYearInference } from './dates-year-inference.ts';
import { loadPolnear } from './dev-data.ts';
import { parseText } from '../packages/language-service/src/nlp/parse.ts';
import { splitParagraphs } from '../packages/language-service/src/text/prepare.ts';

interface Span { start: number; end: number }
interface Counts { tp: number; fp: number; fn: number }

const SCORED = new Set(['TIME_DATE', 'TIME_OF_THE_DAY']);
/** ECB+ spans include a leading preposition or article ("on Friday"); newslens spans do not. */
const LEADING_WORDS = /^(?:on|in|at|since|by|until|from|the|a|an)\s+/i;
const showErrors = Number(process.env.NEWSLENS_EVAL_ERRORS ?? 0);

/**
 * The date expressions of a whole text, paragraph by paragraph as in the analysis. compromise
 * (for the clause tense) parses only paragraphs that hold a date, to keep the eval quick.
 */
function rawDates(text: string): RawDate[] {
  const out: RawDate[] = [];
  for (const p of splitParagraphs(text)) {
    const slice = text.slice(p.start, p.end);
    const bare = { text: slice, parsed: { tokens: [], sentences: [], sentenceTokens: [] }, quotes: [] };
    if (extractDateExpressions(bare).length === 0) continue;
    for (const d of extractDateExpressions({ ...bare, parsed: parseText(slice) })) out.push({ ...d, start: d.start + p.start, end: d.end + p.start });
  }
  return out;
}

export async function run(devData: string): Promise<void> {
  evalEcbPlus(join(devData, 'crossdoc/ecbplus'));
  evalPublication(devData);
}

function evalEcbPlus(dir: string): void {
  if (!existsSync(dir)) {
    console.log(`dates eval (ECB+) skipped: no ${dir}`);
    return;
  }
  const exact: Counts = { tp: 0, fp: 0, fn: 0 };
  const trimmed: Counts = { tp: 0, fp: 0, fn: 0 };
  const loose: Counts = { tp: 0, fp: 0, fn: 0 };
  const byTag = new Map<string, { gold: number; found: number }>();
  const misses = new Map<string, number>();
  let docs = 0;
  for (const topic of readdirSync(dir).sort()) {
    const goldPath = join(dir, topic, 'gold.json');
    if (!existsSync(goldPath)) continue;
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as {
      documents: Array<{ doc_id: string; file: string; sentences: Array<Span & { coref_annotated: boolean; is_url: boolean }> }>;
      mentions: Array<Span & { doc_id: string; kind: string; tag?: string; in_annotated_sentence?: boolean }>;
    };
    for (const doc of gold.documents) {
      docs++;
      const text = readFileSync(join(dir, topic, doc.file), 'utf8');
      const annotated = doc.sentences.filter((s) => s.coref_annotated && !s.is_url);
      const inAnnotated = (s: Span): boolean => annotated.some((a) => s.start >= a.start && s.end <= a.end);
      const times = gold.mentions.filter((m) => m.doc_id === doc.doc_id && m.kind === 'time' && inAnnotated(m));
      const scored = times.filter((m) => SCORED.has(m.tag ?? ''));
      const predicted = rawDates(text).filter(inAnnotated);
      const trim = (g: Span): Span => {
        const lead = LEADING_WORDS.exec(text.slice(g.start, g.end));
        return lead ? { start: g.start + lead[0].length, end: g.end } : g;
      };
      for (const g of scored) {
        const tag = byTag.get(g.tag!) ?? { gold: 0, found: 0 };
        tag.gold++;
        const hitExact = predicted.some((p) => p.start === g.start && p.end === g.end);
        const hitLoose = predicted.some((p) => p.start < g.end && p.end > g.start);
        if (hitLoose) tag.found++;
        byTag.set(g.tag!, tag);
        if (hitExact) exact.tp++; else exact.fn++;
        const t = trim(g);
        if (predicted.some((p) => p.start === t.start && p.end === t.end)) trimmed.tp++; else trimmed.fn++;
        if (hitLoose) loose.tp++; else { loose.fn++; note(misses, `FN ${text.slice(g.start, g.end)}`); }
      }
      for (const p of predicted) {
        const other = times.some((g) => !SCORED.has(g.tag ?? '') && p.start < g.end && p.end > g.start);
        if (other) continue;
        if (!scored.some((g) => g.start === p.start && g.end === p.end)) exact.fp++;
        if (!scored.some((g) => { const t = trim(g); return t.start === p.start && t.end === p.end; })) trimmed.fp++;
        if (!scored.some((g) => p.start < g.end && p.end > g.start)) { loose.fp++; note(misses, `FP ${text.slice(p.start, p.end)}`); }
      }
    }
  }
  console.log(`ECB+ time mentions (TIME_DATE + TIME_OF_THE_DAY), ${docs} docs, coref-annotated sentences only`);
  console.log(`  exact span   ${prf(exact)}`);
  console.log(`  exact span, gold's leading preposition/article dropped ("on Friday" = "Friday")  ${prf(trimmed)}`);
  console.log(`  overlapping  ${prf(loose)}`);
  for (const [tag, c] of [...byTag].sort()) console.log(`  recall (overlap) ${tag}: ${c.found}/${c.gold} = ${(c.found / c.gold).toFixed(3)}`);
  printErrors(misses);
}

/** Figures of the publication-date finder and of the weekday check over a set of texts. */
interface Tally {
  docs: number;
  /** Publication dates found, and how many were full days. */
  found: number;
  full: number;
  mentions: number;
  resolved: number;
  /** Dates written with a weekday that resolved to a full day (what the weekday check looks at). */
  checked: number;
  problems: number;
  plantedTotal: number;
  plantedCaught: number;
}

function newTally(): Tally {
  return { docs: 0, found: 0, full: 0, mentions: 0, resolved: 0, checked: 0, problems: 0, plantedTotal: 0, plantedCaught: 0 };
}

/** Adds one text; dates resolve against `reference` (the gold date when there is one) or the date found. */
function tallyText(t: Tally, text: string, reference?: string): string | null {
  const pub = findPublicationDate(text);
  t.docs++;
  if (pub) t.found++;
  if (pub?.length === 10) t.full++;
  const against = reference ?? pub;
  const result = resolveDates(rawDates(text), against);
  t.mentions += result.dates.length;
  t.resolved += result.dates.filter((d) => d.value !== null).length;
  t.checked += weekdayChecked(result.dates);
  t.problems += result.weekdayMismatches.length;
  const planted = plantWeekdayErrors(text, against, result.dates);
  t.plantedTotal += planted.total;
  t.plantedCaught += planted.caught;
  return pub;
}

function printTally(name: string, t: Tally): void {
  console.log(`${name}, ${t.docs} docs: publication date found in ${t.found} (${t.full} full days)`);
  console.log(`  ${t.mentions} date mentions, ${t.resolved} resolved (${pct(t.resolved, t.mentions)}); ${t.checked} weekdays written with a dated day checked, weekday-mismatch raised ${t.problems}`);
  if (t.plantedTotal > 0) console.log(`  planted errors (each checked weekday replaced by the next day's name, one at a time): ${t.plantedCaught}/${t.plantedTotal} flagged`);
}

function evalPublication(devData: string): void {
  const polnear = loadPolnear(devData, 'dates (PolNeAR)');
  if (polnear) {
    const { dir, docs } = polnear;
    const t = newTally();
    let right = 0;
    for (const doc of docs) if (tallyText(t, readFileSync(join(dir, doc.file), 'utf8'), doc.date) === doc.date) right++;
    printTally('PolNeAR dev (dates resolved against the gold publication date)', t);
    console.log(`  publication dates found equal to the gold date: ${right}/${docs.length}`);
  }

  const crossdoc = join(devData, 'crossdoc');
  if (existsSync(crossdoc)) {
    const t = newTally();
    const years = newYearInference();
    for (const set of readdirSync(crossdoc).sort()) {
      const setDir = join(crossdoc, set);
      if (!statSync(setDir).isDirectory()) continue;
      for (const topic of readdirSync(setDir).sort()) {
        const topicDir = join(setDir, topic);
        if (!statSync(topicDir).isDirectory()) continue;
        for (const f of readdirSync(topicDir).filter((n) => n.endsWith('.txt')).sort()) {
          const text = readFileSync(join(topicDir, f), 'utf8');
          tallyText(t, text);
          addYearInference(years, text);
        }
      }
    }
    printTally('ECB+ and MEANTIME', t);
    printYearInference(years);
  }

  const conll = join(devData, 'ner/conll2003_testa/docs');
  if (existsSync(conll)) {
    const t = newTally();
    for (const f of readdirSync(conll).filter((n) => n.endsWith('.txt')).sort()) tallyText(t, readFileSync(join(conll, f), 'utf8'));
    printTally('CoNLL-2003 testa (every doc has a dateline)', t);
  }
}

/** Dates written with a weekday that resolved to a full day, i.e. that the weekday check looked at. */
function weekdayChecked(dates: ReadonlyArray<{ weekday: string | null; relative: boolean; value: string | null }>): number {
  return dates.filter((d) => d.weekday !== null && !d.relative && d.value !== null && d.value.length === 10).length;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Replaces the weekday of each checked date by the next one, one at a time, and counts how many are flagged. */
function plantWeekdayErrors(
  text: string, pub: string | null, dates: ReadonlyArray<{ start: number; end: number; weekday: string | null; relative: boolean; value: string | null }>,
): { total: number; caught: number } {
  let total = 0;
  let caught = 0;
  for (const d of dates) {
    if (d.weekday === null || d.relative || d.value === null || d.value.length !== 10) continue;
    const at = text.indexOf(d.weekday, d.start);
    if (at < 0 || at >= d.end) continue; // an abbreviation
    const other = WEEKDAYS[(WEEKDAYS.indexOf(d.weekday) + 1) % 7];
    const changed = text.slice(0, at) + other + text.slice(at + d.weekday.length);
    total++;
    const shift = other.length - d.weekday.length;
    const result = resolveDates(rawDates(changed), pub);
    if (result.weekdayMismatches.some((p) => p.start === d.start && p.end === d.end + shift)) caught++;
  }
  return { total, caught };
}

function prf(c: Counts): string {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
}

function pct(a: number, b: number): string {
  return `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
}

function note(map: Map<string, number>, key: string): void {
  if (showErrors > 0) map.set(key, (map.get(key) ?? 0) + 1);
}

function printErrors(map: Map<string, number>): void {
  if (showErrors <= 0) return;
  for (const [k, n] of [...map].sort((a, b) => b[1] - a[1]).slice(0, showErrors)) console.log(`    ${n}x ${k}`);
}
