// The words that make a clause worth a fact-checker's look (claims/check-worthiness.ts), one list
// each, with what a newsroom means by it. Generic English only: no names, nothing taken from a
// report.

/** Who a count of people counts, beyond the nouns the tagger marks as actors or demonyms. */
export const PEOPLE = new Set([
  'people', 'persons', 'civilians', 'voters', 'residents', 'citizens', 'adults', 'children', 'students', 'passengers',
  'migrants', 'immigrants', 'refugees', 'patients', 'respondents', 'individuals', 'members', 'users', 'customers',
  'workers', 'employees', 'jobs', 'troops', 'soldiers', 'fighters', 'militants', 'prisoners', 'detainees', 'hostages',
  'protesters', 'demonstrators', 'victims', 'inmates', 'casualties', 'deaths', 'families', 'households',
]);

/** Who a casualty count counts: the claim extractor's people, and the words for who they are. */
export const PEOPLE_NOUNS = new Set([
  ...PEOPLE, 'men', 'women', 'girls', 'boys', 'babies', 'infants', 'crew', 'sailors', 'officers', 'miners', 'pilgrims',
  'villagers', 'pedestrians', 'bystanders', 'tourists', 'worshippers', 'worshipers', 'shoppers', 'journalists',
  'policemen', 'farmers', 'fishermen', 'guards', 'teenagers',
]);

/** Accusations of wrongdoing (acts, not judgements like "exploited"), said of a named party. */
export const ACCUSATIONS = new Set([
  'massacred', 'slaughtered', 'tortured', 'raped', 'looted', 'lied', 'stole', 'embezzled', 'bribed', 'rigged',
  'murdered', 'kidnapped', 'abducted', 'defrauded', 'extorted',
]);
/** "committed war crimes", "committed fraud". */
export const CRIMES = new Set(['crimes', 'crime', 'genocide', 'atrocities', 'fraud', 'murder', 'massacres', 'abuses', 'violations']);

/**
 * Harm to people: what makes a count of people a casualty count (an epidemic's infected and
 * hospitalised included). Arrests, detentions and
 * evacuations are left out: those counts normally come from the police or the fire service and are
 * printed as record, not as a contested toll.
 */
export const HARM = new Set([
  'killed', 'kill', 'kills', 'killing', 'dead', 'died', 'die', 'dies', 'dying', 'death', 'deaths', 'wounded', 'wounding',
  'injured', 'injuring', 'injuries', 'hurt', 'casualties', 'fatalities', 'massacre', 'massacred', 'slaughtered',
  'murdered', 'executed', 'missing', 'displaced', 'homeless', 'fled', 'hostages', 'hostage', 'abducted', 'kidnapped',
  'drowned', 'suffocated', 'perished', 'starved', 'maimed', 'raped', 'tortured', 'toll', 'suicide', 'suicides',
  'infected', 'sickened', 'hospitalized', 'hospitalised',
]);

/**
 * The harmful events a toll belongs to: a sourced sentence next to a toll that tells the event ("The
 * shooting happened moments after ..., the Daily News reports") gives the account the toll is part of.
 */
export const HARM_EVENTS = new Set([
  'shooting', 'shootings', 'attack', 'attacks', 'bombing', 'bombings', 'blast', 'explosion', 'stabbing', 'crash',
  'quake', 'earthquake', 'fire', 'blaze', 'massacre', 'rampage', 'ambush', 'airstrike', 'shelling',
]);

/** Harm to buildings: what makes a count of homes or buildings a damage count. */
export const DAMAGE = new Set([
  'destroyed', 'destroying', 'damaged', 'damaging', 'flattened', 'razed', 'collapsed', 'leveled', 'levelled', 'gutted',
]);

/** What a damage count counts. */
export const STRUCTURES = new Set(['buildings', 'homes', 'houses', 'villages', 'structures', 'schools', 'hospitals', 'apartments', 'dwellings']);

/** Nouns that are themselves the people harmed: "31,000 deaths", "the victims". */
export const HARM_NOUNS = new Set(['deaths', 'casualties', 'fatalities', 'victims', 'dead', 'injured', 'wounded', 'hostages', 'refugees']);

/**
 * Words between a harm word and the count it governs: "the death toll rose to 10", "killing at
 * least seven", "the massacre of more than 1,200".
 */
export const TOLL_LINKS = new Set([
  'the', 'a', 'an', 'of', 'to', 'at', 'rose', 'risen', 'climbed', 'reached', 'stood', 'stands', 'hit', 'jumped', 'was', 'is',
  'has', 'had', 'now', 'some', 'another', 'and',
]);

/**
 * Contexts whose percentages are public record, not statistics offered as evidence: market moves,
 * ownership stakes, official vote shares and election results, and rates set by law.
 */
export const RECORD_PERCENT = new Set([
  'shares', 'share', 'stock', 'stocks', 'index', 'indexes', 'indices', 'points', 'traded', 'trading', 'price', 'prices',
  'yield', 'yields', 'interest', 'stake', 'stakes', 'owned', 'owns', 'ownership', 'dividend', 'vote', 'votes', 'voted',
  'won', 'rejected', 'electorate', 'referendum', 'caucus', 'caucuses', 'primary', 'ballots', 'tax', 'tariff', 'tariffs', 'rate',
  'rates', 'discount', 'commission', 'equity', 'delegates', 'delegate', 'superdelegates',
]);

/** "each day", "a year", "annually": a count per unit of time is a rate. */
export const PER_TIME = new Set(['day', 'week', 'month', 'year', 'hour', 'minute', 'minutes', 'hours', 'days', 'weeks', 'months', 'years']);

