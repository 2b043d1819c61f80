import { strict as assert } from 'node:assert';
import { DEFAULT_LEXICON } from '../../../src/core/lexicon';
import { analysisOfText } from '../../../src/core/nlp';
import { lineRole, type LineRole } from '../../../src/core/rules/work-line';
import { lint } from '../../../src/core/lint';

const roleOf = (text: string) => lineRole(analysisOfText(text, DEFAULT_LEXICON));

describe('work-line: which lines of a work section state work done', () => {
  const cases: [string, LineRole][] = [
    // Clauses led by the writer's verb, and accomplishment fragments.
    ['Built a caching layer for the catalogue API.', 'work'],
    ['Coordinated code reviews, release planning, and sprint demos.', 'work'],
    ['Design and implementation of the invoicing service;', 'work'],
    ['Improvement of uptime, security, and deploy speed', 'work'],
    ['Responsible for on-call rota, incident reviews, and runbooks.', 'work'],
    ['Mobile app that matches volunteers with food banks', 'work'],
    ['Physics-Based Route Planner ensuring safe descent paths', 'work'],
    ['Head of the Atlas migration project.', 'work'],
    ['Instructor for the evening data bootcamp', 'work'],
    ['Collaborated with the design team to build a booking flow', 'work'],
    ['Improved developer experience by adding typed fixtures', 'work'],
    ['Network administration;', 'work'],
    // Lists of tools, phases or topics.
    ['Kotlin, Gradle, Room, Retrofit, Compose', 'list'],
    ['Requirements analysis, detailed design, unit testing', 'list'],
    ['Infrastructure: Ubuntu, Nginx, Postfix, WireGuard', 'list'],
    ['Built with Flutter, Supabase and Sentry', 'list'],
    // Titles: roles, services, courses, people.
    ['Payroll Outsourcing Services', 'title'],
    ['Statistical Learning with Python (Uni Y)', 'title'],
    ['Mentor: Dr. Jane Roe', 'title'],
    ['Advisor: Prof. Sam Poe on coral reef acoustics', 'title'],
    ['Harbour Makers Guild, a hardware club', 'title'],
    ['Key Projects', 'title'],
    ['Warehouse and logistics coordinator', 'identity'],
    ['I am a certified scuba instructor.', 'identity'],
    // Not the writer's action.
    ['Advised by Professor Jane Roe', 'by-agent'],
    ['It was a legacy tool for printing labels.', 'context'],
    // An organisation named or described: a verbless line headed by a collective noun.
    ['Society for amateur astronomers and telescope makers.', 'context'],
    ['Riverside rowing association (volunteer-run)', 'context'],
    ['Neighbourhood food co-op committee; treasurer since spring', 'context'],
    ['Regional folk dance federation. Editor of its newsletter', 'context'],
    // A verb the lexicon lacks still opens the line: work, to be asked for a number.
    ['Revived the student chess club', 'work'],
    // Nouns that also name a thing made (panel, board, chapter) do not make a product line an organisation.
    ['Admin panel for the support staff to issue refunds', 'work'],
    ['Custom circuit board for a quadcopter flight controller', 'work'],
    ['Thesis chapter on sparse attention for long documents', 'work'],
    ['Founding member of the campus chess club', 'work'],
    ['Platform team onboarding guide for new hires', 'work'],
    ['Collaborated with the CTO and the product team', 'interaction'],
    ['Won the Best Poster award at the spring symposium.', 'recognition'],
    ['Prize: Winner of the regional robotics cup', 'recognition'],
    // Learning and knowledge.
    ['Gained a solid understanding of distributed consensus.', 'learning'],
    ['Deep knowledge of compiler internals.', 'learning'],
    ['Completed the advanced level of the cloud course.', 'learning'],
    // A module is as often a part of a product as of a course: completing one is work.
    ['Completed the reporting module of the admin app', 'work'],
    ['Improved my negotiation skills.', 'learning'],
    // A course noun with a beneficiary or a result after it is work done for someone.
    ['Completed SOC 2 certification for the platform in four months.', 'work'],
    ['Finished the tutorial for the onboarding flow, raising day-one retention by 8%.', 'work'],
    ['Audited 30 classes of the legacy Java codebase for thread safety.', 'work'],
    ['Passed all four levels in conversational Portuguese.', 'learning'],
    // Being present while others act: the audience, or at someone's side.
    ['Attended a regional cloud security summit in Lyon.', 'learning'],
    ['Shadowed the night-shift charge nurses for a month', 'learning'],
    // "Attend to" is to handle.
    ['Attended to 40+ patients per shift in the emergency department.', 'work'],
    // A verb of fitting with no object before "to": the writer is what changed.
    ['Adapted to an unfamiliar scripting toolchain in a week', 'learning'],
    ['Adjusted quickly to a fully remote team', 'learning'],
    ['Adapted the importer to the new CSV schema', 'work'],
    ['Adjusted to meet the partner deadline by reordering the backlog', 'work'],
    ['Adapted to shifting requirements by rewriting the scheduler in Go', 'work'],
    ['Attended weekly client calls and wrote the meeting notes', 'work'],
    ['Attended vendor meetings to negotiate the support contract', 'work'],
    // Lead-ins and continuations.
    ['The main duties were as follows:', 'lead-in'],
    ['And more...', 'lead-in'],
  ];
  for (const [text, role] of cases) it(`${role}: ${text}`, () => assert.equal(roleOf(text), role));
});

