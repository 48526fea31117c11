// Entity identity across reports on MEANTIME (issue 14): its chains span the articles of a corpus
// (airbus, apple, gm, stock; each about many events), so here each corpus is identified as ONE event
// (identifyEntities over its 30 articles, sorted by id) and two named gold mentions in different
// articles that share a chain are a gold link; a link of ours is two mentions of one cross-report
// entity. What it measures is the name matching alone ("Airbus" / "Airbus SAS", "Jobs" / "Steve Jobs"),
// not the grouping: `pnpm eval identity` scores that on ECB+. Named mentions as in scripts/eval-within.ts
// (each cut to its name). Halves as there: airbus + apple tuned on, gm + stock held out (summary only).
// NEWSLENS_EVAL_VERBOSE=1 sorts the missed links of half 1 by cause and names the costliest mentions.
import type { ReportInput } from '@newslens/language-service';
import { identifyEntities } from '../packages/language-service/src/compare/identify-entities.ts';
import { compareStrings } from '../packages/language-service/src/compare/order.ts';
import { loadCrossdoc } from './eval-grouping.ts';
import { crossIds, explainCross, itemsOf, line, newWhy, printWhy, type Item } from './eval-linking.ts';
import { countPairs } from './linking-lib.ts';
import { MEANTIME_TUNED, meantimeMentions } from './eval-within.ts';

export async function run(devData: string): Promise<void> {
  const all = (await loadCrossdoc(devData)).filter((r) => r.folder.startsWith('meantime_en/'));
  const halves: Record<'1' | '2', Item[]> = { 1: [], 2: [] };
  const why = newWhy();
  for (const folder of [...new Set(all.map((r) => r.folder))].sort()) {
    const members = all.filter((r) => r.folder === folder).sort((a, b) => compareStrings(a.docId, b.docId));
    const inputs: ReportInput[] = members.map((r) => ({ id: r.docId, analysis: r.analysis }));
    const identity = identifyEntities(inputs);
    const one = { event: folder, crossOf: crossIds(identity), recovered: identity.recovered };
    const gold = meantimeMentions(devData, folder, true);
    const items = members.flatMap((r) => itemsOf(r.analysis, r.docId, gold.filter((m) => m.doc_id === r.docId), one));
    const tuned = MEANTIME_TUNED.has(folder.split('/')[1]);
    halves[tuned ? '1' : '2'].push(...items);
    if (tuned) explainCross(items, why);
  }
  const noProducts = (items: Item[]) => items.filter((x) => !/\u0000(?:PRODUCT|FINANCIAL)\u0000/.test(x.gold));
  console.log('MEANTIME cross-report links, each corpus one event:');
  console.log(`  half 1, airbus + apple (tuned)      ${line(countPairs(halves[1], 'cross-report'))}`);
  console.log(`  half 2, gm + stock (held out)       ${line(countPairs(halves[2], 'cross-report'))}`);
  console.log('  without the PRODUCT and FINANCIAL mentions (no entity kind for them):');
  console.log(`  half 1, airbus + apple (tuned)      ${line(countPairs(noProducts(halves[1]), 'cross-report'))}`);
  console.log(`  half 2, gm + stock (held out)       ${line(countPairs(noProducts(halves[2]), 'cross-report'))}`);
  printWhy(why);
}
