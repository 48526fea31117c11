import type { Entity, EntityMention, TextSpan } from '../types.js';
import type { RawMention } from './extract-mentions.js';

/**
 * Groups a report's mentions (absolute offsets) into entities: one entity per person,
 * organisation or place, with a canonical name and a stable id.
 */
export function resolveEntities(mentions: readonly RawMention[]): Entity[] {
  const byKey = new Map<string, { kind: Entity['kind']; name: string; mentions: EntityMention[]; descriptors: TextSpan[] }>();
  for (const m of mentions) {
    const key = `${m.kind}:${m.text.toLowerCase()}`;
    let e = byKey.get(key);
    if (!e) byKey.set(key, (e = { kind: m.kind, name: m.text, mentions: [], descriptors: [] }));
    e.mentions.push({ start: m.start, end: m.end, text: m.text, form: m.form });
    e.descriptors.push(...m.descriptors);
  }
  return [...byKey.values()]
    .map((e) => ({ id: entityId(e.kind, e.name), ...e }))
    .sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

/** A stable id from kind and canonical name: the same in every run and every report. */
export function entityId(kind: Entity['kind'], name: string): string {
  const slug = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${kind === 'organization' ? 'org' : kind === 'person' ? 'per' : 'loc'}:${slug || 'x'}`;
}
