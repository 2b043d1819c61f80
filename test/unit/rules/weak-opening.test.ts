import assert from 'node:assert/strict';
import { DEFAULT_LEXICON } from '../../../src/core/lexicon';
import { judgeBullet } from '../../../src/core/judge';
import { analyzeBullet } from '../../../src/core/nlp/clauses';
import { dutyFragment } from '../../../src/core/rules/duty-fragment';
import { weakOpening } from '../../../src/core/rules/weak-opening';
import { findingsOf, inExperience, testRule } from '../../helpers/rule-tester';

const current = (bullet: string) => `## Experience\n\n### Software Engineer, Acme Corp — Jan 2024 – Present\n\n- ${bullet}\n`;

testRule(weakOpening, {
  valid: [
    // Strong verbs in the past and, for a current role, the present: never weak.
    'Shipped offline mode for the Android app.',
    'Owned the checkout service end to end.',
    'Won the 2022 ACM regional contest with a team of three.',
    'Ran the weekly incident review for the platform group.',
    'Secured a $40K research grant.',
    'Led a team of five engineers.',
    { code: current('Lead a team of five engineers building the ledger.'), doc: true },
    { code: current('Build and operate the Kafka ingestion layer.'), doc: true },
    // A third-person verb describes a product, not the writer: "Works offline", "Learns from each photo".
    { code: '# Ada Lovelace\n\n## Projects\n\n### Plant Log\n\n- Works fully offline and syncs when a network returns\n- Learns from each labelled photo to suggest a species\n', doc: true },
    // The phrase must open the bullet, and match whole words.
    'Built the CI pipeline that helped three teams ship daily.',
    'Led the onboarding redesign; responsible for nothing else.',
    'Helpful tooling: built a CLI for release notes.',
    // Not a narrative section: skills lines may say "Experience with".
    { code: '## Skills\n\n- Experience with Docker and Kubernetes\n', doc: true },
    // A verb of adjusting that acts on something, or adjusts by doing work, is work, not learning.
    'Adapted the parser to the new schema.',
    'Adapted to the new schema by rewriting the parser.',
    'Completed the reporting module of the admin app.',
    // An objectless verb before a preposition names nothing alone only without a purpose.
    'Spoke to the store managers to cut weekend queue times by a third.',
  ],
  invalid: [
    // Session 21: an act noun after "Worked on" gives its own verb; a project or a bare act gets none.
    { code: 'Worked on the migration of the booking portal to Kotlin for 3 teams.', output: 'Migrated the booking portal to Kotlin for 3 teams.' },
    { code: 'Worked on the integration of Adyen payments for 40 shops.', output: 'Integrated Adyen payments for 40 shops.' },
    {
      code: 'Responsible for the checkout service.',
      underlines: ['Responsible for'],
      message: 'duty',
      output: 'Owned the checkout service.',
    },
    { code: 'Responsible for onboarding new hires.', output: 'Onboarded new hires.' },
    { code: 'Responsible for marketing.', output: 'Owned marketing.' },
    { code: 'Tasked with designing, building and testing the API.', output: 'Designed, built and tested the API.' },
    {
      code: 'Responsible for managing social media accounts.',
      underlines: ['Responsible for'],
      output: 'Managed social media accounts.',
    },
    { code: 'Was responsible for opening and closing the store.', underlines: ['Was responsible for'], output: 'Opened and closed the store.' },
    { code: 'Helped build an XML configuration parser.', underlines: ['Helped'], output: 'Built [your part] of an XML configuration parser.' },
    { code: 'Helped to design the billing schema.', underlines: ['Helped to'], output: 'Designed [your part] of the billing schema.' },
    // The present tense in a role that has ended (the tester's internship ended in 2023) is put right.
    { code: 'Help to implement the web service for the league.', underlines: ['Help to'], output: 'Implemented [your part] of the web service for the league.' },
    { code: current('Help to implement the web service for the league.'), doc: true, underlines: ['Help to'], output: current('Implement [your part] of the web service for the league.') },
    { code: 'Worked on the recommendation ranking model.', underlines: ['Worked on'], output: 'Developed the recommendation ranking model.' },
    { code: 'Worked with Docker and Kubernetes.', underlines: ['Worked with'], output: 'Built with Docker and Kubernetes.' },
    { code: 'Worked with the design team on the landing page.', underlines: ['Worked with'] },
    { code: 'Worked in a squad of 5 on the billing back end.', underlines: ['Worked in'] },
    { code: 'Participated in and won the campus robotics cup.', underlines: ['Participated in'] },
    { code: 'Involved in developing the new billing API.', underlines: ['Involved in'], output: 'Developed [your part] of the new billing API.' },
    { code: 'Tasked with creating a new onboarding flow.', underlines: ['Tasked with'], output: 'Created a new onboarding flow.' },
    { code: 'In charge of the weekly newsletter.', underlines: ['In charge of'], output: 'Owned the weekly newsletter.' },
    { code: 'Handled IT support requests within the SLA.', underlines: ['Handled'], output: 'Resolved IT support requests within the SLA.' },
    { code: 'Assisted in upgrading the LAN infrastructure.', underlines: ['Assisted in'], output: 'Upgraded [your part] of the LAN infrastructure.' },
    { code: 'Aided in the overhaul of the parcel intake desk.', underlines: ['Aided in'] },
    { code: 'Assisted the nurses with patient intake.', underlines: ['Assisted'] },
    { code: 'Helped customers choose laptops.', underlines: ['Helped'], count: 1 },
    { code: 'Providing technical support for clients.', underlines: ['Providing technical support'] },
    { code: 'Provided support to customers over phone and email.', underlines: ['Provided support'] },
    { code: 'Supported rollout and upkeep of mail servers.', underlines: ['Supported'] },
    { code: 'Supported the finance team with reporting.', underlines: ['Supported'] },
    { code: 'Gained hands-on experience with Ansible and Redis.', underlines: ['Gained hands-on experience with'], message: 'exposure', output: 'Built with Ansible and Redis.' },
    { code: 'Hands-on experience with Docker and AWS EKS.', underlines: ['Hands-on experience with'] },
    { code: 'Exposure to Salesforce reporting.', underlines: ['Exposure to'] },
    { code: 'Learned to deploy services on Kubernetes.', underlines: ['Learned to'], output: 'Deployed services on Kubernetes.' },
    { code: 'Learned React while building the admin panel.', underlines: ['Learned'] },
    { code: 'Shadowed senior nurses on the oncology ward.', underlines: ['Shadowed'] },
    { code: 'Part of the growth team running pricing experiments.', underlines: ['Part of the growth team'] },
    { code: 'Collaborated with teammates through GitHub issues.', underlines: ['Collaborated with'] },
    { code: 'Duties included stocking shelves and cashiering.', underlines: ['Duties included'] },
    { code: 'Part of a team of 4 that rebuilt the intake form.', underlines: ['Part of a team'] },
    { code: 'Worked as a barista at a busy campus café.', underlines: ['Worked as'] },
    // Labels, pronouns and adverbs before the opening are skipped.
    { code: 'Capstone Project: Tide Tracker - Mostly worked on the map screen of the app.', underlines: ['worked on'] },
    { code: 'I helped design the onboarding emails.', underlines: ['helped'], output: 'I designed [your part] of the onboarding emails.' },
    // The bullet's own tense is kept, whatever the role; a phrase without a verb takes the role's.
    { code: current('Responsible for the payments API.'), doc: true, underlines: ['Responsible for'], output: current('Own the payments API.') },
    { code: current('Helping build the design system.'), doc: true, underlines: ['Helping'], output: current('Building [your part] of the design system.') },
    { code: current('Work on the search indexer.'), doc: true, underlines: ['Work on'], output: current('Develop the search indexer.') },
    { code: current('Helped build the invoice exporter.'), doc: true, underlines: ['Helped'], output: current('Built [your part] of the invoice exporter.') },
    // Grammar inside the phrase: an adverb, a comma-enclosed aside, a left-out determiner. No fix is
    // offered when words sit inside the phrase (replacing it would drop them).
    { code: 'Worked actively on the parking-permit app.', underlines: ['Worked actively on'] },
    { code: 'Responsible, with two other interns, for the lab inventory.', underlines: ['Responsible, with two other interns, for'] },
    { code: 'Part of platform reliability team at a logistics startup.', underlines: ['Part of platform reliability team'] },
    // A duty phrase in its noun form reads the same ("Participation in" is "Participated in").
    { code: 'Participation in weekly vendor calls for the warehouse team.', underlines: ['Participation in'] },
    // Modifiers before a verbless phrase's noun ("Broad hands-on … experience with"); no fix drops them.
    { code: 'Broad hands-on lab experience with soldering and oscilloscopes.', underlines: ['Broad hands-on lab experience with'] },
    // Learning led by the writer's verb (rules/work-line learningVerbPhrase), whatever the judge says.
    { code: 'Gained a solid grasp of queueing theory during the on-call rotation.', underlines: ['Gained a solid grasp of'], message: 'learning' },
    { code: 'Adjusted quickly to a night-shift schedule.', underlines: ['Adjusted quickly to'], message: 'learning' },
    { code: 'Took three evening courses on compilers.', underlines: ['Took three evening courses'], message: 'learning' },
    { code: 'Over the summer, gained working knowledge of Terraform.', underlines: ['gained working knowledge of'], message: 'learning' },
  ],
});

