import type { SourceType } from '../types.js';
import { wordSet } from '../text/word-set.js';

// The words source-type.ts decides a source's type by. Generic English of news writing: no names
// but a few wire services and broadcasters every newsroom cites by their initials.


/**
 * Heads of sources that name no one, whatever qualifies them: "officials", "Israeli officials",
 * "a senior Hamas official", "sources familiar with", "experts", "critics", "Western diplomats".
 */
export const UNNAMED_PEOPLE = wordSet(
  'official officials source sources expert experts critic critics analyst analysts observer observers people person ' +
  'witness witnesses resident residents diplomat diplomats insider insiders aide aides advocates someone somebody many ' +
  'others some several few most activists media members member lawmakers authorities officers investigators scientists ' +
  'economists researchers supporters opponents voters americans everyone anyone nobody one',
);

/**
 * Heads that name no one unless someone owns them: "reports" but "a police report" or "the
 * report" (one the story introduced), "by one estimate" but "the ministry's estimate".
 */
export const UNNAMED_UNLESS_OWNED = wordSet('report reports rumors rumours figures estimate estimates account accounts measure measures');

/**
 * The voice of a body or a party: on the record for it, though the person goes unnamed ("a
 * spokeswoman for Hillary Clinton", "a hospital representative", "the Navy spokesperson",
 * "attorneys for the family"). Alone ("a spokesman said", "a lawyer said") they name no one.
 */
export const SPOKESPEOPLE = wordSet(
  'spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen representative representatives lawyer lawyers ' +
  'attorney attorneys',
);

/**
 * Roles a body speaks through, in the plural: "Marfin Bank officials", "Clinton campaign
 * officials", "Barclays Capital economists" are that body speaking (newsroom usage: "company
 * officials said" is the company's position; one unnamed official is an anonymous source).
 */
export const ROLE_PLURALS = wordSet(
  'officials officers investigators detectives deputies executives authorities leaders spokesmen representatives agents ' +
  'inspectors firefighters prosecutors analysts economists strategists researchers scientists',
);

/**
 * Public bodies that speak as one and are accountable for what they say: "Police said", "the army
 * said", "the coroner's office said", and an event's organizers ("organizers said on Friday": the
 * body that runs the event the report is about). Sourcing to them is the norm of news writing, not vagueness.
 */
export const BODIES = wordSet('police army military navy government ministry court coroner prosecutors sheriff department organizers organisers');

/**
 * Documents a reader can ask for: "court records", "a statement", "receipts police recovered", "a
 * new poll", "an indictment", "the plan". ("reports" and "estimates" are UNNAMED_UNLESS_OWNED.)
 */
export const DOCUMENTS = wordSet(
  'statement statements readout release letter memo filing filings record records document documents receipts transcript ' +
  'transcripts indictment complaint lawsuit affidavit poll polls survey surveys study studies data census audit ruling ' +
  'testimony minutes recording footage video analysis plan proposal budget bill law policy guidelines contract agreement autopsy ' +
  'treaty resolution research textbook textbooks op-ed editorial article',
);

/**
 * Participles after the people a poll asked: "voters polled", "those surveyed". The phrase closes
 * there (phrases.ts), and as a source it is the poll's result, a document (source-documents.ts).
 */
export const POLLED = wordSet('polled surveyed questioned sampled');

/** Common nouns for outlets: "the newspaper", "the station" (one the story introduced). */
export const OUTLET_NOUNS = wordSet('newspaper newspapers paper station network broadcaster magazine channel television tv radio outlet');

/**
 * Words that make a name an outlet's ("The Hollywood Reporter", "ISNA news agency", "Fox News"),
 * and the initials of wire services and broadcasters.
 */
export const OUTLET_WORDS = wordSet(
  'times post news journal herald tribune reporter press gazette telegraph chronicle magazine radio television tv network ' +
  'broadcasting daily wire newspaper cnn bbc nbc abc cbs npr msnbc reuters ap afp bloomberg',
);

/** "The Hollywood Reporter", "ISNA news agency", "CNN": a name made with an outlet's word. */
export function isOutletName(text: string): boolean {
  return text.toLowerCase().split(/[\s-]+/).some((w) => OUTLET_WORDS.has(w.replace(/[’']s$/, '')));
}

/** Pronouns that refer back to a source just named: a person, or a body ("it said", "they said"). */
export const PRONOUN_TYPES: ReadonlyMap<string, Exclude<SourceType, 'none' | 'anonymous'>> = new Map([
  ['he', 'person'], ['she', 'person'], ['i', 'person'], ['you', 'person'], ['who', 'person'],
  ['we', 'organization'], ['they', 'organization'], ['it', 'organization'],
] as const);

/**
 * Relatives, who with a referring determiner are someone's the report names: "his wife", "Both
 * parents" (the couple named before), "their son". Alone ("a relative", "relatives") they name no one.
 */
export const RELATIVES = wordSet('wife husband parents mother father son sons daughter daughters brother brothers sister sisters widow widower');
/** Determiners that make a relative someone's the report named: "his wife", "Both parents". */
export const REFERRING = wordSet('the his her their its both');

/** Heads that refer back to parties just named, like a pronoun: "Both sides affirmed", "the two sides said". */
export const BACK_REFERENCES = wordSet('both sides pair');

/** Words that join a modifier to a source's head: "a spokesman for the campaign", "a top official in Israel". */
export const HEAD_END = /^(of|for|at|from|with|in|on|familiar|close|who|inside|within|across)$/;

/** Determiners of a description that refers back: "the mayor", "his lawyer". */
export const DEFINITE = wordSet('the this that his her its their my our your');

/**
 * Words for people, the only heads an unnamed source has: the roles and groups of source-words.ts,
 * and nouns made for people ("publicist", "bystander", "environmentalists", "residents",
 * "villagers", "woman"). Not things ("contest", "performance", "pamphlets", "affairs").
 */
export const PEOPLE_WORDS = new Set(('man men woman women person people friend friends relative relatives family families neighbor neighbors ' +
  'neighbour neighbours victim victims cop cops child children boy boys girl girls colleague colleagues customer customers ' +
  'villager villagers staff crew teen teens teenager teenagers youth youths mother father wife husband son daughter brother sister ' +
  'cousin cousins guard guards soldier soldiers troops police ' +
  // bodies of people, unnamed: "news organizations report", "Unions say", "rights groups said"
  'organizations organisations groups unions agencies outlets companies firms banks governments countries nations').split(' '));
export const PERSON_SUFFIX = /(?:ist|er|or|ian|ant|ent|ee|eur|man|woman|men|women)s?$/;
/** Words with a person's suffix that are things: "paper", "letter", "statement", "event". */
export const THING_SUFFIXED = new Set(('paper papers letter letters number numbers order orders computer computers matter matters ' +
  'center centre report reports factor factors error errors sector sectors event events statement statements document ' +
  'documents agreement agreements content comment comments percent element elements incident incidents list lists ' +
  'power water border borders quarter quarters meeting').split(' '));
