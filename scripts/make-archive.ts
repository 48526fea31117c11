// A development archive: the ECB+ and MEANTIME reports of ../shared/dev-data/crossdoc as one folder
// of files with YAML front matter, the way a media researcher's scraped archive looks, to measure
// grouping on (scripts/eval-archive.ts).
//
//   node --conditions=source --import tsx scripts/make-archive.ts [--out .archive]
//
// Writes OUT/reports/<hash>.txt (names that do not reveal the topic: a hash of the source path) and
// OUT/gold.json beside that folder (outside what `newslens check OUT/reports` reads): each file's
// gold event (the ECB+ folder; each MEANTIME article its own), topic half and where its metadata
// came from. OUT is git-ignored (.archive/ by default) and rebuilt from scratch on every run.
//
// Metadata only where the source itself gives it, never invented:
// - MEANTIME (Wikinews): `title:` the headline (gold.json), `date:` the article's document creation
//   time, the date line under the headline ("March 01, 2008"), moved from the text to the front
//   matter; `source: Wikinews`.
// - ECB+ `*ecbplus` reports: the source URL of their first line moves to `url:`, its host to
//   `source:`, and `date:` is given only when the URL's path holds a full date (/2013/05/02/,
//   /2013/may/03/). A date written in the text's head stays in the text, where newslens reads it.
// - ECB+ `*ecb` reports: the markup gives no URL, outlet or date: no front matter.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface ArchiveEntry {
  /** The archived file's name under reports/. */
  file: string;
  /** Gold event: `ecbplus/tNN_ecb` (a folder) or `meantime_en/corpus_x/NNN.txt` (an article). */
  event: string;
  /** The source file under crossdoc/. */
  source: string;
  /** ECB+ topic number, or the MEANTIME corpus' place (0-3) in sorted order. */
  topic: number;
  /**
   * As pnpm eval grouping halves the same reports: an ECB+ topic by its number's parity, a MEANTIME
   * article by its place in its corpus folder (file names sorted, the first even). Halving MEANTIME
   * by corpus instead (as before session 19) tuned the archive on articles the workspace eval holds out.
   */
  half: 'even' | 'odd';
  /** Where `date:` came from, or null when the file has none. */
  dateFrom: 'dct' | 'url' | null;
}

export interface ArchiveGold {
  note: string;
  reports: ArchiveEntry[];
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** A MEANTIME date line: "March 01, 2008" and nothing else. */
const DCT_LINE = /^\s*(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2}),\s+(\d{4})\s*$/;
/** A full date in a URL path: /2013/05/02/ or /2013/may/03/ (the day followed by / or -). */
const URL_DATE = /\/((?:19|20)\d\d)\/(\d{1,2}|[a-z]{3,9})\/(\d{1,2})(?=[/-])/i;

