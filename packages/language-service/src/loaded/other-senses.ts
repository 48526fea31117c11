// Uses of a lexicon word in another, neutral sense (docs/loaded-words.md, "Not marked"): what
// follows the word, or a capital that makes it part of a name. Each pattern names the sense it
// keeps out; set by reading the judged marks of half A of the judged corpus (test/judged,
// loaded-word).
import type { Token } from '../nlp/parse.js';
import { neutralInContext } from './word-senses.js';

/** The text right after the word (its next words, lower case) that makes the use literal or another sense. */
const OTHER_SENSE_AFTER: ReadonlyArray<[RegExp, RegExp]> = [
  // a car "slammed into" a wall, a door "slammed shut"
  [/^slam(?:s|med)?$/, /^(?:into|against|shut|down|onto|on\s+the\s+brakes)\b/],
  // a rocket "blasted off", a bomb "blasted through"
  [/^blast(?:s|ed)$/, /^(?:off|into|through|out|away|open|apart)\b/],
  // a quake "claimed 40 lives", a team "claimed the title", a group "claimed responsibility"
  [/^claim(?:s|ed)$/, /^(?:(?:the|a|an|his|her|their|its|[\p{L}]+['’]s|\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|hundreds\s+of|more|several|many)\s+)*(?:life|lives|victims?|titles?|victory|win|wins|crown|responsibility|seats?|prize|medals?|records?|championships?|places?|spots?|gold|silver|bronze|top)\b/u],
  // a house that "boasted a porch": had
  [/^boast(?:s|ed)$/, /^(?:a|an|the|\d|more|over|some|one|two|three|several|many)\b/],
  // "terrorist attacks": the attack's kind, as the wire services write it; the label on a group stays marked
  [/^terrorist$/, /^attacks?\b/],
  // "mob boss", "mob family": organised crime, not a crowd
  [/^mobs?$/, /^(?:boss|bosses|family|families|figures?|hits?|ties|connections|underboss|lawyers?|informants?|capos?|wars?|associates?|cronies|leaders?|dons?|rackets?|killers?|enforcers?|turncoats?|bust|trial|trials|crew|crews|world|-)/],
];

/** Whether tokens[i], a lexicon word, is used in another sense than the one the lexicon marks. */
export function otherSense(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  // capitalised inside a sentence: part of a name or a title ("The Notorious Bettie Page", "the Mob")
  if (/^\p{Lu}/u.test(t.text) && i > 0 && tokens[i - 1].sentence === t.sentence && !/["“‘'(]\s*$/.test(tokens[i - 1].post + t.pre)) return true;
  let after = t.post;
  for (let k = i + 1; k < tokens.length && k <= i + 6 && tokens[k].sentence === t.sentence; k++) after += `${tokens[k].pre}${tokens[k].text}${tokens[k].post}`;
  after = after.trimStart().toLowerCase();
  const word = t.normal;
  return OTHER_SENSE_AFTER.some(([w, next]) => w.test(word) && next.test(after)) || neutralInContext(tokens, i, word);
}