describe('rule weak-opening: suggestions, not safe fixes', () => {
  const fixesOf = (bullet: string) => findingsOf(weakOpening, inExperience(bullet))[0]?.fixes ?? [];
  const WEAK = /^(help|assist|aid|support|handl|work|participat|learn|attend|shadow|deal|gain|contribut|collaborat|partner|engag|involv|us(e|ed|ing)\b)/i;

  it('never marks a replacement verb safe or preferred (it changes the claim)', () => {
    for (const b of ['Responsible for the checkout service.', 'Helped build an XML configuration parser.', 'Worked on the recommendation ranking model.', 'Handled IT support requests within the SLA.']) {
      const fixes = fixesOf(b);
      assert.ok(fixes.length > 0, b);
      for (const f of fixes) {
        assert.notEqual(f.safe, true, b);
        assert.notEqual(f.isPreferred, true, b);
      }
    }
  });

  it('never proposes another weak opening', () => {
    for (const b of ['Worked with Docker and Kubernetes.', 'Participated in the spring robotics league.', 'Gained hands-on experience with Ansible and Redis.', 'Involved in the payroll migration.']) {
      for (const f of fixesOf(b)) assert.doesNotMatch(f.edits[0].newText, WEAK, `${b} → ${f.edits[0].newText}`);
    }
  });

  it('offers no verb when the object does the action ("Helped the CEO prepare …")', () => {
    assert.deepEqual(fixesOf('Helped the CEO prepare quarterly board decks.'), []);
    assert.deepEqual(fixesOf('Helped customers choose laptops.'), []);
  });

  it('offers no replacement when words sit inside the phrase', () => {
    assert.deepEqual(fixesOf('Worked closely, with two other interns, on the parking-permit app.'), []);
    assert.deepEqual(fixesOf('Worked actively on the parking-permit app.'), []);
  });

  it('offers no replacement when modifiers stand before the phrase ("Broad hands-on … experience with")', () => {
    assert.deepEqual(fixesOf('Broad hands-on lab experience with soldering and oscilloscopes.'), []);
  });

  it('offers no verb when the object is people (another verb would claim something else)', () => {
    assert.deepEqual(fixesOf('Assisted the nurses with patient intake.'), []);
  });

  it('offers no "Built with" when "with" takes a partner: "closely", or "on" a task after it', () => {
    assert.deepEqual(fixesOf('Worked closely with procurement on supplier scorecards.'), []);
    assert.deepEqual(fixesOf('Worked with the finance office on quarterly forecasts.'), []);
    assert.deepEqual(fixesOf('Worked together with two interns on the greenhouse sensors.'), []);
    // A tool after "with", and its purpose: the suggestion still fits.
    assert.ok(fixesOf('Worked with Kafka Streams to deduplicate sensor events.').length > 0);
    assert.ok(fixesOf('Worked with React and Redux in the checkout app.').length > 0);
    // A name or a technology before "on" is a tool, not a partner: the suggestion stays.
    assert.ok(fixesOf('Worked with Terraform on the network layer for 12 VPCs.').length > 0);
    assert.ok(fixesOf('Worked with Spark on a 4 TB nightly job.').length > 0);
    assert.ok(fixesOf('Worked with PyTorch Lightning on distributed training.').length > 0);
    assert.ok(fixesOf('Worked with docker on the build images.').length > 0);
    // Common lower-case words before "on": a party.
    assert.deepEqual(fixesOf('Worked with marketing on three product launches.'), []);
  });

  const replacements = (bullet: string) => fixesOf(bullet).map((f) => f.edits[0].newText);

  it('offers "Built with" or "Used" only when the phrase names a tool, never a person or a practice', () => {
    assert.deepEqual(replacements('Worked with the firmware developer to bring up the sensor board.'), []);
    assert.deepEqual(replacements('Worked with the county planner to map flood zones.'), []);
    for (const b of ['Gained experience with data cleaning for survey results.', 'Gained exposure to vendor negotiations.']) {
      for (const r of replacements(b)) assert.doesNotMatch(r, /^(Used|Built with|Developed with|Applied)$/, `${b} → ${r}`);
    }
    assert.ok(replacements('Gained exposure to AWS Lambda and DynamoDB.').includes('Built with'));
    // "Applied" fits a method as well as a tool.
    assert.ok(replacements('Gained familiarity with survival modelling for churn.').includes('Applied'));
  });

  it('suggests conducting an analysis or a test rather than building it', () => {
    for (const b of ['Worked on usability testing of the kiosk flow.', 'Worked on the load analysis for a pedestrian bridge.']) {
      const got = replacements(b);
      assert.ok(got.includes('Conducted'), `${b} → ${got.join(', ')}`);
      assert.ok(!got.some((r) => /^(Built|Developed|Implemented)$/.test(r)), `${b} → ${got.join(', ')}`);
    }
    // A thing made keeps the verbs of making.
    assert.ok(replacements('Worked on the caching layer for the search API.').includes('Built'));
  });
});

