import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseResume } from '../../src/core/document/parse';
import type { Profile } from '../../src/core/document/types';
import { parseJobPosting } from '../../src/core/job';
import { lintDocument } from '../../src/core/lint';
import { findSkills } from '../../src/core/skills';
import { matchResume } from '../../src/core/tailor';
import {
  completeProfile,
  contactName,
  daysBetween,
  draftReferral,
  draftReferralFromDocuments,
  parseDay,
  placeholdersIn,
  referralJson,
  sameSchool,
  type Draft,
  type ReferralDrafts,
  type ReferralInput,
  type Referrer,
} from '../../src/core/referral';
import { placeholderReserve } from '../../src/core/referral/placeholders';
import { truncateAtWord } from '../../src/core/referral/text';

const FIXTURES = join(__dirname, '..', 'fixtures', 'referral');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const EXAMPLE_RESUME = readFileSync(join(__dirname, '..', '..', 'examples', 'resume.md'), 'utf8');

const RESUMES: Record<string, string> = {
  example: EXAMPLE_RESUME,
  frontMatter: fixture('resume-front-matter.md'),
  noFrontMatter: fixture('resume-no-front-matter.md'),
  experienced: fixture('resume-experienced.md'),
};
const POSTINGS: Record<string, string> = {
  amazon: fixture('amazon-sde-intern.md'),
  pastedNoId: fixture('pasted-no-id.txt'),
  mlPlatform: fixture('ml-platform.md'),
};

function draftsFor(resumeText: string, jobText: string, referrer?: Referrer, today = '2025-09-01'): ReferralDrafts {
  const resume = parseResume(resumeText);
  const job = parseJobPosting(jobText);
  const { report } = matchResume(resume, job);
  return draftReferralFromDocuments(resume, job, { today, referrer, report, findings: lintDocument(resume).findings });
}

const allDrafts = (d: ReferralDrafts): Draft[] => [d.connectionNote, d.message, d.email.subject, d.email.body, d.thankYou, d.followUp];
const codes = (d: ReferralDrafts) => d.warnings.map((w) => w.code);

/** A minimal input for drafting without parsing files. */
function input(over: Partial<ReferralInput> = {}, profile: Partial<Profile> = {}): ReferralInput {
  return {
    profile: {
      name: 'Priya Raman',
      school: 'University of Waterloo',
      major: 'Computer Science',
      graduation: 'April 2027',
      resumeUrl: 'https://example.com/cv.pdf',
      ...profile,
    },
    job: { company: 'Amazon', title: 'Software Development Engineer Intern', jobId: '2901234', url: 'https://example.com/jobs/2901234' },
    highlights: [{ text: 'Built a Kafka consumer in Java that processes 2M order events per day.', keywords: ['Kafka', 'Java'] }],
    sharedSkills: ['Java', 'Kafka'],
    referrer: { name: 'Jane Doe', school: 'University of Waterloo' },
    today: '2025-09-01',
    ...over,
  };
}

// ---- Fact tracing: every number, number word, skill, quote and name in a draft comes from a source. ----

const NUMBER_WORDS = /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|hundred|thousand|million|billion|dozen|half|double|triple)\b/gi;
/** Capitalised words the drafts' own wording uses; any other capitalised word must come from a source. */
const TEMPLATE_WORDS = new Set(
  "Hi I I'm I'd I've I'll A Would Thank From If My Posting Best Job ID Fellow Referral Referrals The Email".split(' '),
);

interface Sources {
  texts: string[];
  skills: Set<string>;
  bullets: Set<string>;
}

function sourcesOf(resumeText: string, jobText: string, referrer: Referrer = {}, today = ''): Sources {
  const texts = [resumeText, jobText, ...Object.values(referrer).filter((v): v is string => !!v), today];
  const skills = new Set(texts.flatMap((t) => findSkills(t).map((m) => m.canonical)));
  const bullets = new Set(parseResume(resumeText).bullets.map((b) => b.text.trim()));
  return { texts, skills, bullets };
}

