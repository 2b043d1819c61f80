// Stop 48: what the first run of the blind set unseen-postings-34 showed — techniques listed in lower
// case after a word that announces them, two coined product names offered together, a board's "Hybrid,
// Full-time" read as a skill list, and mainstream tools the taxonomy lacked. All postings are invented.
import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';
import { askedSkills, requirementsPosting } from '../helpers/posting';

const posting = (...lines: string[]) => requirementsPosting('Process Engineer', ...lines);
const asked = askedSkills;

describe('postings: stop 48', () => {
  it('reads lower-case techniques listed after "concepts such as" or "characterization:"', () => {
    const got = asked(posting('Working knowledge of warehouse concepts such as pick path optimisation, wave picking and cross docking'));
    for (const k of ['pick path optimisation', 'wave picking', 'cross docking']) assert.ok(got.includes(k), `${k} in ${got.join(', ')}`);
    const lab = asked(posting('Hands-on materials characterization: differential scanning calorimetry, thermogravimetric analysis (TGA) or rheometry on a bench rig'));
    for (const k of ['differential scanning calorimetry', 'thermogravimetric analysis', 'rheometry']) assert.ok(lab.includes(k), `${k} in ${lab.join(', ')}`);
  });

  it('leaves lists after other words, and lone properties of a category, to the other readers', () => {
    const got = asked(posting('Soft skills such as patience, listening and good humour'));
    assert.ok(!got.includes('patience') && !got.includes('listening'), got.join(', '));
    const props = asked(posting('Exposure to distributed systems concepts such as replication and partitioning'));
    assert.ok(!props.includes('replication'), props.join(', '));
  });

  it('takes two coined product names offered together, and not two English words', () => {
    const got = asked(posting('Experience producing lighting layouts using LumaPlan3 or GlowCalc'));
    assert.ok(got.includes('LumaPlan3') && got.includes('GlowCalc'), got.join(', '));
    const words = asked(posting('Experience working with Planning or Finance partners'));
    assert.ok(!words.includes('Planning') && !words.includes('Finance'), words.join(', '));
  });

  it("does not read a board's work terms as a list of skills", () => {
    const text = 'Process Engineer\nTallowmere Foods\n\nYour job preferences match: Hybrid, Full-time\n\nRequirements\n- Experience with HACCP plans\n';
    const got = asked(text);
    assert.ok(!got.includes('Hybrid') && !got.includes('Full-time'), got.join(', '));
  });

  it('knows Siemens NX, FMEA in its design and process forms, and Great Expectations', () => {
    const got = asked(posting('Model parts in Siemens NX and lead DFMEA and PFMEA reviews', 'Data tests in Great Expectations'));
    for (const k of ['Siemens NX', 'FMEA', 'Great Expectations']) assert.ok(got.includes(k), `${k} in ${got.join(', ')}`);
    // Two plain words of a sentence are not the tool.
    assert.ok(!asked(posting('We have great expectations for this role')).includes('Great Expectations'));
  });

  it('reads a deadline in bold and one given as "(closes …)"', () => {
    const bold = parseJobPosting('Lab Technician\nBramblecote Institute\n\nE-mail your CV to Dr. Vey by **March 3, 2027** to be considered.\n\nRequirements\n- Pipetting\n');
    assert.equal(bold.deadline, 'March 3, 2027');
    const closes = parseJobPosting('Backend Developer at Pelto Labs\n\nFull posting + apply (closes 14.2.2027): https://pelto.example/careers/backend\n\nRequirements\n- Go\n');
    assert.equal(closes.deadline, '14.2.2027');
  });

  it("takes a site page's first heading as the title, not its menu title", () => {
    const text = '---\nlayout: page\ntitle: "Join us: PhD openings (Fall 2027)"\npermalink: /join/\n---\n\n# PhD Research Assistant: Soil Carbon Modeling\n\nLindqvist Soil Lab · Harrowgate University\n\n## Requirements\n- Python\n';
    assert.equal(parseJobPosting(text).title, 'PhD Research Assistant: Soil Carbon Modeling');
    // A user's own front matter keeps its title.
    assert.equal(parseJobPosting('---\ntitle: Data Analyst\ncompany: Orchid Ledger\n---\n\n# Orchid Ledger careers\n\n- SQL\n').title, 'Data Analyst');
  });

  it('names an employer cited by its initials in full where the text spells them out', () => {
    const text = 'Research Assistant\n\nMarsh Lab · Department of Physics · Harrowgate Northern University · Leeds\n\nYou will be admitted to the graduate program at HNU.\n\nRequirements\n- MATLAB\n';
    assert.equal(parseJobPosting(text).company, 'Harrowgate Northern University');
  });

  it('drops "X is hiring:" before the title and reads a "link:" note as the posting URL', () => {
    const job = parseJobPosting('link: https://psjobs.example/applicant/page1800?poster=7731\n\n**Vantaro Studios is hiring: Gameplay Engineer (C++)**\n\nRequirements\n- C++\n');
    assert.equal(job.title, 'Gameplay Engineer (C++)');
    assert.equal(job.url, 'https://psjobs.example/applicant/page1800?poster=7731');
  });

  it('reads a government board\'s title over the department and the agency that hires', () => {
    const job = parseJobPosting('Skip to main content\nSearch   Help   Sign In\n\nHydrographer (Field)\nDepartment of Coastal Affairs\nBureau of Tidal Records\n\nOverview\nSalary\n$70,000 per year\n\nQualifications\n- Experience with ArcGIS Pro\n');
    assert.equal(job.title, 'Hydrographer (Field)');
    assert.equal(job.company, 'Bureau of Tidal Records');
    // Bodies printed above the title leave the title to the line below them.
    const above = parseJobPosting('Search   Help   Sign In\nDepartment of Coastal Affairs\nBureau of Tidal Records\nIT Specialist (Networks)\n\nQualifications\n- Cisco IOS\n');
    assert.equal(above.title, 'IT Specialist (Networks)');
  });

  it('takes the heading under a kicker line as the title', () => {
    const job = parseJobPosting('Graduate programme 2027\n\n# Graduate Geotechnical Engineer\n\n- Location: Leeds\n\n## What you will need\n- A degree in civil engineering\n');
    assert.equal(job.title, 'Graduate Geotechnical Engineer');
  });
});
