// Attribution eval on the PolNeAR dev split (84 political news articles, 2016): cue detection,
// source spans and content spans of the analysis against the gold relations.
//
// Gold: each document's `primary_annotator` (deterministic; 82 of 84 docs have one annotator and
// the two triple-annotated docs are scored against their designated primary annotation rather
// than a union, which would count the same relation several times). Relations without a cue
// are skipped. Halves: the first 42 docs of gold.jsonl are the tuning half, the last 42 held out.
//
// Measures (micro-averaged over relations):
//   cue      a predicted cue is correct when it overlaps a gold cue; a gold cue is found when a
//            predicted cue overlaps it.
//   source   among relations matched by cue: the predicted source overlaps / equals the gold source
//            (precision over predictions with a source, recall over gold relations with one).
//   content  among relations matched by cue: the spans overlap; and token-level P/R/F1 of the
//            words inside any predicted content against the words inside any gold content.
// PolNeAR's relations go beyond reported speech ("plans", "wants", "calls for", "support"), so the
// recall on gold cues that are plain verbs of saying is printed too.
// Then the analysis against the vague-attribution rule (issue 12): how many attributions the JSON
// marks vague or source-less have a diagnostic or a `noDiagnostic` reason (none may have neither),
// and how many vague-attribution diagnostics sit on a gold source whose head is a proper name
// (scripts/eval-vague-agreement.ts).
// Set NEWSLENS_EVAL_ERRORS=N to print N missed and N spurious cues (local tuning only).
//
// Then, by the judged corpus' halves (sha256 parity of the file name: A tuned on, B held out; the
// halves of scripts/judged-lib.ts, not the first/last 42 above) and overall, the figures of issue 12
// (meaning and definitions in docs/attribution-eval.md):
//   cue recall per class of gold cue (scripts/polnear-measures.ts classifyCue): verbs of saying (a
//            list argued from grammar, not read off the data), "according to", stance (wants, plans,
//            supports, calls for: not sourcing, counted apart), cognition, other; and over all cues.
//   source exact the "source (exact)" measure above (no determiner is ignored), and a variant that
//            ignores a leading the/a/an on both sides.
//   vague on proper names  of the gold relations whose source's head word is a proper name, the share
//            with a vague-attribution diagnostic (default config): one whose claim's source overlaps
//            the gold source, and (looser) any overlapping the gold source or cue.
// The same cue recall on PolNeAR train (material to learn from, reported apart), with the verbs of
// saying missed most often (lemma and count). NEWSLENS_EVAL_TRAIN=0 leaves train out.
import { cloneDefault, createLanguageService, type Attribution, type ReportAnalysis } from '@newslens/language-service';
import { analyzeEach, loadGoldJsonl, loadPolnear, primaryRelations, type PolnearDoc, type PolnearRelation as GoldRel } from './dev-data.ts';
import { Agreement } from './eval-vague-agreement.ts';
import { fmt, overlaps, prf, scoreDoc, scoreSourceLenient, shift, sum, Tally, trimDeterminer, trimEdges, type Prf, type Range } from './attributions-score.ts';
import type { Half } from './judged-lib.ts';
import { classifyCue, groupPlural, headPhrase, overlapsAny, polnearHalf, properHead, rate, type CueClass } from './polnear-measures.ts';
export async function run(devData: string): Promise<void> {
  const loaded = loadPolnear(devData, 'attributions');
  if (!loaded) return;
  const { dir, docs } = loaded;
  const halves = [new Tally(), new Tally()];
  const showErrors = Number(process.env.NEWSLENS_EVAL_ERRORS ?? 0);
  const misses: string[] = [];
  const spurious: string[] = [];
  const byParity = { A: new Extra(), B: new Extra() };
  const agreement = new Agreement();
  const seconds = analyzeEach(dir, docs, ({ doc, text, analysis, offset, half }) => {
    const gold = primaryRelations(doc).filter((g) => g.cue);
    const preds = analysis.attributions.map((a) => shift(a, offset));
    scoreDoc(text, gold, preds, halves[half]);
    agreement.add(text, analysis, offset, gold);
    if (showErrors && half === 0) collectErrors(text, gold, preds, misses, spurious);
    scoreExtra(text, analysis, offset, gold, preds, byParity[polnearHalf(doc.file)], true);
  });
  console.log(`PolNeAR dev: ${docs.length} docs, gold = each doc's primary annotator, ${seconds.toFixed(1)} s`);
  console.log('measure                 | tuning half (P / R / F1) | held-out half (P / R / F1)');
  const rows: Array<[string, keyof Tally]> = [
    ['cue (overlap)', 'cue'], ['source (overlap)', 'srcOverlap'], ['source (exact)', 'srcExact'],
    ['content (overlap)', 'content'], ['content (token F1)', 'tokens'],
  ];
  for (const [label, key] of rows) {
    console.log(`${label.padEnd(23)} | ${fmt(halves[0][key])} | ${fmt(halves[1][key])}`);
  }
  const recall = (c: Prf) => (c.tp / Math.max(1, c.tp + c.fn)).toFixed(2);
  console.log(`cue recall on verbs of saying only (said, told, according to, ...): ${recall(halves[0].speechCue)} | ${recall(halves[1].speechCue)}`);
  console.log(agreement.report());
  if (showErrors) {
    console.log('\nmissed cues:'); for (const m of misses.slice(0, showErrors)) console.log('  ' + m);
    console.log('\nspurious cues:'); for (const s of spurious.slice(0, showErrors)) console.log('  ' + s);
  }
  printExtra('PolNeAR dev', docs, byParity, true);
  if (process.env.NEWSLENS_EVAL_TRAIN !== '0') await runTrain(devData);
}

