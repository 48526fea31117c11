import type { Problem } from '../types.js';
import type { CrossEntity, Link, ReportInput } from './types.js';

export interface EntityIdentity {
  /** One cross-report entity per person, organisation or place of the event. */
  entities: CrossEntity[];
  /** kind 'entity' links: from each mention to the entity's first mention in each other report. */
  links: Link[];
  /** name-variant problems per report id. */
  problems: Record<string, Problem[]>;
}

/** Says which entities of the reports of one event are the same (spelling variants, short forms, aliases). */
export function identifyEntities(reports: readonly ReportInput[]): EntityIdentity {
  void reports;
  // first version: nothing linked; replaced by the entity identity work
  return { entities: [], links: [], problems: {} };
}
