/**
 * A finished comparison as a language server's main thread holds it (compare-thread.ts): per event
 * its entities and problems, decoded once, and its links still encoded as the worker sent them
 * (event-codec.ts), decoded only for the report a request is about. At 10,000 corpus reports the
 * links are 2.5 million; as objects (three per link) they were most of the main thread's heap and
 * of its garbage-collection pauses, while a request reads the links of one report. Lookups by
 * report (its event, its entities, its links) go through a map, never a scan of the workspace.
 */
import { compareStrings, type Comparison, type CrossEntity, type EventGroup, type Link, type Problem } from '@newslens/language-service/features';
import { decodeLinks } from './event-codec.js';

/** One event's result of two or more reports. */
export interface HeldEvent {
  /** The event's reports, sorted (the order the encoded links index). */
  readonly members: readonly string[];
  readonly entities: CrossEntity[];
  /** Cross-report problems per report. */
  readonly problems: ReadonlyMap<string, Problem[]>;
  /** The links, encoded (event-codec.ts part 2); null: none. */
  readonly links: string | null;
}

/** Events whose links were decoded last, kept decoded (a request is often followed by others on the same report). */
const DECODED_EVENTS = 32;
const decoded = new Map<HeldEvent, Map<string, Link[]>>();

function linksOfEvent(held: HeldEvent): Map<string, Link[]> {
  let links = decoded.get(held);
  if (links) {
    decoded.delete(held); // most recently used last
  } else {
    try {
      links = held.links === null ? new Map() : decodeLinks(held.links, held.members);
    } catch {
      links = new Map(); // the worker encoded it: a bad encoding is a bug, not a reason to fail a request
    }
  }
  decoded.set(held, links);
  if (decoded.size > DECODED_EVENTS) decoded.delete(decoded.keys().next().value as HeldEvent);
  return links;
}

export class HeldComparison {
  /** Cross-report problems per report id, sorted by id (as compareReports gives them). */
  readonly problems: Record<string, Problem[]> = {};
  private readonly groupOf = new Map<string, EventGroup>();
  private readonly heldOf = new Map<string, HeldEvent>();

  /** `events`: the grouping (every report in one event); `held`: the results of its events of two or more reports, in the grouping's order. */
  constructor(readonly events: readonly EventGroup[], private readonly held: readonly HeldEvent[]) {
    for (const g of events) for (const id of g.reports) this.groupOf.set(id, g);
    const problemsOf = new Map<string, Problem[]>();
    for (const h of held) {
      for (const id of h.members) this.heldOf.set(id, h);
      for (const [id, list] of h.problems) problemsOf.set(id, list);
    }
    for (const id of [...problemsOf.keys()].sort(compareStrings)) this.problems[id] = problemsOf.get(id)!;
  }

  /** The event a report belongs to. */
  eventOf(report: string): EventGroup | undefined {
    return this.groupOf.get(report);
  }

  /** The comparison's links from one report, in the comparison's order. */
  linksFrom(report: string): Link[] {
    const held = this.heldOf.get(report);
    return held ? linksOfEvent(held).get(report) ?? [] : [];
  }

  /**
   * The part of the comparison a request about `report` reads (its event, the cross-report entities
   * it occurs in, its links and problems, each in the comparison's order): what the language
   * service's feature verbs give with the whole comparison, they give with this.
   */
  view(report: string): Comparison {
    const group = this.groupOf.get(report);
    const held = this.heldOf.get(report);
    return {
      events: group ? [group] : [],
      entities: held ? held.entities.filter((e) => e.occurrences.some((o) => o.report === report)) : [],
      links: this.linksFrom(report),
      problems: Object.hasOwn(this.problems, report) ? { [report]: this.problems[report] } : {},
    };
  }

  /** The whole comparison, exactly as compareReports gives it (tests; it decodes every link). */
  toComparison(): Comparison {
    const linksOf = new Map<string, Link[]>();
    for (const h of this.held) {
      const all = h.links === null ? new Map<string, Link[]>() : decodeLinks(h.links, h.members);
      for (const [id, list] of all) linksOf.set(id, list);
    }
    const links: Link[] = [];
    for (const id of [...linksOf.keys()].sort(compareStrings)) for (const l of linksOf.get(id)!) links.push(l);
    const problems: Record<string, Problem[]> = {};
    for (const [id, list] of Object.entries(this.problems)) problems[id] = [...list];
    return { events: [...this.events], entities: this.held.flatMap((h) => h.entities), links, problems };
  }
}
