// Why a grouping is wrong, by cause: the false pairs of each wrong merge and the missed pairs of each
// wrong split, counted and (verbose) listed with each report's opening line. Used by eval-grouping and
// eval-archive on the half they are tuned on (listing the held-out half would spoil it).

/** One report as the cause count sees it. */
export interface CauseItem {
  /** Gold event: `ecbplus/tNN_ecb`, `ecbplus/tNN_ecbplus` or a MEANTIME article `meantime_en/corpus_x/NNN.txt`. */
  event: string;
  /** The grouping's event id. */
  pred: string;
  /** Publication day (days since 1970) when known. */
  day: number | null;
  /** A short name and the opening line, for the listing. */
  label: string;
}

/** The two events' topic: an ECB+ topic (`ecbplus/t10`) or a MEANTIME corpus (`meantime_en/corpus_gm`). */
export function topicOf(event: string): string {
  const ecb = /^(ecbplus\/t\d+)_/.exec(event);
  if (ecb) return ecb[1];
  return event.split('/').slice(0, 2).join('/');
}

/** The most days apart two reports of the two sides were published, over the pairs dated on both sides; null when there is none. */
function gapDays(a: readonly CauseItem[], b: readonly CauseItem[]): number | null {
  let gap: number | null = null;
  for (const x of a) for (const y of b) if (x.day !== null && y.day !== null) gap = Math.max(gap ?? 0, Math.abs(x.day - y.day));
  return gap;
}

function when(gap: number | null, a: readonly CauseItem[], b: readonly CauseItem[]): string {
  if (gap !== null) return gap <= 7 ? 'published within a week' : 'published more than a week apart';
  const dated = (xs: readonly CauseItem[]) => xs.some((x) => x.day !== null);
  return dated(a) || dated(b) ? 'one side dated, the other not' : 'neither side dated';
}

/** Why two gold events share a predicted group. */
function mergeCause(a: readonly CauseItem[], b: readonly CauseItem[]): string {
  const ta = topicOf(a[0].event);
  if (ta !== topicOf(b[0].event)) return 'two topics';
  const kind = ta.startsWith('ecbplus/') ? 'one ECB+ topic, its two events' : 'one MEANTIME corpus, two articles';
  return `${kind} (${when(gapDays(a, b), a, b)})`;
}

/** Why a gold event's reports sit in two predicted groups. */
function splitCause(part: readonly CauseItem[], rest: readonly CauseItem[], items: readonly CauseItem[]): string {
  const small = part.length <= rest.length ? part : rest;
  const size = small.length <= 2 ? `${small.length === 1 ? 'one report' : 'two reports'} apart` : 'two parts of 3+';
  const withOther = items.some((x) => x.pred === small[0].pred && x.event !== small[0].event);
  return `${size}, ${withOther ? 'in another event' : 'on their own'} (${when(gapDays(part, rest), part, rest)})`;
}

export interface CauseCounts {
  merges: Map<string, number>;
  splits: Map<string, number>;
  lines: string[];
}

/** False and missed pairs by cause over `items`, and a listing of each wrong merge and split. */
export function groupingCauses(items: readonly CauseItem[]): CauseCounts {
  const by = <K>(key: (x: CauseItem) => K) => {
    const m = new Map<K, CauseItem[]>();
    for (const x of items) {
      const k = key(x);
      let list = m.get(k);
      if (!list) m.set(k, (list = []));
      list.push(x);
    }
    return m;
  };
  const merges = new Map<string, number>();
  const splits = new Map<string, number>();
  const lines: string[] = [];
  const add = (m: Map<string, number>, k: string, n: number) => m.set(k, (m.get(k) ?? 0) + n);
  for (const [pred, members] of by((x) => x.pred)) {
    const events = [...by((x) => x.event).entries()].map(([e, xs]) => [e, xs.filter((x) => x.pred === pred)] as const).filter(([, xs]) => xs.length > 0);
    if (events.length < 2) continue;
    lines.push(`merged in ${pred} (${members.length} reports):`);
    for (let i = 0; i < events.length; i++) {
      for (let j = i + 1; j < events.length; j++) {
        const cause = mergeCause(events[i][1], events[j][1]);
        add(merges, cause, events[i][1].length * events[j][1].length);
        lines.push(`  ${events[i][0]} + ${events[j][0]}: ${events[i][1].length * events[j][1].length} false pairs, ${cause}`);
      }
    }
    for (const [e, xs] of events) for (const x of xs) lines.push(`    [${e}] ${x.label}`);
  }
  for (const [event, members] of by((x) => x.event)) {
    const parts = [...new Set(members.map((x) => x.pred))].map((p) => members.filter((x) => x.pred === p));
    if (parts.length < 2) continue;
    lines.push(`split ${event} in ${parts.length} (${parts.map((p) => p.length).join(' + ')}):`);
    for (let i = 0; i < parts.length; i++) {
      for (let j = i + 1; j < parts.length; j++) {
        const cause = splitCause(parts[i], parts[j], items);
        add(splits, cause, parts[i].length * parts[j].length);
        lines.push(`  ${parts[i].length} | ${parts[j].length}: ${parts[i].length * parts[j].length} missed pairs, ${cause}`);
      }
    }
    parts.forEach((p, k) => p.forEach((x) => lines.push(`    part ${k + 1} (${x.pred}): ${x.label}`)));
  }
  return { merges, splits, lines };
}

/** The counts as lines, largest first. */
export function causeSummary(c: CauseCounts): string[] {
  const rows = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, n]) => `    ${String(n).padStart(5)}  ${k}`);
  return ['  false pairs by cause:', ...rows(c.merges), '  missed pairs by cause:', ...rows(c.splits)];
}

/** A report's opening line (no web address, no front matter), shortened. */
export function openingLine(text: string, skip = 0): string {
  const line = text.slice(skip).split('\n').map((l) => l.trim()).find((l) => l !== '' && !/^https?:\/\//.test(l)) ?? '';
  return line.length > 100 ? `${line.slice(0, 99)}…` : line;
}
