/**
 * front-matter-invalid: the report's YAML front matter cannot be read, or one of its keys has a
 * value of the wrong kind or form. Docs: docs/rules/front-matter-invalid.md.
 */
import type { FrontMatterProblem } from './findings.js';
import { defineRule } from './rule.js';

export const frontMatterInvalid = defineRule<FrontMatterProblem, 'front-matter-invalid'>({
  code: 'front-matter-invalid',
  defaultSeverity: 'warning',
  scope: 'report',
  summary: 'The YAML front matter cannot be read, or a key\'s value is of the wrong kind or form.',
  check: ({ found }) => found.frontMatter,
  message: (f) => {
    switch (f.kind) {
      case 'syntax': return `Front matter is not valid YAML (${f.detail}); none of its keys is read`;
      case 'too-large': return `Front matter is ${Math.ceil(f.size / 1024)} KB, over the ${Math.round(f.max / 1024)} KB newslens reads; none of its keys is read`;
      case 'not-mapping': return 'Front matter is not a list of keys and values; none of it is read';
      case 'alias': return 'Front matter uses a YAML alias, which newslens does not expand; none of its keys is read';
      case 'bad-value': return `Front matter '${f.key}' should be ${f.expected}; it is not read`;
    }
  },
  cases: [
    { name: 'a date that is not ISO 8601', text: '---\ndate: [[March 19, 2024]]\nsource: Example News\n---\nThe minister resigned on Tuesday.' },
    { name: 'a day that does not exist', text: '---\ndate: [[2024-02-30]]\n---\nThe minister resigned on Tuesday.' },
    { name: 'a source that is a list', text: '---\ntitle: Minister resigns\nsource:\n  [[- Example News\n  - Other News]]\n---\nThe minister resigned on Tuesday.' },
    { name: 'broken YAML: one warning, where it breaks', text: '---\ntitle: Minister resigns\nsource: [[Example News]]\n  bad: indentation\n---\nThe minister resigned on Tuesday.' },
    { name: 'a date-time with a zone', text: '---\ndate: 2024-03-19T23:30:00-05:00\nsource: Example News\n---\nThe minister resigned on Tuesday.' },
    { name: 'a --- rule around a headline in a plain-text report is prose', text: '---\nMinister resigns\n---\nThe minister resigned on Tuesday.' },
    { name: 'an empty block', text: '---\n---\nThe minister resigned on Tuesday.' },
  ],
});
