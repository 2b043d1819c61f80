import assert from 'node:assert/strict';
import { techSpelling } from '../../../src/core/rules/tech-spelling';
import { editDistance, englishWordsReadAsNames, nameKey } from '../../../src/core/rules/tech-name-variants';
import { ENGLISH_NEAR_TECH_NAMES } from '../../../src/core/lexicon/tech-name-english';
import { fixAllEdits, applyEdits } from '../../../src/core/fixes';
import { findingsOf, inExperience } from '../../helpers/rule-tester';

// Round 13: technology names split or joined wrongly, and near misses of long names, against the
// skills taxonomy's canonical names.
describe('rule tech-spelling (round 13): names split, joined or a slip away', () => {
  const found = (bullet: string) =>
    findingsOf(techSpelling, inExperience(bullet)).map((f) => ({
      text: inExperience(bullet).slice(f.range.start, f.range.end),
      to: f.fixes[0]?.edits[0]?.newText,
      safe: !!f.fixes[0]?.safe,
      severity: f.severity,
    }));

  it('compares names with spaces, dots and hyphens removed and case folded', () => {
    assert.equal(nameKey('Node.js'), nameKey('node JS'));
    assert.equal(nameKey('Postgre SQL'), 'postgresql');
    assert.equal(editDistance('terrafrom', 'terraform', 2), 1); // a transposition is one slip
    assert.equal(editDistance('kubernates', 'kubernetes', 2), 1);
    assert.equal(editDistance('abcdef', 'uvwxyz', 2), 3); // capped above the limit
  });

  it('corrects a capitalised name split into parts or joined, as a safe fix', () => {
    const cases: [string, string, string][] = [
      ['Moved the ledger to Postgre SQL in 3 weeks.', 'Postgre SQL', 'PostgreSQL'],
      ['Sharded a Mongo DB cluster of 12 nodes.', 'Mongo DB', 'MongoDB'],
      ['Rewrote 20 pages from Java Script to Type Script.', 'Java Script', 'JavaScript'],
      ['Served 3k requests a second on Node JS.', 'Node JS', 'Node.js'],
      ['Published 8 packages on Git hub.', 'Git hub', 'GitHub'],
      ['Built 6 reports in PowerBI for finance.', 'PowerBI', 'Power BI'],
      ['Sharded a Mongo-DB cluster of 12 nodes.', 'Mongo-DB', 'MongoDB'],
    ];
    for (const [bullet, text, to] of cases) {
      const f = found(bullet).find((x) => x.text === text);
      assert.ok(f, `${bullet}: ${JSON.stringify(found(bullet))}`);
      assert.equal(f.to, to);
      assert.equal(f.safe, true, bullet);
      assert.equal(f.severity, 'warning');
    }
  });

  it('offers a lower-case split form only as a suggestion ("java script" may be words)', () => {
    const [f] = found('Wrote the java script that renames 40 files a day.');
    assert.deepEqual(f, { text: 'java script', to: 'JavaScript', safe: false, severity: 'warning' });
  });

  it('reads a word a slip away from a long name as a suggestion shown as information', () => {
    for (const [bullet, text, to] of [
      ['Ran 30 services on Kubernates across 3 regions.', 'Kubernates', 'Kubernetes'],
      ['Provisioned 40 hosts with Terrafrom modules.', 'Terrafrom', 'Terraform'],
      ['Rewrote the widget in vanilla Javscript, 2x faster.', 'Javscript', 'JavaScript'],
      // A short name needs another named technology on the line.
      ['Built 12 dashboards in Tableu on a SQL Server warehouse.', 'Tableu', 'Tableau'],
    ]) {
      assert.deepEqual(found(bullet), [{ text, to, safe: false, severity: 'info' }], bullet);
    }
  });

  it('leaves correct names, English words, other names and short names alone', () => {
    for (const bullet of [
      'Built 12 dashboards in Tableau for the sales team.',
      'Sat at the Table with 4 vendors and closed 2 deals.', // English word near Tableau
      'Tuned the Reactor pattern in 3 services.', // English word, not a slip of React
      'Got 30 users on Go in 2 weeks.', // "Got" vs "Go": names under 5 letters never
      'Ran 5 Dockers and read the Kubernetes docs; wrote Pythonic code.', // forms of a name
      'Hosted 2 PyCon talks in New Delhi on Python.', // one slip from Delphi, but the second word of a proper name
      'Presented to Julio and 4 other reviewers.', // a person, one slip from Julia, with no technology beside it
      'Led hardware-software co-design for 2 boards.', // a hyphenated compound
      'Moved 40 tables from MySQL to Postgres with zero downtime.',
      'Built the admin UI in ReactJS and the API in NodeJS.', // accepted variants stay the tech-terms list's call
      'Ported the app to Mac OS X 10.6 and Windows.', // a release name after the words
      'Rewrote my SQL queries for 3 reports.', // "my SQL" is not MySQL
    ]) {
      assert.deepEqual(found(bullet), [], bullet);
    }
  });

  it('never corrects a place one slip from a short name without another named technology', () => {
    assert.deepEqual(found('Moved from Delhi to Toronto in 2021 for the role.'), []);
  });

  it('Fix All applies only the safe spacing fixes and leaves near misses for the user', () => {
    const text = inExperience('Moved 12 APIs from Type Script to Kubernates on Postgre SQL.');
    const fixed = applyEdits(text, fixAllEdits(findingsOf(techSpelling, text)));
    assert.match(fixed, /TypeScript to Kubernates on PostgreSQL\./);
  });

  it('the English-word list is what the taxonomy and an-array-of-english-words give today', function () {
    this.timeout(60000);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const english = require('an-array-of-english-words') as string[];
    const expected = englishWordsReadAsNames(english);
    const missing = expected.filter((w) => !ENGLISH_NEAR_TECH_NAMES.has(w));
    const stale = [...ENGLISH_NEAR_TECH_NAMES].filter((w) => !expected.includes(w));
    assert.deepEqual({ missing, stale }, { missing: [], stale: [] }, 'regenerate lexicon/tech-name-english.ts');
    assert.ok(ENGLISH_NEAR_TECH_NAMES.has('alpine')); // two slips from Alpine.js
  });
});
