// Bundles the client (dist/extension.js, `vscode` left external) and the language server
// (packages/server/src/main.ts -> dist/server.js) so the .vsix ships no node_modules.
//   node esbuild.mjs              one build (with source maps)
//   node esbuild.mjs --watch      rebuild on change (the `watch` task in .vscode/tasks.json)
//   node esbuild.mjs --production minified, no source maps (what `pnpm package` ships)
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
const serverEntry = fileURLToPath(new URL('../server/src/main.ts', import.meta.url));
// The analysis host's worker thread, its own file next to dist/server.js (the server passes its URL to the pool).
const workerEntry = fileURLToPath(new URL('../analysis-host/src/worker.ts', import.meta.url));
const WORKER_FILE = 'analysis-worker.js';
// The comparison's worker thread (the whole workspace compared off the server's main thread), likewise.
const compareWorkerEntry = fileURLToPath(new URL('../analysis-host/src/compare-worker.ts', import.meta.url));
const COMPARE_WORKER_FILE = 'compare-worker.js';

const common = {
  absWorkingDir: here,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // Workspace packages resolve to their TypeScript sources: no tsc build needed first.
  conditions: ['source'],
  mainFields: ['module', 'main'],
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  // ES modules bundled as CommonJS: give them import.meta.url back.
  define: { 'import.meta.url': '__newslensImportMetaUrl' },
  banner: { js: "const __newslensImportMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

const builds = [{ ...common, entryPoints: { extension: 'src/extension.ts' }, outdir: 'dist', external: ['vscode'] }];
if (existsSync(serverEntry)) {
  builds.push({
    ...common, entryPoints: { server: serverEntry }, outdir: 'dist',
    define: { ...common.define, NEWSLENS_ANALYSIS_WORKER: JSON.stringify(`./${WORKER_FILE}`), NEWSLENS_COMPARE_WORKER: JSON.stringify(`./${COMPARE_WORKER_FILE}`) },
    // analysis-host's `import.meta.resolve` serves only its TypeScript sources (tsx); the bundle passes the worker's URL instead.
    logOverride: { 'empty-import-meta': 'silent' },
  });
  builds.push({ ...common, entryPoints: { [WORKER_FILE.replace(/\.js$/, '')]: workerEntry }, outdir: 'dist' });
  builds.push({ ...common, entryPoints: { [COMPARE_WORKER_FILE.replace(/\.js$/, '')]: compareWorkerEntry }, outdir: 'dist' });
} else console.warn(`esbuild: ${serverEntry} does not exist yet; dist/server.js is not built`);

const started = Date.now();
if (watch) {
  for (const options of builds) {
    const ctx = await esbuild.context({
      ...options,
      plugins: [{ name: 'log', setup: (b) => {
        const which = Object.keys(options.entryPoints)[0];
        b.onStart(() => console.log(`[watch] ${which} build started`));
        b.onEnd((r) => console.log(`[watch] ${which} build finished, ${r.errors.length} errors`));
      } }],
    });
    await ctx.watch();
  }
  console.log('[watch] watching src/ and the server; Ctrl+C stops');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  console.log(`esbuild: ${builds.map((b) => Object.keys(b.entryPoints)[0]).join(', ')} bundled into dist/ in ${Date.now() - started} ms`);
}
