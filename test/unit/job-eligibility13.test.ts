// Sentences about who may apply (sponsorship, visas, export control) name statuses and regulations, not
// skills: "F-1 OPT", "ITAR" in them are no keywords. Invented postings only.
import assert from 'node:assert/strict';
import { parseJobPosting } from '../../src/core/job';

const keywordsOf = (...lines: string[]) =>
  parseJobPosting(['Firmware Intern', '', 'Requirements', '', ...lines, ''].join('\n')).keywords.map((k) => k.keyword.toLowerCase());

describe('job keywords: eligibility sentences name no skills', () => {
  it('reads no keyword from a sponsorship or export-control sentence', () => {
    const kws = keywordsOf(
      '- Experience with C and FreeRTOS',
      '- We will not sponsor work visas for this role, including F-1 OPT (STEM OPT) extensions.',
      '- The role involves technology under export control regulations (ITAR and EAR).',
    );
    assert.ok(kws.includes('freertos'));
    for (const k of ['f-1 opt', 'stem opt', 'itar', 'ear']) assert.ok(!kws.includes(k), `${k} in ${kws.join(', ')}`);
  });
});
