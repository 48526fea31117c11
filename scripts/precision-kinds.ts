// The kinds of diagnostic of the two sourcing rules, for `pnpm eval precision`: what the rule calls
// vague (an adverb, a passive, unnamed officials, anonymous sources, ...) or which claim has no
// source (a casualty figure, a statistic, ...), read from the diagnostic's message. Precision per
// kind and dataset is printed for half A only (the tuned half): per kind on half B would be a
// held-out figure fine enough to tune on (NEWSLENS_SHOW_HELD_OUT=1 prints it, for a reader who will
// not tune on it).
import { showHeldOut, type Half, type JudgedEntry, type Judgeable } from './judged-lib.ts';

/** The vague words a vague-attribution message quotes: the adverb or passive, else the source. */
export function vagueWords(message: string): string {
  const m = /^Vaguely sourced claim: (?:'(.*)' does not name who says so|the source '(.*)' is not named)$/.exec(message);
  return m ? (m[1] ?? m[2]) : message;
}

/** The kinds of vague source, in the order they are tried (the first that fits the words). */
export const VAGUE_KINDS: ReadonlyArray<readonly [kind: string, test: RegExp]> = [
  ['hedge adverb ("reportedly", "allegedly")', /^(?:reportedly|allegedly|purportedly|supposedly|reputedly|reported|alleged|rumou?red)$/i],
  ['passive ("is said to", "is believed to")', /^(?:is|was|are|were|be|been|being) \w+(?: (?:to|that|of|as))?$/i],
  ['anonymous sources, insiders, people familiar', /\b(?:sources?|insiders?|familiar|close to|close)\b/i],
  ['aides, advisers', /\b(?:aides?|advisers?|advisors?)\b/i],
  ['unnamed officials, authorities, investigators', /\b(?:officials?|authorities|investigators?|detectives?|police|reviewers|executive)\b/i],
  ['reports, media, estimates', /\b(?:reports?|media|news|outlets?|estimates?|accounts?|index|television|reporter)\b/i],
  ['experts, analysts, observers', /\b(?:experts?|analysts?|economists?|observers?)\b/i],
  ['witnesses, relatives, individuals', /\b(?:witness(?:es)?|victims?|friends?|residents?|reader|narrator|child|neighbou?rs?|relatives?|person)\b/i],
  ['bare "some", "many", "one", "people"', /^(?:(?:the|a|other|some|many)\s+)?(?:some|many|most|few|others?|one|someone|somebody|people|members)$/i],
  ['critics, activists, other groups', /./],
];

export function vagueKind(message: string): string {
  const words = vagueWords(message).trim();
  return VAGUE_KINDS.find(([, test]) => test.test(words))![0];
}

/** unattributed-claim's kind, as its message names it ("Unsourced casualty figure: ..."). */
export function claimKind(message: string): string {
  return /^Unsourced (.+?): '/.exec(message)?.[1] ?? message;
}

const KIND_OF: Readonly<Record<string, (message: string) => string>> = { 'vague-attribution': vagueKind, 'unattributed-claim': claimKind };

/** Per rule, kind and dataset, half A only (B too with NEWSLENS_SHOW_HELD_OUT=1): today's diagnostics, judged, right / arguable / wrong. */
export function formatKinds(items: readonly Judgeable[], matched: ReadonlyMap<Judgeable, JudgedEntry>, env: NodeJS.ProcessEnv = process.env): string {
  const halves: Half[] = showHeldOut(env) ? ['A', 'B'] : ['A'];
  const out = [`per kind, half ${halves.join(' and ')} (a kind's right ones are those lost if it is dropped):`,
    'rule                kind                                            dataset        half  current  judged  right  arg.  wrong  P right  P right+arg'];
  const pct = (n: number, d: number) => (d === 0 ? '-' : (n / d).toFixed(3));
  for (const [rule, kindOf] of Object.entries(KIND_OF)) for (const half of halves) {
    const mine = items.filter((c) => c.code === rule && c.half === half);
    const kinds = [...new Set(mine.map((c) => kindOf(c.message)))].sort();
    for (const kind of kinds) {
      const ofKind = mine.filter((c) => kindOf(c.message) === kind);
      for (const dataset of ['all', ...[...new Set(ofKind.map((c) => c.dataset))].sort()]) {
        const cur = ofKind.filter((c) => dataset === 'all' || c.dataset === dataset);
        const v = cur.flatMap((c) => (matched.has(c) ? [matched.get(c)!.verdict] : []));
        const n = (x: string) => v.filter((y) => y === x).length;
        out.push(`${rule.padEnd(18)}  ${kind.slice(0, 46).padEnd(46)}  ${dataset.padEnd(13)}  ${half.padEnd(4)}  ${String(cur.length).padStart(7)}  ${String(v.length).padStart(6)}  ${String(n('right')).padStart(5)}  ${String(n('arguable')).padStart(4)}  ${String(n('wrong')).padStart(5)}  ${pct(n('right'), v.length).padEnd(7)}  ${pct(n('right') + n('arguable'), v.length)}`);
      }
    }
  }
  return out.join('\n');
}
