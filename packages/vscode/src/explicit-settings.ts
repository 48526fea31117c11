// The newslens settings a user actually set (user, workspace or folder level), without VS Code's defaults.
import * as vscode from 'vscode';

export const EXTENSION_ID = 'newslens.newslens-vscode';

type Json = null | string | number | boolean | Json[] | { [key: string]: Json };

/** Leaf setting keys under `newslens`, as declared in package.json (e.g. `rules.unattributed-claim`). */
function declaredKeys(): string[] {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  const props = ext?.packageJSON?.contributes?.configuration?.properties ?? {};
  return Object.keys(props).filter((k) => k.startsWith('newslens.')).map((k) => k.slice('newslens.'.length));
}

function setPath(target: Record<string, Json>, path: string[], value: Json): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null || Array.isArray(node[key])) node[key] = {};
    node = node[key] as Record<string, Json>;
  }
  node[path[path.length - 1]] = value;
}

/**
 * `section` is `newslens` (the whole tree) or a dotted part of it (`newslens.rules`, `newslens.maxFileSize`).
 * Keys the user did not set are left out; a leaf section that is not set gives null.
 */
export function explicitSettings(section: string, scopeUri?: string): Json {
  const scope = scopeUri ? vscode.Uri.parse(scopeUri) : undefined;
  const config = vscode.workspace.getConfiguration('newslens', scope);
  const prefix = section === 'newslens' ? '' : section.slice('newslens.'.length);
  const tree: Record<string, Json> = {};
  let leaf: Json = null;
  const keys = declaredKeys();
  for (const key of keys) {
    if (prefix && key !== prefix && !key.startsWith(`${prefix}.`)) continue;
    const seen = config.inspect<Json>(key);
    const value = seen?.workspaceFolderValue ?? seen?.workspaceValue ?? seen?.globalValue;
    if (value === undefined) continue;
    if (key === prefix) leaf = value;
    else setPath(tree, (prefix ? key.slice(prefix.length + 1) : key).split('.'), value);
  }
  const isGroup = !prefix || keys.some((k) => k.startsWith(`${prefix}.`));
  return isGroup ? tree : leaf;
}
