// Round 10 (second jobs pass): text that is not a requirement read as skills — work-authorization
// lines, equity statements, publication venues, examples of experiences, product names holding a
// concept's acronym, statistical "testing", a posting's own header fields. All examples invented.

import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';

const keywords = (text: string) => parseJobPosting(text).keywords.map((k) => k.keyword.toLowerCase());
const asked = (text: string) =>
  parseJobPosting(text)
    .keywords.filter((k) => k.importance !== 'other')
    .map((k) => k.keyword.toLowerCase());
const req = (line: string) => `Requirements\n- ${line}\n`;

describe('work authorization is not access control', () => {
  it('does not read "authorization" after work/employment/visa', () => {
    for (const line of [
      'Applicants need valid work authorization for the duration of the contract.',
      'You must hold employment authorization before the start date.',
      'Immigration authorization is the candidate\'s responsibility.',
      'Proof of legal authorization to be employed in Ireland is required.',
      'Travel authorization (eTA) may be needed for onboarding visits.',
    ]) assert.ok(!keywords(req(line)).includes('authorization'), line);
  });

  it('still reads authorization as a security skill', () => {
    for (const line of [
      'Experience implementing authorization in REST services',
      'Knowledge of OAuth 2.0 and authorization flows',
      'Designing role-based authorization for multi-tenant apps',
    ]) assert.ok(keywords(req(line)).includes('authorization'), line);
  });
});

describe('equity statements name people, not skills', () => {
  it('reads no phrase from an employment-equity sentence', () => {
    for (const line of [
      'We welcome applications from racialized people, 2SLGBTQ+ people and persons with disabilities.',
      'Fernvale is an equal opportunity employer and considers Veterans Affairs referrals.',
      'Our employment equity program encourages First Nations, Métis and Inuit applicants.',
      'All qualified applicants receive consideration without regard to sexual orientation, gender identity or national origin.',
      'Protected veterans and Disabled Persons are encouraged to self-identify.',
    ]) {
      const found = asked(req(line));
      assert.deepEqual(found, [], `${line} -> ${found.join(', ')}`);
    }
  });

  it('still reads a requirement about accessibility for people with disabilities', () => {
    assert.ok(asked(req('Experience with WCAG 2.1 when designing for people with disabilities')).includes('accessibility'));
  });
});

describe('publication venues are not skills', () => {
  it('skips venues after "publications at" and before "or similar venues"', () => {
    const cases = [
      'Publications at SIGGRAPH, CVPR or similar venues',
      'A track record of papers at ICRA and RSS',
      'Papers published at KDD, WWW or other top-tier conferences',
      'Work accepted in journals such as Nature Methods or Bioinformatics Letters',
      'First-author papers at ICML or comparable venues',
    ];
    for (const line of cases) {
      const found = asked(req(line));
      for (const bad of ['siggraph', 'cvpr', 'icra', 'rss', 'kdd', 'www', 'icml', 'venues', 'conferences', 'nature methods'])
        assert.ok(!found.includes(bad), `${line} -> ${found.join(', ')}`);
    }
  });

  it('still reads the fields papers are in, and names outside a venue list', () => {
    assert.ok(asked(req('Publications in computer vision or robotics')).includes('computer vision'));
    assert.ok(asked(req('Experience with PyTorch or similar frameworks')).includes('pytorch'));
    assert.ok(asked(req('Published research using PyTorch; experience with CUDA')).includes('cuda'));
  });
});

describe('examples of experiences are not named skills', () => {
  it('does not read names from an e.g. list whose items include a determiner phrase', () => {
    const cases: [string, string][] = [
      ['Hands-on build experience (e.g., Solar Car Team, a campus fab lab, a bike shop job)', 'solar car team'],
      ['Leadership in student groups (such as Hackathon Club, the debate society)', 'hackathon club'],
      ['Field experience (e.g., a summer crew job, Habitat Builds)', 'habitat builds'],
      ['Mentoring experience (for example, a tutoring role or Code Camp North)', 'code camp north'],
      ['Team projects (including Moonbuggy Challenge, an industry capstone)', 'moonbuggy challenge'],
    ];
    for (const [line, name] of cases) assert.ok(!keywords(req(line)).includes(name), `${line} -> ${keywords(req(line)).join(', ')}`);
  });

  it('still reads taxonomy skills in such a list, and names in a list of tools', () => {
    assert.ok(keywords(req('Shop experience (e.g., a machine shop job using SolidWorks, Formula teams)')).includes('solidworks'));
    assert.ok(keywords(req('Monitoring tools (e.g., Grafana, Prometheus)')).includes('grafana'));
    assert.ok(keywords(req('Cloud experience (e.g., AWS, GCP)')).includes('aws'));
  });
});

