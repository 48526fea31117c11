import { splitParagraphs } from '../text/prepare.js';
import type { UnbalancedQuote } from '../rules/findings.js';
import type { Quote, Span } from '../types.js';
import { atLineStart, embeddedTweets, opensContinuation, readings, startsSentence, type Reading } from './quote-marks.js';
import { markPositions, withLines, type Para } from './quote-lines.js';
import { findSingleQuotes } from './single-quotes.js';

interface OpenMark {
  pos: number;
  /** The line of its paragraph it stands on. */
  line: number;
  /** A closing mark (”) read as the opening one. */
  reversed: boolean;
  /** A quote with the same kind of mark has been closed inside it. */
  nests?: boolean;
}

/** The pairing in progress, and what it has cost in this paragraph. */
interface State {
  open: OpenMark[];
  /** Marks still open under `open`, left out of a look-ahead's copy. */
  below: number;
  /** The last line whose start `closeLines` has seen. */
  line: number;
  unbalanced: number;
  reversed: number;
}

/** Where the real pass writes; the look-ahead passes write nowhere. */
interface Sink {
  text: string;
  quotes: Quote[];
  findings: UnbalancedQuote[];
  /** The double quotes closed in this paragraph, clipped to its start. */
  made: Span[];
}

/**
 * Finds quotations in the whole report (straight and curly double marks, quotes nested in them
 * with either kind of mark, single marks nested inside them or standing alone) and reports
 * unbalanced double marks, and curly marks turned the wrong way. A paragraph that ends inside a
 * quote continues it when the next paragraph opens with a new mark (the news convention for quotes
 * over several paragraphs): the quote then spans both paragraphs. Apostrophes, inch marks and the
 * marks of leftover markup tags are never taken as quote marks.
 *
 * A mark whose part its neighbours leave open (a curly mark turned the wrong way, or a mark at a
 * line's start that may re-open a continued quote or open one nested in it) is read the way that
 * leaves fewest marks unpaired in the rest of its paragraph, then fewest marks read against their
 * shape; on a tie, the way its neighbours favour (or as the re-opening mark of a continued quote).
 */
export function extractQuotes(text: string): { quotes: Quote[]; unbalanced: UnbalancedQuote[] } {
  const doubles: Quote[] = [];
  const singles: Quote[] = [];
  const findings: UnbalancedQuote[] = [];
  const paragraphs = splitParagraphs(text);
  const marks = markPositions(text);
  let open: OpenMark[] = [];
  let m = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    while (m < marks.length && marks[m] < para.start) m++;
    const from = m;
    while (m < marks.length && marks[m] < para.end) m++;
    const here = withLines(text, para, marks.slice(from, m));
    const next = paragraphs[p + 1];
    const continues = next !== undefined && opensContinuation(text, next.start, next.end);
    const state: State = { open: open.map((o) => ({ ...o, line: -1 })), below: 0, line: 0, unbalanced: 0, reversed: 0 };
    const sink: Sink = { text, quotes: doubles, findings, made: [] };
    let budget = LOOKAHEAD_OPTIONS.perParagraph;
    for (let k = 0; k < here.marks.length; k++) {
      closeLines(here, state, here.lines[k], sink);
      const alts = alternatives(text, here, k, state);
      const doubtful = alts.length > 1 && budget > 0;
      if (doubtful) budget -= alts.length * Math.min(LOOKAHEAD_OPTIONS.marks, here.marks.length - k);
      const pick = doubtful ? best(text, here, k, state, alts, continues) : alts[0];
      apply(state, here, k, pick, sink);
    }
    closeLines(here, state, Infinity, sink);
    const topLevel = outermost(sink.made);
    if (state.open.length > 0 && continues) {
      const from = Math.max(state.open[0].pos, para.start);
      topLevel.splice(0, topLevel.length, ...topLevel.filter((s) => s.end <= from), { start: from, end: para.end });
      open = state.open;
    } else {
      for (const o of state.open) findings.push(mark(o.pos, 'unclosed'));
      open = [];
    }
    singles.push(...findSingleQuotes(text, para, topLevel));
  }
  setDepths(doubles);
  const quotes = [...doubles, ...singles].sort((a, b) => a.start - b.start || b.end - a.end);
  findings.sort((a, b) => a.start - b.start);
  const tweets = embeddedTweets(text);
  return { quotes, unbalanced: tweets.length === 0 ? findings : findings.filter((f) => !tweets.some((t) => f.start >= t.start && f.end <= t.end)) };
}

/**
 * The readings of the paragraph's mark `k`: those of `readings`, and first, while a quote opened
 * on an earlier line is open, the re-opening mark of a continued quote (one paragraph or line
 * apart). A quote nested in one of the same kind of mark is a phrase of its sentence: an opening
 * mark of that kind that starts a new sentence or a new line while a quote is open starts a new
 * quote instead, and the open one was never closed.
 */
function alternatives(text: string, here: Para, k: number, state: State): Reading[] {
  const i = here.marks[k];
  const top = state.open[state.open.length - 1];
  const nests = top === undefined || !sameKind(text, top.pos, i) || (top.line === here.lines[k] && !startsSentence(text, i, here.start));
  const alts = readings(text, i, here.start, here.end, top !== undefined).map((r) => (r.role === 'open' && !nests ? { ...r, role: 'reopen' as const } : r));
  if (top && alts[0].role !== 'close' && alts[0].role !== 'none' && atLineStart(text, i, here.start) && text.lastIndexOf('\n', i) > top.pos) {
    return [{ role: 'continue', reversed: false }, ...alts];
  }
  return alts;
}

