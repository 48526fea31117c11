import type { RawMention } from '../analysis/context.js';
import type { EntityKind } from '../types.js';
import { nameKey } from './gazetteer.js';

// The kinds of a report's names judged across its paragraphs, before resolution groups them: what one
// paragraph cannot know ("Cofinec" is a company in the next one).

/**
 * Returns the mentions (absolute offsets) with kinds the report's other mentions settle. A copy:
 * the paragraph results may be cached.
 */
export function settleKinds(mentions: readonly RawMention[]): RawMention[] {
  const byKey = new Map<string, RawMention[]>();
  for (const m of mentions) {
    if (m.description) continue;
    const key = nameKey(m.text);
    let list = byKey.get(key);
    if (!list) byKey.set(key, (list = []));
    list.push(m);
  }
  const kinds = sureKinds(byKey);
  return mentions.map((m) => settle(m, kinds));
}

/** The kind of each name the report gives surely (strength 2 or more, no team of a city's name), when its sure mentions agree. */
function sureKinds(byKey: ReadonlyMap<string, readonly RawMention[]>): Map<string, EntityKind> {
  const out = new Map<string, EntityKind>();
  for (const [key, list] of byKey) {
    let kind: EntityKind | null = null;
    let agree = true;
    for (const m of list) {
      if ((m.strength ?? 3) < 2) continue;
      if (kind !== null && m.kind !== kind) agree = false;
      kind = m.kind;
    }
    if (kind !== null && agree) out.set(key, kind);
  }
  return out;
}

function settle(m: RawMention, kinds: ReadonlyMap<string, EntityKind>): RawMention {
  if (m.description || (m.strength ?? 3) > 1) return m;
  const words = nameKey(m.text).split(' ');
  // A guessed person whose first word the report names as a body is that body's ("Acme GDRs", "Acme Group"):
  // not a given name, so no person's surname either.
  if (m.kind === 'person' && words.length >= 2 && kinds.get(words[0]) === 'organization') return { ...m, kind: 'organization' };
  return m;
}
