// Checks that the service's tagging (packages/language-service/src/nlp/tag.ts) reads news text
// exactly as compromise's bare `nlp(text)` does: the same sentences and, for every term, the same
// text, normal, pre, post and tags. Two ways are compared against nlp(text):
//   batch      tagText(text): the cheaper hook list, all sentences in one pass (a full analysis);
//   sentences  each sentence tagged alone (what the sentence cache gives after an edit).
// Inputs: what parseText feeds compromise (every paragraph of a report, lines unwrapped) plus each
// whole file. Not a test (minutes on the corpora); a unit test covers a small varied sample.
//   node --conditions=source --import tsx scripts/check-parse-equivalence.ts [--limit <chars>] [dir...]
// Default dirs: seeds, ../shared/dev-data (PolNeAR, MEANTIME, ECB+, CoNLL texts; read, never
// copied) and corpus/1000. Exits 1 when any input differs.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import nlp from 'compromise';
import { capRuns, unwrapLines } from '../packages/language-service/src/nlp/parse.ts';
import { splitSentences, tagSentences, tagText, type TaggedTerm } from '../packages/language-service/src/nlp/tag.ts';
import { prepareText, splitParagraphs } from '../packages/language-service/src/text/prepare.ts';
import { walk } from './bench-lib.ts';

interface Term { text?: string; normal?: string; pre?: string; post?: string; tags?: ReadonlySet<string> }

/** One line per term: every field the service reads, tags in compromise's order. */
export function termKey(t: Term): string {
  return [t.text ?? '', t.normal ?? (t.text ?? '').toLowerCase(), t.pre ?? '', t.post ?? '', [...(t.tags ?? [])].join(',')].join('\u0001');
}

export function sentenceKeys(doc: ReadonlyArray<readonly Term[]>): string[] {
  return doc.map((terms) => terms.map(termKey).join('\u0002'));
}

/** nlp(text) as the service would read it. */
export function bareParse(text: string): string[] {
  return sentenceKeys((nlp(text) as unknown as { document: Term[][] }).document);
}

/** Each sentence of `text` tagged on its own. */
export function sentenceBySentence(text: string): TaggedTerm[][] {
  return splitSentences(text).flatMap((s) => tagSentences([s]));
}

/** The texts compromise is given for one report: its paragraphs as parseText prepares them, and the whole file. */
export function parseInputs(file: string, content: string): string[] {
  const { prose } = prepareText(content, file.endsWith('.md') ? 'markdown' : 'text');
  const out = splitParagraphs(prose).map((p) => capRuns(unwrapLines(prose.slice(p.start, p.end))));
  return [...out, content];
}

function firstDifference(a: string[], b: string[]): string {
  const i = a.findIndex((s, k) => s !== b[k]);
  if (i < 0) return `sentence count ${a.length} vs ${b.length}`;
  const ta = a[i].split('\u0002');
  const tb = (b[i] ?? '').split('\u0002');
  const j = ta.findIndex((t, k) => t !== tb[k]);
  const show = (s: string | undefined) => JSON.stringify((s ?? '').split('\u0001'));
  return `sentence ${i}, term ${j}: nlp ${show(ta[j])} vs ${show(tb[j])}`;
}

function main(): void {
  const args = process.argv.slice(2);
  const at = args.indexOf('--limit');
  const limit = at >= 0 ? Number(args[at + 1]) : Infinity;
  const root = resolve(import.meta.dirname, '..');
  const dev = resolve(process.env.NEWSLENS_DEV_DATA ?? join(root, '../shared/dev-data'));
  const named = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--limit');
  const dirs = named.length ? named.map((d) => resolve(d)) : [join(root, 'seeds'), join(dev, 'attribution/polnear_dev/docs'),
    join(dev, 'crossdoc/meantime_en'), join(dev, 'crossdoc/ecbplus'), join(dev, 'ner/conll2003_testa/docs'), join(root, 'corpus/1000')];
  const counts = { files: 0, inputs: 0, chars: 0, sentences: 0, terms: 0, batch: 0, sentencesAlone: 0 };
  const time = { bare: 0, batch: 0 };
  const examples: string[] = [];
  for (const dir of dirs.filter((d) => existsSync(d))) {
    for (const file of walk(dir).filter((f) => /\.(txt|md)$/.test(f))) {
      if (counts.chars >= limit) break;
      const content = readFileSync(file, 'utf8');
      counts.files++;
      for (const input of parseInputs(file, content)) {
        counts.inputs++;
        counts.chars += input.length;
        let t0 = performance.now();
        const ref = bareParse(input);
        time.bare += performance.now() - t0;
        t0 = performance.now();
        const batch = sentenceKeys(tagText(input));
        time.batch += performance.now() - t0;
        const alone = sentenceKeys(sentenceBySentence(input));
        counts.sentences += ref.length;
        counts.terms += ref.reduce((n, s) => n + (s === '' ? 0 : s.split('\u0002').length), 0);
        for (const [name, got] of [['batch', batch], ['sentencesAlone', alone]] as const) {
          if (got.length === ref.length && got.every((s, i) => s === ref[i])) continue;
          counts[name]++;
          if (examples.length < 10) examples.push(`${name} ${file}: ${firstDifference(ref, got)}`);
        }
      }
    }
  }
  console.log(`${counts.files} files, ${counts.inputs} inputs (${(counts.chars / 1e6).toFixed(2)} M chars), ${counts.sentences} sentences, ${counts.terms} terms`);
  console.log(`inputs that differ from nlp(text): batch ${counts.batch}, sentence by sentence ${counts.sentencesAlone}`);
  console.log(`time: tagText / nlp(text) ${(time.batch / time.bare).toFixed(3)} (one pass each, not a benchmark)`);
  for (const e of examples) console.log(`  ${e}`);
  if (counts.batch + counts.sentencesAlone > 0) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