function collectErrors(text: string, gold: GoldRel[], preds: Attribution[], misses: string[], spurious: string[]): void {
  for (const g of gold) {
    if (preds.some((p) => overlaps(p.cue, g.cue!.spans))) continue;
    const [s, e] = g.cue!.spans[0];
    misses.push(`${g.cue!.text} | ${text.slice(Math.max(0, s - 60), e + 40).replace(/\s+/g, ' ')}`);
  }
  for (const p of preds) {
    if (gold.some((g) => overlaps(p.cue, g.cue!.spans))) continue;
    spurious.push(`${p.cue.text} | ${text.slice(Math.max(0, p.cue.start - 60), p.cue.end + 40).replace(/\s+/g, ' ')}`);
  }
}

// ---- issue 12's figures, by the judged corpus' halves -------------------------------------------

const CLASSES: readonly CueClass[] = ['saying', 'according to', 'stance', 'cognition', 'other'];

/** What one half (or all) of a split adds up to, for the figures of issue 12. */
class Extra {
  docs = 0;
  tally = new Tally();
  srcLenient = prf();
  srcEdges = prf();
  classes = Object.fromEntries(CLASSES.map((c) => [c, { found: 0, total: 0 }])) as Record<CueClass, { found: number; total: number }>;
  missedSaying = new Map<string, number>();
  stance = new Map<string, { total: number; found: number }>();
  proper = { n: 0, bySource: 0, any: 0, groups: 0, groupsBySource: 0, jsonVague: 0 };

  static merge(a: Extra, b: Extra): Extra {
    const m = new Extra();
    m.docs = a.docs + b.docs;
    for (const k of Object.keys(m.tally) as Array<keyof Tally>) m.tally[k] = sum(a.tally[k], b.tally[k]);
    m.srcLenient = sum(a.srcLenient, b.srcLenient);
    m.srcEdges = sum(a.srcEdges, b.srcEdges);
    for (const c of CLASSES) m.classes[c] = { found: a.classes[c].found + b.classes[c].found, total: a.classes[c].total + b.classes[c].total };
    for (const src of [a, b]) {
      for (const [l, n] of src.missedSaying) m.missedSaying.set(l, (m.missedSaying.get(l) ?? 0) + n);
      for (const [l, x] of src.stance) { const y = m.stance.get(l) ?? { total: 0, found: 0 }; m.stance.set(l, { total: y.total + x.total, found: y.found + x.found }); }
    }
    for (const k of Object.keys(m.proper) as Array<keyof Extra['proper']>) m.proper[k] = a.proper[k] + b.proper[k];
    return m;
  }
}

let service: ReturnType<typeof createLanguageService> | null = null;

/** Scores one document into `e` (gold and preds in the file's offsets; `offset` maps the analysis' offsets to them). */
function scoreExtra(text: string, analysis: ReportAnalysis, offset: number, gold: GoldRel[], preds: Attribution[], e: Extra, withVague: boolean): void {
  e.docs++;
  const found = scoreDoc(text, gold, preds, e.tally);
  gold.forEach((g, i) => {
    const { cls, lemma } = classifyCue(text, g.cue!.spans);
    const c = e.classes[cls];
    c.total++;
    if (found.has(i)) c.found++;
    if (cls === 'saying' && !found.has(i) && lemma) e.missedSaying.set(lemma, (e.missedSaying.get(lemma) ?? 0) + 1);
    if (cls === 'stance' && lemma) {
      const s = e.stance.get(lemma) ?? { total: 0, found: 0 };
      e.stance.set(lemma, { total: s.total + 1, found: s.found + (found.has(i) ? 1 : 0) });
    }
  });
  scoreSourceLenient(text, gold, preds, e.srcLenient, trimDeterminer);
  scoreSourceLenient(text, gold, preds, e.srcEdges, trimEdges);
  if (withVague) scoreVague(analysis, offset, gold, e);
}

