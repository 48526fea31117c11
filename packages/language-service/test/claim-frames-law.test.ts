// unattributed-claim and the frames that make a figure no claim to source (claims/check-worthiness.ts):
// a rule set by law is none; a toll with "by law enforcement" in it still is. Invented sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeReport } from '@newslens/language-service';

const flagged = (text: string) => analyzeReport(text).problems.filter((p) => p.code === 'unattributed-claim').length > 0;

test('a threshold set by law is no claim to source', () => {
  assert.equal(flagged('Under Turkmen laws, more than 50 percent of voters must take part for the vote to count.'), false);
  assert.equal(flagged('Turnout of more than 50 percent of voters is required by law for the vote to count.'), false);
});

test('"by law enforcement", "by law firm": law is half of a noun, the toll still needs a source', () => {
  assert.equal(flagged('Three people were killed by soldiers on Tuesday in the town.'), true);
  assert.equal(flagged('Three people were killed by law enforcement officers on Tuesday in the town.'), true);
});
