// Depth and sense of evidence in the match score, on invented resumes and postings:
// - stack focus: two resumes that each show the asked stack once are told apart by how much of their
//   work is about it;
// - tool → practice: a debugger shows debugging, a shell shows shell scripting, a build tool shows
//   build systems;
// - word sense: a one-word posting term met only inside a narrower compound ("depth cameras") counts
//   less than the word itself.
import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';
import { parseResume } from '../../src/core/document/parse';
import { matchResume } from '../../src/core/tailor/match';
import { renderReport } from '../../src/core/tailor/report';
import { narrowingModifier } from '../../src/core/tailor/narrowed';
import { FOCUS_SHARE_OF_POINTS } from '../../src/core/tailor/stack-focus';
import { NARROWED_SHARE } from '../../src/core/tailor/score';
import { PRACTICE_OF_TOOLS, findSkills, lookupSkill, broaderSkills } from '../../src/core/skills';
import { derivedNounForms } from '../../src/core/skills/derive';

const resume = (body: string) => `# Sam Rivera\n\nsam@example.com\n\n${body}`;
const match = (posting: string, text: string) => matchResume(parseResume(text), parseJobPosting(posting)).report;

const BACKEND_POSTING = `Junior Backend Developer — Tidewater Freight

Requirements
- Experience with Java and Spring Boot.
- Experience with PostgreSQL.
- Knowledge of Docker.
`;

/** Every project is a Java backend service. */
const FOCUSED = resume(`## Projects

### Parcel Tracker | Java, Spring Boot

- Wrote a Java service that tracks 2k parcels a day for a courier co-op.

### Invoice Service | Java

- Built an invoicing API in Java that bills 40 customers a month.

### Route Planner | Java

- Implemented a Java route planner that cut test routes from 9 to 6 stops.

## Skills

- PostgreSQL, Docker
`);

/** The same skills, shown once, among front-end work. */
const SCATTERED = resume(`## Projects

### Parcel Tracker | Java, Spring Boot

- Wrote a Java service that tracks 2k parcels a day for a courier co-op.

### Portfolio Site | React

- Designed a React portfolio with 12 animated pages.

### Recipe App | Vue

- Built a Vue recipe browser used by 300 cooks.

### Landing Pages | HTML, CSS

- Coded 8 landing pages for a bakery chain.

## Skills

- PostgreSQL, Docker
`);

describe('match score: stack focus', () => {
  it('ranks a resume whose work is about the asked stack above one that shows it once among other work', () => {
    const focused = match(BACKEND_POSTING, FOCUSED);
    const scattered = match(BACKEND_POSTING, SCATTERED);
    // The keywords alone cannot tell them apart: both show Java and Spring Boot in an entry and list the rest.
    const keywordPoints = (r: typeof focused) => r.breakdown.groups.reduce((s, g) => s + g.points, 0);
    assert.equal(keywordPoints(focused), keywordPoints(scattered));
    assert.deepEqual([focused.breakdown.focus?.onStack, focused.breakdown.focus?.entries], [3, 3]);
    assert.deepEqual([scattered.breakdown.focus?.onStack, scattered.breakdown.focus?.entries], [1, 4]);
    assert.ok(focused.score > scattered.score, `${focused.score} > ${scattered.score}`);
  });

  it('is worth a fixed share of the keyword points and is explained in the report', () => {
    const r = match(BACKEND_POSTING, SCATTERED);
    const focus = r.breakdown.focus!;
    const keywordMax = r.breakdown.groups.reduce((s, g) => s + g.maxPoints, 0);
    assert.equal(focus.maxPoints, Math.round(FOCUS_SHARE_OF_POINTS * keywordMax * 100) / 100);
    assert.equal(focus.points, Math.round(0.25 * focus.maxPoints * 100) / 100);
    assert.deepEqual(focus.onStackEntries, ['Parcel Tracker | Java, Spring Boot']);
    const line = r.breakdown.explanation.find((l) => l.startsWith('Stack focus'));
    assert.ok(line && /1 of 4/.test(line) && /Parcel Tracker/.test(line), line);
    const md = renderReport({ job: parseJobPosting(BACKEND_POSTING), report: r });
    assert.match(md, /\| stack focus \| 1 \/ 4 entries \|/);
  });

  it('leaves out leadership entries and entries without content, and gives 0 to a resume with no work entries', () => {
    const withClub = match(BACKEND_POSTING, `${FOCUSED}\n## Leadership\n\n### Chess Club President\n\n- Ran 20 weekly meetups for 35 members.\n`);
    assert.deepEqual([withClub.breakdown.focus?.onStack, withClub.breakdown.focus?.entries], [3, 3]);
    const listOnly = match(BACKEND_POSTING, resume('## Skills\n\n- Java, Spring Boot, PostgreSQL, Docker\n'));
    assert.deepEqual([listOnly.breakdown.focus?.onStack, listOnly.breakdown.focus?.entries, listOnly.breakdown.focus?.points], [0, 0, 0]);
    assert.ok(listOnly.score > 0 && listOnly.score < match(BACKEND_POSTING, FOCUSED).score);
  });

  it('has no focus part when the posting asks for no required or preferred technical skill', () => {
    const r = match(`Office Assistant — Birch & Co\n\nAbout us\n- We use Java, Docker and PostgreSQL in our products.\n`, FOCUSED);
    assert.equal(r.breakdown.focus, undefined);
  });
});

