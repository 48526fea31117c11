import type { ParagraphContext, RawMention } from '../analysis/context.js';
import type { Token } from '../nlp/parse.js';
import type { EntityKind } from '../types.js';

// Consistency of the names of one paragraph: the kind of a list's items, plurals of a people, a name
// that is a work's title.

/**
 * A guessed plural whose stem the paragraph also writes as a nationality adjective ("the Kurds" beside
 * "Kurdish", "Serbs" beside "Serbian") names the members of a people, not an organisation.
 */
export function demoteMemberPlurals(tokens: readonly Token[], mentions: RawMention[]): void {
  const stems = new Set<string>();
  for (const t of tokens) {
    const m = /^(\p{Lu}\p{Ll}{2,}?)(?:ish|ian|ese|i)$/u.exec(t.text);
    if (m) stems.add(m[1].toLowerCase());
  }
  if (stems.size === 0) return;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.strength !== 1 || !/^\p{Lu}\p{Ll}+s$/u.test(m.text)) continue;
    if (stems.has(m.text.slice(0, -1).toLowerCase())) mentions[k] = { ...m, strength: 0 };
  }
}

const LIST_GAP = /^\s*,\s*(?:(?:and|or)\s+)?$|^\s+(?:and|or)\s+$/;

/**
 * In a list of three or more names ("Tibet, Hong Kong, Uyghuristan, and ..."), the guessed items
 * take the kind of the known ones when those agree. `mentions` are in text order; linear.
 */
export function listConsistency(text: string, mentions: RawMention[]): void {
  let a = 0;
  while (a < mentions.length) {
    let b = a + 1;
    let comma = false;
    while (b < mentions.length) {
      const gap = text.slice(mentions[b - 1].end, mentions[b].start);
      if (mentions[b - 1].form === 'possessive' || !LIST_GAP.test(gap)) break;
      if (gap.includes(',')) comma = true;
      b++;
    }
    if (b - a >= 3 && comma) {
      const known = new Set<EntityKind>();
      let n = 0;
      for (let k = a; k < b; k++) if ((mentions[k].strength ?? 3) >= 2) { known.add(mentions[k].kind); n++; }
      if (known.size === 1 && (known.has('place') || n >= 2 || n * 2 >= b - a)) {
        const [kind] = known;
        for (let k = a; k < b; k++) if (mentions[k].strength === 1) mentions[k] = { ...mentions[k], kind, strength: 2 };
      }
    }
    a = b;
  }
}

/** A name that fills a whole quotation is the title of a work ("Viva Zapata"), not an entity. */
export function isQuotedTitle(ctx: ParagraphContext, m: RawMention): boolean {
  if (m.text.indexOf(' ') < 0) return false;
  for (const q of ctx.quotes) {
    if (q.start >= m.start || q.end <= m.end) continue;
    if (ctx.text.slice(q.start + 1, m.start).trim() === '' && /^[\s.,!?;:]*$/.test(ctx.text.slice(m.end, q.end - 1))) return true;
  }
  return false;
}
