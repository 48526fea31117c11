import type { Word } from './words.js';

// A time of day as written in a quote: "6:41pm", "6:41 p.m.", "9.30pm", "6 p.m.", "18:41", "0241 GMT".
// Hours and minutes, an optional am/pm, or four digits only when a zone follows ("0241 GMT";
// alone, four digits are a year or a count).
const TIME = /(?<![\p{L}\p{N}.:])(?:(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?|(\d{1,2}):(\d{2})(?![\d:])|(\d{2})(\d{2})(?=\s*(?:GMT|UTC)\b))/giu;
// Time zones written after a time of day.
const ZONE = /^(?:gmt|utc|[ecmp][sd]?t|bst|cet|cest|ist|jst|aest|aedt)$/;

/** "hh:mm" of a time written with these parts, or null when it is not a time of day. */
function clock(hour: string, minutes: string | undefined, half: string | undefined): string | null {
  let h = Number(hour);
  const m = minutes === undefined ? 0 : Number(minutes);
  if (m > 59) return null;
  if (half !== undefined) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
  } else if (h > 23 || m === 0) return null; // "6:00" alone is left to quoteWords (it compares as "6")
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/**
 * The words of a quote with each time of day made one word in 24-hour form ("6:41pm", "6:41 p.m."
 * and "18:41" are all "18:41"; "6 p.m." is "18:00"), and a zone written after a time ("PST",
 * "GMT") a function word: one report converting a time, or dropping its zone, has not reworded
 * the speaker. A time that differs still differs ("6:41" against "18:41": without am/pm, 6:41).
 */
export function withClockTimes(words: readonly Word[], text: string): Word[] {
  if (words.length === 0) return [...words];
  const from = words[0].start;
  const to = words[words.length - 1].end;
  const times: Array<{ start: number; end: number; norm: string }> = [];
  TIME.lastIndex = 0;
  const slice = text.slice(from, to);
  for (let m = TIME.exec(slice); m !== null; m = TIME.exec(slice)) {
    const norm = m[1] !== undefined ? clock(m[1], m[2], m[3]) : m[4] !== undefined ? clock(m[4], m[5], undefined) : clock(m[6], m[7], undefined);
    if (norm !== null) times.push({ start: from + m.index, end: from + m.index + m[0].length, norm });
  }
  if (times.length === 0) return [...words];
  const out: Word[] = [];
  let afterTime = false;
  for (const w of words) {
    const time = times.find((x) => w.start >= x.start && w.end <= x.end);
    if (time) {
      const last = out[out.length - 1];
      if (!(last && last.start === time.start)) out.push({ start: time.start, end: time.end, norm: time.norm, stem: time.norm, content: true });
      afterTime = true;
      continue;
    }
    if (afterTime && ZONE.test(w.norm)) out.push({ ...w, content: false });
    else out.push(w);
    afterTime = false;
  }
  return out;
}