describe('rule weak-opening: verbless activity lines (rules/duty-fragment)', () => {
  // The grammar alone; the rule reports such a line only when the judge also calls the bullet vague.
  const phrase = (text: string) => {
    const a = analyzeBullet(text, DEFAULT_LEXICON.strongVerbs);
    const d = dutyFragment(a, DEFAULT_LEXICON.strongVerbs);
    return d && text.slice(a.tokens[d.start].start, a.tokens[d.end - 1].end);
  };

  it('reads an action noun with its modifiers and its "of" as the duty phrase', () => {
    assert.equal(phrase('Development of internal billing tools'), 'Development of');
    assert.equal(phrase('Design and development of the partner portal'), 'Design and development of');
    assert.equal(phrase('Database administration;'), 'Database administration');
    assert.equal(phrase('Unit tests writing for the payments API;'), 'Unit tests writing');
    assert.equal(phrase('Churn data analysis for the sales team'), 'Churn data analysis');
    assert.equal(phrase('Redesign of the signup form.'), 'Redesign of');
    assert.equal(phrase('Upkeep and maintenance of the print servers'), 'Upkeep and maintenance of');
  });

  it('leaves verbs, labels, titles and lines that go on with a finite verb alone', () => {
    assert.equal(phrase('Building a bytecode interpreter for a toy language in Rust.'), undefined);
    assert.equal(phrase('Migrating to event sourcing with Kafka for the ledger.'), undefined);
    assert.equal(phrase('Built the payments dashboard.'), undefined);
    assert.equal(phrase('Database administration: Postgres, pgBouncer, Patroni'), undefined);
    assert.equal(phrase('Database Administration'), undefined);
    assert.equal(phrase('Migration of the ledger to Postgres cut nightly batch time from 6 h to 40 min.'), undefined);
    assert.equal(phrase('Payments dashboard for the finance team'), undefined);
  });

  it('is reported exactly when the judge calls the bullet vague, and never from a table cell', () => {
    // Whatever the model's scores: the finding follows the verdict.
    for (const text of ['Development of various things and stuff for the team.', 'Design and development of the Kafka consumer lag dashboard in Grafana.']) {
      const activity = findingsOf(weakOpening, inExperience(text)).filter((f) => /activity/.test(f.message));
      assert.equal(activity.length, judgeBullet(text, DEFAULT_LEXICON).vague ? 1 : 0, text);
    }
    const table = '## Experience\n\n### Analyst, Acme — 2021 – 2022\n\n| Project | Details |\n| --- | --- |\n| Ledger | Development of various things and stuff for the team. |\n';
    assert.equal(findingsOf(weakOpening, table).filter((f) => /activity/.test(f.message)).length, 0);
  });
});

