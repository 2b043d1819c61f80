import assert from 'node:assert/strict';
import { tenseMismatch } from '../../../src/core/rules/tense-mismatch';
import { testRule, inExperience, findingsOf } from '../../helpers/rule-tester';

const CURRENT = '### Software Engineer, Shopwise — Jan 2024 – Present';

testRule(tenseMismatch, {
  valid: [
    'Built a Kafka consumer in Java that processes 2M order events per day.',
    'Led a team of 4 interns through a migration to TypeScript.',
    'Lead engineer on the payments team; shipped Apple Pay support to 1.1M users.', // noun "Lead"
    'Design system components in Storybook were adopted by 6 product teams.', // noun "Design"
    'Design and development of a billing service for 3 markets.', // noun phrase
    'Test automation for 3 mobile apps with Detox, cutting release QA from 2 days to 4 hours.',
    'Python scripts that reconcile 40,000 invoices a month.', // no verb
    'Cut cloud spend by 28% by moving batch jobs to spot instances.', // "Cut" is both tenses
    'Leading the migration of 12 services to Kubernetes.', // gerund: not a tense choice
    'Source Code: github.com/ana/ledger', // a label
  ],
  invalid: [
    {
      // A compound opening changes together: never "Built and maintain".
      code: 'Build and maintain the checkout service used by 2M shoppers a month.',
      underlines: ['Build'],
      message: 'has ended',
      output: 'Built and maintained the checkout service used by 2M shoppers a month.',
    },
    {
      code: 'Develops REST endpoints in Flask for 14 internal tools.',
      underlines: ['Develops'],
      output: 'Developed REST endpoints in Flask for 14 internal tools.',
    },
    {
      code: 'Lead a team of 5 engineers through the move to event sourcing.',
      underlines: ['Lead'],
      output: 'Led a team of 5 engineers through the move to event sourcing.',
    },
  ],
});

const currentEntry = (...bullets: string[]) => `## Experience\n\n${CURRENT}\n\n${bullets.map((b) => `- ${b}\n`).join('')}`;

testRule(tenseMismatch, {
  valid: [
    // Finished accomplishments in a current role read in the past tense.
    { doc: true, code: inExperience('Reduced p95 latency of the search API from 800 ms to 210 ms.', CURRENT) },
    { doc: true, code: inExperience('Lead a team of 5 engineers building the fraud platform.', CURRENT) },
    // Ongoing duties in the present and finished work in the past: both read well.
    { doc: true, code: currentEntry('Own the checkout service.', 'Migrated billing to Stripe.', 'Cut p95 latency by 40%.', 'Run the on-call rotation.') },
    // Not the "only" present-tense opening: another bullet opens with a base form the count skips
    // (a noun-or-verb word, a weak or exposure verb), so the entry is mixed, not one bullet out of line.
    { doc: true, code: currentEntry('Prepare cost estimates for road projects.', 'Ran flood models for 3 basins.', 'Reviewed 80 permit drawings.', 'Drafted 12 bid packages.', 'Attend weekly site meetings.') },
    // No dates: nothing to compare against.
    { doc: true, code: inExperience('Build the checkout service used by 2M shoppers.', '### Software Engineer, Shopwise') },
    // Education bullets are not about a role.
    { doc: true, code: '## Education\n\n### BSc Computer Science, McGill — 2020 – 2024\n\n- Lead teaching assistant for COMP 250.\n' },
    // Projects describe what the project does, in the present.
    { doc: true, code: '## Projects\n\n### Ledger — 2023\n\n- Syncs offline edits when the connection returns.\n' },
    // A current role: a lone present-tense bullet among past ones is an ongoing duty, not a slip
    // (reviewers judged the old note on it a false alarm), and a lone past one is finished work.
    { doc: true, code: currentEntry('Built the search API.', 'Designed the data model.', 'Migrated 3 services.', 'Reduced costs by 20%.', 'Mentor 2 interns.') },
    { doc: true, code: currentEntry('Own the roadmap.', 'Run the on-call rotation.', 'Review 20 pull requests a week.', 'Shipped the billing page.') },
    // Compound nouns (a title, a thing) in an ended role say nothing about tense.
    ...['Research assistant to the soil lab for 6 months.', 'Design review board member for two seasons.', 'Support rotation lead for the clinic systems.', 'Test plan owner for the tablet release.', 'Code owner of the invoicing module.', 'Process documentation for the audit.', 'Support for three regional offices.', 'Research in coastal erosion models.'].map((noun) => ({
      doc: true,
      code: inExperience(noun),
    })),
  ],
  invalid: [],
});

describe('rule tense-mismatch: fixes are suggestions', () => {
  it('never offers a safe or preferred fix (Fix All never changes tense)', () => {
    const text = inExperience('Build and maintain the checkout service used by 2M shoppers a month.');
    const [finding] = findingsOf(tenseMismatch, text);
    assert.ok(finding.fixes.length > 0);
    assert.ok(finding.fixes.every((f) => !f.safe && !f.isPreferred));
  });

  it('says nothing about a lone present-tense bullet in a current role', () => {
    const text = currentEntry('Built the search API.', 'Designed the data model.', 'Migrated 3 services.', 'Mentor 2 interns.');
    assert.deepEqual(findingsOf(tenseMismatch, text), []);
  });
});

describe('tense-mismatch: -ing openings mixed with finite verbs in one entry (set 4 review)', () => {
  const entry = (heading: string, bullets: string[]) => `## Experience\n\n${heading}\n\n${bullets.map((b) => `- ${b}\n`).join('')}`;
  const mixed = (text: string) => findingsOf(tenseMismatch, text).filter((f) => /-ing form/.test(f.message));
  it('marks the first -ing opening when finite openings are at least as many, as information', () => {
    const found = mixed(entry(CURRENT, ['Rebuilt the nightly export for 3 regions.', 'Own the vendor scorecards for 12 suppliers.', 'Coaching two new buyers on contract terms.']));
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'info');
    assert.match(found[0].message, /^"Coaching" opens with an -ing form while 2 other bullets/);
    assert.equal(found[0].fixes?.length ?? 0, 0);
  });
  it('counts finite openings the strong-verb list leaves out ("Attend", "Helped")', () => {
    const found = mixed(entry('### Lab Tech, Fenwick Labs — 2021 – 2023', ['Collecting soil cores from 4 field sites.', 'Attend the weekly group meetings.', 'Helped the postdocs with 30 extractions.']));
    assert.equal(found.length, 1);
  });
  it('stays silent on a list of -ing openings, on -ing nouns and on a lone -ing line', () => {
    assert.equal(mixed(entry(CURRENT, ['Leading the migration of 12 services.', 'Mentoring 3 interns.', 'Shipped the billing page.'])).length, 0);
    assert.equal(mixed(entry(CURRENT, ['Training materials for 40 new hires.', 'Shipped the billing page.', 'Fixed 30 bugs.'])).length, 0);
    assert.equal(mixed(entry(CURRENT, ['Mentoring 3 interns.', 'Shipped the billing page.'])).length, 0);
  });
});