describe('missing-metric asks only on lines that state work', () => {
  const doc = (bullets: string[]) => `## Experience\n\n### Analyst, Example Co — 2021 – 2023\n\n${bullets.map((b) => `- ${b}`).join('\n')}\n`;
  const metricLines = (text: string) => lint(text, { config: { markdownlint: false } }).filter((f) => f.ruleId === 'missing-metric').map((f) => f.line);

  it('skips a tools list, a supervisor line and a course title, flags the work', () => {
    const text = doc(['Mentor: Dr. Jane Roe', 'Kotlin, Gradle, Room, Retrofit, Compose', 'Built the offline sync for the field app.']);
    assert.deepEqual(metricLines(text), [7]);
  });

  it('reads a verb-led line in title case as a title among titles, as work among work', () => {
    const amongTitles = doc(['Payroll Outsourcing Services', 'Integrated Tax Audits']);
    assert.deepEqual(metricLines(amongTitles), []);
    const amongWork = doc(['Built the offline sync for the field app.', 'Integrated Tax Audits']);
    assert.deepEqual(metricLines(amongWork), [5, 6]);
  });

  it('skips descriptions under an entry headed like a skills list, keeps finite-verb work there', () => {
    // A job entry beside it keeps the section an experience section (alone, the sub-heading would name the section).
    const text = '## Experience\n\n### Backend Developer, Example Co — 2020 – 2022\n\n- Built the billing exporter in Go.\n\n### Programming languages\n\n- Go - writing small services, fixing old code.\n- Rewrote the invoice parser in Go.\n';
    assert.deepEqual(metricLines(text), [5, 10]);
  });

  it('asks the question that fits the object', () => {
    const msg = (b: string) => lint(doc([b]), { config: { markdownlint: false } }).find((f) => f.ruleId === 'missing-metric')?.message ?? '';
    assert.match(msg('Organized the sales data of the whole region in one warehouse'), /how much data/);
    // The role line is asked about what it is of (models), not about people; "models" is software only
    // where software is talked about (round 10: a technology in the line or a software resume).
    assert.doesNotMatch(msg('Designer and implementer of forecasting models and processes'), /how many people/);
    assert.match(msg('Designer and implementer of forecasting models in PyTorch'), /how big it is or how many users/);
    assert.match(msg('Welcomed hotel guests at the front desk'), /how many people, how often/);
  });
});
