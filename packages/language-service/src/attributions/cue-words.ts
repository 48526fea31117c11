/**
 * The words that mark reported speech and sourcing, for the attribution extractor and the claim
 * extractor's own cue reading alike (one list each). Generic English only: no names.
 */

/** Verbs of saying and sourcing, every inflection written out (compromise's normal form). */
const CUE_LEMMAS: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  stress: ['stress', 'stresses', 'stressed', 'stressing'],
  claim: ['claim', 'claims', 'claimed', 'claiming'],
  report: ['report', 'reports', 'reported', 'reporting'],
  note: ['note', 'notes', 'noted', 'noting'],
  emphasize: ['emphasize', 'emphasizes', 'emphasized', 'emphasizing', 'emphasise', 'emphasises', 'emphasised', 'emphasising'],
  affirm: ['affirm', 'affirms', 'affirmed', 'affirming', 'reaffirmed', 'reaffirms'],
  add: ['adds', 'added', 'adding'],
  warn: ['warn', 'warns', 'warned', 'warning'],
  announce: ['announce', 'announces', 'announced', 'announcing'],
  indicate: ['indicates', 'indicated', 'indicating'],
  state: ['stated', 'stating', 'states'],
  explain: ['explain', 'explains', 'explained', 'explaining'],
  argue: ['argue', 'argues', 'argued', 'arguing'],
  insist: ['insist', 'insists', 'insisted', 'insisting'],
  assert: ['assert', 'asserts', 'asserted', 'asserting'],
  acknowledge: ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  confirm: ['confirm', 'confirms', 'confirmed', 'confirming'],
  suggest: ['suggest', 'suggests', 'suggested', 'suggesting'],
  write: ['write', 'writes', 'wrote', 'writing'],
  tweet: ['tweet', 'tweets', 'tweeted', 'tweeting'],
  declare: ['declare', 'declares', 'declared', 'declaring'],
  reveal: ['reveal', 'reveals', 'revealed', 'revealing'],
  allege: ['allege', 'alleges', 'alleged', 'alleging'],
  contend: ['contend', 'contends', 'contended'],
  recall: ['recalled', 'recalls', 'recalling'],
  predict: ['predict', 'predicts', 'predicted', 'predicting'],
  estimate: ['estimate', 'estimates', 'estimated'],
  complain: ['complain', 'complains', 'complained'],
  concede: ['concede', 'concedes', 'conceded'],
  reply: ['replied', 'replies', 'replying'],
  respond: ['responded', 'responds', 'responding'],
  answer: ['answered', 'answering'],
  repeat: ['repeated', 'repeats', 'repeating'],
  // what a text says, beside its quoted words only (TEXT_READS): "“...,” the statement read", "One sign read “...”"
  read: ['read', 'reads'],
  // need "about" or "of" after them (SPEAK_ABOUT): "spoke about how", not "spoke at the rally"
  speak: ['spoke', 'speaks', 'speaking'],
  talk: ['talked', 'talks', 'talking'],
  ask: ['asked', 'asks', 'asking'],
  vow: ['vow', 'vows', 'vowed', 'vowing'],
  pledge: ['pledged', 'pledges', 'pledging'],
  promise: ['promised', 'promises', 'promising'],
  urge: ['urge', 'urges', 'urged', 'urging'],
  continue: ['continued'],
  mention: ['mention', 'mentions', 'mentioned'],
  believe: ['believe', 'believes', 'believed'],
  // cognition: a source's mind, reported as sourcing only before a clause (NEEDS_CLAUSE)
  think: ['think', 'thinks', 'thought'],
  know: ['knows', 'knew'],
  fear: ['fear', 'fears', 'feared'],
  worry: ['worry', 'worries', 'worried'],
  doubt: ['doubts', 'doubted'],
  suspect: ['suspects', 'suspected'],
  expect: ['expect', 'expects'],
  feel: ['feels', 'felt'],
  find: ['found', 'finds'],
  show: ['show', 'shows', 'showed'],
  cite: ['cited', 'cites', 'citing'],
  accuse: ['accused', 'accuses', 'accusing'],
  agree: ['agreed', 'agrees'],
  describe: ['described', 'describes', 'describing'],
  call: ['call', 'calls', 'called', 'calling'],
  discuss: ['discussed', 'discusses', 'discussing'],
  // judgement and manner of speaking: sourcing only when the words are quoted (QUOTE_ONLY)
  quoting: [
    'bemoaned', 'bemoans', 'decried', 'decries', 'mocked', 'mocks', 'blamed', 'blames', 'slammed', 'slams', 'touted', 'touts',
    'dismissed', 'dismisses', 'defended', 'defends', 'attacked', 'attacks', 'ridiculed', 'derided', 'derides', 'denounced',
    'denounces', 'hailed', 'hails', 'thanked', 'thanks', 'welcomed', 'welcomes', 'applauded', 'labeled', 'labelled', 'dubbed',
    'branded', 'chided', 'scolded', 'lambasted', 'berated', 'taunted', 'snapped', 'barked', 'exclaimed', 'pleaded', 'begged',
    'yelled', 'yells', 'yelling', 'shouts', 'shouting', 'screamed', 'chanted', 'chanting',
    // naming in someone's words: "referred to Rubio as “a bright, charismatic leader”", "characterized Kaine as “a little desperate”"
    'referred', 'refers', 'referring', 'characterized', 'characterised', 'characterizes', 'characterizing', 'termed',
    // a likeness or praise in someone's words: "likened the rules to “burning the Constitution”", "lauded him for “new ideas”"
    'likened', 'likens', 'lauded', 'lauds', 'portrayed', 'portrays', 'portraying',
  ],
  speech: [
    'joked', 'jokes', 'quipped', 'boasted', 'lamented', 'countered', 'retorted', 'testified', 'observed', 'concluded', 'reiterated',
    'remarked', 'commented', 'explained', 'echoed', 'stressed', 'conceded', 'cautioned', 'predicted', 'charged', 'shouted',
    'wondered', 'agreed', 'acknowledged', 'pointed', 'demanded', 'demands', 'questioned', 'questions', 'criticized',
    'criticised', 'criticizes', 'condemned', 'condemns', 'blasted', 'praised', 'praises', 'threatened', 'threatens',
    'assured', 'informed', 'advised', 'hinted', 'implied', 'signaled', 'signalled', 'disclosed', 'divulged', 'recounted',
  ],
};

