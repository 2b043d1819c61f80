import { techSpelling } from '../../../src/core/rules/tech-spelling';
import { TECH_TERMS, ACCEPTED_TECH_VARIANTS } from '../../../src/core/lexicon/tech-terms';
import { testRule, findingsOf, inExperience } from '../../helpers/rule-tester';
import assert from 'node:assert/strict';
import { lint } from '../../../src/core/lint';

testRule(techSpelling, {
  valid: [
    // Session 21: a place list beside a named technology is no slip ("Cusco" is not "Cisco"); LoRa
    // (the radio) and LoRA (the fine-tuning method) are two names, neither a misspelling of the other.
    'Built booking widgets in Vue.js for 14 hotels in Delhi, Jaipur and Agra.',
    'Built a LoRa sensor network (LoRaWAN, STM32) with 8 nodes.',
    'Fine-tuned a model with LoRA adapters on 2 GPUs.',
    'Built a JavaScript SPA on Node.js and MongoDB, deployed with GitHub Actions.',
    'Code at [github/ana-silva](https://example.com) and linkedin/in/ana-silva.', // handles
    'Rendered {{javascript}} and ${nodejs} placeholders in 30 e-mail templates.', // template macros
    'Plotted 40 charts with seaborn and three.js on UNIX servers.', // the projects' own spellings
    'Three.js scenes and Unix daemons; parts modelled in SolidWorks.', // common spellings beside the official ones
    'Moved 40 tables from MySQL to Postgres with zero downtime.', // Postgres is an accepted alias
    'Wrote services in Golang and React.js behind an NGINX ingress on K8s.',
    'Cut npm install time by 60% with a pnpm workspace and webpack caching.', // official lower case
    'Ran `npm run build` and `node index.js` in the `github` CI job.', // inline code
    'Published the SDK at https://github.com/acme/nodejs-sdk and www.npmjs.com/package/acme.', // URLs
    'Answered 300 tickets from support@mongodb.com users.', // e-mail
    'Helped users react to incidents faster; went from 4 to 2 hours.', // "react", "go" as English words
    'Built the admin UI in ReactJS and the API in NodeJS with TailwindCSS.', // accepted variants
    'Wrote a CUDA kernel and a PyTorch extension; benchmarked on iOS and macOS.',
    { doc: true, code: '## Skills\n\n```\nimport javascript from "javascript"\n```\n' }, // code block
    { doc: true, code: '## TECHNICAL SKILLS\n\nJAVASCRIPT · TYPESCRIPT · PYTHON\n' }, // a line in capitals is styling
  ],
  invalid: [
    {
      code: 'Built a Javascript SPA on nodejs and Mongodb, deployed with Github Actions.',
      underlines: ['Javascript', 'nodejs', 'Mongodb', 'Github'],
      output: 'Built a JavaScript SPA on nodejs and Mongodb, deployed with Github Actions.',
    },
    { code: 'Migrated 12 services from Typescript 3 to 5.', underlines: ['Typescript'], message: '"TypeScript"' },
    // The fix writes the project's own spelling: lower case for three.js, capitals for the UNIX trademark.
    { code: 'Rendered 3D maps with Threejs on unix servers.', underlines: ['Threejs', 'unix'], output: 'Rendered 3D maps with three.js on unix servers.' },
    { code: 'Wrote Node.JS workers that read Postgresql and Elasticsearch.', underlines: ['Node.JS', 'Postgresql'] },
    { code: 'Built Javascript/Typescript tooling for IOS and Macos apps.', underlines: ['Javascript', 'Typescript', 'IOS', 'Macos'] },
    { code: "Maintained Github's mirror of a Mongodb-backed API.", underlines: ['Github', 'Mongodb'] },
    { code: 'Linked the [Github repo](https://github.com/acme/x) from the README.', underlines: ['Github'] },
    {
      doc: true,
      code: '## Skills\n\n**Languages:** python, Javascript, c++\n',
      underlines: ['python', 'Javascript', 'c++'],
      output: '## Skills\n\n**Languages:** Python, Javascript, c++\n',
    },
    {
      // Extra spellings from configuration.
      code: 'Automated reports in Hubspot and Acmedb.',
      config: { words: { techTerms: { acmedb: 'AcmeDB' } } },
      underlines: ['Hubspot', 'Acmedb'],
    },
  ],
});

describe('tech-terms lexicon', () => {
  it('has at least 150 terms, keyed by their lower-case form', () => {
    const keys = Object.keys(TECH_TERMS);
    assert.ok(keys.length >= 150, `only ${keys.length} terms`);
    for (const k of keys) assert.equal(k, k.toLowerCase(), `key "${k}" is not lower case`);
  });
  it('maps each key to a non-empty spelling; each accepted variant is an alternative to a listed canonical form', () => {
    for (const [k, v] of Object.entries(TECH_TERMS)) assert.ok(v.trim() === v && v.length > 0, `empty or padded value for ${k}`);
    for (const variant of ACCEPTED_TECH_VARIANTS) {
      const canonical = TECH_TERMS[variant.toLowerCase()];
      assert.ok(canonical, `${variant} has no entry`);
      assert.notEqual(canonical, variant, `${variant} is the canonical form already`);
    }
  });
  it('never lists ordinary English words that resumes use in lower case', () => {
    for (const word of ['react', 'express', 'spring', 'swift', 'rust', 'go', 'flask', 'excel', 'slack', 'bootstrap', 'lambda', 'spark', 'rest', 'npm', 'git']) {
      assert.equal(TECH_TERMS[word], undefined, `"${word}" must not be in the list`);
    }
  });
});

describe('tech-spelling in other source formats', () => {
  const flagged = (text: string, path: string) => lint(text, { path }).filter((f) => f.ruleId === 'tech-spelling').map((f) => f.message);
  it('skips LaTeX comments (they never render) but still reads the items', () => {
    const tex = [
      '\\documentclass{article}',
      '\\begin{document}',
      '\\section{Experience}',
      '\\begin{itemize}',
      '  % \\item Built a Javascript widget for the club site.',
      '  \\item Rewrote the Typescript build in 2 days; cut CI time 40\\%.',
      '\\end{itemize}',
      '\\end{document}',
      '',
    ].join('\n');
    const messages = flagged(tex, 'cv.tex');
    assert.ok(messages.some((m) => m.includes('"Typescript"')), messages.join('\n'));
    assert.ok(!messages.some((m) => m.includes('"Javascript"')), messages.join('\n'));
  });
  it('skips YAML comment lines in a RenderCV file', () => {
    const yaml = '# yaml-language-server: $schema=./schema.json\ncv:\n  name: Ana Silva\n  sections:\n    experience:\n      - company: Acme\n        position: Analyst\n        highlights:\n          - Moved 12 reports to Postgresql views\n';
    const messages = flagged(yaml, 'cv.yaml');
    assert.ok(messages.some((m) => m.includes('"Postgresql"')), messages.join('\n'));
    assert.ok(!messages.some((m) => m.includes('"yaml"')), messages.join('\n'));
  });
});

// Rules 27: a lower-case slug of three or more hyphenated parts names a repository or a package.
describe('rule tech-spelling: slugs', () => {
  it('leaves a repository slug alone, still corrects a two-part compound', () => {
    assert.equal(findingsOf(techSpelling, inExperience('Wrote the ticket-api-client library for 4 teams.')).length, 0);
    assert.equal(findingsOf(techSpelling, inExperience('Built a javascript-based form for 4 teams.')).length, 1);
  });
});
