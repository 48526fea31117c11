// Preloaded into a server under test (node --expose-gc --import this): on SIGUSR2 it collects
// garbage twice and writes process.memoryUsage() to $NEWSLENS_MEM_FILE. Test-only; the server
// itself has no memory request.
import { writeFileSync } from 'node:fs';

const file = process.env.NEWSLENS_MEM_FILE;
if (file) {
  process.on('SIGUSR2', () => {
    globalThis.gc?.();
    globalThis.gc?.();
    writeFileSync(file, JSON.stringify({ ...process.memoryUsage(), at: Date.now() }));
  });
}