/**
 * What makes a superlative a claim of record rather than a description: "the worst violence
 * since 2008", "the biggest ever", "the deadliest in history", "on record", "of all time".
 */
export const RECORD_FRAMES = new Set(['since', 'ever']);
export const RECORD_SPANS = new Set(['history', 'decades', 'decade', 'years', 'century', 'generation', 'generations']);
/** Records of public opinion, worth a source like a poll: "record low support". */
export const OPINION = new Set(['support', 'approval', 'popularity', 'turnout', 'trust', 'confidence']);
/** Markets and broadcasts publish their own records: "its lowest level since 1997", "a record low" audience. */
export const MARKET = new Set([
  'market', 'markets', 'index', 'stocks', 'stock', 'shares', 'dow', 'nasdaq', 'trading', 'points', 'dollar', 'yen', 'euro',
  'ratings', 'viewers', 'viewership', 'audience', 'sales', 'profit', 'profits', 'revenue', 'prices',
]);
/** "a record 65 million", "record highs": the word record before these. */
export const RECORD_HEADS = new Set(['high', 'highs', 'low', 'lows', 'level', 'levels', 'number', 'numbers', 'amount', 'amounts', 'breaking']);

/** Cause stated as fact: "because of", "caused by", "blamed on". Longest first. */
export const CAUSAL_CUES: ReadonlyArray<readonly string[]> = [
  ['as', 'a', 'result', 'of'], ['because', 'of'], ['due', 'to'], ['caused', 'by'], ['blamed', 'on'],
  ['triggered', 'by'], ['sparked', 'by'], ['attributed', 'to'], ['led', 'to'],
];

/**
 * Happenings whose cause is worth a source: a fire, a crash, an outage, deaths. "Delayed because of
 * rain" is not one, nor one person's illness ("hospitalized due to pneumonia": an obituary's detail).
 */
export const INCIDENTS = new Set([
  ...DAMAGE, 'killed', 'deaths', 'casualties', 'fatalities', 'injuries', 'displaced', 'fire', 'fires', 'blaze',
  'explosion', 'explosions', 'blast', 'crash', 'crashes', 'collapse',
  'outage', 'outages', 'disruption', 'disruptions', 'damage', 'accident', 'flooding', 'floods', 'violence', 'riots',
  'shortage', 'shortages', 'epidemic', 'outbreak',
]);

/** Verbs of consequence after "will": "will cost the industry thousands of jobs", "will double". */
export const CONSEQUENCES = new Set([
  'cost', 'kill', 'destroy', 'wipe', 'lose', 'eliminate', 'create', 'save', 'double', 'triple', 'halve', 'reach', 'exceed',
  'surpass', 'top', 'rise', 'fall', 'drop', 'grow', 'shrink', 'increase', 'decrease', 'plunge', 'soar', 'add', 'displace',
]);

/** Words that say the writer does not know: a clause with one asserts nothing ("it is unclear whether"). */
export const UNKNOWING = new Set(['unclear', 'unknown', 'whether']);
/** A cause under inquiry or under a condition is not stated as fact. */
export const UNKNOWING_CAUSE = new Set(['investigating', 'investigation', 'investigated', 'investigators', 'if', 'suspected', 'possible']);

/**
 * Superlatives of something measured (a size, a toll, a cost, an audience): with a record frame
 * they claim a record. "Best", "greatest", "most famous" are judgements and are left out.
 */
export const MEASURABLE = new Set([
  'largest', 'biggest', 'smallest', 'highest', 'lowest', 'worst', 'deadliest', 'costliest', 'longest', 'shortest',
  'fastest', 'slowest', 'oldest', 'youngest', 'heaviest', 'hottest', 'coldest', 'wettest', 'driest', 'busiest',
  'richest', 'poorest', 'strongest', 'weakest', 'deepest', 'tallest', 'bloodiest', 'fewest',
]);
/** "the most expensive", "the least-watched". */
export const MEASURABLE_AFTER_MOST = new Set([
  'deadly', 'expensive', 'costly', 'watched', 'lucrative', 'populous', 'visited', 'destructive', 'damaging', 'viewed',
  'attended', 'profitable', 'violent', 'powerful',
]);

/**
 * A court, a trial or an accuser: an accusation made there is record (a charge, a verdict,
 * testimony) or has its accuser named ("standing by an accusation he made that X lied"), and the
 * deaths a court tries are the established facts of the case ("sentenced for killing two people").
 */
export const COURT = new Set([
  'convicted', 'guilty', 'pleaded', 'pleads', 'charged', 'charges', 'indicted', 'indictment', 'sentenced', 'trial',
  'jury', 'testified', 'testimony', 'prosecutors', 'prosecutor', 'allegations', 'alleged', 'accused', 'court', 'verdict',
  'acquitted', 'lawsuit', 'suit', 'complaint', 'accusation', 'accusations', 'allegation', 'claim', 'claims', 'claimed',
]);

/**
 * Documents that are a statistic's source: a sentence that names one ("in an ABC News/Washington
 * Post poll", "the nationwide survey", "exit polling", "figures from the census") credits the figures
 * near it, and a report whose headline or lede names one is framed by it (a poll story's shares).
 */
export const SOURCE_DOCUMENTS = new Set([
  'poll', 'polls', 'polling', 'pollster', 'pollsters', 'survey', 'surveys', 'study', 'studies', 'census', 'report',
  'statistics', 'audit', 'tally',
]);