/** How far a doubtful mark's readings are followed. */
const LOOKAHEAD_OPTIONS = {
  /**
   * Marks read after the doubtful one. A paragraph of news holds a few dozen marks at most, and a
   * quote closes within a few marks of its opening; past this many, marks still open are not
   * counted against a reading.
   */
  marks: 50,
  /**
   * Marks read ahead in all for one paragraph; past it, each mark takes its first reading. Bounds
   * the work on a pathological paragraph (thousands of marks, none paired); a paragraph of news
   * with a hundred marks, all doubtful, needs 100 x 2 x 50 = 10,000.
   */
  perParagraph: 20_000,
};

/** The reading of `here[k]` that costs least over the rest of the paragraph (each later mark read as first offered). */
function best(text: string, here: Para, k: number, state: State, alts: readonly Reading[], continues: boolean): Reading {
  let pick = alts[0];
  let bestCost: [number, number] | null = null;
  const last = Math.min(here.marks.length, k + 1 + LOOKAHEAD_OPTIONS.marks);
  for (const alt of alts) {
    const open = state.open.slice(-(LOOKAHEAD_OPTIONS.marks + 1)); // the window pops no more than this
    const s: State = { ...state, open, below: state.below + state.open.length - open.length };
    apply(s, here, k, alt, null);
    for (let j = k + 1; j < last; j++) {
      closeLines(here, s, here.lines[j], null);
      apply(s, here, j, alternatives(text, here, j, s)[0], null);
    }
    if (last === here.marks.length) closeLines(here, s, Infinity, null);
    const stillOpen = last < here.marks.length ? 0 : Math.max(0, s.open.length + s.below - (continues ? 1 : 0)); // one quote may go on
    const cost: [number, number] = [s.unbalanced + stillOpen, s.reversed];
    if (bestCost === null || cost[0] < bestCost[0] || (cost[0] === bestCost[0] && cost[1] < bestCost[1])) {
      bestCost = cost;
      pick = alt;
    }
  }
  return pick;
}

/** Whether two marks are of one kind: both straight, or both curly. */
const sameKind = (text: string, a: number, b: number): boolean => (text[a] === '"') === (text[b] === '"');

/**
 * Before a mark on line `line`: a quote nested in one of the same kind of mark lies within one
 * line of the quote around it, so when a line ends with such an inner quote still open, or with
 * the quote around such an inner quote still open, the quote around was never closed (“it will be
 * an anchor again, “Jonathan Wright said.⏎...). A closing mark read as an opening one must find
 * its partner on its own line too.
 */
function closeLines(here: Para, state: State, line: number, sink: Sink | null): void {
  if (line <= state.line) return; // what ends a quote here can only change at a new line
  const from = state.line;
  state.line = line;
  if (state.open.length > 0 && here.stops.some((l) => l >= from && l < line)) {
    // a headline or a dateline between: nothing open runs across it
    state.unbalanced += state.open.length;
    for (const o of state.open) sink?.findings.push(mark(o.pos, 'unclosed'));
    state.open = [];
    return;
  }
  const ends = (o: OpenMark, j: number): boolean => {
    const inner = state.open[j + 1];
    return ((o.nests === true || o.reversed) && o.line >= 0 && o.line < line) || (inner !== undefined && inner.line >= 0 && inner.line < line && sameKind(here.text, inner.pos, o.pos));
  };
  if (state.open.length === 0 || !state.open.some(ends)) return;
  const never = state.open.filter(ends);
  state.open = state.open.filter((o) => !never.includes(o));
  state.unbalanced += never.length;
  for (const o of never) sink?.findings.push(mark(o.pos, 'unclosed'));
}

function apply(state: State, here: Para, k: number, reading: Reading, sink: Sink | null): void {
  const i = here.marks[k];
  if (reading.role === 'none' || reading.role === 'continue') return;
  if (reading.reversed) state.reversed++;
  const replaced = reading.role === 'reopen' ? state.open.pop() : undefined;
  if (replaced) {
    state.unbalanced++;
    sink?.findings.push(mark(replaced.pos, 'unclosed'));
  }
  if (reading.role === 'open' || reading.role === 'reopen') {
    state.open.push({ pos: i, line: here.lines[k], reversed: reading.reversed });
    return;
  }
  const top = state.open.pop();
  if (!top) {
    state.unbalanced++;
    sink?.findings.push(mark(i, 'unopened'));
    return;
  }
  const outer = state.open[state.open.length - 1];
  if (outer && sameKind(here.text, outer.pos, top.pos)) state.open[state.open.length - 1] = { ...outer, nests: true };
  if (!sink) return;
  if (top.reversed) sink.findings.push(mark(top.pos, 'opened-with-closing-mark'));
  if (reading.reversed) sink.findings.push(mark(i, 'closed-with-opening-mark'));
  pushQuote(sink, top.pos, i + 1);
  sink.made.push({ start: Math.max(top.pos, here.start), end: i + 1 });
}

function pushQuote(sink: Sink, start: number, end: number): void {
  const content = sink.text.slice(start + 1, end - 1);
  if (content.trim() === '') return;
  sink.quotes.push({ start, end, content: { start: start + 1, end: end - 1, text: content }, speaker: null, depth: 0 });
}

/** The spans not inside another of them. */
function outermost(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = out[out.length - 1];
    if (!last || s.start >= last.end) out.push(s);
  }
  return out;
}

/** Each double quote's depth: how many double quotes it lies inside. */
function setDepths(quotes: Quote[]): void {
  quotes.sort((a, b) => a.start - b.start || b.end - a.end);
  const ends: number[] = [];
  for (const q of quotes) {
    while (ends.length > 0 && ends[ends.length - 1] <= q.start) ends.pop();
    q.depth = ends.length;
    ends.push(q.end);
  }
}

function mark(pos: number, side: UnbalancedQuote['side']): UnbalancedQuote {
  return { start: pos, end: pos + 1, side };
}
