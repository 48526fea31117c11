#!/usr/bin/env node
// Runs `pnpm typecheck` and `pnpm lint` (one check each, passed or failed), then every test suite, and ends with
// one closing line CI can read: "N passed, N failed".
//   node scripts/test.mjs            typecheck, lint and all suites (service, CLI, server, real VS Code)
//   node scripts/test.mjs --unit     typecheck, lint and the node:test suites (no VS Code)
//   node scripts/test.mjs FILE...    only these test files
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const unitOnly = args.includes('--unit');
const explicit = args.filter((a) => !a.startsWith('--'));

function findTests(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    if (name === 'node_modules' || name === 'dist' || name === 'fixtures') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) findTests(p, out);
    else if (name.endsWith('.test.ts')) out.push(relative(root, p));
  }
  return out;
}

function run(cmd, argv, parse) {
  return new Promise((resolve) => {
    const child = spawn(cmd, argv, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], env: process.env });
    let out = '';
    child.stdout.on('data', (d) => { out += d; process.stdout.write(d); });
    child.on('close', (code) => resolve({ code: code ?? 1, ...parse(out, code) }));
  });
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const add = (r) => { totals.passed += r.passed; totals.failed += r.failed; totals.skipped += r.skipped ?? 0; };

// A static check counts as one test; its output is printed only when it fails.
function check(script) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn('pnpm', ['--silent', 'run', script], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { out += d; });
    let settled = false;
    const done = (code, error) => {
      if (settled) return;
      settled = true;
      const secs = ((performance.now() - started) / 1000).toFixed(1);
      if (code === 0) console.log(`✔ pnpm ${script} (${secs} s)`);
      else console.log(`✖ pnpm ${script} failed (${error ?? `exit code ${code}`}, ${secs} s)\n${out.trimEnd()}\n`);
      resolve({ passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 });
    };
    child.on('error', (e) => done(1, e.message));
    child.on('close', (code) => done(code ?? 1));
  });
}

if (!explicit.length) for (const script of ['typecheck', 'lint']) add(await check(script));

const files = explicit.length ? explicit : ['packages', 'test'].flatMap((d) => findTests(join(root, d)));
if (files.length) {
  const r = await run(process.execPath, ['--conditions=source', '--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...files],
    (out, code) => {
      const num = (k) => Number((new RegExp(`^ℹ ${k} (\\d+)`, 'm').exec(out) ?? [])[1] ?? 0);
      const failed = num('fail') + num('cancelled');
      return { passed: num('pass'), failed: failed || (code ? 1 : 0), skipped: num('skipped') + num('todo') };
    });
  add(r);
}

if (!unitOnly && !explicit.length && existsSync(join(root, 'scripts/test-vscode.mjs'))) {
  const r = await run(process.execPath, [join(root, 'scripts/test-vscode.mjs')], (out, code) => {
    let passed = 0, failed = 0;
    for (const m of out.matchAll(/^(\d+) passed, (\d+) failed/gm)) { passed += Number(m[1]); failed += Number(m[2]); }
    return { passed, failed: failed || (code ? 1 : 0) };
  });
  add(r);
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exitCode = totals.failed > 0 || totals.passed === 0 ? 1 : 0;