describe('rule weak-opening: learning statements and objectless openings', () => {
  const judged = (text: string) => judgeBullet(text, DEFAULT_LEXICON).vague;

  it('reports a learning statement led by its verb even when the judge clears the bullet', () => {
    const text = 'Gained a solid grasp of queueing theory during the on-call rotation.';
    assert.equal(judged(text), false, 'the example should be one the judge clears');
    assert.equal(findingsOf(weakOpening, inExperience(text)).length, 1);
  });

  it('does not take a later clause\'s verb for the learning verb of a verbless competence line', () => {
    const text = 'Deep knowledge of Postgres internals, tuned queries for a 2 TB warehouse.';
    assert.equal(findingsOf(weakOpening, inExperience(text)).filter((f) => /learning/.test(f.message)).length, 0);
  });

  it('names a studying verb the lexicon lacks as it names a known one', () => {
    const text = 'Passed all four levels in conversational Portuguese.';
    assert.equal(judged(text), false, 'the example should be one the judge clears');
    const found = findingsOf(weakOpening, inExperience(text));
    assert.deepEqual(found.map((f) => f.message.slice(0, 24)), ['"Passed all four levels"']);
  });

  it('leaves a course noun that also names work to the judge', () => {
    for (const text of ['Completed the Kubernetes administrator certification in three weeks.', 'Finished the second tutorial of the pottery class.', 'Audited two evening courses on medieval history.']) {
      assert.equal(judged(text), false, `the example should be one the judge clears: ${text}`);
      assert.equal(findingsOf(weakOpening, inExperience(text)).length, 0, text);
    }
  });

  it('does not read a place in a contest as an objectless duty', () => {
    const text = 'Ranked in the top tier of the hackathon.';
    assert.ok(judged(text), 'the example should be one the judge calls vague');
    assert.equal(findingsOf(weakOpening, inExperience(text)).filter((f) => /role or a duty/.test(f.message)).length, 0);
  });

  it('leaves a verbless competence line to the judge (a stated skill, not a learning verb)', () => {
    for (const text of ['Solid grasp of queueing theory and capacity planning.', 'Deep knowledge of relational database internals.']) {
      const learning = findingsOf(weakOpening, inExperience(text)).filter((f) => /learning/.test(f.message));
      assert.equal(learning.length, 0, text);
    }
  });

  it('names an objectless opening verb and its preposition only under a vague verdict', () => {
    for (const text of ['Replied to the forum.', 'Chipped in on the quarterly release.', 'Spoke to the customers.']) {
      const found = findingsOf(weakOpening, inExperience(text)).filter((f) => /role or a duty/.test(f.message));
      assert.equal(found.length, judged(text) ? 1 : 0, text);
    }
    const found = findingsOf(weakOpening, inExperience('Replied to the forum.'));
    assert.deepEqual(found.map((f) => f.message.slice(0, 12)), ['"Replied to"']);
  });

  it('does not read "to" after a verb of changing place or state as a duty (it names where)', () => {
    for (const text of ['Migrated to the cloud.', 'Moved to the new office.', 'Upgraded to the latest version.']) {
      assert.ok(judged(text), `the example should be one the judge calls vague: ${text}`);
      assert.equal(findingsOf(weakOpening, inExperience(text)).length, 0, text);
    }
  });
});

