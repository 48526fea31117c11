// Descriptions that stand for a person ("Woman" in a headline, "the powerful Mafioso" in
// apposition): which person named in full each joins (resolve-entities.ts asks it once its
// groups are made).
import type { RawMention } from '../analysis/context.js';
import { nounSex } from './descriptions.js';
import type { Group } from './entity-group.js';
import { givenNameSex } from './surnames.js';

/** What separates two descriptions of one person in a list of roles: a comma or "and" ("Swimmer And Actress"). */
const ROLE_LIST = /^\s*(?:,|,?\s*(?:and|&))\s*$/i;

/** What stands between a name and a description in apposition to it: a comma and an article, and at most three words ("the powerful"). */
const APPOSITION = /^,\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/** How far a description looks for the person it stands for: ahead (the headline, then the lead names him), and back. */
const DESCRIBES_AHEAD = 400;
const DESCRIBES_BACK = 200;
/** How far back a definite description ("The California native") looks for the person it refers to: a lead paragraph or two (set on ECB+ 4_11ecbplus, where the actress is named 200 characters before it). */
const DESCRIBES_DEFINITE = 600;

/** "the" right before a description. */
const DEFINITE = /\bthe\s$/i;

/**
 * Each description ("Woman" in a headline, "Lifer escapes") joins the person named in full next after
 * it (within DESCRIBES_AHEAD characters), else the one named last before it (DESCRIBES_BACK); none, it
 * is dropped. Only persons named with two words or more.
 */
export function describe(mentions: readonly RawMention[], groups: Map<string, Group>, surnameOf: (m: RawMention) => string | undefined, text: string): void {
  // a word the report uses as a person's surname is his short form, not a description ("Frater said")
  for (const d of mentions) {
    const full = d.description ? surnameOf(d) : undefined;
    const g = full ? groups.get(`person:${full}`) : undefined;
    if (g) g.mentions.push({ start: d.start, end: d.end, text: d.text, form: 'short' });
  }
  const named: Array<{ start: number; end: number; group: Group }> = [];
  for (const g of groups.values()) {
    if (g.kind !== 'person' || !/\S\s+\S/.test(g.name)) continue;
    for (const m of g.mentions) if (m.form === 'full' && m.text.includes(' ')) named.push({ start: m.start, end: m.end, group: g });
  }
  if (named.length === 0) return;
  named.sort((a, b) => a.start - b.start);
  let last: { end: number; group: Group } | null = null;
  for (const d of mentions) {
    if (!d.description || surnameOf(d)) continue;
    let lo = 0;
    let hi = named.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (named[mid].start < d.end) lo = mid + 1;
      else hi = mid;
    }
    const sex = nounSex(d.text);
    // two descriptions close together on one line are two people ("Woman Killed ..., Driver Charged"),
    // unless a comma or "and" alone separates them: one person's roles ("Swimmer And Actress", "Champion,
    // Actress"); a headline's and the lead's are not ("... Star Edna Vollmer Dies\nChampion swimmer ...")
    const between = last ? text.slice(last.end, d.start) : '';
    const other: Group | null = last && d.start - last.end < 60 && !between.includes('\n') && !ROLE_LIST.test(between) ? last.group : null;
    // a person named in the description's own clause after its verb is acted on by it ("Gangmember Convicted Of Murdering ... Jerry Ortiz")
    const acted = d.acted ? new Set(named.filter((n) => n.start >= d.acted!.start && n.start < d.acted!.end).map((n) => n.group)) : null;
    const fits = (g: Group): boolean => g !== other && !acted?.has(g) && (sex === null || givenNameSex(g.name) !== (sex === 'female' ? 'male' : 'female'));
    // in an apposition to the name just before it ("Vincent Gigante, the powerful Mafioso who ..."): that person
    const before = lo > 0 ? named[lo - 1] : undefined;
    let target: Group | null = before && APPOSITION.test(text.slice(before.end, d.start)) && fits(before.group) ? before.group : null;
    // else ahead, then back; a person the tags or patterns know beats a guessed one ("Cosa Nostra"); a
    // definite description refers back, to the person last named before it ("The California native, who
    // ...": the actress the lead named, not her publicist named after)
    const definite = DEFINITE.test(text.slice(Math.max(0, d.start - 4), d.start));
    for (const sure of [true, false]) {
      if (target) break;
      const ok = (g: Group) => fits(g) && (!sure || g.sure === true);
      if (definite) for (let k = lo - 1; k >= 0 && d.start - named[k].start <= DESCRIBES_DEFINITE && !target; k--) if (ok(named[k].group)) target = named[k].group;
      for (let k = lo; k < named.length && named[k].start - d.end <= DESCRIBES_AHEAD && !target; k++) if (ok(named[k].group)) target = named[k].group;
      for (let k = lo - 1; k >= 0 && d.start - named[k].start <= DESCRIBES_BACK && !target; k--) if (ok(named[k].group)) target = named[k].group;
      if (target) break;
    }
    if (!target) continue;
    target.mentions.push({ start: d.start, end: d.end, text: d.text, form: 'description' });
    last = { end: d.end, group: target };
  }
}
