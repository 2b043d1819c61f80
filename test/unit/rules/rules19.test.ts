import assert from 'node:assert/strict';
import { techSpelling } from '../../../src/core/rules/tech-spelling';
import { fillerWord } from '../../../src/core/rules/filler-word';
import { genericObject } from '../../../src/core/rules/generic-object';
import { missingGraduationDate } from '../../../src/core/rules/missing-graduation-date';
import { tenseMismatch } from '../../../src/core/rules/tense-mismatch';
import { findingsOf } from '../../helpers/rule-tester';
import type { Rule } from '../../../src/core/types';

const flagged = (rule: Rule, text: string) => findingsOf(rule, text).map((f) => text.slice(f.range.start, f.range.end));

describe('rules19: precision fixes', () => {
  it('tech-spelling leaves a plural acronym ("TLs", team leads) alone but still fixes the name', () => {
    const text = '## Experience\n\n### Lead, Acme — 2020 – 2022\n\n- Coached 12 TLs on Javascript reviews.\n- Set up Tls for the API.\n';
    assert.deepEqual(flagged(techSpelling, text), ['Javascript', 'Tls']);
  });

  it('tech-spelling leaves a LaTeX macro option key alone', () => {
    const text = '\\social[linkedin]{ana-perez}\n\n## Skills\n\nPython, Javascript, github\n';
    assert.deepEqual(flagged(techSpelling, text), ['Javascript', 'github']);
  });

  it('filler-word leaves "very good" alone when it names a grade', () => {
    const text = '## Experience\n\n### Dev, Acme — 2020 – 2022\n\n- Wrote a thesis on caching (grade: 4.5, very good).\n- Passed with GPA 8.7/10, very good standing.\n- Built a very fast cache for 3 teams.\n';
    assert.deepEqual(flagged(fillerWord, text), ['very']);
    assert.equal(findingsOf(fillerWord, text).length, 1);
    assert.match(text.slice(findingsOf(fillerWord, text)[0].range.start), /^very fast/);
  });

  it('generic-object does not name the noun of a compound parallel to an earlier one ("test environment and test data")', () => {
    const text = '## Experience\n\n### QA, Acme — 2019 – 2021\n\n- Was responsible for load environment and load data.\n';
    assert.ok(!flagged(genericObject, text).includes('data'), flagged(genericObject, text).join(', '));
  });

  it('missing-graduation-date reads a year closing a "Provider: course" title line', () => {
    const text = '## Education\n\n**State University** — B.S. in Physics, 2015\nUdemy: Machine Learning Foundations (Stanford Online), 2021\n';
    assert.deepEqual(flagged(missingGraduationDate, text), []);
  });

  it('tense-mismatch reads "till now" and "up to present" after the start date as a current role', () => {
    const a = '## Experience\n\n### QA Engineer, Acme\n04.2022 – till now\n\n- Automated 300 checks.\n- Maintains the nightly suite of 900 tests.\n';
    const b = '## Experience\n\n### Team Lead, Acme — June 2018 up to present\n\n- Handles escalations for 40 agents.\n- Coaches 6 new hires each quarter.\n';
    assert.deepEqual(flagged(tenseMismatch, a), []);
    assert.deepEqual(flagged(tenseMismatch, b), []);
  });

  it('tense-mismatch does not read "Found" (past of "find") as present tense', () => {
    const text = '## Experience\n\n### QA, Acme — 2019 – 2021\n\n- Found 120 defects before release.\n- Build 3 dashboards for sales.\n';
    assert.deepEqual(flagged(tenseMismatch, text), ['Build']);
  });
});

import { dateFormat } from '../../../src/core/rules/date-format';
import { personalDetails } from '../../../src/core/rules/personal-details';
import { duplicateBullet } from '../../../src/core/rules/duplicate-bullet';
import { objectiveSection } from '../../../src/core/rules/objective-section';
import { missingMetric } from '../../../src/core/rules/missing-metric';
import { weakOpening } from '../../../src/core/rules/weak-opening';

const linesOf = (rule: Rule, text: string) => findingsOf(rule, text).map((f) => text.slice(0, f.range.start).split('\n').length);

