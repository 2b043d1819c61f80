import { repeatedOpeningVerb } from '../../../src/core/rules/repeated-opening-verb';
import { testRule } from '../../helpers/rule-tester';

const doc = (bullets: string[]) =>
  `## Experience\n\n### Software Engineer Intern, Acme Corp — Jan 2023 – Apr 2023\n\n${bullets.map((b) => `- ${b}`).join('\n')}\n`;

testRule(repeatedOpeningVerb, {
  valid: [
    {
      doc: true,
      code: doc([
        // Three uses are within the default max of 3, and not three in a row.
        'Built a REST API in Flask for 14 internal tools.',
        'Built a CI pipeline that cut release time by 40%.',
        'Designed an ETL job that loads 2 GB of logs nightly.',
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
      code: `${doc(['Built A for 10 users.', 'Built B for 20 users.', 'Designed D for 5 teams.', 'Built C for 30 users.'])}\n## Skills\n\n- Built tooling in Go and Rust\n`,
    },
    {
      // Two in a row is fine; a run is counted within one entry, so the third "Led" under another role is not a third in a row.
      doc: true,
      code: `${doc(['Led a team of 4 on the billing rewrite.', 'Led the move to Kubernetes for 30 services.'])}\n### Intern, Bolt Labs — May 2022 – Aug 2022\n\n- Led a study group of 6 interns.\n`,
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
      // Three bullets in a row under one entry open with one verb: the third is flagged.
      doc: true,
      code: doc(['Led a team of 4 on the billing rewrite.', 'Led the move to Kubernetes for 30 services.', 'Led the incident review program for 12 teams.', 'Wrote the on-call guide.']),
      underlines: ['Led'],
      message: 'Three bullets in a row open with "lead"',
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
      // "Build pipelines" is a noun phrase; the other four share the lemma "build": the 4th is flagged.
      underlines: ['Built'],
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
      count: 2,
      output: doc([
        'Developed a payments API in Go.',
        'Developed a fraud model in PyTorch.',
        'Developed a CLI for 200 engineers.',
        'Built an admin dashboard in React.',
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