// Round 10: helping and taking part never turn into a verb that claims the whole thing (invented lines).
describe('rule weak-opening: suggestions keep a helper to their part', () => {
  const texts = (bullet: string) => (findingsOf(weakOpening, inExperience(bullet))[0]?.fixes ?? []).map((f) => f.edits[0].newText);
  it('offers no verb that claims the whole, and no bare "[your part] in …" template that would ship as text', () => {
    for (const b of ['Helped with the quarterly audit.', 'Assisted in the rollout of the new till system.', 'Participated in weekly design critiques.', 'Took part in the regional science olympiad.', 'Involved in the warehouse relayout.']) {
      assert.equal(findingsOf(weakOpening, inExperience(b)).length, 1, b);
      assert.deepEqual(texts(b), [], b);
    }
  });
  it('leaves owners and tool lines as they were', () => {
    assert.ok(texts('Responsible for building the payroll export.').includes('Built'));
    assert.ok(texts('Worked with Kafka Streams to deduplicate sensor events.').length > 0);
    assert.ok(!texts('Worked with Kafka Streams to deduplicate sensor events.').some((t) => t.includes('[your part]')));
  });
  it('still offers nothing where the object does the action or is a person', () => {
    assert.deepEqual(texts('Helped the head chef plan the tasting menu.'), []);
    assert.deepEqual(texts('Assisted the pharmacists with refills.'), []);
  });
});

