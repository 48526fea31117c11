import nlp from 'compromise';

/** compromise's reading of one word: what the service reads of its terms, nothing more. */
export interface TaggedTerm {
  text: string;
  /** compromise's normal form: lower case, punctuation stripped. */
  normal: string;
  /** Punctuation and whitespace before/after the word, as compromise split them. */
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
}

/**
 * Tagged sentences keyed by their text (editors: after a keystroke only the edited sentence goes
 * through the tagger again). compromise tags each sentence on its own, so a sentence's terms do
 * not depend on its neighbours (`scripts/check-parse-equivalence.ts` checks it on the corpora).
 */
export interface SentenceCache {
  get(sentence: string): readonly TaggedTerm[] | undefined;
  set(sentence: string, terms: readonly TaggedTerm[]): void;
}

interface Term {
  text?: string;
  normal?: string;
  pre?: string;
  post?: string;
  tags?: Set<string>;
}
interface World {
  hooks: string[];
  model: unknown;
  methods: {
    one: {
      tokenize: {
        splitSentences(text: string, world: World): string[];
        splitTerms(text: string, model: unknown): string[];
        splitWhitespace(term: string, model: unknown): Term;
      };
    };
  };
}
interface View {
  document: Term[][];
  compute(hooks: string | string[]): View;
}

const world = (nlp as unknown as { world(): World }).world();
/** compromise's document class; `nlp(text)` is `new View(tokenize(text)).compute(world.hooks)`. */
const ViewClass = (nlp('') as unknown as { constructor: new (document: Term[][]) => View }).constructor;

/**
 * Hooks of `nlp(text)` that change nothing the service reads (term text, normal, pre, post,
 * tags, sentence splits): `id` (term ids), `typeahead` (no prefixes are registered), `chunks`
 * (phrase chunks, about a tenth of the tagging time). Every other hook changes tags on news text
 * when left out (measured), so they all run, in compromise's order.
 */
const SKIPPED_HOOKS = new Set(['id', 'typeahead', 'chunks']);
export const TAG_HOOKS: readonly string[] = world.hooks.filter((h) => !SKIPPED_HOOKS.has(h));

/** compromise's sentence split of `text` (whitespace after a sentence stays with it; lossless). */
export function splitSentences(text: string): string[] {
  return world.methods.one.tokenize.splitSentences(text, world);
}

/**
 * Tags sentences (strings from `splitSentences`) in one pass, as `nlp(text)` would tag them
 * inside their text: same tokenizer steps for each sentence, then the hooks of TAG_HOOKS.
 */
export function tagSentences(sentences: readonly string[]): TaggedTerm[][] {
  if (sentences.length === 0) return [];
  const { splitTerms, splitWhitespace } = world.methods.one.tokenize;
  const document = sentences.map((s) => splitTerms(s, world.model).map((t) => splitWhitespace(t, world.model)));
  const view = new ViewClass(document);
  view.compute(['normal', ...TAG_HOOKS]);
  return view.document.map((terms) => terms.map(toTagged));
}

/** Tags `text` sentence by sentence; with a cache only sentences it has not seen are tagged. */
export function tagText(text: string, cache?: SentenceCache): TaggedTerm[][] {
  return tagTexts([text], cache)[0];
}

/**
 * Tags several texts (a report's paragraphs) in one pass: the same terms as tagText on each, since
 * compromise tags every sentence on its own, for less: each of compromise's hooks then runs over
 * all their sentences at once (cheaper per sentence than one pass per paragraph: the figures are in
 * analysis/paragraphs.ts and docs/performance.md). With a cache only sentences not seen are tagged.
 */
export function tagTexts(texts: readonly string[], cache?: SentenceCache): TaggedTerm[][][] {
  const split = texts.map(splitSentences);
  const sentences = split.flat();
  const tagged = cache ? tagMissing(sentences, cache) : tagSentences(sentences);
  let next = 0;
  return split.map((ss) => tagged.slice(next, (next += ss.length)));
}

/** The terms of each sentence, from the cache or tagged (each sentence not in it once, in one pass). */
function tagMissing(sentences: readonly string[], cache: SentenceCache): TaggedTerm[][] {
  const out: Array<readonly TaggedTerm[] | undefined> = sentences.map((s) => cache.get(s));
  const missing = [...new Set(sentences.filter((_, i) => !out[i]))];
  const tagged = new Map<string, TaggedTerm[]>();
  tagSentences(missing).forEach((terms, i) => {
    tagged.set(missing[i], terms);
    cache.set(missing[i], terms);
  });
  return out.map((terms, i) => (terms ?? tagged.get(sentences[i]) ?? []) as TaggedTerm[]);
}

function toTagged(term: Term): TaggedTerm {
  const text = term.text ?? '';
  return { text, normal: term.normal ?? text.toLowerCase(), pre: term.pre ?? '', post: term.post ?? '', tags: term.tags ?? new Set<string>() };
}
