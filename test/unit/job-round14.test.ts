// Round 14: phrases read by shape stop at a wish said after the thing wished for and at a place of
// work; a lone ambiguous name in a list of skill names is read as a skill. All examples invented.

import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';

const posting = (lines: string) => parseJobPosting(`Platform Engineer\n\nRequirements\n${lines}\n`);
const names = (lines: string) => posting(lines).keywords.map((k) => k.keyword);
const importanceOf = (lines: string, keyword: string) => posting(lines).keywords.find((k) => k.keyword === keyword)?.importance;

describe('a wish after the thing wished for is not part of a phrase', () => {
  it('drops "a (big) plus", "a bonus", "an asset", "preferred" from a phrase read by shape', () => {
    for (const line of [
      '- Experience with stream processing a big plus',
      '- Event sourcing a bonus',
      '- Knowledge of feature flags an asset',
      '- Exposure to load testing preferred',
      '- Familiarity with chaos engineering highly desirable',
    ]) {
      const got = names(`${line}\n- SQL`);
      assert.ok(!got.some((k) => /\b(?:plus|bonus|asset|preferred|desirable)\b/.test(k)), `${line}: ${got}`);
    }
  });
  it('keeps the skill before the wish, as preferred', () => {
    assert.equal(importanceOf('- Knowledge of feature flags an asset\n- SQL', 'feature flags'), 'preferred');
    assert.equal(importanceOf('- Exposure to load testing preferred\n- SQL', 'load testing'), 'preferred');
  });
  it('does not read "bonus points" as a skill', () => {
    const got = names('- Experience with data modeling, bonus points for Kafka');
    assert.ok(!got.includes('bonus points'), `${got}`);
    assert.ok(got.includes('data modeling') && got.includes('Kafka'), `${got}`);
  });
  it('reads "an advantage" as a wish', () => {
    assert.equal(importanceOf('- Event sourcing is an advantage\n- SQL', 'event sourcing'), 'preferred');
    assert.equal(importanceOf('- Event sourcing\n- SQL', 'event sourcing'), 'required');
  });
  it('ends an example list at a wish after it, and reads the line as preferred', () => {
    const got = posting('- Observability tools like Honeycomb a definite plus\n- SQL').keywords;
    assert.ok(got.some((k) => /Honeycomb/.test(k.keyword) && k.importance === 'preferred'), JSON.stringify(got.map((k) => k.keyword)));
    assert.ok(!got.some((k) => /plus/.test(k.keyword)));
  });
  it('keeps a practice named with a wish word inside it', () => {
    assert.ok(names('- Knowledge of asset management principles').includes('asset management'));
    assert.ok(names('- Desired state configuration\n- SQL').includes('desired state configuration'));
  });
});

describe('a place of work is not a skill', () => {
  it('reads no phrase from "worked at", "experience at", "partnered with" and a name', () => {
    for (const line of [
      '- Worked at Atlassian',
      '- Experience at Canva or a similar scale-up',
      '- Have worked with Stripe',
      '- Partnered with Shopify merchants',
      '- Background working with Telstra',
      '- Internship at Zendesk or similar',
    ]) {
      const got = names(`${line}\n- SQL`);
      assert.deepEqual(got, ['SQL'], `${line}: ${got}`);
    }
  });
  it('still reads a practice whose noun in -ing takes a preposition', () => {
    assert.ok(names('- Data modeling for analytics').includes('data modeling'));
  });
});

describe('a lone ambiguous name in a list of skill names', () => {
  it('is read when another item of the list is a skill name alone', () => {
    const got = names('- Python\n- Go\n- Rust');
    for (const k of ['Python', 'Go', 'Rust']) assert.ok(got.includes(k), `${k} in ${got}`);
    assert.ok(names('- SQL\n\n- R\n- Tableau').includes('R'));
  });
  it('is read before a wish, as preferred', () => {
    const got = parseJobPosting('Data Engineer\n\nRequirements\n- Python\n\nNice to have\n- Spark a big plus\n- Rust, ideally\n- Scala\n').keywords;
    for (const k of ['Apache Spark', 'Rust']) assert.equal(got.find((x) => x.keyword === k)?.importance, 'preferred', `${k} in ${got.map((x) => x.keyword)}`);
  });
  it('is not read alone, beside prose items, or in prose', () => {
    assert.ok(!names('- Go').includes('Go'));
    assert.ok(!names('- Experience shipping services\n- Go\n- Strong communication').includes('Go'));
    const text = 'Platform Engineer\n\nRequirements\n- Kubernetes\n- Docker\n\nAbout us\nYou will go far here. Go and see.\n- Go home early on Fridays\n- Docker\n';
    assert.ok(!parseJobPosting(text).keywords.some((k) => k.keyword === 'Go'));
  });
});

describe('examples of one thing asked for are alternatives', () => {
  const groups = (line: string) => posting(line).alternatives.map((a) => a.keywords);
  it('reads a parenthesis after a singular noun as a choice, with or without "or"', () => {
    assert.deepEqual(groups('- Experience with a modern framework (React, Vue, Svelte)'), [['React', 'Vue.js', 'Svelte']]);
    assert.deepEqual(groups('- Experience with a modern framework (React/Vue/Svelte)'), [['React', 'Vue.js', 'Svelte']]);
    assert.deepEqual(groups('- Experience with a modern framework (e.g., React, Vue or Svelte)'), [['React', 'Vue.js', 'Svelte']]);
  });
  it('counts the noun among them when it is a skill, and stops at the closing parenthesis', () => {
    assert.deepEqual(groups('- Experience with one cloud provider (AWS, GCP, Azure)'), [['cloud computing', 'AWS', 'Google Cloud', 'Azure']]);
    assert.deepEqual(groups('- Knowledge of a cloud (AWS, GCP) and Kubernetes (EKS, GKE)'), [['AWS', 'Google Cloud']]);
  });
  it('does not read a plural noun or a plain list as a choice', () => {
    assert.deepEqual(groups('- Experience with cloud providers (AWS, GCP, Azure)'), []);
    assert.deepEqual(groups('- Python, SQL and Docker'), []);
  });
  it('ends a choice at an "and" after its "or"', () => {
    assert.deepEqual(groups('- Proficiency in a scripting language, e.g. Python, Ruby or Perl, and SQL'), [['Python', 'Ruby', 'Perl']]);
    assert.deepEqual(groups('- Python or Go, and Docker'), [['Python', 'Go']]);
  });
});