describe('rule weak-opening: part templates only where they read', () => {
  const texts = (bullet: string) => (findingsOf(weakOpening, inExperience(bullet))[0]?.fixes ?? []).map((f) => f.edits[0].newText);
  it('offers no template when a particle or a preposition the phrase did not take follows', () => {
    assert.deepEqual(texts('Helped out with the harvest festival.'), []);
  });
  it('says what to write in the template\'s place: the writer\'s own verb for their part', () => {
    const f = findingsOf(weakOpening, inExperience('Participated in weekly design critiques.'))[0];
    assert.match(f.message, /open with your own verb for your part of it, or cut the line/);
    assert.doesNotMatch(f.message, /\[your part\]/);
  });
});

// Round 10 review: "<Verb> [your part] of" only for a made thing (invented lines).
describe('rule weak-opening: a part of a made thing, not of people or of a change', () => {
  const texts = (bullet: string) => (findingsOf(weakOpening, inExperience(bullet))[0]?.fixes ?? []).map((f) => f.edits[0].newText);
  it('no "<Verb> [your part] of" for people hired, taught or treated, nor for a quantity changed (negative)', () => {
    for (const b of ['Helped hire four line cooks for the new location.', 'Helped mentor summer interns on the survey crew.', 'Helped train new cashiers on the returns desk.', 'Assisted in treating burn patients on the night shift.', 'Helped reduce food waste in the cafeteria.', 'Helped increase pledges for the spring drive.', 'Helped onboard the new dispatchers.']) {
      assert.ok(!texts(b).some((t) => /\[your part\] of/.test(t)), `${b} → ${texts(b)}`);
    }
  });
  it('keeps it for a made thing', () => {
    assert.deepEqual(texts('Helped design the greenhouse irrigation timer.'), ['Designed [your part] of']);
    assert.deepEqual(texts('Helped build the volunteer sign-up form.'), ['Built [your part] of']);
  });
});