describe('rules19: recall mechanisms', () => {
  it('date-format rewrites dotted dates toward month names when the resume also has month names', () => {
    const text = '## Experience\n\n### Dev, Acme\n04.2021 – 09.2023\n\n- Built 3 tools.\n\n### Dev, Initech\n01.2018 – 03.2021\n\n- Built 4 tools.\n\n## Certifications\n\n- Cloud Practitioner, exam booked for June 2027\n- Azure Fundamentals, January 2024\n';
    assert.deepEqual(flagged(dateFormat, text), ['04.2021', '09.2023', '01.2018', '03.2021']);
    assert.match(findingsOf(dateFormat, text)[0].message, /"Apr 2021"/);
  });

  it('date-format leaves dotted dates alone when the resume uses them throughout', () => {
    const text = '## Experience\n\n### Dev, Acme\n04.2021 – 09.2023\n\n- Built 3 tools.\n\n### Dev, Initech\n01.2018 – 03.2021\n\n- Built 4 tools.\n';
    assert.deepEqual(flagged(dateFormat, text), []);
  });

  it('personal-details reads a label alone on its line with the value on the next, and LaTeX/YAML shapes', () => {
    const deflist = '## Personal\n\nDate of birth\n: 01.02.1990\n\nNationality\n: Brazilian\n\nWork permit\n: Open work permit\n';
    assert.deepEqual(linesOf(personalDetails, deflist), [4, 7]);
    const tex = '\\section{Personal}\n\\cvitem{Date of birth}{3 May 1985}\n\\cvitem{Hobbies}{Chess}\n';
    assert.deepEqual(linesOf(personalDetails, tex), [2]);
    const photo = '## Personal\n\nPhoto: available on request\n';
    assert.deepEqual(linesOf(personalDetails, photo), [3]);
  });

  it('duplicate-bullet flags a two-word duty line repeated in another job', () => {
    const text = '## Experience\n\n### QA, Acme — 2019 – 2021\n\n- Performance testing.\n- Wrote 300 test cases.\n\n### QA, Initech — 2016 – 2019\n\n- Performance testing.\n- Led 2 testers.\n';
    assert.deepEqual(linesOf(duplicateBullet, text), [10]);
  });

  it('objective-section flags a summary sentence that asks for a job, not one that only mentions availability', () => {
    const text = '## Summary\n\nBackend engineer with 6 years in payments. Seeking a challenging role in a growing company.\n';
    assert.deepEqual(flagged(objectiveSection, text), ['Seeking a challenging role in a growing company.']);
    const ok = '## Summary\n\nData analyst with 3 years of SQL and Tableau, available for a full-time role from June 2027.\n';
    assert.deepEqual(flagged(objectiveSection, ok), []);
  });

  it('tense-mismatch flags a present progressive opening in an ended role', () => {
    const text = '## Experience\n\n### Dev, Acme — 2019 – 2022\n\n- Is leading a team of 3 developers.\n- Built a billing service.\n';
    assert.deepEqual(flagged(tenseMismatch, text), ['Is leading']);
    assert.match(findingsOf(tenseMismatch, text)[0].message, /"Led"/);
  });

  it('missing-metric reads adoption by others as a stated result', () => {
    const text = '## Experience\n\n### Analyst, Acme — 2019 – 2022\n\n- Wrote a churn analysis that the sales team adopted for its renewal playbook.\n- Wrote a churn analysis for the sales team.\n';
    assert.deepEqual(linesOf(missingMetric, text), [6]);
  });

  it('weak-opening flags "do" as the main verb and a verbless duty line among verb-led siblings', () => {
    const text = '## Experience\n\n### QA Engineer, Acme — 2019 – 2022\n\n- Automated 400 checks in Playwright.\n- Cut the release cycle from 3 days to 1.\n- Performance testing.\n- Did some checks during releases.\n';
    assert.deepEqual(flagged(weakOpening, text), ['Performance testing', 'Did']);
  });

  it('weak-opening leaves a list written wholly in the nominal style to the judge', () => {
    const text = '## Experience\n\n### Developer, Acme — 2019 – 2022\n\n- Development of the billing portal in React.\n- Creation of the reporting module in Django.\n- Migration of the ledger to PostgreSQL.\n';
    assert.ok(!flagged(weakOpening, text).includes('Migration of'), flagged(weakOpening, text).join(', '));
  });
});

describe('rules19: adoption as an outcome', () => {
  it('does not read the writer adopting a practice as an outcome', () => {
    const text = '## Experience\n\n### Dev, Acme — 2019 – 2022\n\n- Built the parser module; I adopted test-driven development for it.\n';
    assert.deepEqual(linesOf(missingMetric, text), [5]);
  });
});

describe('rules19: third-person duty openings', () => {
  it('reads a duty phrase in the third person as the writer\'s in a job\'s list, not in a project\'s', () => {
    const job = '## Experience\n\n### Shift Lead, Acme Market — 2021 – Present\n\n- Handles a crew of 9 cashiers on weekends.\n- Cut checkout wait from 6 to 3 minutes.\n';
    assert.deepEqual(flagged(weakOpening, job), ['Handles']);
    const project = job.replace('## Experience', '## Projects');
    assert.deepEqual(flagged(weakOpening, project), []);
  });
});
