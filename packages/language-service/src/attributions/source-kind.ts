import type { RawMention } from '../entities/extract-mentions.js';
import type { Token } from '../nlp/parse.js';
import type { Attribution, TextSpan } from '../types.js';

/** Heads of unnamed sources: "officials", "a source familiar with", "experts", "critics". */
const VAGUE_HEADS = new Set([
  'official', 'officials', 'source', 'sources', 'expert', 'experts', 'critic', 'critics', 'analyst', 'analysts',
  'observer', 'observers', 'people', 'person', 'witness', 'witnesses', 'resident', 'residents', 'report', 'reports',
  'diplomat', 'diplomats', 'insider', 'insiders', 'aide', 'aides', 'someone', 'somebody', 'many', 'others', 'some',
  'several', 'few', 'most', 'activists', 'media', 'rumors', 'rumours', 'spokesman', 'spokeswoman', 'spokesperson',
  'members', 'member', 'lawmakers', 'authorities', 'officers', 'investigators', 'scientists', 'economists', 'researchers',
  'supporters', 'opponents', 'democrats', 'republicans', 'voters', 'americans', 'everyone', 'anyone', 'nobody', 'one',
]);
const PRONOUNS = new Set(['he', 'she', 'i', 'we', 'who', 'they', 'it', 'you']);

/**
 * named: a name (person, organisation, publication), a title with a name, "the Foreign Ministry",
 * or a pronoun that refers back to one; vague: an unnamed source ("officials", "a senior Hamas
 * official", "sources familiar with"); none: no source at all ("reportedly").
 */
export function classifySource(
  source: TextSpan | null, tokens: readonly Token[], range: [number, number] | null, mentions: readonly RawMention[],
): Attribution['sourceKind'] {
  if (!source || !range) return 'none';
  const [first, end] = range;
  // "Name, a description": the name before an apposition is the head
  let last = end;
  for (let i = first; i < end; i++) if (/^,/.test(tokens[i].post)) { last = i; break; }
  // the head: the last word before a preposition joining a modifier ("a spokesman for the campaign")
  let head = last;
  for (let i = first + 1; i <= last; i++) {
    if (/^(of|for|at|from|with|in|on|familiar|close|who)$/.test(tokens[i].normal)) { head = i - 1; break; }
  }
  const h = tokens[head];
  if (head === first && PRONOUNS.has(h.normal)) return 'named';
  if (VAGUE_HEADS.has(h.normal) && !/^[A-Z]/.test(h.text)) return 'vague';
  if (VAGUE_HEADS.has(h.normal) && head === first) return 'vague';
  const named = mentions.some((m) => m.start < source.end && m.end > source.start);
  if (named) return 'named';
  for (let i = first; i <= head; i++) {
    const t = tokens[i];
    if (/^[A-Z]/.test(t.text) && (i > first || !t.tags.has('Determiner'))) return 'named';
  }
  return 'vague';
}
