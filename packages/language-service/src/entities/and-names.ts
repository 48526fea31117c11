import type { Token } from '../nlp/parse.js';
import { lookupPlace } from './gazetteer.js';
import { isOrgWord } from './lexicon.js';
import type { TokenFacts } from './name-tokens.js';
import { NOT_NAMES, ORG_HEADS, ORG_SUFFIXES } from './patterns.js';

/** How far an "and"-joined organisation name reaches on each side of the "and" (the longest seen: "London International Financial Futures and Options Exchange"). */
export const AND_NAME_LIMITS = { left: 4, right: 3 };

const NAME_TAGS = ['Person', 'FirstName', 'Place', 'Country', 'City', 'Organization'];
const PERSON_TAGS = ['Person', 'FirstName', 'LastName'];

/**
 * Organisation names with "and" inside ("Securities and Exchange Commission", "Food and Drug
 * Administration", "Department of Health and Human Services", "Test and County Cricket Board"):
 * capitalised words, "and", then capitalised words ending in an organisation word. Marks their
 * words as name words in `like` and returns the indices of the joining "and"s. Not joined: when
 * the words before the "and" are a name of their own (one word compromise knows as a person, a
 * place or an organisation: "Obama and Justice Department officials", "Russia and Gazprom Bank";
 * a place; a person's name ending there: "President Obama and ..."), or the line is in capitals.
 */
export function andJoinedNames(tokens: readonly Token[], facts: TokenFacts, like: boolean[]): Set<number> {
  const joins = new Set<number>();
  for (let j = 1; j + 1 < tokens.length; j++) {
    if (tokens[j].text !== 'and' || facts.caps[j] || !spaced(tokens, j) || !spaced(tokens, j + 1)) continue;
    let r = j + 1;
    while (r < tokens.length && r - j <= AND_NAME_LIMITS.right && capital(tokens, facts, r) && (r === j + 1 || spaced(tokens, r))) r++;
    if (r === j + 1 || !isOrgEnd(facts.keys[r - 1])) continue;
    let l = j;
    while (l > 0 && j - l < AND_NAME_LIMITS.left && spaced(tokens, l) && tokens[l - 1].sentence === tokens[j].sentence) {
      const k = l - 1;
      if (capital(tokens, facts, k)) l--;
      else if ((facts.keys[k] === 'of' || facts.keys[k] === 'for') && k > 0 && ORG_HEADS.has(facts.keys[k - 1]) && capital(tokens, facts, k - 1)) l -= 2;
      else break;
    }
    if (l === j) continue;
    const left = facts.keys.slice(l, j);
    // "Zorbex Chemical and Quovar Copper Board": a name closing with its own organisation word is complete.
    if (left.length >= 2 && (ORG_SUFFIXES.has(left[left.length - 1]) || isOrgWord(left[left.length - 1]))) continue;
    if (lookupPlace(left.join(' ')) || (j - l === 1 && NAME_TAGS.some((x) => tokens[l].tags.has(x))) || PERSON_TAGS.some((x) => tokens[j - 1].tags.has(x))) continue;
    for (let k = l; k < r; k++) if (facts.keys[k] !== 'of' && facts.keys[k] !== 'for' && k !== j) like[k] = true;
    joins.add(j);
  }
  return joins;
}

function spaced(tokens: readonly Token[], b: number): boolean {
  return /^[ \t\u00a0]$/.test(tokens[b - 1].post + tokens[b].pre);
}

function capital(tokens: readonly Token[], facts: TokenFacts, i: number): boolean {
  return !facts.caps[i] && /^\p{Lu}\p{L}/u.test(tokens[i].text) && !NOT_NAMES.has(facts.keys[i]);
}

/** What closes an agency or a body's name ("Commission", "Administration", "Board"); not a company form or an industry ("Copper"). */
const BODY_HEADS = new Set(
  'administration agency association authority board bureau commission committee council department exchange foundation institute office organisation organization service services'.split(' '),
);

function isOrgEnd(key: string): boolean {
  return BODY_HEADS.has(key);
}