describe("a concept's acronym inside a vendor's product name", () => {
  it('does not read the acronym as the concept', () => {
    assert.ok(!keywords(req('Experience with simulators such as Veridian VCS or Cadence tools')).includes('version control'));
    assert.ok(!keywords(req('Familiarity with Quarkline CI Cloud pipelines')).includes('continuous integration'));
    assert.ok(!keywords(req('Knowledge of Zentrix ML Studio')).includes('machine learning'));
  });

  it('still reads the acronym alone, after a skill, or at the start of an item', () => {
    assert.ok(keywords(req('Experience with a VCS such as Git')).includes('version control'));
    assert.ok(keywords(req('VCS hygiene and branching')).includes('version control'));
    assert.ok(keywords(req('Experience with Jenkins CI and build scripts')).includes('continuous integration'));
    assert.ok(keywords(req('Strong ML fundamentals')).includes('machine learning'));
  });
});

describe('statistical testing is not software testing', () => {
  it('does not read testing in a statistical sense as software testing', () => {
    for (const line of [
      'Knowledge of multiple testing correction (FDR, Bonferroni)',
      'Comfort with statistical testing of survey data',
      'Significance testing and effect sizes',
      'Understanding of the multiple testing problem in genome-wide studies',
      'Sequential testing for online experiments',
    ]) assert.ok(!keywords(req(line)).includes('software testing'), line);
  });

  it('still reads software testing', () => {
    assert.ok(keywords(req('Experience with multiple testing frameworks (pytest, JUnit)')).includes('software testing'));
    assert.ok(keywords(req('Unit and integration testing of web services')).some((k) => /testing/.test(k)));
  });
});

describe("a posting's own header fields are not skill asks", () => {
  it('reads no skill from a title or department field', () => {
    const job = parseJobPosting('Position Title: Lab Assistant, Genomics\nDepartment: Data Engineering\nTeam: Cloud Security\n\nRequirements\n- Python\n');
    const names = job.keywords.map((k) => k.keyword.toLowerCase());
    for (const bad of ['genomics', 'bioinformatics', 'data engineering', 'cloud security']) assert.ok(!names.includes(bad), names.join(', '));
    assert.ok(names.includes('python'));
  });

  it('still reads a labelled line that is a sentence', () => {
    assert.ok(keywords('Intern\nTeam: you will build Kafka consumers in Go.\n').includes('kafka'));
  });
});

describe('supervised machine learning', () => {
  it('is supervised learning, and its unsupervised counterpart too', () => {
    assert.ok(keywords(req('Hands-on supervised machine learning with scikit-learn')).includes('supervised learning'));
    assert.ok(keywords(req('Unsupervised machine learning for clustering')).includes('unsupervised learning'));
    assert.ok(!keywords(req('Supervised a team of four interns')).includes('supervised learning'));
  });
});

describe('a colon choice list of techniques after a requirement cue', () => {
  it('reads each two- or three-word lower-case item', () => {
    const cases: [string, string[]][] = [
      ['Knowledge of forecasting, in one or more of: survival analysis, causal inference or mixed models', ['survival analysis', 'causal inference', 'mixed models']],
      ['Experience in at least one of: finite element analysis, computational fluid dynamics', ['finite element analysis', 'computational fluid dynamics']],
      ['Familiarity with one of the following: signal processing, stochastic processes', ['signal processing', 'stochastic processes']],
      ['Background in any of: graph algorithms, spectral methods', ['graph algorithms', 'spectral methods']],
      ['Understanding of one or more of: image segmentation, object tracking', ['image segmentation', 'object tracking']],
    ];
    for (const [line, want] of cases) {
      const found = keywords(req(line));
      for (const w of want) assert.ok(found.some((k) => k === w || k.startsWith(w.split(' ')[0]) && k.endsWith(w.split(' ').pop()!)), `${line}: ${w} not in ${found.join(', ')}`);
    }
  });

  it('does not read single words, lists without a cue, or clauses', () => {
    const found = (line: string) => keywords(req(line));
    assert.ok(!found('Experience in one or more of: retail, banking or insurance').includes('retail'));
    assert.ok(!found('You will rotate through one of: site visits, client calls').includes('site visits'), 'no requirement cue before the list');
    assert.deepEqual(found('Knowledge of one or more of: how to triage, when to escalate'), []);
    assert.ok(!found('Knowledge of one or more of: reading blueprints, meeting deadlines').includes('reading blueprints'));
    assert.ok(!found('Experience in one of: various projects, several teams').includes('various projects'));
  });
});
