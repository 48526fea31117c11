import type { Attribution, Claim, Entity, SourceType, Span } from '../types.js';
import { isTitleWord } from '../entities/classify.js';
import { kindOfSourceType } from './source-kind.js';
import { BODIES, SPOKESPEOPLE, UNNAMED_PEOPLE } from './source-words.js';

/**
 * A definite description as a source ("the official said", "the president said", "the officials
 * added"): a reader takes it for a source the report introduced before, in any paragraph. The
 * paragraph extractors see one paragraph; this report-level step finds the antecedent:
 *
 * - the nearest earlier source with the same head word ("a senior official said ... the official
 *   added": still anonymous; "Governor X, the governor of Qeshm, told ISNA ... the governor said":
 *   that person);
 * - else, for a title or role in the singular, a person the report tied to that word before ("Prime
 *   Minister Netanyahu ... the minister said"), or the nearest earlier source that names someone or
 *   a body ("the governor of Qeshm, Mehdi iran-Nejad, told ISNA ... the official said");
 * - plurals without such an antecedent ("the authorities said") stay anonymous.
 *
 * Claims the description alone made vague become attributed.
 */
export function resolveBackReferences(
  attributions: readonly Attribution[], claims: readonly Claim[], entities: readonly Entity[], sentences: readonly Span[],
): { attributions: Attribution[]; claims: Claim[] } {
  const sources = collectSources(attributions, claims);
  const resolved = new Map<string, Exclude<SourceType, 'none' | 'anonymous'>>();
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i];
    if (!s.anonymous) continue;
    const d = DEFINITE_DESCRIPTION.exec(s.text.replace(/\s+/g, ' '));
    const type = d ? antecedentType(d[1].toLowerCase(), sources.slice(0, i), entities, s.start, resolved) : null;
    if (type) resolved.set(key(s), type);
    else if (COLLECTIVE.test(s.text.replace(/\s+/g, ' ')) && framedByBody(s, attributions, sentences)) resolved.set(key(s), 'organization');
  }
  const typed = retypeByEntities(attributions, entities);
  if (resolved.size === 0) return { attributions: typed, claims: [...claims] };
  return {
    attributions: typed.map((a) => {
      const type = a.source && a.sourceKind === 'vague' ? resolved.get(key(a.source)) : undefined;
      if (!type) return a;
      const { noDiagnostic: _, ...rest } = a;
      return { ...rest, sourceType: type, sourceKind: kindOfSourceType(type) };
    }),
    claims: claims.map((c) => (c.status === 'vague' && c.source && resolved.has(key(c.source)) ? { ...c, status: 'attributed' as const } : c)),
  };
}

/**
 * Unqualified collective roles ("officials", "the authorities", "Detectives"): when a named body
 * is a source in another sentence within FRAME_SENTENCES ("Detectives said ... . Cumbria Police said ..."),
 * a reader takes them for that body's. Not "Israeli officials" or "a police source" (qualified),
 * nor a person named nearby ("officials said ... . Lt. X said" leaves the officials unnamed).
 */
const COLLECTIVE = /^(?:the )?(officials|authorities|detectives|investigators|deputies|officers)$/i;
/** How many sentences before or after may name the body: "the next sentence or two". */
const FRAME_SENTENCES = 2;

function framedByBody(s: Span, attributions: readonly Attribution[], sentences: readonly Span[]): boolean {
  const at = sentenceIndex(s, sentences);
  if (at < 0) return false;
  return attributions.some((a) => {
    if (!a.source || a.sourceType !== 'organization' || !namesBody(a.source.text) || SPOKESPEOPLE.has(headOf(a.source.text))) return false;
    const i = sentenceIndex(a.source, sentences);
    return i >= 0 && i !== at && Math.abs(i - at) <= FRAME_SENTENCES;
  });
}

/** "Cumbria police", "the Bristol district attorney's office", "Marfin Bank": a body with a name; not "Police", "the army". */
function namesBody(text: string): boolean {
  const rest = text.replace(/^(the|a|an)\s+/i, '').trim();
  return /\p{Lu}/u.test(rest) && !BODIES.has(rest.toLowerCase());
}

function sentenceIndex(s: Span, sentences: readonly Span[]): number {
  return sentences.findIndex((x) => x.start <= s.start && s.start < x.end);
}