export const CUE_FORMS: ReadonlySet<string> = new Set(Object.values(CUE_LEMMAS).flat());
/** Cues that take the hearer as object before the content: "told reporters that". */
export const OBJECT_CUES: ReadonlySet<string> = new Set(['informed', 'assured', 'advised', ...CUE_LEMMAS.call, ...CUE_LEMMAS.tell, ...CUE_LEMMAS.ask, ...CUE_LEMMAS.urge, ...CUE_LEMMAS.warn, ...CUE_LEMMAS.accuse]);
/** Cues that may come after the quote with the speaker after them: "“...,” said Smith." */
export const INVERTIBLE: ReadonlySet<string> = new Set(['said', 'says', 'say', 'added', 'wrote', 'asked', 'continued', 'recalled', 'explained', 'replied', 'tweeted', 'warned', 'noted', 'insisted', 'stressed', 'read', 'reads']);
/**
 * "read": a text's words, only with a quote right beside it and a thing, not a person, reading: "“...,”
 * the statement read", "“...,” read one", "One message read “...”"; not "Trump read a statement", "he read “Ulysses”".
 */
export const TEXT_READS: ReadonlySet<string> = new Set(CUE_LEMMAS.read);
/**
 * Forms that are verbs wherever they stand: compromise tags "said" an adjective in "voters said
 * Clinton is honest" and "Goodstein, its chief executive officer, said candidates are".
 */
export const ALWAYS_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells']);
/**
 * The word before "to say" that keeps the saying from being a report: a wish or plan (stance,
 * issue 12), a refusal, a request of someone else, or a judgement of the writer's ("hard to say",
 * "fair to say"). "went on to say" and "took to Twitter to say" report what was said.
 */
export const NOT_REPORTING_BEFORE_TO: ReadonlySet<string> = new Set([
  'want', 'wants', 'wanted', 'wanting', 'plan', 'plans', 'planned', 'hope', 'hopes', 'hoped', 'intend', 'intends', 'intended',
  'decline', 'declines', 'declined', 'declining', 'refuse', 'refuses', 'refused', 'refusing', 'ask', 'asks', 'asked', 'like',
  'need', 'needs', 'needed', 'try', 'tries', 'tried', 'going', 'able', 'unable', 'hard', 'difficult', 'easy', 'fair', 'safe',
  'suffice', 'fails', 'failed', 'dare', 'afraid', 'reluctant', 'willing', 'ready', 'has', 'have', 'had', 'expected', 'likely',
  'seem', 'seems', 'seemed', 'meant', 'designed', 'supposed', 'used', 'allowed', 'urged', 'forced', 'prompted', 'pressed', 'told', 'wish', 'wishes', 'wished', 'me', 'us',
]);
/** Prepositions before a gerund of saying whose speaker is the clause's subject: "distanced himself by saying". */
export const GERUND_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'after', 'before', 'while', 'when', 'without', 'upon', 'in', 'since']);
/** Words that join a second verb of the same subject: "criticized the policy and said", "admitted it but said". */
export const VERB_COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'then', 'yet']);

/**
 * Adverbs that mark a claim as sourced without naming anyone. Not "ostensibly": "the campaign he was
 * ostensibly running" is the writer's own irony about a role, no report passed on (issue 12).
 */
