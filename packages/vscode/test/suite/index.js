// extensionTestsPath entry: the @vscode/test-electron contract (a module exporting run(): Promise<void>),
// so the same suites run under test-electron (pnpm test:electron) and under the offline headless runner
// (scripts/test-vscode.mjs: VS Code 1.100.3's server + Debian's Chromium).
const path = require('path');
const Mocha = require('mocha');

const SUITES = ['seeds.vscode-test.js', 'client.vscode-test.js'];

exports.run = function run() {
  const grep = process.env.NEWSLENS_TEST_GREP;
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60000, reporter: 'spec', ...(grep ? { grep } : {}) });
  for (const f of SUITES) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const s = runner.stats || {};
      // Read by scripts/test-vscode.mjs (and by a person); mocha's own "N passing" is not.
      console.log(`extension-host: ${s.passes ?? 0} passed, ${failures} failed${s.pending ? `, ${s.pending} skipped` : ''}`);
      if (failures) reject(new Error(`${failures} tests failed.`)); else resolve();
    });
  });
};