/**
 * A named source's type from the report's resolved entities: a paragraph sees "Wang" alone and may
 * guess an organization; the report knows Wang Kejian is a person. Only person and organization
 * sources named by an entity change (an outlet stays an outlet, a spokesperson an organization).
 */
function retypeByEntities(attributions: readonly Attribution[], entities: readonly Entity[]): Attribution[] {
  const mentions = entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, kind: e.kind })));
  return attributions.map((a) => {
    const src = a.source;
    if (!src || (a.sourceType !== 'person' && a.sourceType !== 'organization') || SPOKESPEOPLE.has(headOf(src.text))) return a;
    const m = mentions.find((x) => x.start === src.start && x.end <= src.end) ?? mentions.find((x) => x.start >= src.start && x.end === src.end);
    // a surname the resolution left out of its entity ("Wang allegedly stressed")
    const kind = m?.kind ?? entities.find((e) => e.kind === 'person' && e.mentions.some((x) => x.text === src.text))?.kind;
    if (!kind) return a;
    const type = kind === 'person' ? 'person' : 'organization';
    return type === a.sourceType ? a : { ...a, sourceType: type };
  });
}

/** "the official", "the navy spokesperson", "The minister", "the two officials": its head word. */
const DEFINITE_DESCRIPTION = /^(?:the|this|that)(?: [\p{L}\p{N}'’.-]+){0,3}? ([\p{L}'’-]+)$/iu;

interface SourceAt extends Span {
  text: string;
  head: string;
  anonymous: boolean;
  type: SourceType | null;
}

const key = (s: Span) => `${s.start}:${s.end}`;

/** Every source in text order: the attributions', and the vague claims' (the claim extractor's own cue readings). */
function collectSources(attributions: readonly Attribution[], claims: readonly Claim[]): SourceAt[] {
  const out = new Map<string, SourceAt>();
  for (const a of attributions) {
    if (!a.source) continue;
    out.set(key(a.source), { ...a.source, head: headOf(a.source.text), anonymous: a.sourceKind === 'vague', type: a.sourceType ?? null });
  }
  for (const c of claims) {
    if (c.status !== 'vague' || !c.source || out.has(key(c.source)) || /^\S+ly$|^(is|was|are|were|be|been|being) /i.test(c.source.text)) continue;
    out.set(key(c.source), { ...c.source, head: headOf(c.source.text), anonymous: true, type: 'anonymous' });
  }
  return [...out.values()].sort((a, b) => a.start - b.start);
}

/** The head word of a source's words: the last before a modifier ("a spokesman for the campaign"). */
function headOf(text: string): string {
  const words = text.toLowerCase().replace(/[’']s\b/g, '').split(/[\s,]+/).filter(Boolean);
  const stop = words.findIndex((w, i) => i > 0 && /^(of|for|at|from|with|in|on|familiar|close|who)$/.test(w));
  return (stop > 0 ? words[stop - 1] : words[words.length - 1]) ?? '';
}

function antecedentType(
  head: string, before: readonly SourceAt[], entities: readonly Entity[], at: number, resolved: ReadonlyMap<string, SourceType>,
): Exclude<SourceType, 'none' | 'anonymous'> | null {
  const typeOf = (s: SourceAt) => resolved.get(key(s)) ?? (s.anonymous ? 'anonymous' : s.type);
  for (let j = before.length - 1; j >= 0; j--) {
    if (before[j].head !== head) continue;
    const t = typeOf(before[j]);
    return t === 'anonymous' || t === 'none' || t === null ? null : t;
  }
  const singularRole = isTitleWord(head) || SPOKESPEOPLE.has(head) || (UNNAMED_PEOPLE.has(head) && !head.endsWith('s'));
  if (!singularRole) return null;
  // a person the report gave that title: "President Obama", "Mehdi Irannejad, the governor"
  if (entities.some((e) => e.kind === 'person' && e.mentions.some((m) => m.start < at) && e.descriptors.some((d) => d.start < at && new RegExp(`\\b${head}\\b`, 'i').test(d.text)))) return 'person';
  // a role for the nearest earlier source that names someone or a body (an outlet or a document
  // does not hold office: look past it)
  for (let j = before.length - 1; j >= 0; j--) {
    const t = typeOf(before[j]);
    if (t === 'person' || t === 'organization') return t;
    if (t === 'anonymous') return null;
  }
  return null;
}
