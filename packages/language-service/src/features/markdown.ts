/**
 * Report text inside hover Markdown. ASCII punctuation is backslash-escaped (CommonMark allows
 * it for all of it; `,;'"?%` are left alone, they start nothing), so a report cannot open a link, an image, HTML, a
 * code span, emphasis or an autolink (`https\://`), and line breaks become spaces so it cannot
 * start a heading, a list or a block. What it says is shown literally.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/[!#$&()*+\-./:<=>@[\\\]^_`{|}~]/g, '\\$&');
}

/** At most `max` UTF-16 units of `text` (never splitting a surrogate pair), with "…" when cut. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  let end = max - 1;
  const c = flat.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return `${flat.slice(0, end).trimEnd()}…`;
}

/** Report text as an escaped, quoted inline phrase: “…”. */
export function quoted(text: string, max = 120): string {
  return `“${escapeMarkdown(truncate(text, max))}”`;
}