export const SOURCELESS_ADVERBS: ReadonlySet<string> = new Set(['reportedly', 'allegedly', 'purportedly', 'supposedly', 'reputedly']);
/** Cues that need "that" after them: "a poll found that", not "they found a way". */
export const NEEDS_THAT: ReadonlySet<string> = new Set([...CUE_LEMMAS.find, ...CUE_LEMMAS.show, 'states']);
/** What finds or shows without a "that": "a poll shows Cruz ahead", "the results showed a split". */
export const FINDINGS = /^(polls?|surveys?|results|analys[ie]s|study|studies|reports?|data|figures|records|transcripts?|emails|documents?|research|numbers|census|estimates?|audit|review|investigation|tally|slides?|charts?|videos?|footage|maps?|memos?|letters?)$/;
/**
 * Verbs of cognition that report a source's mind only with a clause after them, "that" or not:
 * "voters think the race is close", "he feared that", not "I think so" or "she knew him".
 */
export const NEEDS_CLAUSE: ReadonlySet<string> = new Set([
  ...CUE_LEMMAS.think, ...CUE_LEMMAS.know, ...CUE_LEMMAS.fear, ...CUE_LEMMAS.worry, ...CUE_LEMMAS.doubt, ...CUE_LEMMAS.suspect,
  ...CUE_LEMMAS.expect, ...CUE_LEMMAS.feel,
]);
/**
 * Verbs of judgement and of manner of speaking that source only the words they quote: "Rubio
 * bemoaned a climate in which people “literally hate each other”", not "the army attacked the town".
 */
export const QUOTE_ONLY: ReadonlySet<string> = new Set(CUE_LEMMAS.quoting);
/** Verbs of speaking that report what was said only with its topic: "spoke about how", "talked of leaving". */
export const SPEAK_ABOUT: ReadonlySet<string> = new Set([...CUE_LEMMAS.speak, ...CUE_LEMMAS.talk]);

/** Forms of "be" before a participle: "is said to", "was reported by". */
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being']);
/** Participles that, after a form of "be", source a claim without naming anyone: "is said to", "it was reported that". */
export const PASSIVE_SOURCELESS: ReadonlySet<string> = new Set(['said', 'reported', 'believed', 'thought', 'alleged', 'rumored', 'rumoured', 'understood', 'claimed']);

/**
 * Verbs that source a claim in the claim extractor's own reading of a clause ("X said", "the
 * ministry counted"): fewer than CUE_FORMS (no "called", "believed", "asked"), plus verbs of
 * finding and accusing.
 */
export const CLAIM_CUE_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'reported', 'reports', 'claimed', 'claims', 'stated', 'states', 'announced',
  'added', 'noted', 'notes', 'stressed', 'emphasized', 'emphasised', 'confirmed', 'confirms', 'estimated', 'estimates',
  'insisted', 'alleged', 'alleges', 'revealed', 'revealing', 'indicated', 'indicates', 'wrote', 'writes', 'tweeted',
  'argued', 'argues', 'explained', 'acknowledged', 'admitted', 'denied', 'saying', 'claiming', 'noting', 'affirmed',
  'asserted', 'testified', 'disclosed', 'showed', 'shows', 'counted', 'learned', 'warned', 'declared', 'charges', 'charged', 'accused',
  'accuses', 'accusing', 'blamed', 'blames',
]);
/** Nouns that carry a claim in a "that" clause: "a New York Times report that ...". */
export const CLAIM_NOUN_CUES: ReadonlySet<string> = new Set([
  'report', 'reports', 'statement', 'claim', 'claims', 'study', 'analysis', 'survey', 'estimate', 'assessment',
  'announcement', 'finding', 'findings', 'data', 'ruling', 'indictment', 'complaint', 'lawsuit',
]);
/** "by one estimate", "by some accounts", "by the ministry's count". */
export const RECKONINGS: ReadonlySet<string> = new Set(['estimate', 'estimates', 'count', 'tally', 'accounts', 'account', 'calculation', 'calculations', 'measure', 'measures', 'reckoning']);
/** Verbs of speech that source a claim only when the clause quotes the words: "pledged to enter Rafah “even if ...”". */
export const QUOTING_ACTS: ReadonlySet<string> = new Set(['pledged', 'vowed', 'promised', 'threatened', 'urged', 'demanded']);
/** Passive cues a claim reads as vague sourcing: "is said to", "it was reported that", "was accused of". */
export const CLAIM_PASSIVE_CUES: ReadonlySet<string> = new Set([...PASSIVE_SOURCELESS, 'accused']);

/** The head of a noun phrase of people polled, or a share of them ("50 percent", "three in 10"): "voters saying they want". */
export const POLLED = /^(?:percent|voters|respondents|americans|adults|people|residents|those|\d+)$/;

/** Verbs of using words that quote a subject's own when the words follow: "Trump has used the phrase “Islamic terrorism”" (usesQuotedWords). */
export const USING_WORDS: ReadonlySet<string> = new Set(['used', 'uses', 'using', 'coined', 'coins', 'invoked', 'invokes', 'invoking', 'borrowed']);
/** What the words used are called: "the phrase", "the term", "a nickname". */
export const WORD_NOUNS = /^(phrase|phrases|term|terms|word|words|label|slogan|expression|nickname|moniker)$/;
