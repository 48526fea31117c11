// A user-level check in a REAL VS Code workbench: installs the packaged .vsix into a fresh VS Code 1.100.3
// (code-server's CLI), opens the seeds folder in headless Chromium, opens report 000, hovers "Wang Kejian" and reads
// the hover, hovers "Hamas" for both reports' labels, opens the Problems panel and reads its rows, and saves
// screenshots (test-results/ui-*.png).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { codeServerDir, makeProfile, openBrowser, removeProfile, runBounded, serverEnv, startServer } from './vscode-server.mjs';

const REPORT = '000_a34a0c6796c537b7.txt';
const OTHER = '002_33abfcd25e3bfae5.txt';

/** Screen rectangle of the first occurrence of `phrase` in the open editor, or null. */
function phraseRect(page, phrase) {
  return page.evaluate((p) => {
    for (const line of document.querySelectorAll('.editor-instance .view-lines .view-line')) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const nodes = [];
      let text = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push({ n, at: text.length }); text += n.data.replace(/\u00a0/g, ' '); }
      const i = text.indexOf(p);
      if (i < 0) continue;
      const find = (off) => { const hit = nodes.filter((x) => x.at <= off).pop(); return [hit.n, off - hit.at]; };
      const range = document.createRange();
      range.setStart(...find(i));
      range.setEnd(...find(i + p.length));
      const r = range.getClientRects()[0];
      if (r) return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    return null;
  }, phrase);
}

async function poll(fn, ms, step = 500) {
  const t0 = Date.now();
  let v;
  while (!(v = await fn()) && Date.now() - t0 < ms) await new Promise((r) => setTimeout(r, step));
  return v;
}

/** @returns {Promise<{ passed: number, failed: number, seconds: number }>} */
export async function runUiTest({ vsix, workspace, outDir, timeoutMs = 150000, verbose = false }) {
  const t0 = Date.now();
  const log = (...m) => console.log(`[vscode-ui +${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...m);
  const checks = [];
  const check = (name, ok, detail = '') => { checks.push(ok); console.log(`    ${ok ? '✔' : '✘'} ${name}${ok || !detail ? '' : `\n      ${detail}`}`); };
  const profile = makeProfile('newslens-vscode-ui-');
  let server, browser;
  const limit = new Promise((resolve) => { const t = setTimeout(() => resolve('timeout'), timeoutMs); t.unref(); });
  const body = async () => {
    const entry = path.join(codeServerDir(), 'out', 'node', 'entry.js');
    const install = await runBounded(process.execPath, [entry, '--user-data-dir', profile.userData, '--extensions-dir', profile.extensions,
      '--install-extension', vsix], { env: serverEnv(profile), timeoutMs: 60000, quiet: true });
    check('the packaged .vsix installs in VS Code', install.code === 0 && /successfully installed/i.test(install.out), install.out.trim());
    if (install.code !== 0) return;
    log('vsix installed');
    server = await startServer(profile, { mode: 'code-server', verbose });
    browser = await openBrowser({ verbose });
    const { page } = browser;
    await page.goto(`http://${server.authority}/?folder=${encodeURIComponent(path.resolve(workspace))}`, { timeout: 60000 });
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: REPORT });
    await row.waitFor({ timeout: 60000 });
    await row.click();
    await page.locator('.editor-instance .view-lines .view-line').first().waitFor({ timeout: 30000 });
    log(`${REPORT} open in the editor`);

    // Hover a phrase (at `at`, a fraction of its width) until the hover's text passes `done`.
    const hoverOn = async (phrase, at, done) => {
      let text = '';
      await poll(async () => {
        const r = await phraseRect(page, phrase);
        if (!r) return false;
        // Leave the editor first, so the hover is asked for anew (not kept from an answer given while indexing).
        await page.mouse.move(150, 500);
        await page.keyboard.press('Escape');
        await page.waitForTimeout(300);
        await page.mouse.move(r.x + r.width * at, r.y + r.height / 2, { steps: 3 });
        await page.waitForTimeout(700);
        text = (await page.locator('.monaco-hover:visible').allInnerTexts()).join('\n');
        return done(text);
      }, 45000, 200);
      return text;
    };
    // Hover a name until the language server (started on activation) answers.
    const hover = await hoverOn('Wang Kejian', 0.5, (t) => /person/i.test(t) && t.includes(OTHER));
    log('hover:', JSON.stringify(hover));
    await page.screenshot({ path: path.join(outDir, 'ui-hover.png') });
    check('hovering "Wang Kejian" shows a person and the other report', /Wang Kejian/.test(hover) && /person/i.test(hover) && hover.includes(OTHER),
      `hover text: ${JSON.stringify(hover)}`);

    // What each report calls Hamas: this report's labels and the other report's, side by side (the README's picture).
    const hamas = await hoverOn('Hamas attacked', 0.15, (t) => /the militant group/.test(t) && /terrorist organization/.test(t));
    log('Hamas hover:', JSON.stringify(hamas));
    await page.screenshot({ path: path.join(outDir, 'ui-hover-hamas.png') });
    check('hovering "Hamas" shows both reports\' labels', /the militant group/.test(hamas) && /the Islamic terrorist organization/.test(hamas),
      `hover text: ${JSON.stringify(hamas)}`);

    // The Problems panel, opened from the status bar as a person would.
    await page.mouse.move(5, 400);
    await page.keyboard.press('Escape');
    await page.locator('#status\\.problems').click();
    const rows = page.locator('.markers-panel .monaco-list-row');
    let problems = [];
    await poll(async () => {
      problems = await rows.allInnerTexts().catch(() => []);
      return ['unattributed-claim', 'vague-attribution', 'quote-mismatch'].every((c) => problems.some((t) => t.includes(c)));
    }, 30000);
    log(`Problems panel: ${problems.length} rows, e.g. ${JSON.stringify(problems.slice(0, 4))}`);
    await page.screenshot({ path: path.join(outDir, 'ui-problems.png') });
    check('the Problems panel lists 000\'s unattributed-claim, vague-attribution and quote-mismatch',
      ['unattributed-claim', 'vague-attribution', 'quote-mismatch'].every((c) => problems.some((t) => t.includes(c))),
      `rows: ${JSON.stringify(problems.slice(0, 10))}`);
    check('the Problems panel names the report', problems.some((t) => t.includes(REPORT)), `rows: ${JSON.stringify(problems.slice(0, 3))}`);

    const status = (await page.locator('.statusbar-item', { hasText: 'newslens' }).allInnerTexts().catch(() => [])).join(' | ');
    check('the status bar shows newslens', /newslens/.test(status), `status bar: ${JSON.stringify(status)}`);
  };
  try {
    if (!existsSync(vsix)) throw new Error(`no .vsix at ${vsix}`);
    const outcome = await Promise.race([body().then(() => 'done'), limit]);
    if (outcome === 'timeout') { console.error(`vscode-ui: timed out after ${timeoutMs / 1000} s`); checks.push(false); }
  } catch (error) {
    console.error(`vscode-ui: ${error instanceof Error ? error.stack : error}`);
    if (browser) await browser.page.screenshot({ path: path.join(outDir, 'ui-error.png') }).catch(() => undefined);
    checks.push(false);
  } finally {
    await browser?.close();
    server?.stop();
    removeProfile(profile);
  }
  const passed = checks.filter(Boolean).length;
  return { passed, failed: checks.length - passed, seconds: (Date.now() - t0) / 1000 };
}
