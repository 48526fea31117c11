import { analyzeReport } from '@newslens/language-service';
const a = analyzeReport(process.argv[2]);
for (const e of a.entities) console.log(e.name, e.kind, JSON.stringify(e.descriptors), JSON.stringify(e.labels));
