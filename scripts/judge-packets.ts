// Judging packets: what a judge reads (batch-<n>.md: the rule's docs page, the instructions, the
// items in context) and what judge-import reads back (batch-<n>.json: the items' keys).
// Packets live outside the repository (/tmp/judging): they quote report text of every dataset.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { docsPageOf, type Dataset, type Half, type JudgedKey, type Judgeable } from './judged-lib.ts';

export const INSTRUCTIONS = 'You are an experienced newspaper editor / fact-checker. For each numbered item, decide whether this diagnostic is right (the editor would want it flagged exactly as the rule\'s page promises), arguable, or wrong, with a one-line reason. Judge the text, not the tool.';

/** One item of a packet's .json. */
export interface PacketItem {
  id: string;
  code: string;
  dataset: Dataset;
  file: string;
  half: Half;
  start: number;
  end: number;
  message: string;
  key: JudgedKey;
  relatedFile?: string;
  /** The span's text (in /tmp only; judge-import keeps it for ECB+ and MEANTIME only). */
  span: string;
}

export interface Packet { rule: string; batch: number; seed: string; items: PacketItem[] }

/** The answer judges return, one per item. */
export interface VerdictAnswer { id: string; verdict: string; reason: string }

const ABBREV: Readonly<Record<string, string>> = {
  'unattributed-claim': 'UC', 'vague-attribution': 'VA', 'unbalanced-quote': 'UQ', 'weekday-mismatch': 'WM',
  'quote-mismatch': 'QM', 'figure-mismatch': 'FM', 'date-mismatch': 'DM', 'name-variant': 'NV',
};
export const itemId = (code: string, batch: number, n: number): string => `${ABBREV[code] ?? code}-${batch}-${String(n).padStart(2, '0')}`;

const LONG_PARAGRAPH = 700;

/** The text's units for context: paragraphs (blank-line blocks); a long one is cut into its lines (ECB+ and MEANTIME: one sentence a line). */
function units(text: string): Array<{ start: number; end: number; line: boolean }> {
  const out: Array<{ start: number; end: number; line: boolean }> = [];
  const re = /\n[ \t]*\n\s*/g;
  let at = 0;
  const push = (s: number, e: number) => {
    if (e - s <= LONG_PARAGRAPH) { if (text.slice(s, e).trim()) out.push({ start: s, end: e, line: false }); return; }
    for (let ls = s; ls < e;) {
      const nl = text.indexOf('\n', ls);
      const le = nl < 0 || nl > e ? e : nl;
      if (text.slice(ls, le).trim()) out.push({ start: ls, end: le, line: true });
      ls = le + 1;
    }
  };
  for (let m = re.exec(text); m; m = re.exec(text)) { push(at, m.index); at = m.index + m[0].length; }
  push(at, text.length);
  return out;
}

/**
 * The passage around [start, end) with the span marked ⟦like this⟧: its paragraph(s) and one
 * paragraph either side, or, where paragraphs are long runs of one-sentence lines, its line(s)
 * and two lines either side.
 */
export function contextOf(text: string, start: number, end: number): string {
  const u = units(text);
  let i = u.findIndex((x) => x.end >= start);
  if (i < 0) i = u.length - 1;
  let j = i;
  while (j + 1 < u.length && u[j + 1].start < end) j++;
  const k = u[i]?.line ? 2 : 1;
  const from = u[Math.max(0, i - k)]?.start ?? 0;
  const to = u[Math.min(u.length - 1, j + k)]?.end ?? text.length;
  const a = Math.min(from, start), b = Math.max(to, end);
  const body = `${text.slice(a, start)}⟦${text.slice(start, end)}⟧${text.slice(end, b)}`;
  return `${a > 0 ? '[…]\n' : ''}${body.replace(/\n[ \t]*\n\s*/g, '\n\n').trim()}${b < text.length ? '\n[…]' : ''}`;
}

/** The report's first line that is not a URL: its headline. */
function headline(text: string): string {
  const line = text.split('\n').map((l) => l.trim()).find((l) => l && !/^https?:\/\//.test(l)) ?? '';
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

const fence = (s: string) => ['```text', s, '```'].join('\n');

/** The .md of one packet. */
export function renderPacket(p: Packet, items: readonly Judgeable[], texts: ReadonlyMap<string, string>, docsPage: string, devData: string, answerPath: string): string {
  const out: string[] = [
    `# Judging packet: ${p.rule}, batch ${p.batch} (${items.length} items)`, '',
    `## The rule's documentation page (${docsPageOf(p.rule)}, as the user reads it, without its measured precision, between the lines)`, '', '---', '', docsPage.trim(), '', '---', '',
    '## Your task', '', INSTRUCTIONS, '',
    'Each item shows the problem as the tool reports it, then the report around it with the flagged span marked ⟦like this⟧.',
    'For a rule across reports, the passage of the other report it points at follows, marked the same way. The full report is',
    'at the path given if you need more of it (for instance whether a title was tied to a named person earlier).', '',
    `Answer with a JSON array, one object per item, every id once, saved as \`${answerPath}\`:`, '',
    '```json', `[{"id": "${p.items[0]?.id ?? 'XX-1-01'}", "verdict": "right", "reason": "one line in your own words"}]`, '```', '',
    '`verdict` is one of "right", "arguable", "wrong". Write each reason in your own words: quote at most a word or two of the report.', '',
    '## Items', '',
  ];
  p.items.forEach((it, n) => {
    const c = items[n];
    const text = texts.get(c.file) ?? '';
    out.push(`### ${n + 1}. ${it.id}`, '', `**Problem (${c.code}):** ${c.message}`, '',
      `Report: \`${join(devData, c.file)}\` (headline: ${headline(text)})`, '', fence(contextOf(text, c.start, c.end)), '');
    for (const r of c.related.slice(0, 2)) {
      const other = texts.get(r.file) ?? '';
      out.push(`Other report: \`${join(devData, r.file)}\` (headline: ${headline(other)}); the tool says there: ${r.message}`, '', fence(contextOf(other, r.start, r.end)), '');
    }
    if (c.related.length > 2) out.push(`(and ${c.related.length - 2} more other report(s))`, '');
  });
  return `${out.join('\n')}\n`;
}

/** The packet's items for its .json (the span text included: /tmp only). */
export function packetItems(code: string, batch: number, items: readonly Judgeable[], texts: ReadonlyMap<string, string>): PacketItem[] {
  return items.map((c, n) => ({
    id: itemId(code, batch, n + 1), code: c.code, dataset: c.dataset, file: c.file, half: c.half, start: c.start, end: c.end,
    message: c.message, key: c.key, ...(c.related[0] ? { relatedFile: c.related[0].file } : {}), span: (texts.get(c.file) ?? '').slice(c.start, c.end),
  }));
}

/** The packets already under `dir` (<rule>/batch-<n>.json), in batch order. */
export function readPackets(dir: string): Packet[] {
  if (!existsSync(dir)) return [];
  const out: Packet[] = [];
  for (const f of readdirSync(dir)) {
    const m = /^batch-(\d+)\.json$/.exec(f);
    if (m) out.push(JSON.parse(readFileSync(join(dir, f), 'utf8')) as Packet);
  }
  return out.sort((a, b) => a.batch - b.batch);
}

/** Writes batch-<n>.md and batch-<n>.json under `dir`. */
export function writePacket(dir: string, p: Packet, markdown: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `batch-${p.batch}.md`), markdown);
  writeFileSync(join(dir, `batch-${p.batch}.json`), `${JSON.stringify(p, null, 1)}\n`);
}