describe('rule weak-opening: a suggestion keeps the sentence whole and the claim its size', () => {
  const texts = (bullet: string) => (findingsOf(weakOpening, inExperience(bullet))[0]?.fixes ?? []).map((f) => f.edits[0].newText);
  const fixed = (bullet: string) => {
    const f = findingsOf(weakOpening, inExperience(bullet))[0];
    const e = f?.fixes?.[0]?.edits[0];
    if (!e) return undefined;
    const doc = inExperience(bullet);
    return doc.slice(0, e.range.start) + e.newText + doc.slice(e.range.end);
  };

  it('rewrites every verb of a compound, or offers nothing (no "Sorted and shelving")', () => {
    // "stacking" is no verb the lexicon knows: changing only "sorting" would leave a gerund beside it.
    assert.deepEqual(texts('Responsible for sorting and stacking returned crates.'), []);
    assert.equal(fixed('Responsible for preparing reagents and running the assays.'), inExperience('Prepared reagents and ran the assays.'));
    // An -ing verb the lexicon cannot rewrite, with its own object: no verb is put before it ("Managed mixing reagents").
    assert.deepEqual(texts('Responsible for mixing reagents for the assays.'), []);
    assert.equal(fixed('Responsible for onboarding new tutors and training them.'), inExperience('Onboarded new tutors and trained them.'));
    // An -ing word before a noun may be its modifier ("reporting tools"): it is left as written.
    assert.equal(fixed('Responsible for building dashboards and reporting tools.'), inExperience('Built dashboards and reporting tools.'));
    // The weak verb as one member of a compound: replaced alone only when the other member has its form.
    assert.deepEqual(texts('Handled and logging incoming warranty claims.'), []);
    assert.ok(texts('Handled and logged incoming warranty claims.').includes('Processed'));
  });

  it('offers no ownership verb for a shared arrangement (a rotation, a shift, a queue, a committee)', () => {
    // Taking shifts in a rotation or running it: the words do not say which, so no verb is offered.
    for (const b of ['Was responsible for the weekend support rotation.', 'Responsible for the Sunday opening shift.', 'Was responsible for the refunds phone queue.']) {
      assert.deepEqual(texts(b), [], b);
      assert.equal(findingsOf(weakOpening, inExperience(b)).length, 1, b);
    }
    for (const b of ['Responsible for the parent advisory committee.', 'Was responsible for the quarterly release schedule.']) {
      assert.deepEqual(texts(b), [], b);
      assert.equal(findingsOf(weakOpening, inExperience(b)).length, 1, b);
    }
  });

  it('keeps only verbs that take the object: money is processed or managed, not resolved', () => {
    const cash = texts('Handled cash and gift cards at the register.');
    assert.ok(!cash.includes('Resolved'), cash.join());
    assert.ok(cash.includes('Managed'), cash.join());
    assert.ok(!texts('Handled the petty cash box.').includes('Resolved'));
    // A problem or a message is resolved.
    assert.ok(texts('Handled customer complaints about billing errors.').includes('Resolved'));
    // "Led" takes a group, an undertaking or an event, not a document.
    assert.ok(!texts('Responsible for the grade 9 history syllabus.').includes('Led'));
    // A made thing is still built, even when WordNet's first sense of its noun is a person.
    assert.ok(texts('Worked on the legacy data exporter.').includes('Built'));
    // An activity is conducted or run, not built.
    assert.deepEqual(texts('Worked on protein purification for the field study.').slice(0, 2), ['Conducted', 'Ran']);
  });

  it('puts no verb that says more than "responsible for" over a list of different activities', () => {
    // "Led … ordering", "Managed … grading": only "Owned" distributes over them.
    assert.deepEqual(texts('Responsible for menu planning, ordering and staff meetings.'), ['Owned']);
    assert.deepEqual(texts('Handled intake screening and appointment scheduling.'), []);
    // A list of verbs that goes on with a noun: the rewritten verbs would share a list with it.
    assert.deepEqual(texts('Responsible for tutoring, grading and parent outreach.'), []);
    // Things, not activities: one verb takes them all.
    assert.ok(texts('Responsible for the code reviews and the release notes.').includes('Owned'));
  });


  it('reads a comma clause after the object as a clause, not as another item', () => {
    assert.ok(texts('Was in charge of the loaner laptop program, tracking returns with the help desk.').includes('Owned'));
  });
});

