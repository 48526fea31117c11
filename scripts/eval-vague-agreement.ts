// The analysis and the vague-attribution rule on PolNeAR dev (issue 12), for eval-attributions:
//
//   agreement   every attribution the analysis marks vague (an unnamed source) or source-less
//               ("reportedly") has a vague-attribution diagnostic or says why not (`noDiagnostic`).
//               "Has a diagnostic": a diagnostic covers its cue, or its claim names the attribution's
//               source (or its "reportedly") as the vague source. None may have neither.
//   proper head vague-attribution diagnostics on a gold relation (PolNeAR's own annotation, not
//               ours) whose source's head is a proper name: a named person, outlet or document
//               flagged as vague. The gold relation is the one whose source (or cue, for
//               "reportedly") is the vague claim's source, else the first whose cue lies in the
//               diagnostic's span; the head is the source's last word before "of", "for", "at",
//               "from", "by", "in", "who" or a comma; it is proper when capitalised, not the first
//               word of its sentence and not a title alone ("The President").
import type { ReportAnalysis } from '@newslens/language-service';
import type { PolnearRelation } from './dev-data.ts';

/** Capitalised words that are titles or roles, not names ("The President said"). */
const TITLES = /^(president|vice|minister|prime|senator|sen|governor|gov|mayor|secretary|chairman|chairwoman|chair|speaker|spokesman|spokeswoman|spokesperson|leader|director|chief|officer|official|officials|general|judge|justice|attorney|sheriff|commissioner|representative|rep|congressman|congresswoman|candidate|nominee|democrats?|republicans?|administration|campaign|committee|department|house|senate|congress)$/i;

export class Agreement {
  marked = 0;
  flagged = 0;
  reasons = 0;
  byReason = new Map<string, number>();
  neither: string[] = [];
  diagnostics = 0;
  onGold = 0;
  properHead = 0;
  examples: string[] = [];

  add(text: string, analysis: ReportAnalysis, offset: number, gold: readonly PolnearRelation[]): void {
    const vague = analysis.problems.filter((p) => p.code === 'vague-attribution');
    // the source each diagnostic's claim names ("the source 'officials' is not named", "'reportedly' ...")
    const named = vague.flatMap((p) => analysis.claims.filter((c) => c.status === 'vague' && c.start === p.start && c.end === p.end && c.source).map((c) => c.source!));
    for (const a of analysis.attributions) {
      if (a.sourceKind === 'named') continue;
      this.marked++;
      const own = a.source ?? a.cue;
      const covered = vague.some((p) => p.start <= a.cue.start && a.cue.end <= p.end) || named.some((s) => s.start === own.start && s.end === own.end);
      if (covered) this.flagged++;
      if (a.noDiagnostic) {
        this.reasons++;
        this.byReason.set(a.noDiagnostic, (this.byReason.get(a.noDiagnostic) ?? 0) + 1);
      }
      if (!covered && !a.noDiagnostic) this.neither.push(a.source?.text ?? a.cue.text);
    }
    for (const p of vague) {
      this.diagnostics++;
      // the gold relation of the claim's source (or its "reportedly"), else the first whose cue is in the span
      const claim = analysis.claims.find((c) => c.status === 'vague' && c.start === p.start && c.end === p.end);
      const own = claim?.source ? { start: claim.source.start + offset, end: claim.source.end + offset } : null;
      const start = p.start + offset;
      const end = p.end + offset;
      const hits = (spans: Array<[number, number]>, r: { start: number; end: number }) => spans.some(([s, e]) => s < r.end && e > r.start);
      const rel = (own ? gold.find((g) => (g.source && hits(g.source.spans, own)) || hits(g.cue!.spans, own)) : undefined)
        ?? gold.find((g) => g.source && g.cue!.spans.some(([s, e]) => s >= start && e <= end));
      if (!rel || !rel.source) continue;
      this.onGold++;
      if (properHead(text, rel.source.spans[0][0], rel.source.text)) {
        this.properHead++;
        if (process.env.NEWSLENS_EVAL_ERRORS) this.examples.push(rel.source.text);
      }
    }
  }

  report(): string {
    const reasons = [...this.byReason].sort().map(([r, n]) => `${r} ${n}`).join(', ');
    const pct = (n: number, d: number) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);
    return [
      `vague or source-less attributions: ${this.marked}; with a vague-attribution diagnostic (on its cue, or naming its source): ${this.flagged}; with a noDiagnostic reason: ${this.reasons} (${reasons}); with neither: ${this.neither.length}${this.neither.length ? ` (${this.neither.slice(0, 5).join(' | ')})` : ''}`,
      `vague-attribution diagnostics: ${this.diagnostics}; on a gold relation with a source: ${this.onGold}; whose source's head is a proper name: ${this.properHead} (${pct(this.properHead, this.diagnostics)} of the diagnostics, ${pct(this.properHead, this.onGold)} of those on a gold source)${this.examples.length ? `\n  ${this.examples.join(' | ')}` : ''}`,
    ].join('\n');
  }
}

function properHead(text: string, start: number, source: string): boolean {
  const words = source.split(/\s+/);
  let stop = words.findIndex((w, i) => i > 0 && /^(of|for|at|from|by|in|who|which|,)$/i.test(w));
  if (stop < 0) stop = words.length;
  const commaAt = words.slice(0, stop).findIndex((w) => /,$/.test(w));
  const headIndex = commaAt >= 0 ? commaAt : stop - 1;
  const head = (words[headIndex] ?? '').replace(/[,.;:’'"”]+$|['’]s$/g, '');
  if (!/^\p{Lu}/u.test(head) || TITLES.test(head)) return false;
  const sentenceInitial = headIndex === 0 && /(^|[.!?]["”’]?\s+|\n\s*)$/.test(text.slice(Math.max(0, start - 4), start));
  return !sentenceInitial;
}
