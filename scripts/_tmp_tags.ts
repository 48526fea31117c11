import { parseText } from '../packages/language-service/src/nlp/parse.ts';
const s = process.argv[2];
for (const t of parseText(s).tokens) console.log(JSON.stringify(t.text), t.normal, [...t.tags].join(','), JSON.stringify(t.post));
