import assert from 'node:assert/strict';
import { regionalEnglish } from '../../../src/core/rules/regional-english';
import { weakOpening } from '../../../src/core/rules/weak-opening';
import { personalDetails } from '../../../src/core/rules/personal-details';
import { findingsOf } from '../../helpers/rule-tester';
import { parseResumeAs } from '../../../src/core/formats';

// Session 27: the "realized" false friend on any work carried out, a gerund duty opening put in the
// tense of its finished role, and JSON Resume keys outside the schema named as such. Invented text.
describe('session 27 rule refinements', () => {
  const entry = (bullets: string[], end = 'Dec 2022') => `## Experience\n\n### Coordinator, Alameda Clinic — Jan 2021 – ${end}\n\n${bullets.map((b) => `- ${b}`).join('\n')}\n`;

  it('"Realized" opening a bullet is a false friend when its object is work carried out', () => {
    const hits = (b: string) => findingsOf(regionalEnglish, entry([b])).filter((f) => /became aware/.test(f.message)).length;
    assert.equal(hits('Realized the daily bed census for the surgical ward.'), 1);
    assert.equal(hits('Realized interviews with new patients before admission.'), 1);
    // Realizing savings or a vision is English.
    assert.equal(hits('Realized $40K in annual savings by renegotiating supply leases.'), 0);
    assert.equal(hits('Realized the vision of a paperless front desk.'), 0);
    // The named-work pattern and this one report a line once.
    assert.equal(hits('Realized the implementation of the new scheduling system.'), 1);
  });

  it('a gerund duty opening in a finished role is offered in the past tense of its siblings', () => {
    const titles = (bullets: string[], end?: string) => findingsOf(weakOpening, entry(bullets, end)).flatMap((f) => (f.fixes ?? []).map((x) => x.title));
    const siblings = ['Cut no-show rates by 12% with reminder calls.', 'Built the intake checklist used by 4 clinics.'];
    const ended = titles(['Dealing with supplier complaints on the press line.', ...siblings]);
    assert.ok(ended.length > 0 && ended.every((t) => /ed"/.test(t)), ended.join(' | '));
    // A current role keeps the writer's form.
    assert.ok(titles(['Dealing with supplier complaints on the press line.', ...siblings], 'Present').some((t) => /ing"/.test(t)));
    // "… and making …" later in the line would be left a gerund: the form is kept.
    const pair = titles(['Dealing with supplier complaints and making the corrective actions.', ...siblings]);
    assert.ok(pair.every((t) => !/ed"/.test(t)), pair.join(' | '));
  });

  it('a personal detail in a JSON Resume key outside the schema says themes do not print it', () => {
    const json = JSON.stringify({ basics: { name: 'Ana Ruiz', email: 'ana@example.com', nationality: 'Chilean', summary: 'Nationality: Chilean' } }, null, 2);
    const doc = parseResumeAs(json, { path: 'resume.json' });
    const msgs = personalDetails.check(doc, {} as never).map((f) => f.message);
    assert.equal(msgs.filter((m) => /outside the JSON Resume schema/.test(m)).length, 1, msgs.join('\n'));
    assert.ok(msgs.some((m) => !/schema/.test(m)), 'the summary text is no key');
  });
});
