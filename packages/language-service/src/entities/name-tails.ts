import type { RawMention } from '../analysis/context.js';
import type { EntityKind } from '../types.js';
import { isGenericOrgWord, isGenericPlaceWord, isTitleWord } from './classify.js';
import { lookupPlace } from './gazetteer.js';
import { STORM_WORDS } from './patterns.js';

// The short forms a report writes a place's or an organisation's name in (resolve-entities.ts).

/**
 * A lone word that ends a longer place or organisation name in the report is the short form of it:
 * a generic place word ("the Strip" after "Gaza Strip"), or the proper last word of an organisation
 * ("the Saints" after "New Orleans Saints"; not a generic "Party" or "Bank"); an organisation's name
 * after the place it belongs to, the place left out ("Red Sox" of "Boston Red Sox"). `keyOf` is the
 * resolution's name key.
 */
export function nameTails(mentions: readonly RawMention[], kinds: ReadonlyMap<string, EntityKind>, keyOf: (text: string) => string): Map<string, string> {
  const out = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const m of mentions) {
    const key = keyOf(m.text);
    const sp = key.lastIndexOf(' ');
    if (sp < 0 || kinds.get(key) === 'person') continue;
    const last = key.slice(sp + 1);
    const words = key.split(' ');
    const org = kinds.get(key) === 'organization';
    const proper = org && !isGenericOrgWord(last) && !lookupPlace(last);
    if ((isGenericPlaceWord(last) || proper || (org && isGenericOrgWord(last))) && !out.has(last)) out.set(last, key);
    // ... and a storm's given name ("Katrina" of "Hurricane Katrina")
    if (words.length === 2 && STORM_WORDS.has(words[0]) && kinds.get(key) === 'place' && !out.has(last)) out.set(last, key);
    // ... and its name without the generic word that ends it ("Staunton Police" of "Staunton Police Department", "Acme" of "Acme Corp")
    // (each such word in turn: "Aer Lingus Group" and "Aer Lingus" of "Aer Lingus Group PLC", "AirTran" of "AirTran Airways")
    for (let k = words.length - 1; org && k >= 1 && FORM_WORDS.has(words[k]); k--) {
      const rest = words.slice(0, k).join(' ');
      if (!out.has(rest) && kinds.get(rest) !== 'person' && !lookupPlace(rest)) out.set(rest, key);
    }
    // ... and its first word, a company's own name before the words of its trade and form ("Ford" of "Ford Motor Company"),
    // not a title or generic word ("General" of "General Motors Corp."), a place, a person; two companies it opens: neither
    const head = words[0];
    if (org && FORM_WORDS.has(last) && words.length >= 3 && !isTitleWord(head) && !isGenericOrgWord(head) && !lookupPlace(head) && kinds.get(head) !== 'person') {
      if (out.has(head) && out.get(head) !== key) ambiguous.add(head);
      else out.set(head, key);
    }
    // ... and an organisation's name after the place it is of ("Red Sox" after "Boston Red Sox"), or the body word heading
    // "<body> of ..." ("the Academy" of "Academy of Motion Picture Arts"; two such bodies: neither)
    if (org && words[1] === 'of' && isGenericOrgWord(head)) {
      if (out.has(head) && out.get(head) !== key) ambiguous.add(head);
      else out.set(head, key);
    }
    for (let k = 1; org && k < words.length - 1; k++) {
      const place = lookupPlace(words.slice(0, k).join(' '));
      const rest = words.slice(k).join(' ');
      if (!place || place === 'demonym' || kinds.get(rest) === 'person') continue;
      // two organisations it could be the name of ("Police Department" of two cities'): neither
      if (out.has(rest) && out.get(rest) !== key) ambiguous.add(rest);
      else out.set(rest, key);
    }
  }
  for (const rest of ambiguous) out.delete(rest);
  return out;
}

/**
 * Last words an organisation's name is written without: a company form (English or continental: "NV", "AG",
 * "S.A."), "Department", "Group", an airline's "Airlines", a computer maker's "Computer" ("Apple" of "Apple Computer").
 */
export const FORM_WORDS: ReadonlySet<string> = new Set(['department', 'dept', 'dept.', 'inc', 'inc.', 'corp', 'corp.', 'corporation', 'co', 'co.', 'ltd', 'ltd.', 'llc', 'plc', 'company', 'group', 'holdings', 'airlines', 'airways', 'computer', 'computers',
  'nv', 'n.v.', 'ag', 'sa', 's.a.', 'bv', 'b.v.', 'gmbh', 'spa', 's.p.a.']);
