// Section boundaries on shapes that used to leak: a job field whose label says "Requirements", a title
// containing "Asset", and the translated half of a bilingual posting. Invented postings only.
import assert from 'node:assert/strict';
import { parseJobPosting } from '../../src/core/job';
import { findSections } from '../../src/core/job/sections';
import { isOtherLanguageLine } from '../../src/core/job/language';

const importanceOf = (text: string, keyword: string) => parseJobPosting(text).keywords.find((k) => k.keyword === keyword)?.importance;

describe('job sections: fields, titles and translations', () => {
  it('reads "Travel Requirements: Up to 50%" as a field, not a requirements heading', () => {
    const text = [
      'Northwind Advisory',
      'Travel Requirements: Up to 50%',
      '',
      'Our practice implements Salesforce and Workday for hospitals.',
      '',
      'Requirements',
      '- Working knowledge of SQL',
      '',
    ].join('\n');
    assert.notEqual(importanceOf(text, 'Salesforce'), 'required');
    assert.equal(importanceOf(text, 'SQL'), 'required');
    const inline = findSections('Requirements: 3+ years of Python\n', 0);
    assert.equal(inline.find((s) => s.headingRange)?.kind, 'required', 'a label that is the heading phrase still opens the section');
  });

  it('does not read a job title with "Asset" in it as a preferred heading', () => {
    const sections = findSections(['Fleet Asset Planner', '', 'We keep 400 buses running.', ''].join('\n'), 0);
    assert.ok(!sections.some((s) => s.kind === 'preferred'), JSON.stringify(sections.map((s) => [s.kind, s.title])));
    const assets = findSections(['Assets', '- Experience with Tableau', ''].join('\n'), 0);
    assert.equal(assets.find((s) => s.title === 'Assets')?.kind, 'preferred');
    const noted = findSections(['Assets (nice to have)', '- Experience with Tableau', ''].join('\n'), 0);
    assert.equal(noted.find((s) => s.headingRange)?.kind, 'preferred');
  });

  it('sets the translated copy of a bilingual posting aside', () => {
    const text = [
      'Requirements',
      '- Experience with Kotlin and PostgreSQL',
      '- Strong written communication in English',
      '',
      'Exigences',
      "- Expérience avec Kotlin et PostgreSQL dans un contexte de production",
      "- Connaissance de Terraform et des outils d'infrastructure",
      '',
    ].join('\n');
    const job = parseJobPosting(text);
    assert.equal(importanceOf(text, 'Kotlin'), 'required');
    const terraform = job.keywords.find((k) => k.keyword === 'Terraform');
    assert.ok(!terraform || terraform.importance === 'other', 'a skill named only in the translation is not asked for');
  });

  it('keeps the sections of a posting written wholly in another language', () => {
    const text = ['Exigences', "- Expérience avec Kotlin et PostgreSQL dans un contexte de production", "- Connaissance de Terraform et des outils d'infrastructure", ''].join('\n');
    assert.ok(!findSections(text, 0).some((s) => s.title === '(text in another language)'));
  });

  it('tells other-language lines from English ones by their function words', () => {
    assert.equal(isOtherLanguageLine('Connaissance du contrôle de version avec Git et des tests'), true);
    assert.equal(isOtherLanguageLine('Erfahrung mit Python und Docker ist ein Plus für die Rolle'), true);
    assert.equal(isOtherLanguageLine('Experience with Python, Go and the AWS SDK in a team of 10'), false);
    assert.equal(isOtherLanguageLine('Do not apply if you have no experience with Java'), false);
    assert.equal(isOtherLanguageLine('Atouts'), false);
  });
});