function iso(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthOf(word: string): number {
  if (/^\d+$/.test(word)) return Number(word);
  const w = word.toLowerCase();
  return MONTHS.findIndex((m) => m === w || (w.length >= 3 && m.startsWith(w))) + 1;
}

function urlDate(url: string): string | null {
  const m = URL_DATE.exec(url);
  return m ? iso(Number(m[1]), monthOf(m[2]), Number(m[3])) : null;
}

/** A YAML scalar: quoted (JSON strings are valid YAML double-quoted scalars). */
function yamlValue(s: string): string {
  return JSON.stringify(s);
}

function frontMatter(fields: Array<[string, string | null | undefined]>): string {
  const lines = fields.filter((f): f is [string, string] => typeof f[1] === 'string' && f[1] !== '').map(([k, v]) => `${k}: ${yamlValue(v)}`);
  return lines.length ? `---\n${lines.join('\n')}\n---\n` : '';
}

function fileName(source: string): string {
  return `${createHash('sha256').update(`newslens-archive\u0000${source}`).digest('hex').slice(0, 16)}.txt`;
}

/** The archived text of one report, and where its date came from. */
function archived(dataset: string, folder: string, file: string, text: string, title: string | undefined): { text: string; dateFrom: ArchiveEntry['dateFrom'] } {
  const lines = text.split('\n');
  if (dataset === 'meantime_en') {
    const m = DCT_LINE.exec(lines[2] ?? '');
    const date = m ? iso(Number(m[3]), monthOf(m[1]), Number(m[2])) : null;
    const body = date ? [...lines.slice(0, 2), ...lines.slice(3)].join('\n') : text;
    return { text: frontMatter([['title', title], ['date', date], ['source', 'Wikinews']]) + body, dateFrom: date ? 'dct' : null };
  }
  if (folder.endsWith('ecbplus') && /^https?:\/\/\S+\s*$/.test(lines[0] ?? '')) {
    const url = lines[0].trim();
    const date = urlDate(url);
    const host = new URL(url).hostname.replace(/^www\./, '');
    return { text: frontMatter([['url', url], ['source', host], ['date', date]]) + lines.slice(1).join('\n'), dateFrom: date ? 'url' : null };
  }
  return { text, dateFrom: null };
}

/** Builds the archive under `out` from `devData`/crossdoc; returns its gold. */
export function buildArchive(devData: string, out: string): ArchiveGold {
  const base = join(devData, 'crossdoc');
  const reportsDir = join(out, 'reports');
  rmSync(reportsDir, { recursive: true, force: true });
  mkdirSync(reportsDir, { recursive: true });
  const entries: ArchiveEntry[] = [];
  for (const dataset of ['ecbplus', 'meantime_en']) {
    const dsDir = join(base, dataset);
    if (!existsSync(dsDir)) continue;
    const folders = readdirSync(dsDir).filter((d) => !d.includes('.')).sort();
    folders.forEach((folder, place) => {
      const gold = JSON.parse(readFileSync(join(dsDir, folder, 'gold.json'), 'utf8')) as { documents: Array<{ file: string; title?: string }> };
      const titles = new Map(gold.documents.map((d) => [d.file, d.title]));
      const topic = dataset === 'ecbplus' ? Number(/^t(\d+)/.exec(folder)![1]) : place;
      readdirSync(join(dsDir, folder)).filter((x) => x.endsWith('.txt')).sort().forEach((f, fileAt) => {
        const source = `${dataset}/${folder}/${f}`;
        const a = archived(dataset, folder, f, readFileSync(join(base, source), 'utf8'), titles.get(f));
        const file = fileName(source);
        writeFileSync(join(reportsDir, file), a.text);
        // the halves of pnpm eval grouping (halvesOf): an ECB+ topic by its number, a MEANTIME article by its place in its folder
        const even = dataset === 'ecbplus' ? topic % 2 === 0 : fileAt % 2 === 0;
        entries.push({ file, event: dataset === 'ecbplus' ? `${dataset}/${folder}` : source, source, topic, half: even ? 'even' : 'odd', dateFrom: a.dateFrom });
      });
    });
  }
  entries.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const gold: ArchiveGold = {
    note: 'Made by scripts/make-archive.ts from ../shared/dev-data/crossdoc (ECB+ CC BY 3.0, MEANTIME CC BY 4.0). Not for newslens to read: the gold events of reports/.',
    reports: entries,
  };
  writeFileSync(join(out, 'gold.json'), `${JSON.stringify(gold, null, 1)}\n`);
  return gold;
}

/** How many reports, and how many with a date (by where it came from). */
export function describeArchive(gold: ArchiveGold): string {
  const n = gold.reports.length;
  const dct = gold.reports.filter((r) => r.dateFrom === 'dct').length;
  const url = gold.reports.filter((r) => r.dateFrom === 'url').length;
  const events = new Set(gold.reports.map((r) => r.event)).size;
  return `${n} reports of ${events} gold events; ${dct + url} with a front matter date (${dct} MEANTIME creation dates, ${url} ECB+ dates from the URL's path), ${n - dct - url} without`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const devData = resolve(process.env.NEWSLENS_DEV_DATA ?? join(root, '../shared/dev-data'));
  const at = process.argv.indexOf('--out');
  const out = resolve(at > 0 ? process.argv[at + 1] : join(root, '.archive'));
  if (!existsSync(join(devData, 'crossdoc'))) {
    console.log(`make-archive skipped: no ${join(devData, 'crossdoc')}`);
  } else {
    const gold = buildArchive(devData, out);
    console.log(`wrote ${join(out, 'reports')}/ and ${join(out, 'gold.json')}`);
    console.log(describeArchive(gold));
  }
}
