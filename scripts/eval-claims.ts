// Claim status eval on the PolNeAR dev split (84 political news articles, 2016). PolNeAR marks the
// content of every attribution, so text inside a gold content span is sourced and text outside
// every one approximates "not attributed". A claim (a clause) counts as inside when at least half
// of its characters lie in gold content spans of the document's primary annotator.
//
//   attributed    precision = share of `attributed` claims inside gold content
//   vague         share of `vague` claims inside gold content (they are sourced, vaguely)
//   unattributed  precision = share of `unattributed` claims outside every gold content span
//   flags         the same for the diagnostics: unattributed-claim outside, vague-attribution inside
// The base rate (share of all claims outside gold content) is what a status that ignored the text
// would score on `unattributed`. Halves as in eval-attributions: the first 42 docs tune, the last 42 are held out.
// Set NEWSLENS_EVAL_ERRORS=N to print N unattributed-claim flags that lie inside gold content.
import type { Span } from '@newslens/language-service';
import { analyzeEach, loadPolnear, primaryRelations } from './dev-data.ts';

interface Count { hit: number; n: number }
type Row = 'base rate: any claim outside' | 'attributed' | 'vague' | 'unattributed' | 'unattributed (figure/casualty)' | 'flag unattributed-claim' | 'flag vague-attribution';
const ROWS: Row[] = ['base rate: any claim outside', 'attributed', 'vague', 'unattributed', 'unattributed (figure/casualty)', 'flag unattributed-claim', 'flag vague-attribution'];

function insideShare(s: Span, covered: Uint8Array): number {
  let n = 0;
  for (let i = s.start; i < s.end; i++) n += covered[i] ?? 0;
  return n / Math.max(1, s.end - s.start);
}

export async function run(devData: string): Promise<void> {
  const gold = loadPolnear(devData, 'claims');
  if (!gold) return;
  const { dir, docs } = gold;
  const halves = [0, 1].map(() => new Map<Row, Count>(ROWS.map((r) => [r, { hit: 0, n: 0 }])));
  const words = [0, 0];
  const showErrors = Number(process.env.NEWSLENS_EVAL_ERRORS ?? 0);
  const errors: string[] = [];
  const seconds = analyzeEach(dir, docs, ({ doc, text: raw, analysis: a, offset, half }) => {
    const covered = new Uint8Array(raw.length);
    for (const rel of primaryRelations(doc)) {
      for (const [s, e] of rel.content?.spans ?? []) covered.fill(1, s, e);
    }
    const tally = halves[half];
    words[half] += raw.split(/\s+/).length;
    const add = (row: Row, hit: boolean) => { const c = tally.get(row)!; c.n++; if (hit) c.hit++; };
    const shifted = (s: Span) => ({ start: s.start + offset, end: s.end + offset });
    for (const c of a.claims) {
      const inside = insideShare(shifted(c), covered) >= 0.5;
      add('base rate: any claim outside', !inside);
      if (c.status === 'unattributed') {
        add('unattributed', !inside);
        if (c.kind === 'figure' || c.kind === 'casualty') add('unattributed (figure/casualty)', !inside);
      } else add(c.status, inside);
    }
    for (const p of a.problems) {
      const inside = insideShare(shifted(p), covered) >= 0.5;
      if (p.code === 'unattributed-claim') {
        add('flag unattributed-claim', !inside);
        if (inside && half === 0 && errors.length < showErrors) errors.push(`${doc.file}: ${a.text.slice(p.start, p.end)} :: ${p.message}`);
      } else if (p.code === 'vague-attribution') add('flag vague-attribution', inside);
    }
  });
  console.log(`PolNeAR dev: ${docs.length} docs, gold content spans of each doc's primary annotator, ${seconds.toFixed(1)} s`);
  console.log('claims                          | tuning half      | held-out half');
  const cell = (c: Count) => `${c.n ? (c.hit / c.n).toFixed(3) : '  -  '} (${c.hit}/${c.n})`.padEnd(16);
  for (const row of ROWS) console.log(`${row.padEnd(31)} | ${cell(halves[0].get(row)!)} | ${cell(halves[1].get(row)!)}`);
  const rate = (h: number, code: Row) => (halves[h].get(code)!.n / (words[h] / 1000)).toFixed(2);
  console.log(`flags per 1000 words: unattributed-claim ${rate(0, 'flag unattributed-claim')} / ${rate(1, 'flag unattributed-claim')}, vague-attribution ${rate(0, 'flag vague-attribution')} / ${rate(1, 'flag vague-attribution')}`);
  for (const e of errors) console.log(`  inside gold: ${e}`);
}
