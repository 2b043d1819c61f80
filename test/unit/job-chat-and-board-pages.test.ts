// Posting shapes read for their metadata: a chat channel pasted whole (one studio's message, its thread,
// another member's message after it), a job board's page whose description repeats the title in a
// "Title:" field, a bilingual public-sector page, and an HTML page whose only own address is its share
// box. All invented.
import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';
import { cleanPostingPage, isChromeBar } from '../../src/core/job/clean';
import { keepLongestThreadPost } from '../../src/core/job/thread';

const CHAT = `# Pixel Harbour — #jobs (copied from Discord)

**tessa.fm** — Today at 9:12 AM

🎧 **[HIRING] Audio Programmer @ Gullwing Studio** 🦜
remote · contract

**must have**
• C++ and a game engine you know well
• Wwise or FMOD integration in a shipped game

**bonus points**
• Python tooling for batch audio work

> 🧵 **Thread** — 2 replies
>
> **ravi_sfx** — Today at 9:30 AM
> is Go ok instead of Python?
>
> **tessa.fm** — Today at 9:41 AM
> sure, any scripting language works

---

**nightowl** — Today at 10:02 AM

[HIRING] Pixel artist — Mothlight Games (Godot, Aseprite) · remote
`;

describe('job postings pasted from a chat channel', () => {
  it('reads the longest message and its poster\'s replies, not the next member\'s message', () => {
    const kept = keepLongestThreadPost(CHAT);
    assert.equal(kept.read, 'longest');
    assert.equal(kept.postings, 2);
    assert.match(kept.text, /Wwise or FMOD integration/);
    assert.match(kept.text, /any scripting language works/);
    assert.doesNotMatch(kept.text, /is Go ok instead of Python/);
    assert.doesNotMatch(kept.text, /Aseprite/);
    assert.equal(kept.text.length, CHAT.length, 'offsets unchanged');
  });

  it('takes neither the channel tag nor the emoji into the title and the employer', () => {
    const job = parseJobPosting(CHAT);
    assert.equal(job.title, 'Audio Programmer');
    assert.equal(job.company, 'Gullwing Studio');
    assert.ok(!job.keywords.some((k) => /Godot|Aseprite/i.test(k.keyword)), 'the other studio\'s skills are not asked');
  });

  it('leaves a single message alone', () => {
    const one = `**tessa.fm** — Today at 9:12 AM\n\nWe need a C++ audio programmer.\n`;
    assert.deepEqual(keepLongestThreadPost(one), { text: one });
  });
});

describe('job board pages', () => {
  const BOARD = `Skip to main content
JobNest
Find Jobs    Salaries    Sign In

Test Technician - Battery Packs (W2)
Bramblewood Technical Staffing
Reno, NV  •  On-Site

Summary

Title: Test Technician (Battery Packs)
Location: Reno, NV
Duration: 6 months

Requirements
- Experience with LabVIEW and oscilloscopes.
- Python scripting for test automation.

Bramblewood Technical Staffing
Recruiter: Dana Quill | dana@bramblewood.example

JobNest is the leading career destination for technicians and engineers.
© 2026 JobNest. All rights reserved.
`;

  it('reads the employer under the page\'s title line when the description has a "Title:" field', () => {
    const job = parseJobPosting(BOARD);
    assert.equal(job.title, 'Test Technician (Battery Packs)');
    assert.equal(job.company, 'Bramblewood Technical Staffing');
  });

  it('never takes a site that describes itself as a job board for the employer', () => {
    const hostOnly = BOARD.replace(/^Bramblewood Technical Staffing\n/gm, '');
    assert.notEqual(parseJobPosting(hostOnly).company, 'JobNest');
  });
});

describe('bilingual pages', () => {
  const PAGE = `CIUSSS du Lac-Brumeux
Centre intégré universitaire de santé et de services sociaux du Lac-Brumeux
Carrières / Careers          Français | English

Analyste en données cliniques
Clinical Data Analyst

Numéro d'affichage / Posting number : DA-2027-004
Date limite / Deadline : 8 janvier 2027, 16 h / January 8, 2027, 4:00 p.m.

Requirements
• SQL and Power BI
• Knowledge of HL7 messaging
`;

  it('reads a site\'s section link and language switch as its top bar, so the line above is the employer', () => {
    assert.ok(isChromeBar('Carrières / Careers          Français | English'));
    assert.ok(isChromeBar('Careers · EN | FR'));
    assert.ok(!isChromeBar('English / French'), 'a languages requirement is not a site bar');
    assert.equal(parseJobPosting(PAGE).company, 'CIUSSS du Lac-Brumeux');
  });

  it('reads the deadline a bilingual field gives after its other-language day', () => {
    assert.equal(parseJobPosting(PAGE).deadline, 'January 8, 2027, 4:00 p.m.');
  });
});

describe('HTML pages without a canonical link', () => {
  const html = (share: string) => `<!doctype html><html><head><title>Internships | Quarry Robotics</title></head><body>
<h1>Perception Intern (Summer 2027)</h1>
<h2>Requirements</h2><ul><li>C++ and ROS 2</li><li>Python</li></ul>
<section class="share"><h3>Share this role</h3>${share}<button>Copy link</button></section>
</body></html>`;

  it('takes the share box\'s read-only link as the page\'s own address', () => {
    const url = 'https://jobs.quarry-robotics.example/interns/perception-intern-2027?req=QR-27-118';
    assert.equal(cleanPostingPage(html(`<input type="text" readonly value="${url}">`)).pageUrl, url);
    assert.equal(parseJobPosting(html(`<input type="text" readonly value="${url}">`)).url, url);
  });

  it('ignores an editable field and a bare site root', () => {
    assert.equal(cleanPostingPage(html('<input type="text" value="https://jobs.quarry-robotics.example/interns/x">')).pageUrl, undefined);
    assert.equal(cleanPostingPage(html('<input type="text" readonly value="https://quarry-robotics.example">')).pageUrl, undefined);
  });
});
