// Reports whose entities are given, for the identity tests (compare-entities*.test.ts): identity
// tested apart from the extractor.
import type { identifyEntities } from '../../src/compare/identify-entities.ts';
import type { ReportInput } from '../../src/compare/types.ts';
import type { Entity, EntityKind } from '../../src/types.ts';
import { analysisOf } from './compare-fixtures.ts';

/** An entity of a fixture: kind, canonical name, and the mention texts (found in order in the text). */
export type EntitySpec = [EntityKind, string, ...string[]];

/** A report whose entities are given, so identity is tested apart from the extractor. */
export function report(id: string, text: string, entities: EntitySpec[]): ReportInput {
  const analysis = analysisOf({ id, text });
  let from = 0;
  analysis.entities = entities.map(([kind, name, ...mentions]): Entity => ({
    id: `${kind}:${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    kind,
    name,
    descriptors: [],
    mentions: (mentions.length ? mentions : [name]).map((m, k) => {
      const start = text.indexOf(m, k === 0 ? 0 : from);
      if (start < 0) throw new Error(`fixture: "${m}" not in ${id}`);
      from = start + m.length;
      return { start, end: start + m.length, text: m, form: k === 0 ? 'full' : 'short' };
    }),
  }));
  return { id, analysis };
}

/** The cross entity id of the local entity named `name` in report `id`. */
export function crossId(result: ReturnType<typeof identifyEntities>, id: string, name: string): string | undefined {
  return result.entities.find((e) => e.occurrences.some((o) => o.report === id && o.name === name))?.id;
}
