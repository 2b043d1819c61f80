import { repeatedOpeningVerb } from '../../../src/core/rules/repeated-opening-verb';
import assert from 'node:assert/strict';
import { findingsOf, testRule } from '../../helpers/rule-tester';

const doc = (bullets: string[]) =>
  `## Experience\n\n### Software Engineer Intern, Acme Corp — Jan 2023 – Apr 2023\n\n${bullets.map((b) => `- ${b}`).join('\n')}\n`;

testRule(repeatedOpeningVerb, {
  valid: [
    {
      doc: true,
      code: doc([
        // Three uses are within the default max of 3, and no two in a row.
        'Built a REST API in Flask for 14 internal tools.',
        'Designed a CI pipeline that cut release time by 40%.',
        'Built an ETL job that loads 2 GB of logs nightly.',
        'Wrote a load-test suite for the billing service.',
        'Built a React dashboard for 30 support agents.',
      ]),
    },
    {
      // Stack names repeat legitimately; they are not verbs.
      doc: true,
      code: doc([
        'React dashboard for 30 support agents, built with Vite.',
        'React Native app for campus food trucks used by 600 students.',
        'React component library adopted by 5 product teams.',
        'React hooks for offline sync across 3 apps.',
        'Python scripts that reconcile 40,000 invoices a month.',
      ]),
    },
    {
      // Three past, one in another section kind (skills) does not count.
      doc: true,
      code: `${doc(['Built A for 10 users.', 'Designed D for 5 teams.', 'Built B for 20 users.', 'Wrote E for 2 teams.', 'Built C for 30 users.'])}\n## Skills\n\n- Built tooling in Go and Rust\n`,
    },
    {
      // A run is counted within one entry: the "Led" that opens the next role's list is not a second in a row.
      doc: true,
      code: `${doc(['Wrote the on-call guide for 9 teams.', 'Led the move to Kubernetes for 30 services.'])}\n### Intern, Bolt Labs — May 2022 – Aug 2022\n\n- Led a study group of 6 interns.\n`,
    },
    {
      // Labels are not verbs: "Source Code:", "Test coverage:", "Lead:" open fields, not actions.
      doc: true,
      code: doc([
        'Source Code: github.com/ana/ledger',
        'Source Code: github.com/ana/tides',
        'Source Code: github.com/ana/parcel',
        'Source Code: github.com/ana/quill',
        'Test coverage: 92% on the parser',
        'Test coverage: 88% on the importer',
        'Test coverage: 95% on the CLI',
        'Test coverage: 90% on the API',
      ]),
    },
  ],
  invalid: [
    {
      // Three bullets in a row under one entry open with one verb: the second and the third are flagged.
      doc: true,
      code: doc(['Led a team of 4 on the billing rewrite.', 'Led the move to Kubernetes for 30 services.', 'Led the incident review program for 12 teams.', 'Wrote the on-call guide.']),
      underlines: ['Led', 'Led'],
      message: 'Two bullets in a row open with "lead"',
    },
    {
      // Two bullets in a row: the second is flagged, whatever the count in the document.
      doc: true,
      code: doc(['Shipped the offline mode to 3,000 field agents.', 'Shipped a dark theme across 14 screens.', 'Wrote the release checklist.']),
      underlines: ['Shipped'],
      message: 'Two bullets in a row open with "ship"',
    },
    {
      // Four uses (past the cap of 3): the fourth is flagged, and the second of the run of two before the cap too.
      doc: true,
      code: doc(['Managed a $40K vendor budget.', 'Managed weekly status reports for 6 teams.', 'Wrote the intake form.', 'Managed 12 contractors on site.', 'Managed the move of 300 desks.']),
      underlines: ['Managed', 'Managed'],
      message: '4 bullets open with "manage"',
    },
    {
      doc: true,
      code: doc([
        'Built a REST API in Flask for 14 internal tools.',
        'Build pipelines were slow; built a cache that cut CI time by 40%.',
        'Built a React dashboard for 30 support agents.',
        'Builds nightly data exports for the finance team.',
        'Built an ETL job that loads 2 GB of logs nightly.',
      ]),
      // "Build pipelines" is a noun phrase; the other four share the lemma "build": the 4th is flagged, and
      // "Builds" after "Built" is a second in a row.
      underlines: ['Builds', 'Built'],
      message: '4 bullets open with "build"',
    },
    {
      doc: true,
      code: doc([
        'Developed a payments API in Go.',
        'Developed a fraud model in PyTorch.',
        'Developed a CLI for 200 engineers.',
        'Developed an admin dashboard in React.',
        'Developed the on-call runbooks for 9 services.',
      ]),
      count: 4,
      output: doc([
        'Developed a payments API in Go.',
        'Built a fraud model in PyTorch.',
        'Developed a CLI for 200 engineers.',
        'Developed an admin dashboard in React.',
        'Developed the on-call runbooks for 9 services.',
      ]),
    },
    {
      doc: true,
      config: { rules: { 'repeated-opening-verb': { max: 1 } } },
      code: doc(['Led a team of 4.', 'Led the migration to Kubernetes for 30 services.']),
      underlines: ['Led'],
      message: /e\.g\. "Directed", "Headed", "Spearheaded"/,
    },
  ],
});