/** Gold relations whose source's head is a proper name, and whether a vague-attribution diagnostic lands on them. */
function scoreVague(analysis: ReportAnalysis, offset: number, gold: GoldRel[], e: Extra): void {
  service ??= createLanguageService();
  const vague = service.doValidation(analysis, cloneDefault(), []).filter((d) => d.code === 'vague-attribution');
  const claimSource = (d: Range) => analysis.claims.find((c) => c.status === 'vague' && c.start === d.start && c.end === d.end)?.source ?? null;
  const toAnalysis = (spans: ReadonlyArray<[number, number]>) => spans.map(([s, x]) => [s - offset, x - offset] as [number, number]);
  for (const g of gold) {
    if (!g.source) continue;
    const src = toAnalysis(g.source.spans);
    const hp = headPhrase(analysis.text, src);
    if (!hp || !properHead(analysis.text, hp, analysis)) continue;
    e.proper.n++;
    const onSource = vague.some((d) => { const s = claimSource(d); return s !== null && overlapsAny(s, src); });
    if (onSource) e.proper.bySource++;
    if (vague.some((d) => overlapsAny(d, src) || overlapsAny(d, toAnalysis(g.cue!.spans)))) e.proper.any++;
    if (groupPlural(hp, analysis)) { e.proper.groups++; if (onSource) e.proper.groupsBySource++; }
    if (analysis.attributions.some((a) => a.sourceKind === 'vague' && a.source && overlapsAny(a.source, src))) e.proper.jsonVague++;
  }
}

function printExtra(label: string, docs: readonly { file: string }[], parts: Record<Half, Extra>, withVague: boolean): void {
  const all = Extra.merge(parts.A, parts.B);
  const cols = [parts.A, parts.B, all];
  console.log(`\n${label}, by the judged corpus' halves (sha256 parity of the file name): A ${parts.A.docs} docs, B ${parts.B.docs} docs of ${docs.length}`);
  console.log(`${'measure'.padEnd(46)} | ${'A (tuned on)'.padEnd(20)} | ${'B (held out)'.padEnd(20)} | all`);
  const row = (name: string, f: (e: Extra) => string) => console.log(`${name.padEnd(46)} | ${cols.map((e) => f(e).padEnd(20)).join(' | ')}`);
  const recall = (c: { found: number; total: number }) => rate(c.found, c.total);
  row('cue recall, verbs of saying', (e) => recall(e.classes.saying));
  row('cue recall, all gold cues', (e) => rate(e.tally.cue.tp, e.tally.cue.tp + e.tally.cue.fn));
  row('cue recall, all but stance', (e) => recall({ found: CLASSES.filter((c) => c !== 'stance').reduce((n, c) => n + e.classes[c].found, 0), total: CLASSES.filter((c) => c !== 'stance').reduce((n, c) => n + e.classes[c].total, 0) }));
  for (const c of CLASSES.slice(1)) row(`cue recall, ${c}`, (e) => recall(e.classes[c]));
  row('source exact P / R / F1', (e) => fmt(e.tally.srcExact).trim());
  row('source exact, leading the/a/an ignored', (e) => fmt(e.srcLenient).trim());
  row('source exact, edge spaces and commas ignored', (e) => fmt(e.srcEdges).trim());
  if (withVague) {
    row('proper names: vague-attribution on the source', (e) => rate(e.proper.bySource, e.proper.n));
    row('proper names: vague-attribution on source/cue', (e) => rate(e.proper.any, e.proper.n));
    row('proper names: group plurals, on the source', (e) => rate(e.proper.groupsBySource, e.proper.groups));
    row('proper names but groups: on the source', (e) => rate(e.proper.bySource - e.proper.groupsBySource, e.proper.n - e.proper.groups));
    row('proper names: JSON sourceKind "vague"', (e) => rate(e.proper.jsonVague, e.proper.n));
  }
  const stance = [...all.stance].sort((a, b) => b[1].total - a[1].total || a[0].localeCompare(b[0]));
  console.log(`stance cues gold annotates as attributions (lemma: gold, found by the analysis): ${stance.map(([l, x]) => `${l} ${x.total}/${x.found}`).join(', ') || 'none'}`);
}

async function runTrain(devData: string): Promise<void> {
  const loaded = loadGoldJsonl<PolnearDoc>(devData, 'attribution/polnear_train', 'attributions (train)');
  if (!loaded) return;
  const { dir, docs } = loaded;
  const parts = { A: new Extra(), B: new Extra() };
  const seconds = analyzeEach(dir, docs, ({ doc, text, analysis, offset }) => {
    const gold = primaryRelations(doc).filter((g) => g.cue);
    scoreExtra(text, analysis, offset, gold, analysis.attributions.map((a) => shift(a, offset)), parts[polnearHalf(doc.file)], false);
  });
  printExtra(`PolNeAR train (material to learn from; ${seconds.toFixed(1)} s)`, docs, parts, false);
  const missed = [...Extra.merge(parts.A, parts.B).missedSaying].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  console.log(`verbs of saying missed most often on train (lemma count): ${missed.slice(0, 15).map(([l, n]) => `${l} ${n}`).join(', ')}`);
}
