import { join, resolve } from 'node:path';
import { newsTexts } from './bench-lib.ts';
import { analyzeReport } from '../packages/language-service/src/index.ts';
const root = resolve(import.meta.dirname, '..');
const texts = newsTexts({ root, devData: join(root, '../shared/dev-data') } as never, 250_000);
for (let r = 0; r < 3; r++) for (const t of texts) analyzeReport(t);