const occursIn = (needle: string, texts: string[], flags = '') => {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, `u${flags}`);
  return texts.some((t) => re.test(t));
};

/** Every fact-like token in `text` that no source contains. */
function untraced(text: string, sources: Sources): string[] {
  const problems: string[] = [];
  const withoutPlaceholders = text.replace(/\[[^\]]*\]/g, ' ');
  for (const n of withoutPlaceholders.match(/\d+(?:[.,]\d+)*/g) ?? []) {
    if (!sources.texts.some((t) => t.includes(n))) problems.push(`number ${n}`);
  }
  for (const w of withoutPlaceholders.match(NUMBER_WORDS) ?? []) {
    if (!occursIn(w, sources.texts, 'i')) problems.push(`number word ${w}`);
  }
  for (const m of findSkills(withoutPlaceholders)) {
    if (!sources.skills.has(m.canonical)) problems.push(`skill ${m.canonical}`);
  }
  for (const [, quote] of withoutPlaceholders.matchAll(/"([^"]+)"/g)) {
    if (!sources.bullets.has(quote)) problems.push(`quote "${quote}"`);
  }
  const proseOnly = withoutPlaceholders.replace(/https?:\/\/\S+|\S+@\S+/g, ' ');
  for (const m of proseOnly.matchAll(/(?<![\p{L}\p{N}'’])\p{Lu}[\p{L}\p{N}'’.+#-]*/gu)) {
    const bare = m[0].replace(/[.'’-]+$/, '');
    // A sentence may start with a word the source wrote in lower case ("we met at…").
    const sentenceStart = /(^|[.!?]\s+|\n)$/.test(proseOnly.slice(0, m.index));
    if (TEMPLATE_WORDS.has(bare) || occursIn(bare, sources.texts) || (sentenceStart && occursIn(bare.toLowerCase(), sources.texts))) continue;
    problems.push(`name ${bare}`);
  }
  return problems;
}

describe('referral drafts', () => {
  describe('connection note limit', () => {
    it('fits 300 characters on every fixture resume and posting, alumni or not', () => {
      for (const [rn, resume] of Object.entries(RESUMES)) {
        for (const [jn, job] of Object.entries(POSTINGS)) {
          for (const referrer of [undefined, { name: 'Jane Doe', school: 'University of Waterloo', team: 'Payments' }]) {
            const note = draftsFor(resume, job, referrer).connectionNote;
            assert.ok(note.characters <= 300, `${rn} × ${jn}: ${note.characters}`);
            assert.equal(note.characters, note.text.length);
            assert.equal(note.channel.limit, 300);
          }
        }
      }
    });

    it('stays within 300 with very long names, titles, schools, teams and context, without cutting a word', () => {
      const longWord = 'Supercalifragilisticexpialidocious';
      const title = Array.from({ length: 30 }, (_, i) => `Principal${i}`).join(' ');
      const school = `University of ${Array.from({ length: 20 }, () => 'Northern').join(' ')}`;
      const d = draftReferral(
        input(
          {
            job: { company: `${longWord} Holdings International Incorporated`, title, jobId: 'REQ-0000000000001' },
            referrer: { name: `${longWord} ${longWord}`, school, team: `${longWord} Platform Infrastructure`, context: `we met ${'at the career fair '.repeat(10)}` },
          },
          { name: `${longWord} ${longWord} ${longWord}`, school },
        ),
      );
      const note = d.connectionNote.text;
      assert.ok(note.length <= 300, `${note.length}: ${note}`);
      assert.match(note, /^Hi /);
      // Every word is whole: a source word, a template word, or a shortened phrase ending in "…".
      const known = new Set(`${title} ${school} ${longWord} Holdings International Incorporated Platform Infrastructure REQ-0000000000001`.split(/\s+/));
      for (const token of note.split(/\s+/)) {
        const bare = token.replace(/^[("]+|[),.!?:;"]+$/g, '');
        if (!bare || bare.endsWith('…')) continue;
        assert.ok(known.has(bare) || /^[a-z'’]+$/i.test(bare), `cut word: ${token}`);
        if (/^Principal/.test(bare)) assert.ok(known.has(bare), bare);
      }
    });

    it('is never longer than 300, even once the placeholders are filled in (property)', () => {
      const phrase = fc.array(fc.stringMatching(/^[A-Za-z][a-z]{0,24}$/), { minLength: 0, maxLength: 25 }).map((w) => w.join(' '));
      fc.assert(
        fc.property(phrase, phrase, phrase, phrase, phrase, phrase, fc.boolean(), (name, title, company, school, team, referrer, alumni) => {
          const d = draftReferral(
            input(
              {
                job: { company: company || undefined, title: title || undefined, jobId: title ? undefined : '12345' },
                referrer: { name: referrer || undefined, school: alumni ? school : undefined, team: team || undefined },
              },
              { name: name || undefined, school: school || undefined },
            ),
          );
          const note = d.connectionNote.text;
          return note.length + placeholderReserve(note) <= 300 && !/\s$/.test(note) && note.startsWith('Hi ');
        }),
        { numRuns: 300 },
      );
    });

    it('stays within 300 for any Unicode text in every field (property)', () => {
      const text = fc.string({ unit: 'grapheme', maxLength: 400 });
      fc.assert(
        fc.property(text, text, text, text, text, (name, title, company, school, referrer) => {
          const d = draftReferral(input({ job: { company, title, jobId: title }, referrer: { name: referrer, school, team: company, context: name } }, { name, school }));
          return d.connectionNote.text.length <= 300 && d.message.text.length <= 8000 && d.email.subject.text.length <= 100;
        }),
        { numRuns: 200 },
      );
    });

    it('gives up skills and study details before the alumni line and the job ID', () => {
      const full = draftReferral(input({ referrer: { name: 'Jane Doe', school: 'University of Waterloo' } })).connectionNote.text;
      const crowded = draftReferral(
        input({ referrer: { name: 'Jane Doe', school: 'University of Waterloo', team: 'Alexa Shopping', context: 'we spoke after your talk at the Waterloo engineering society last week' } }),
      ).connectionNote.text;
      assert.match(full, /fellow University of Waterloo alum/);
      assert.match(crowded, /fellow University of Waterloo alum/);
      assert.match(crowded, /Job ID: 2901234/);
      assert.doesNotMatch(crowded, /I've worked with/);
      assert.ok(crowded.length <= 300);
    });

    it('puts back a part dropped early once a later drop made room for it', () => {
      const note = (context: string) =>
        draftReferral(input({ sharedSkills: ['Java'], referrer: { name: 'Jane Doe', school: 'University of Waterloo', context } })).connectionNote.text;
      // A short context fits once skills and study details are gone.
      const short = note('we met at the fair');
      assert.match(short, /We met at the fair\./);
      assert.doesNotMatch(short, /graduating/);
      // A long context is given up too, which leaves room to put the study details back.
      const long = note(`we met at the fair${' again'.repeat(12)}`);
      assert.doesNotMatch(long, /We met/);
      assert.match(long, /fellow University of Waterloo alum \(Computer Science, graduating April 2027\)/);
      assert.ok(short.length <= 300 && long.length <= 300);
    });
  });

  describe('message and email limits', () => {
    const longBullet = `Built ${'a very long pipeline stage '.repeat(40)}in Java.`;
    it('keeps an InMail body within 1900 characters by dropping the second, then the first quote', () => {
      const d = draftReferral(
        input({
          highlights: [
            { text: longBullet, keywords: ['Java'] },
            { text: longBullet.replace('Built', 'Made'), keywords: ['Java'] },
          ],
          options: { messageChannel: 'inmail' },
        }),
      );
      assert.equal(d.message.channel.limit, 1900);
      assert.ok(d.message.characters <= 1900, String(d.message.characters));
      assert.match(d.message.text, /If you feel comfortable referring me/);
      assert.match(d.message.text, /https:\/\/example\.com\/cv\.pdf/);
      // A LinkedIn message has room for both quotes.
      const linkedin = draftReferral(input({ highlights: [{ text: longBullet, keywords: [] }, { text: longBullet.replace('Built', 'Made'), keywords: [] }] }));
      assert.equal(linkedin.message.channel.limit, 8000);
      assert.equal((linkedin.message.text.match(/^- "/gm) ?? []).length, 2);
    });

    it('reports each draft\'s characters against its channel', () => {
      const d = draftReferral(input());
      for (const draft of allDrafts(d)) {
        assert.equal(draft.characters, draft.text.length);
        assert.ok(draft.characters <= draft.channel.limit, `${draft.channel.label}: ${draft.characters}`);
      }
      assert.equal(d.email.subject.channel.hard, false);
      assert.equal(d.thankYou.channel.limit, 8000);
    });
  });

  describe('no invented facts', () => {
    it('every number, skill, quote and name in every draft traces to the resume, the posting or the referrer', () => {
      const referrers: (Referrer | undefined)[] = [
        undefined,
        { name: 'Jane Doe', school: 'University of Waterloo', team: 'Alexa Shopping' },
        { name: 'Sam Patel', school: 'UBC', context: 'we met at the UBC alumni mixer' },
      ];
      let checked = 0;
      for (const [rn, resume] of Object.entries(RESUMES)) {
        for (const [jn, job] of Object.entries(POSTINGS)) {
          for (const referrer of referrers) {
            const sources = sourcesOf(resume, job, referrer);
            for (const draft of allDrafts(draftsFor(resume, job, referrer))) {
              assert.deepEqual(untraced(draft.text, sources), [], `${rn} × ${jn} (${draft.channel.label}):\n${draft.text}`);
              checked++;
            }
          }
        }
      }
      assert.equal(checked, 4 * 3 * 3 * 6);
    });

    it('the checker itself catches an invented number, skill, quote and company', () => {
      const sources = sourcesOf(RESUMES.example, POSTINGS.amazon);
      const d = draftsFor(RESUMES.example, POSTINGS.amazon).message.text;
      assert.deepEqual(untraced(d, sources), []);
      assert.deepEqual(untraced(d.replace('Job ID: 2901234', 'Job ID: 2901239'), sources), ['number 2901239']);
      assert.ok(untraced(`${d}\nI also built services with Elasticsearch.`, sources).includes('skill Elasticsearch'));
      assert.ok(untraced(`${d}\n- "Led a team of twelve."`, sources).some((p) => p.startsWith('quote')));
      assert.ok(untraced(`${d}\nI interned at Contoso.`, sources).includes('name Contoso'));
    });

    it('quotes highlights word for word from experience and project bullets, never from Skills', () => {
      const resume = parseResume(RESUMES.example);
      const message = draftsFor(RESUMES.example, POSTINGS.amazon).message.text;
      const quotes = [...message.matchAll(/^- "(.+)"$/gm)].map((m) => m[1]);
      assert.equal(quotes.length, 2);
      for (const q of quotes) {
        const bullet = resume.bullets.find((b) => b.text.trim() === q);
        assert.ok(bullet, q);
        assert.ok(['experience', 'projects'].includes(bullet.section.kind), bullet.section.kind);
      }
      // The posting asks for Java and Kafka: the bullet naming both is the first quote.
      assert.match(quotes[0], /Kafka consumer in Java/);
    });

    it('uses placeholders, not guesses, for what is unknown', () => {
      const d = draftReferral(
        input({ job: {}, referrer: undefined, highlights: [], sharedSkills: [] }, { name: undefined, resumeUrl: undefined, school: undefined, major: undefined, graduation: undefined }),
      );
      const message = d.message.text;
      for (const p of ['[Referrer name]', '[Your name]', '[Your school]', '[Role title]', '[Company]', '[Job ID]', '[Job posting link]', '[Resume link]', '[A resume bullet that matches the job]']) {
        assert.ok(message.includes(p), `${p} missing in:\n${message}`);
      }
      assert.deepEqual(d.message.placeholders, placeholdersIn(message));
      assert.ok(d.thankYou.text.includes('[Referrer name]') && d.thankYou.text.includes('[Job ID]'));
      assert.ok(d.followUp.text.includes('[stage]') && d.followUp.text.includes('[date]'));
      // Optional details are left out rather than invented.
      assert.doesNotMatch(message, /graduat|alum|team/);
    });

    it('leaves the job ID out of the invitation note when the posting has none, but marks it in the message', () => {
      const d = draftsFor(RESUMES.noFrontMatter, POSTINGS.pastedNoId, { name: 'Ana Lima' });
      assert.doesNotMatch(d.connectionNote.text, /Job ID/);
      assert.match(d.message.text, /\(Job ID: \[Job ID\]\)/);
      assert.match(d.email.subject.text, /\[Job ID\]/);
      assert.match(d.connectionNote.text, /^Hi Ana,/);
    });
  });

  describe('alumni line', () => {
    it('says "fellow <School> alum" when the referrer went to the same school', () => {
      const d = draftsFor(RESUMES.example, POSTINGS.amazon, { name: 'Jane Doe', school: 'the university of waterloo' });
      assert.match(d.connectionNote.text, /a fellow University of Waterloo alum/);
      assert.match(d.message.text, /a fellow University of Waterloo alum/);
      assert.match(d.email.subject.text, /^Fellow University of Waterloo alum/);
    });

    it('finds the school in the Education section of a resume without front matter', () => {
      const d = draftsFor(RESUMES.noFrontMatter, POSTINGS.pastedNoId, { name: 'Ana Lima', school: 'Georgia Institute of Technology' });
      assert.match(d.connectionNote.text, /fellow Georgia Institute of Technology alum/);
    });

    it('matches an acronym to the full name, and nothing else', () => {
      assert.ok(sameSchool('University of British Columbia', 'UBC'));
      assert.ok(sameSchool('M.I.T.', 'Massachusetts Institute of Technology'));
      assert.ok(sameSchool('École Polytechnique', 'ecole polytechnique'));
      assert.ok(!sameSchool('University of Washington', 'Washington University'));
      assert.ok(!sameSchool('Georgia Institute of Technology', 'University of Georgia'));
      assert.ok(!sameSchool('University of Waterloo', undefined));
      const d = draftsFor(RESUMES.experienced, POSTINGS.mlPlatform, { name: 'Sam Patel', school: 'UBC' });
      assert.match(d.message.text, /fellow University of British Columbia alum/);
    });

    it('does not claim a shared school when it differs or is not given', () => {
      for (const referrer of [{ name: 'Jane Doe', school: 'University of Toronto' }, { name: 'Jane Doe' }]) {
        const d = draftsFor(RESUMES.example, POSTINGS.amazon, referrer);
        for (const draft of allDrafts(d)) assert.doesNotMatch(draft.text, /fellow|alum/i, draft.text);
        assert.match(d.message.text, /a Computer Science student at the University of Waterloo, graduating April 2027/);
      }
    });
  });

  describe('referrer from the posting', () => {
    it('greets the posting\'s named contact when no referrer is given, and a given referrer wins', () => {
      assert.match(draftsFor(RESUMES.experienced, POSTINGS.mlPlatform).message.text, /^Hi Priyanka,/);
      assert.match(draftsFor(RESUMES.experienced, POSTINGS.mlPlatform, { name: 'Sam Patel' }).message.text, /^Hi Sam,/);
      assert.ok(!codes(draftsFor(RESUMES.experienced, POSTINGS.mlPlatform)).includes('missing-referrer-name'));
    });

    it('takes a name only when the contact reads as one, and never a recruiter', () => {
      assert.equal(contactName({ contact: 'Jordan Lee (SDE II, Payments)' }), 'Jordan Lee');
      assert.equal(contactName({ contact: 'jordan@example.com' }), undefined);
      assert.equal(contactName({ contact: 'the hiring team' }), undefined);
      assert.equal(contactName({ contact: 'Ana Lima', frontMatter: { recruiter: 'Ana Lima' } }), undefined);
      assert.equal(contactName({ contact: 'Ana Lima', frontMatter: { referrer: 'Bo Chen, Payments' } }), 'Bo Chen');
    });
  });

  describe('wording', () => {
    it('greets the referrer by first name and signs with the user\'s name without a title', () => {
      const d = draftsFor(RESUMES.experienced, POSTINGS.mlPlatform, { name: 'Dr. Maya Ruiz' });
      assert.match(d.message.text, /^Hi Dr\. Ruiz,/);
      assert.match(d.message.text, /I'm Wei Chen,/);
      assert.match(d.thankYou.text, /Best,\nWei$/);
    });

    it('says "graduated" for a past graduation and "graduating" for a future one', () => {
      const past = draftReferral(input({ referrer: { name: 'Jo' } }, { graduation: 'May 2019' })).message.text;
      const future = draftReferral(input({ referrer: { name: 'Jo' } }, { graduation: 'May 2027' })).message.text;
      assert.match(past, /graduate of the University of Waterloo, graduated May 2019/);
      assert.match(future, /student at the University of Waterloo, graduating May 2027/);
    });

    it('makes the ask easy to say yes to and includes the role, job ID, link and resume', () => {
      const m = draftsFor(RESUMES.frontMatter, POSTINGS.amazon, { name: 'Jane Doe', team: 'Payments' }).message.text;
      assert.match(m, /If you feel comfortable referring me/);
      assert.match(m, /happy to send anything that helps/);
      assert.match(m, /Software Development Engineer Intern role at Amazon \(Job ID: 2901234\)/);
      assert.match(m, /Posting: https:\/\/www\.amazon\.jobs\/en\/jobs\/2901234/);
      assert.match(m, /My resume: https:\/\/example\.com\/daniel-okafor\/resume\.pdf/);
      assert.match(m, /I saw that you're on the Payments team\./);
      assert.match(m, /Thank you for your time,\nDaniel Okafor$/);
    });

    it('signs the email with the resume\'s own contact details', () => {
      const body = draftsFor(RESUMES.example, POSTINGS.amazon, { name: 'Jane' }).email.body.text;
      assert.match(body, /Priya Raman\npriya\.raman@example\.com\n\+1 \(416\) 555-0142\nhttps:\/\/www\.linkedin\.com\/in\/priya-raman-example$/);
    });
  });

  describe('warnings', () => {
    const withDeadline = (deadline: string, today: string) => draftReferral(input({ job: { ...input().job, referralDeadline: deadline }, today }));

    it('warns when the deadline has passed and does not mention it to the referrer', () => {
      const d = withDeadline('2025-08-30', '2025-09-01');
      assert.deepEqual(codes(d).filter((c) => c.startsWith('deadline')), ['deadline-passed']);
      assert.match(d.warnings[0].message, /passed 2 days ago/);
      assert.doesNotMatch(d.message.text, /close on|2025-08-30/);
    });

    it('warns when the deadline is within three days, today included', () => {
      for (const [deadline, expected] of [
        ['2025-09-01', /is today/],
        ['September 2, 2025', /is in 1 day/],
        ['09/04/2025', /is in 3 days/],
      ] as const) {
        const d = withDeadline(deadline, '2025-09-01');
        assert.equal(d.warnings[0].code, 'deadline-soon', deadline);
        assert.match(d.warnings[0].message, expected);
        assert.match(d.message.text, new RegExp(`Referrals for it close on ${deadline.replace(/[/]/g, '\\/')}`));
      }
      assert.ok(!codes(withDeadline('2025-09-05', '2025-09-01')).some((c) => c.startsWith('deadline')));
    });

    it("words a posting's own closing date as the application deadline, never as a referral cut-off", () => {
      const fromParser = draftReferral(input({ job: { ...input().job, deadline: 'September 3, 2025' }, today: '2025-09-01' }));
      assert.match(fromParser.message.text, /Applications close on September 3, 2025\./);
      assert.doesNotMatch(fromParser.message.text, /Referrals for it close/);
      assert.match(fromParser.nudge.text, /Applications close on September 3, 2025, so I thought/);
      assert.match(fromParser.warnings.find((w) => w.code === 'deadline-soon')!.message, /^The application deadline/);
      const fromText = draftReferral(input({ job: { ...input().job, text: 'Backend intern\nApply by September 2, 2025.\n' }, today: '2025-09-01' }));
      assert.match(fromText.message.text, /Applications close on September 2, 2025\./);
      // The user's own referral deadline wins over the posting's date, and keeps its wording.
      const both = draftReferral(input({ job: { ...input().job, referralDeadline: '2025-09-02', deadline: 'September 3, 2025' }, today: '2025-09-01' }));
      assert.match(both.message.text, /Referrals for it close on 2025-09-02\./);
      assert.doesNotMatch(both.message.text, /September 3/);
    });

    it('warns about a deadline it cannot read rather than guessing', () => {
      assert.ok(codes(withDeadline('end of the month', '2025-09-01')).includes('deadline-unreadable'));
      assert.ok(codes(withDeadline('Oct 1', '2025-09-01')).includes('deadline-unreadable'));
    });

    it('warns about a missing resume link, job ID, posting link and referrer name', () => {
      const d = draftsFor(RESUMES.experienced, POSTINGS.pastedNoId);
      for (const c of ['missing-resume-link', 'missing-job-id', 'missing-job-link', 'missing-referrer-name'] as const) assert.ok(codes(d).includes(c), c);
      const complete = draftsFor(RESUMES.frontMatter, POSTINGS.amazon, { name: 'Jane' });
      for (const c of ['missing-resume-link', 'missing-job-id', 'missing-job-link', 'missing-referrer-name']) assert.ok(!codes(complete).includes(c as never), c);
    });

    it('warns when the match score is low or the resume has many vague or missing-metric findings', () => {
      assert.ok(codes(draftReferral(input({ matchScore: 31 }))).includes('low-match-score'));
      assert.ok(!codes(draftReferral(input({ matchScore: 72 }))).includes('low-match-score'));
      assert.ok(codes(draftReferral(input({ matchScore: 60, options: { minMatchScore: 70 } }))).includes('low-match-score'));
      const lint = draftReferral(input({ lint: { vague: 2, metric: 1 } }));
      assert.match(lint.warnings.find((w) => w.code === 'fix-resume-first')!.message, /2 vague-bullet findings and 1 missing-metric finding/);
      assert.ok(!codes(draftReferral(input({ lint: { vague: 1, metric: 1 } }))).includes('fix-resume-first'));
    });

    it('warns when a quoted highlight is itself flagged, and when nothing matches', () => {
      const flagged = draftReferral(input({ highlights: [{ text: 'Worked on various features in Java.', keywords: ['Java'], flagged: true }] }));
      assert.ok(codes(flagged).includes('highlight-flagged'));
      assert.ok(codes(draftReferral(input({ highlights: [] }))).includes('no-highlights'));
    });

    it('reads the lint state from real findings on the example resume', () => {
      const d = draftsFor(RESUMES.example, POSTINGS.amazon, { name: 'Jane' });
      const findings = lintDocument(parseResume(RESUMES.example)).findings.filter((f) => f.category === 'vague' || f.category === 'metric');
      assert.equal(codes(d).includes('fix-resume-first'), findings.length >= 3);
    });

    it('prefers an unflagged bullet over a flagged one of the same strength', () => {
      const text = `# A B\n\n## Experience\n\n### Dev, X\n\n- Worked on Java services for the team.\n- Built Java services handling 3 regions.\n`;
      const resume = parseResume(text);
      const job = parseJobPosting('## Requirements\n\n- Java\n');
      const flaggedRange = resume.bullets[1].range;
      const d = draftReferralFromDocuments(resume, job, { today: '2025-01-01', findings: [{ category: 'vague', range: flaggedRange }] });
      assert.match(d.message.text, /- "Worked on Java services for the team\."\n- "Built Java/);
    });
  });

  describe('json shape', () => {
    it('has the documented keys, draft texts as strings and counts alongside', () => {
      const json = referralJson(draftsFor(RESUMES.example, POSTINGS.amazon));
      assert.deepEqual(Object.keys(json).slice(0, 8), ['connectionNote', 'message', 'email', 'thankYou', 'followUp', 'referralForm', 'nudge', 'warnings']);
      assert.equal(typeof json.connectionNote, 'string');
      assert.deepEqual(Object.keys(json.email), ['subject', 'body']);
      assert.equal(json.counts.connectionNote.limit, 300);
      assert.equal(json.counts.connectionNote.characters, json.connectionNote.length);
      assert.ok(json.placeholders.includes('[Referrer name]'));
    });
  });
});

describe('referral helpers', () => {
  it('reads deadlines in the usual formats', () => {
    const iso = (t: string) => {
      const d = parseDay(t);
      return d && `${d.year}-${d.month + 1}-${d.day}`;
    };
    assert.equal(iso('2025-10-15'), '2025-10-15');
    assert.equal(iso('2025-10-15T17:00:00Z'), '2025-10-15');
    assert.equal(iso('Oct. 15th, 2025'), '2025-10-15');
    assert.equal(iso('15 October 2025'), '2025-10-15');
    assert.equal(iso('10/15/2025'), '2025-10-15');
    assert.equal(iso('15/10/2025'), '2025-10-15');
    assert.equal(iso('October 2025'), '2025-10-31');
    assert.equal(iso('2025-02-30'), undefined);
    assert.equal(iso('soon'), undefined);
    assert.equal(daysBetween(parseDay('2024-12-30')!, parseDay('2025-01-02')!), 3);
    assert.equal(daysBetween(parseDay('2025-03-10')!, parseDay('2025-03-08')!), -2);
  });

  it('truncates only at word boundaries', () => {
    assert.equal(truncateAtWord('alpha beta gamma', 100), 'alpha beta gamma');
    assert.equal(truncateAtWord('alpha beta gamma', 12), 'alpha beta…');
    assert.equal(truncateAtWord('alpha beta gamma', 11), 'alpha beta…');
    assert.equal(truncateAtWord('alpha beta gamma', 10), 'alpha…');
    assert.equal(truncateAtWord('alphabetagamma', 5), '…');
  });

  it('completes the profile from the header and Education section without overriding front matter', () => {
    const noFm = completeProfile(parseResume(RESUMES.noFrontMatter));
    assert.equal(noFm.resumeUrl, 'https://example.org/maria-gonzalez-resume.pdf');
    assert.equal(noFm.degree, 'B.S.');
    assert.equal(noFm.major, 'Computer Science');
    assert.equal(noFm.school, 'Georgia Institute of Technology');
    assert.equal(noFm.graduation, 'May 2026');
    const stripped = completeProfile(parseResume(RESUMES.example.replace(/^---[\s\S]*?---\n/, '')));
    assert.equal(stripped.degree, 'Bachelor of Computer Science');
    assert.equal(stripped.major, 'Computer Science');
    assert.equal(stripped.resumeUrl, undefined);
    const withFm = completeProfile(parseResume(RESUMES.example));
    assert.equal(withFm.resumeUrl, 'https://example.com/priya-raman/resume.pdf');
    assert.equal(withFm.degree, 'Bachelor of Computer Science');
    const scienceIn = completeProfile(parseResume('# A\n\n## Education\n\n### State University — Bachelor of Science in Applied Mathematics, 2024\n'));
    assert.equal(scienceIn.degree, 'Bachelor of Science');
    assert.equal(scienceIn.major, 'Applied Mathematics');
  });
});
