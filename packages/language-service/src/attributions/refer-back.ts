import type { Attribution, Claim, Entity, SourceType, Span } from '../types.js';
import { isTitleWord } from '../entities/classify.js';
import { kindOfSourceType } from './source-kind.js';
import { bodyOfficials, framedByBody, headOf, spokespersonOfFrame, staffOfNamedCompany, voicedByMember, type FrameInput } from './source-frames.js';
import { confirmedByNamed, restatedByNamed } from './confirm-frames.js';
import { SPOKESPEOPLE, UNNAMED_PEOPLE } from './source-words.js';

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
 * - plurals without such an antecedent ("the authorities said") stay anonymous, unless a body the
 *   report names, the police or a named officer frames them (source-frames.ts: "Detectives said ... . Cumbria Police said",
 *   "sheriff's officials" where the sheriff's department speaks, "a spokesman" after "the firm said").
 *
 * Claims the description alone made vague become attributed.
 */
export function resolveBackReferences(
  attributions: readonly Attribution[], claims: readonly Claim[], entities: readonly Entity[], sentences: readonly Span[], text: string,
): { attributions: Attribution[]; claims: Claim[] } {
  const sources = collectSources(attributions, claims);
  const frame: FrameInput = { text, attributions, entities, sentences };
  const resolved = new Map<string, Exclude<SourceType, 'none' | 'anonymous'>>();
  // a group a named member speaks for: still unnamed, but its claim is on that member's record
  const voiced = new Set<string>();
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i];
    if (!s.anonymous) continue;
    const d = DEFINITE_DESCRIPTION.exec(s.text.replace(/\s+/g, ' '));
    const type = d ? antecedentType(d[1].toLowerCase(), sources.slice(0, i), entities, s.start, resolved) : null;
    if (type) resolved.set(key(s), type);
    // source-frames.ts: a body the report names frames the unnamed source
    else if (framedByBody(s, frame) || bodyOfficials(s, frame) || spokespersonOfFrame(s, frame) || staffOfNamedCompany(s, frame)) resolved.set(key(s), 'organization');
    else if (voicedByMember(s, frame) || confirmedByNamed(s, frame)) voiced.add(key(s));
  }
  // "reportedly", "allegedly": a claim a named source states again just after is on its record
  for (const a of attributions) if (a.sourceType === 'none' && !a.noDiagnostic && restatedByNamed(a.content, frame)) voiced.add(key(a.cue));
  const typed = retypeByEntities(attributions, entities);
  if (resolved.size === 0 && voiced.size === 0) return { attributions: typed, claims: [...claims] };
  return {
    attributions: typed.map((a) => {
      if (!a.source && voiced.has(key(a.cue))) return { ...a, noDiagnostic: 'named-source' as const };
      if (!a.source || a.sourceKind !== 'vague') return a;
      if (voiced.has(key(a.source))) return { ...a, noDiagnostic: 'named-source' as const };
      const type = resolved.get(key(a.source));
      if (!type) return a;
      const { noDiagnostic: _, ...rest } = a;
      return { ...rest, sourceType: type, sourceKind: kindOfSourceType(type) };
    }),
    claims: claims.map((c) => (c.status === 'vague' && c.source && (resolved.has(key(c.source)) || voiced.has(key(c.source))) ? { ...c, status: 'attributed' as const } : c)),
  };
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
    // the name that ends the source is its head: "Los Angeles County sheriff's Sgt. Don Manumaleuna" is the sergeant
    const m = mentions.find((x) => x.start >= src.start && x.end === src.end) ?? mentions.find((x) => x.start === src.start && x.end <= src.end);
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
