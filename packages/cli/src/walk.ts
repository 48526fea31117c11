import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';

/**
 * Every file below `dir`, as paths relative to it with forward slashes, unsorted. Leaves out
 * dot files and folders, node_modules and .git. Follows symbolic links to folders once per real
 * folder (a link loop is walked once, never forever). A broken or looping link to a file is
 * listed, so reading it reports the problem by name instead of skipping it silently.
 * Linear in the number of entries.
 */
export function walkFiles(dir: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (abs: string, rel: string): void => {
    let real: string;
    try {
      real = realpathSync(abs);
    } catch {
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch {
      return; // an unreadable folder: its files are not named on the command line, nothing to say
    }
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const childAbs = join(abs, e.name);
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        visit(childAbs, childRel);
      } else if (e.isFile()) {
        out.push(childRel);
      } else if (e.isSymbolicLink()) {
        let isDir = false;
        try {
          isDir = statSync(childAbs).isDirectory();
        } catch {
          isDir = false; // broken or looping link: listed as a file, the reader names the problem
        }
        if (isDir) visit(childAbs, childRel);
        else out.push(childRel);
      }
    }
  };
  visit(dir, '');
  return out;
}