describe('rule weak-opening: suggestions fit the role\'s dates, the complement and the size of the claim', () => {
  const ended = (bullet: string) => `## Experience\n\n### Line Cook, Harbor Grill — Mar 2015 – Aug 2018\n\n- ${bullet}\n`;
  const texts = (doc: string) => (findingsOf(weakOpening, doc)[0]?.fixes ?? []).map((f) => f.edits[0].newText);
  const applied = (doc: string, i = 0) => {
    const e = findingsOf(weakOpening, doc)[0]?.fixes?.[i]?.edits[0];
    return e ? doc.slice(0, e.range.start) + e.newText + doc.slice(e.range.end) : undefined;
  };

  it('puts a present-tense opening of an ended role into the past', () => {
    const doc = ended('Handle supplier complaints about late invoices.');
    assert.ok(findingsOf(weakOpening, doc).length, 'flagged');
    const t = texts(doc);
    assert.ok(t.length && t.every((x) => /ed$/.test(x)), t.join());
    assert.ok(t.includes('Resolved'), t.join());
  });
  it('keeps the present tense in a current role and the past in any role', () => {
    assert.ok(texts(current('Handle supplier complaints about late invoices.')).includes('Resolve'));
    assert.ok(texts(current('Handled supplier complaints about late invoices.')).includes('Resolved'));
  });
  it('offers no verb after a helping opening whose object is work, a team or a name ("Coordinated" claims more)', () => {
    for (const b of ['Support the billing team during quarter-end.', 'Supported QA during the release freeze.', 'Supported the spring product launch.']) {
      const doc = ended(b);
      assert.equal(findingsOf(weakOpening, doc).length <= 1, true);
      assert.deepEqual(texts(doc), [], b);
    }
  });
  it('offers the upkeep verb when what was supported is a system', () => {
    assert.equal(applied(ended('Supported the kitchen ordering servers and printers.')), ended('Maintained the kitchen ordering servers and printers.'));
    // Names sharing the system noun; a platform is a system, whatever the list of parties says.
    assert.equal(applied(ended('Supported POS and CRM systems for three branches.')), ended('Maintained POS and CRM systems for three branches.'));
    assert.equal(applied(ended('Support of a hosted booking platform with many tenants.')), ended('Maintained a hosted booking platform with many tenants.'));
  });
  it('drops the "of" of a noun opening with the weak word, or offers no verb ("Coordinated of …" never)', () => {
    // "Support of X" is supporting X: the upkeep verb takes X as its object.
    assert.equal(applied(ended('Support of the ordering servers.')), ended('Maintained the ordering servers.'));
    assert.equal(applied(ended('Handling of customer complaints.')), ended('Resolving customer complaints.'));
    // Work or a team after it: flagged, no verb.
    for (const b of ['Support of production in all kitchen questions.', 'Support of the sales team in all pricing questions.']) {
      assert.equal(findingsOf(weakOpening, ended(b)).length, 1, b);
      assert.deepEqual(texts(ended(b)), [], b);
    }
  });
  it('offers no verb when another preposition follows a bare weak verb', () => {
    assert.equal(findingsOf(weakOpening, ended('Handle with the weekend inventory counts.')).length <= 1, true);
    assert.deepEqual(texts(ended('Handle with the weekend inventory counts.')), []);
  });
});

describe('weak-opening: no verb that changes the claim (session 21)', () => {
  it('offers no verb for a project the writer took part in, or an act noun without its "of"', () => {
    for (const bullet of ['Worked on canal restoration projects in 2 counties.', 'Worked on CAN stack migration for 2 ECUs.']) {
      const found = findingsOf(weakOpening, inExperience(bullet));
      assert.equal(found.length, 1, bullet);
      assert.deepEqual(found[0].fixes.map((f) => f.title), [], bullet);
    }
  });
});

// Rules 27: people first and foremost are not resolved or processed; they are managed.
describe('rule weak-opening: verbs that take people', () => {
  const texts = (bullet: string) => (findingsOf(weakOpening, inExperience(bullet))[0]?.fixes ?? []).map((f) => f.edits[0].newText);
  it('offers only a verb that takes people for a caseload of people', () => {
    assert.deepEqual(texts('Handled 12 patients per shift on a 30-bed ward.'), ['Managed']);
    // A problem is still resolved.
    assert.ok(texts('Handled customer complaints about billing errors.').includes('Resolved'));
  });
});

// Rules 27: a past progressive opening ("Was working with") is replaced in the past tense.
describe('rule weak-opening: the progressive\'s tense', () => {
  it('keeps "Was working with" in the past', () => {
    const texts = (findingsOf(weakOpening, inExperience('Was working with Kafka Streams to deduplicate sensor events.'))[0]?.fixes ?? []).map((f) => f.edits[0].newText);
    assert.ok(texts.length > 0);
    for (const t of texts) assert.doesNotMatch(t, /ing\b/, t);
  });
});

// Rules 27: tasks and assignments are done, not built; a participle after the head opens its modifier.
describe('rule weak-opening: units of assigned work', () => {
  const texts = (bullet: string) => (findingsOf(weakOpening, inExperience(bullet))[0]?.fixes ?? []).map((f) => f.edits[0].newText);
  it('offers no making verb for tasks, with or without a modifier after them', () => {
    for (const b of ['Worked on various tasks related to the spring stock count.', 'Worked on several assignments for the lab manager.']) {
      assert.ok(!texts(b).some((t) => /^(Built|Developed|Implemented)$/.test(t)), `${b} → ${texts(b)}`);
    }
    assert.ok(texts('Worked on the legacy data exporter.').includes('Built'));
  });
});
