/** The report's own publication date (ISO, possibly partial) from a dateline, a leading date or a copyright line. */
export function findPublicationDate(text: string): string | null {
  const m = /\bdate\s+(\d{4}-\d{2}-\d{2})\b/i.exec(text);
  return m ? m[1] : null; // scaffolding: implemented by the dates work
}