describe('taxonomy: a tool shows the practice it is for', () => {
  it('names, in every relation, a practice and tools the taxonomy knows, with a source', () => {
    for (const { practice, tools, source } of PRACTICE_OF_TOOLS) {
      assert.equal(lookupSkill(practice)?.name, practice, practice);
      assert.ok(source.length > 20, practice);
      for (const tool of tools) {
        assert.equal(lookupSkill(tool)?.name, tool, `${practice}: ${tool}`);
        assert.ok(broaderSkills(tool).includes(practice), `${tool} → ${practice}`);
      }
    }
  });

  it('credits a posting that asks for debugging, shell scripting and build systems with GDB, Shell and CMake', () => {
    const posting = `Systems Intern — Quarry Labs\n\nRequirements\n- Proficiency in C.\n- Debugging and shell scripting skills.\n- Familiarity with build systems.\n`;
    const r = match(posting, resume(`## Projects\n\n### Tiny Shell | C\n\n- Wrote a 2k-line Unix-like command interpreter in C.\n\n## Skills\n\n- Languages: C, Shell\n- Tools: GDB, CMake\n`));
    const by = (name: string) => r.keywords.find((k) => k.keyword === name)!;
    assert.deepEqual(by('debugging').impliedBy, ['GDB']);
    assert.equal(by('debugging').evidence, 'listed');
    assert.ok(by('shell scripting').found);
    assert.deepEqual(by('build systems').impliedBy, ['CMake']);
  });

  it('reads "Shell" as shell scripting only in a technical list, not in prose', () => {
    assert.deepEqual(findSkills('Languages: Python, Shell, C', { techContext: true }).map((m) => m.canonical), ['Python', 'shell scripting', 'C']);
    assert.deepEqual(findSkills('Painted a Shell logo on the harbour wall.').map((m) => m.canonical), []);
  });
});

describe('word sense of a weak match: a narrower compound', () => {
  const modifierOf = (text: string, word: string) => {
    const start = text.indexOf(word);
    return narrowingModifier(text, start, start + word.length);
  };

  it('finds the modifier of a head noun and nothing when the word is counted, determined, verbed or a modifier itself', () => {
    assert.equal(modifierOf('- Calibrated depth cameras for indoor mapping', 'cameras'), 'depth');
    assert.equal(modifierOf('- Installed security cameras', 'cameras'), 'security');
    assert.equal(modifierOf('- Wrote camera drivers for a dashcam', 'camera'), undefined);
    assert.equal(modifierOf('- Mounted 3 cameras on a rover', 'cameras'), undefined);
    assert.equal(modifierOf('- Synchronised the cameras with a trigger line', 'cameras'), undefined);
    assert.equal(modifierOf('- Tested multiple cameras', 'cameras'), undefined);
    assert.equal(modifierOf('- Calibrated cameras', 'cameras'), undefined);
    assert.equal(modifierOf('Camera', 'Camera'), undefined);
  });

  const FIRMWARE = `Firmware Intern — Lumen Devices

Requirements
- Solid C programming experience.
- Linux kernel experience.
- Driver development for one or more of the following: Sensor, Camera, Display, Battery.
`;

  it('gives half the points to a posting word met only inside a narrower compound, and full points to the word itself', () => {
    const compound = match(FIRMWARE, resume(`## Projects\n\n### Rover\n\n- Fused depth cameras and wheel odometry on the Linux kernel for a 4-wheel rover.\n\n## Skills\n\n- C, Python\n`));
    const plain = match(FIRMWARE, resume(`## Projects\n\n### Rover\n\n- Wrote camera drivers on the Linux kernel for a 4-wheel rover.\n\n## Skills\n\n- C, Python\n`));
    const camera = (r: typeof plain) => r.keywords.find((k) => k.keyword === 'Camera')!;
    assert.equal(camera(compound).narrowed, 'depth cameras');
    assert.equal(camera(plain).narrowed, undefined);
    assert.equal(camera(compound).points, camera(plain).points! * NARROWED_SHARE);
    assert.ok(compound.breakdown.explanation.some((l) => l.includes('"Camera" only in "depth cameras"')));
    assert.ok(plain.score > compound.score);
  });
});

describe('taxonomy: noun forms of adjectival soft-skill aliases', () => {
  it('derives -ivity/-iveness, self-…-ation/-ction and ADJ-ness to … by suffix rules', () => {
    assert.deepEqual(derivedNounForms('proactive'), ['proactivity', 'proactiveness']);
    assert.deepEqual(derivedNounForms('self-motivated'), ['self-motivation']);
    assert.deepEqual(derivedNounForms('self-directed'), ['self-direction']);
    assert.deepEqual(derivedNounForms('eager to learn'), ['eagerness to learn']);
    assert.deepEqual(derivedNounForms('steady to finish'), ['steadiness to finish']);
    // A verb before "to" is not an adjective; names and flagged aliases are left alone.
    assert.deepEqual(derivedNounForms('adjust to change'), []);
    assert.deepEqual(derivedNounForms('adapting to change'), []);
    assert.deepEqual(derivedNounForms('?Go'), []);
    assert.deepEqual(derivedNounForms('team player'), []);
  });

  it('finds a soft skill by a derived noun form, and leaves hard skills underived', () => {
    assert.equal(lookupSkill('proactivity')?.name, lookupSkill('proactive')?.name);
    assert.equal(lookupSkill('self-motivation')?.name, lookupSkill('self-motivated')?.name);
    assert.deepEqual(findSkills('We value proactiveness and curiosity.', { kinds: ['soft'] }).map((m) => m.canonical), [lookupSkill('proactive')!.name, 'curiosity']);
    assert.equal(lookupSkill('interactivity'), undefined);
  });

  it('shows a canonical name without the notation flags it carries ("!initiative" is "initiative")', () => {
    assert.equal(lookupSkill('self-starter')?.name, 'initiative');
  });
});
