import type { ParagraphContext, RawMention } from '../analysis/context.js';
import type { Attribution, SourceType } from '../types.js';
import { npStartingAt } from './phrases.js';
import { kindOfSourceType } from './source-kind.js';
import { sourceTypeOf } from './source-type.js';

/** A closing quote mark, then a dash and a capitalised name: “...” ― Sonya Herridge. */
const DASH_SIGNATURE = /[”"]\s*([―—]|--)\s*(?=[A-Z])/g;
/** A headline or transcript turn: "Pence: Flowers won't be at debate", "WALLACE: Let's start". */
const SPEAKER_COLON = /^(["“]?)((?:[A-Z][\p{L}.’'-]*)(?:\s[A-Z][\p{L}.’'-]*){0,3}):\s+(?=\S)/u;
const MAX_HEADLINE_WORDS = 20;

/**
 * Attributions marked by layout rather than a verb: a quote signed with a dash and a name, a
 * headline "Name: claim", and a transcript turn in capitals "NAME: words". Offsets relative to
 * the paragraph, like every paragraph extractor.
 */
export function layoutAttributions(ctx: ParagraphContext, mentions: readonly RawMention[]): Attribution[] {
  const out: Attribution[] = [];
  const { tokens } = ctx.parsed;
  // token index by start offset, built only for a paragraph with a signature or a speaker colon
  let starts: Map<number, number> | undefined;
  const tokenAt = (offset: number) => {
    if (!starts) {
      starts = new Map();
      for (let i = 0; i < tokens.length; i++) starts.set(tokens[i].start, i);
    }
    return starts.get(offset);
  };
  for (const m of ctx.text.matchAll(DASH_SIGNATURE)) {
    const at = (m.index ?? 0) + m[0].length;
    const first = tokenAt(at);
    const quote = ctx.quotes.find((q) => q.end === (m.index ?? 0) + 1);
    if (first === undefined || !quote) continue;
    const last = npStartingAt(tokens, first, tokens.length);
    if (last < 0) continue;
    const dash = (m.index ?? 0) + m[0].indexOf(m[1]);
    out.push({
      source: { start: tokens[first].start, end: tokens[last].end, text: ctx.text.slice(tokens[first].start, tokens[last].end) },
      cue: { start: dash, end: dash + m[1].length, text: m[1] },
      content: { start: quote.start, end: quote.end },
      ...typed(sourceTypeOf(tokens, first, last, mentions)),
    });
  }
  const colon = speakerColon(ctx.text);
  if (colon) {
    // the speaker's tokens: from the one at its start to the last one before the colon
    const first = tokenAt(colon.source!.start);
    let last = first ?? -1;
    while (last >= 0 && last + 1 < tokens.length && tokens[last + 1].end <= colon.cue.start) last++;
    if (first !== undefined) Object.assign(colon, typed(sourceTypeOf(tokens, first, last, mentions)));
    out.push(colon);
  }
  return out;
}

function speakerColon(text: string): Attribution | null {
  const m = SPEAKER_COLON.exec(text);
  if (!m) return null;
  const name = m[2];
  const transcript = name === name.toUpperCase() && /[A-Z]{2}/.test(name);
  const headline = !text.includes('\n') && !/[.!?]["”’']?$/.test(text) && text.split(/\s+/).length <= MAX_HEADLINE_WORDS;
  if (!transcript && !headline) return null;
  const start = m[1].length;
  const cueAt = start + name.length;
  const contentStart = m[0].length;
  let end = text.length;
  while (end > contentStart && /[\s.,;:"”’']/.test(text[end - 1])) end--;
  if (end <= contentStart) return null;
  return {
    source: { start, end: cueAt, text: name },
    cue: { start: cueAt, end: cueAt + 1, text: ':' },
    content: { start: contentStart, end },
    sourceKind: 'named',
    sourceType: 'person',
  };
}

function typed(sourceType: Exclude<SourceType, 'none'>): Pick<Attribution, 'sourceKind' | 'sourceType'> {
  return { sourceKind: kindOfSourceType(sourceType), sourceType };
}
