// The Markdown document "Draft Referral Intro…" opens (pure, so tested outside VS Code).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countLabel, draftEntries, draftsMarkdown, roleName } from '../../../src/extension/referral-markdown';
import { draftReferralFromText } from '../../../src/node/referral';
import type { ReferralDrafts } from '../../../src/core/referral';

const WORKSPACE = join(__dirname, '../../fixtures/workspace');
const drafts = (referrer = { name: 'Sam Rivera', school: 'McGill University' }): ReferralDrafts =>
  draftReferralFromText({
    resumeText: readFileSync(join(WORKSPACE, 'resume.md'), 'utf8'),
    jobText: readFileSync(join(WORKSPACE, 'jobs/lumen-freight-backend.md'), 'utf8'),
    referrer,
    today: '2025-11-25',
  });

describe('referral drafts in an editor', () => {
  it('shows every draft verbatim in a fence, with its count against its limit', () => {
    const d = drafts();
    const md = draftsMarkdown(d, 'Backend Engineer at Lumen Freight');
    assert.match(md, /^# Referral intro: Backend Engineer at Lumen Freight\n/);
    const entries = draftEntries(d);
    assert.deepEqual(entries.map((e) => e.key), ['connectionNote', 'message', 'emailSubject', 'emailBody', 'thankYou', 'followUp', 'referralForm', 'nudge']);
    for (const { title, draft } of entries) {
      assert.ok(md.includes(`## ${title} — ${draft.characters}/${draft.channel.limit} characters`), title);
      assert.ok(md.includes(`\`\`\`text\n${draft.text}\n\`\`\`\n`), `${title} text is fenced verbatim`);
    }
    assert.match(md, /## LinkedIn invitation note — \d+\/300 characters\n/);
  });

  it('lists the warnings before the drafts and what to fill in under each draft', () => {
    const d = drafts({ name: '', school: '' });
    const md = draftsMarkdown(d, 'x');
    assert.ok(d.warnings.length > 0);
    const before = md.indexOf('**Before sending:**');
    assert.ok(before > 0 && before < md.indexOf('## '));
    for (const w of d.warnings) assert.ok(md.includes(`- ⚠ ${w.message}`), w.code);
    assert.ok(d.connectionNote.placeholders.includes('[Referrer name]'));
    assert.match(md, /## LinkedIn invitation note[^\n]*\n\nFill in: `\[Referrer name\]`/);
  });

  it('uses a longer fence when a draft contains backticks, and says when a draft is over its limit', () => {
    const d = drafts();
    d.message = { ...d.message, text: 'Use ```code``` here', characters: 9000 };
    const md = draftsMarkdown(d, 'x');
    assert.ok(md.includes('````text\nUse ```code``` here\n````'));
    assert.equal(countLabel(d.message), `9000/${d.message.channel.limit} characters — ${9000 - d.message.channel.limit} over the limit`);
    assert.equal(countLabel(d.email.body), `${d.email.body.characters}/2000 characters (suggested)`);
  });

  it('names the role from the posting', () => {
    assert.equal(roleName({ title: 'Backend Engineer', company: 'Lumen Freight' }), 'Backend Engineer at Lumen Freight');
    assert.equal(roleName({ company: 'Lumen Freight' }), 'Lumen Freight');
    assert.equal(roleName({}), 'the posting');
  });
});
