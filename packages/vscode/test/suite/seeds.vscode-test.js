// The seeds (two reports of one March 2024 meeting) opened in a real VS Code: hover, Problems, Go to Definition.
const assert = require('assert');
const vscode = require('vscode');
const { serverRunning, showSeed, EXTENSION_ID, SEED_000, SEED_002, until, seedUri, positionOf, codeOf, hoverText, target } = require('./helpers');

suite('newslens on the seeds (real VS Code)', () => {
  let doc000, doc002;

  // Only 000 is opened, as a reader would: the server must know 002 from the workspace folder on disk.
  suiteSetup(async () => { doc000 = await showSeed(SEED_000); });

  test('the extension activates on a plain-text report by itself', async () => {
    console.log(`    VS Code ${vscode.version} (${vscode.env.appName}), extension host on Node ${process.version}`);
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not installed in this VS Code`);
    assert.strictEqual(doc000.languageId, 'plaintext');
    assert.ok(await until(() => ext.isActive, 30000), 'not activated by onLanguage:plaintext');
    await ext.activate();
  });

  test('hovering "Wang Kejian" names a person and the other report', async () => {
    await serverRunning();
    const pos = positionOf(doc000, 'Wang Kejian', 2);
    let text = '';
    await until(async () => {
      text = hoverText(await vscode.commands.executeCommand('vscode.executeHoverProvider', doc000.uri, pos));
      return /person/i.test(text) && text.includes('002_');
    }, 25000, 300);
    assert.match(text, /\bperson\b/i, `hover does not name a person:\n${text}`);
    assert.match(text, /Wang Kejian/, `hover does not name Wang Kejian:\n${text}`);
    assert.match(text, /002_33abfcd25e3bfae5/, `hover does not name the other report (002):\n${text}`);
  });

  test('hovering "Hamas" shows what each report calls it (docs/labels.md)', async () => {
    await serverRunning();
    const pos = positionOf(doc000, 'Hamas attacked', 1);
    let text = '';
    await until(async () => {
      text = hoverText(await vscode.commands.executeCommand('vscode.executeHoverProvider', doc000.uri, pos));
      return /the Islamic terrorist organization/.test(text);
    }, 25000, 300);
    assert.match(text, /Called here: \*the militant group\*/, `no labels of this report:\n${text}`);
    assert.match(text, /called \*the Islamic terrorist organization\* \(loaded: terrorist\)/, `no labels of 002:\n${text}`);
  });

  test('hovering a pronoun says who it refers to (docs/pronouns.md)', async () => {
    await serverRunning();
    // "Wang visited Egypt, the West Bank, and Israel before he met with the militant group"
    const pos = positionOf(doc000, 'before he met', 'before '.length + 1);
    let text = '';
    await until(async () => {
      text = hoverText(await vscode.commands.executeCommand('vscode.executeHoverProvider', doc000.uri, pos));
      return /refers to/.test(text);
    }, 25000, 300);
    assert.match(text, /“he” here refers to \*\*Wang Kejian\*\*/, `the pronoun's hover does not name Wang Kejian:\n${text}`);
  });

  test('a report with front matter: the hover in 000 names it with its outlet and date', async () => {
    await serverRunning();
    // an unsaved third report of the same meeting (invented text), with YAML front matter
    const third = await vscode.workspace.openTextDocument({ language: 'plaintext', content: [
      '---', 'title: Chinese envoy meets Hamas leader', 'date: 2024-03-19', 'source: Example News', '---',
      'Chinese envoy Wang Kejian met Hamas political leader Ismail Haniyeh in Doha, Qatar, the Chinese foreign ministry said.',
      '',
      'Wang and Haniyeh exchanged views on the Gaza conflict and a Palestinian state, a Hamas statement said.',
      '',
    ].join('\n') });
    try {
      await vscode.window.showTextDocument(doc000);
      const pos = positionOf(doc000, 'Wang Kejian', 2);
      let text = '';
      await until(async () => {
        text = hoverText(await vscode.commands.executeCommand('vscode.executeHoverProvider', doc000.uri, pos));
        return text.includes('Example News');
      }, 25000, 300);
      assert.match(text, /Untitled-\d+ · Example News · 2024-03-19: /, `hover does not name the third report with its outlet and date:\n${text}`);
      assert.match(text, /002_33abfcd25e3bfae5\.txt · 2024-03-19: /, `hover does not date 002:\n${text}`);
    } finally {
      await vscode.window.showTextDocument(third);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  test('the Problems list of 000 carries unattributed-claim, vague-attribution and quote-mismatch', async () => {
    await serverRunning();
    const expected = ['unattributed-claim', 'vague-attribution', 'quote-mismatch'];
    let diags = [];
    await until(() => {
      diags = vscode.languages.getDiagnostics(doc000.uri);
      const codes = new Set(diags.map(codeOf));
      return expected.every((c) => codes.has(c));
    }, 25000, 300);
    const codes = [...new Set(diags.map(codeOf))].sort();
    for (const c of expected) assert.ok(codes.includes(c), `no ${c} in 000's Problems (has: ${codes.join(', ') || 'nothing'})`);
    // Every problem once: pushed and pulled diagnostics for one document would show each twice.
    const keys = diags.map((d) => `${codeOf(d)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`);
    assert.deepStrictEqual(keys.filter((k, i) => keys.indexOf(k) !== i), [], 'a problem is listed twice');
    // A cross-report problem points into the other report.
    doc002 = doc002 || await vscode.workspace.openTextDocument(seedUri(SEED_002));
    const qm = diags.find((d) => codeOf(d) === 'quote-mismatch');
    const related = (qm.relatedInformation || []).map((r) => r.location.uri.toString());
    assert.ok(related.includes(doc002.uri.toString()), `quote-mismatch has no related location in 002 (has: ${related.join(', ') || 'none'})`);
    for (const d of diags) assert.ok(d.message && !/\n/.test(d.message.trim()), `not a one-line message: ${d.message}`);
  });

  test('Go to Definition on "exchanged views on the Gaza conflict" in 000 lands on the same words in 002', async () => {
    await serverRunning();
    const phrase = 'exchanged views on the Gaza conflict';
    const pos = positionOf(doc000, phrase, 3);
    doc002 = doc002 || await vscode.workspace.openTextDocument(seedUri(SEED_002));
    let locs = [];
    await until(async () => {
      locs = (await vscode.commands.executeCommand('vscode.executeDefinitionProvider', doc000.uri, pos)) || [];
      return locs.some((l) => target(l).uri.toString() === doc002.uri.toString());
    }, 25000, 300);
    const into002 = locs.map(target).filter((t) => t.uri.toString() === doc002.uri.toString());
    assert.ok(into002.length, `no definition in 002 (got: ${locs.map((l) => target(l).uri.path).join(', ') || 'nothing'})`);
    const landed = into002.map((t) => doc002.getText(t.range));
    assert.ok(landed.some((s) => s.includes(phrase)), `definition lands on ${JSON.stringify(landed)}, not on "${phrase}"`);
  });
});

suite('newslens navigation and quick fixes on the seeds (real VS Code)', () => {
  let doc000, doc002;
  suiteSetup(async () => {
    doc000 = await showSeed(SEED_000);
    doc002 = await vscode.workspace.openTextDocument(seedUri(SEED_002));
  });

  test('Find References on "Wang Kejian" lists mentions and labels in both reports', async () => {
    await serverRunning();
    const pos = positionOf(doc000, 'Wang Kejian', 2);
    let refs = [];
    await until(async () => {
      refs = (await vscode.commands.executeCommand('vscode.executeReferenceProvider', doc000.uri, pos)) || [];
      return refs.some((r) => r.uri.toString() === doc002.uri.toString());
    }, 25000, 300);
    const inDoc = (d) => refs.filter((r) => r.uri.toString() === d.uri.toString()).map((r) => d.getText(r.range));
    assert.ok(inDoc(doc000).some((t) => /Wang/.test(t)), `no reference in 000 (got ${JSON.stringify(inDoc(doc000))})`);
    // his mentions, and what 002 calls him (labels: docs/labels.md)
    assert.ok(inDoc(doc002).filter((t) => /Wang/.test(t)).length >= 2, `references in 002: ${JSON.stringify(inDoc(doc002))}`);
    assert.ok(inDoc(doc002).includes('a former communist Chinese ambassador to Lebanon'), `no label in 002's references: ${JSON.stringify(inDoc(doc002))}`);
  });

  test('a quick fix silences an unattributed claim with a newslens-disable-next-line comment', async () => {
    await serverRunning();
    const diag = await until(() => vscode.languages.getDiagnostics(doc000.uri).find((d) => codeOf(d) === 'unattributed-claim'), 25000);
    assert.ok(diag, 'no unattributed-claim in 000');
    const actions = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc000.uri, diag.range)) || [];
    const silence = actions.find((a) => a.edit && /line/i.test(a.title) && /unattributed-claim/.test(a.title));
    assert.ok(silence, `no "silence on this line" action (got: ${actions.map((a) => a.title).join(' | ') || 'none'})`);
    const inserted = silence.edit.get(doc000.uri).map((e) => e.newText).join('');
    assert.match(inserted, /<!-- newslens-disable-next-line unattributed-claim -->/);
    // Applied (in the editor only, never saved), the comment silences that problem; then the edit is undone.
    const same = (d) => codeOf(d) === 'unattributed-claim' && d.message === diag.message;
    assert.ok(await vscode.workspace.applyEdit(silence.edit), 'the quick fix did not apply');
    try {
      assert.ok(await until(() => !vscode.languages.getDiagnostics(doc000.uri).some(same), 20000), 'the silenced problem is still listed');
    } finally {
      await vscode.window.showTextDocument(doc000);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    assert.ok(!doc000.isDirty, '000 was not reverted');
    assert.ok(await until(() => vscode.languages.getDiagnostics(doc000.uri).some(same), 20000), 'the problem did not come back after the revert');
  });
});