describe('rule repeated-opening-verb: an alternative fits the preposition that follows the verb', () => {
  const fixesOf = (bullets: string[]) => {
    const text = doc(bullets);
    const f = findingsOf(repeatedOpeningVerb, text).pop()!;
    return (f.fixes ?? []).map((fx) => {
      const e = fx.edits[0];
      return (text.slice(0, e.range.start) + e.newText + text.slice(e.range.end)).trim().split('\n').pop()!;
    });
  };

  it('keeps the preposition only for a verb that takes it, and never leaves it behind another', () => {
    // Before an -ing verb no transitive verb takes the rest: only "Aided with" reads.
    const after = fixesOf(['Assisted with the spring inventory count.', 'Assisted with reconciling vendor statements.']);
    assert.deepEqual(after, ['- Aided with reconciling vendor statements.']);
  });
  it('drops the preposition when the alternative takes the noun phrase as its object', () => {
    const after = fixesOf(['Assisted with the spring inventory count.', 'Assisted with the quarterly vendor audit.']);
    assert.ok(after.includes('- Supported the quarterly vendor audit.'), after.join(' | '));
    assert.ok(after.includes('- Aided with the quarterly vendor audit.'), after.join(' | '));
    for (const a of after) assert.ok(!/^- (?:Supported|Enabled) with\b/.test(a), a);
  });
  it('offers an objectless alternative only with its own preposition ("Collaborated the audit" never)', () => {
    const after = fixesOf(['Worked on the ledger export.', 'Worked on the invoice matching job.']);
    assert.ok(after.length > 0);
    for (const a of after) assert.ok(/^- (?:Collaborated|Partnered|Contributed) (?:on|with|to) /.test(a) || !/^- (?:Collaborated|Partnered|Contributed)\b/.test(a), a);
    assert.ok(!after.some((a) => /^- \w+ on on\b/.test(a)));
  });
  it('leaves a verb with a direct object as it was', () => {
    const after = fixesOf(['Assisted the store manager with weekly orders.', 'Assisted the pharmacist with refill calls.']);
    // ("Enabled the pharmacist" is not offered: "enable" takes an act or a process, not a person.)
    assert.deepEqual(after, ['- Supported the pharmacist with refill calls.', '- Aided the pharmacist with refill calls.']);
  });
});

describe('rule repeated-opening-verb: an -ing word with its own object is a verb, not an object to take', () => {
  it('offers no transitive verb before "onboarding new hires"', () => {
    const text = doc(['Helped with the audit.', 'Helped with onboarding new hires.']);
    const f = findingsOf(repeatedOpeningVerb, text).pop()!;
    assert.ok(f, 'flagged');
    assert.deepEqual((f.fixes ?? []).map((x) => x.edits[0].newText.trim()), []);
  });
});

// Rules 27: alternatives that take the bullet's object as it stands (invented lines).
describe('rule repeated-opening-verb: alternatives that fit the object (rules 27)', () => {
  const titles = (...bullets: string[]) => {
    const doc = `## Experience\n\n### Engineer, Brindle Works — 2021 – 2023\n\n${bullets.map((b) => `- ${b}`).join('\n')}\n`;
    return findingsOf(repeatedOpeningVerb, doc).flatMap((f) => (f.fixes ?? []).map((x) => x.edits[0].newText));
  };
  it('no people-only verb for a subject taught to people', () => {
    const got = titles('Taught algebra to 30 adult learners.', 'Taught Python to year 9 students.');
    assert.ok(!got.includes('Instructed') && !got.includes('Tutored') && !got.includes('Coached'), got.join());
  });
  it('no "Planned" or "Architected" for a model, and no verb made from the object\'s own noun', () => {
    const got = titles('Designed a load cell amplifier for 4 test rigs.', 'Designed the Simulink model of the pump controller for 2 teams.');
    assert.ok(!got.includes('Planned') && !got.includes('Architected') && !got.includes('Modeled'), got.join());
    assert.ok(got.length > 0);
  });
});
