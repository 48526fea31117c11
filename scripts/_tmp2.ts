import { analyzeReport } from '@newslens/language-service';
import { parseText } from '../packages/language-service/src/nlp/parse.ts';
import { findLabelPhrases } from '../packages/language-service/src/entities/label-phrases.ts';
for (const s of process.argv.slice(2)) {
  const a = analyzeReport(s);
  console.log('>>', s);
  for (const e of a.entities) console.log('  ', e.name, e.kind, JSON.stringify(e.descriptors.map((d) => d.text)), JSON.stringify(e.labels?.map((l) => l.text + ':' + l.kind)));
  console.log('   raw:', findLabelPhrases(s, parseText(s).tokens, []).map((l) => l.text + ':' + l.kind + ':' + l.cls));
}
