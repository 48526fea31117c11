import type { Entity, Label, LoadedWord, Span } from '../types.js';
import { escapeMarkdown, truncate } from './markdown.js';

/** How many distinct labels a hover line lists before "and N more". */
const MAX_LABELS = 6;

/**
 * An entity's labels for a hover line, each once (the first spelling of its lower-case text), in
 * text order: `*the militant group*, *the terrorists* (loaded: terrorists), *the Hamas movement*
 * (quoted)`. Loaded words inside a quotation are the speaker's: marked quoted, not loaded.
 */
export function labelList(labels: readonly Label[]): string {
  const seen = new Set<string>();
  const shown: string[] = [];
  let more = 0;
  for (const l of labels) {
    const key = l.text.toLowerCase().replace(/\s+/g, ' ');
    if (seen.has(key)) continue;
    seen.add(key);
    if (shown.length >= MAX_LABELS) { more++; continue; }
    const mark = l.quoted ? ' (quoted)' : l.loaded.length ? ` (loaded: ${l.loaded.map(escapeMarkdown).join(', ')})` : '';
    shown.push(`*${escapeMarkdown(truncate(l.text, 60))}*${mark}`);
  }
  return shown.join(', ') + (more ? `, and ${more} more` : '');
}

/** The labels of an entity, or its descriptors as labels for entities made without them. */
export function labelsOf(entity: Entity): readonly Label[] {
  return entity.labels ?? entity.descriptors.map((d) => ({ ...d, kind: 'apposition' as const, loaded: [], quoted: false }));
}

/** The loaded words inside `span` for a hover line ("Loaded words: *slammed*, *regime* (quoted)"), or null when none. */
export function loadedLine(words: readonly LoadedWord[], span: Span): string | null {
  const inside = words.filter((w) => span.start <= w.start && w.end <= span.end);
  if (inside.length === 0) return null;
  return `Loaded words: ${inside.map((w) => `*${escapeMarkdown(w.text)}*${w.quoted ? ' (quoted)' : ''}`).join(', ')}`;
}
