// Stop 62, from blind resume sets 59 and 60: LaTeX entries whose two dates are printed apart. Some
// templates print the end date above the start (a two-row date column), others give the dates, the
// employer and the role as an eventlist item's brace groups. Invented text.
import assert from 'node:assert/strict';
import { parseResumeAs } from '../../src/core/formats';
import { lintDocument } from '../../src/core/lint';

const parse = (tex: string) => parseResumeAs(tex, { path: 'resume.tex' });
const lint = (tex: string) => lintDocument(parse(tex), { today: '2026-12-01' }).findings;
const section = (tex: string, kind: string) => parse(tex).sections.find((s) => s.kind === kind);

describe('LaTeX entries with the end date printed above the start (stop 62)', () => {
  const macro = [
    '\\documentclass{article}',
    '\\begin{document}',
    '\\section{Experience}',
    '\\begin{experiences}',
    '  \\experience',
    '    {Present}  {Research Assistant}{Harlow Robotics Lab}{Halifax, NS}',
    '    {Oct 2025} {',
    '      \\begin{itemize}',
    '        \\item Maintain the lab\'s ROS 2 drivers for four arms',
    '      \\end{itemize}',
    '    }',
    '    {C++, ROS 2}',
    '  \\experience',
    '    {Aug 2026} {Firmware Intern}{Pellucid Devices}{Moncton, NB}',
    '    {May 2026} {',
    '      \\begin{itemize}',
    '        \\item Ported the bootloader to a new STM32 board in 3 weeks',
    '      \\end{itemize}',
    '    }',
    '    {C}',
    '\\end{experiences}',
    '\\end{document}',
  ].join('\n');

  it('reads the two date arguments of one entry as its start and end, whichever comes first', () => {
    const [running, internship] = section(macro, 'experience')!.entries;
    assert.equal(running.dates?.current, true);
    assert.equal(running.dates?.start, 2025 * 12 + 9);
    assert.equal(running.role, 'Research Assistant');
    assert.equal(internship.dates?.start, 2026 * 12 + 4);
    assert.equal(internship.dates?.end, 2026 * 12 + 7);
    assert.equal(internship.role, 'Firmware Intern');
  });

  it('lets a running role keep the present tense and the order stand', () => {
    const findings = lint(macro);
    assert.ok(!findings.some((f) => f.ruleId === 'tense-mismatch'), 'present tense in the running role is right');
    assert.ok(!findings.some((f) => f.ruleId === 'reverse-chronological'), 'the running role above a finished one is in order');
  });

  const table = [
    '\\documentclass{article}',
    '\\begin{document}',
    '\\section{Work Experience}',
    '\\begin{tabular}{r|p{11cm}}',
    '\\emph{Current} & Teaching Assistant at \\textsc{Lakeshore College}, Thunder Bay \\\\',
    '\\textsc{Jan 2026} & \\footnotesize{Department of Physics, supervisor Dr. Ana Reyes} \\\\',
    '& \\begin{itemize}',
    '  \\item Grade weekly lab reports for 48 students',
    '\\end{itemize} \\\\',
    '\\multicolumn{2}{c}{} \\\\',
    '\\textsc{Aug 2025} & Data Intern at \\textsc{Boreal Grain Co.}, Winnipeg \\\\',
    '\\textsc{May 2025} & \\begin{itemize}',
    '  \\item Built a yield dashboard in Power BI used by 6 agronomists',
    '\\end{itemize} \\\\',
    '\\multicolumn{2}{c}{} \\\\',
    '\\textsc{2024} & Dean\'s List, Lakeshore College \\\\',
    '\\textsc{2023} & Science Fair judge, Thunder Bay \\\\',
    '\\end{tabular}',
    '\\end{document}',
  ].join('\n');

  it('reads a table row dated "Current" or an end date, over a row with the start date, as one entry', () => {
    const entries = section(table, 'experience')!.entries;
    assert.equal(entries[0].dates?.current, true);
    assert.equal(entries[0].dates?.start, 2026 * 12);
    assert.match(entries[0].heading.text, /Teaching Assistant/);
    assert.equal(entries[0].bullets.length, 1);
    assert.equal(entries[1].dates?.start, 2025 * 12 + 4);
    assert.equal(entries[1].dates?.end, 2025 * 12 + 7);
    assert.equal(entries[1].bullets.length, 1);
  });

  it('keeps two single-year rows with their own titles as two entries', () => {
    const entries = section(table, 'experience')!.entries;
    assert.equal(entries.length, 4);
    assert.equal(entries[2].dates?.start, 2024 * 12);
    assert.equal(entries[3].dates?.start, 2023 * 12);
    assert.ok(!lint(table).some((f) => f.ruleId === 'tense-mismatch' && /Grade/.test(f.message)));
  });
});

describe('tccv eventlist items: dates, employer and role as brace groups (stop 62)', () => {
  const tccv = [
    '\\documentclass{tccv}',
    '\\begin{document}',
    '\\part{Ines Duarte}',
    '\\section{Work experience}',
    '\\begin{eventlist}',
    '\\item{Sep 2025 -- present}',
    '     {Lakeshore College, Thunder Bay, ON}',
    '     {Graduate Research Assistant}',
    '\\end{eventlist}',
    '\\begin{itemize}',
    '  \\item Built a sensor-data pipeline in Python for 3 field stations',
    '\\end{itemize}',
    '\\begin{eventlist}',
    '\\item{Jan 2024 -- Jun 2024}',
    '     {Boreal Grain Co., Winnipeg, MB}',
    '     {Data Intern}',
    '\\end{eventlist}',
    '\\begin{itemize}',
    '  \\item Cleaned 12 years of harvest records for the pricing team',
    '\\end{itemize}',
    '\\end{document}',
  ].join('\n');

  it('opens an entry for each item, with its bullets under it and no bullet made of its dates', () => {
    const experience = section(tccv, 'experience')!;
    assert.equal(experience.entries.length, 2);
    assert.equal(experience.entries[0].dates?.current, true);
    assert.equal(experience.entries[0].role, 'Graduate Research Assistant');
    assert.equal(experience.entries[1].organisation, 'Boreal Grain Co., Winnipeg, MB');
    assert.deepEqual(experience.entries.map((e) => e.bullets.length), [1, 1]);
    assert.ok(!experience.bullets.some((b) => /2025|present/.test(b.text)), 'no dates read as a bullet');
  });
});

describe('a LaTeX file\'s own heading commands, read by their names (stop 62)', () => {
  const tex = [
    '\\documentclass[letterpaper,11pt]{article}',
    '\\newcommand{\\resitem}[1]{\\item #1 \\vspace{-2pt}}',
    '\\newcommand{\\resheading}[1]{\\parbox{\\textwidth}{\\colorbox{gray}{\\textbf{\\large #1}}}}',
    '\\newcommand{\\ressubheading}[4]{',
    '\\begin{tabular*}{6.5in}{l@{\\extracolsep{\\fill}}r}',
    '  \\textbf{#1} & #2 \\\\',
    '  \\textit{#3} & \\textit{#4} \\\\',
    '\\end{tabular*}}',
    '\\begin{document}',
    '\\resheading{Experience}',
    '\\begin{itemize}',
    '  \\item',
    '  \\ressubheading{Pellucid Devices}{Moncton, NB}{Firmware Intern}{May 2026 -- Aug 2026}',
    '  \\begin{itemize}',
    '    \\resitem{Ported the bootloader to a new STM32 board in 3 weeks}',
    '    \\resitem{Participate in code reviews}',
    '  \\end{itemize}',
    '\\end{itemize}',
    '\\resheading{Education}',
    '\\begin{itemize}',
    '  \\item',
    '  \\ressubheading{Lakeshore College}{Thunder Bay, ON}{B.Eng. in Electrical Engineering}{Sep 2022 -- May 2027}',
    '\\end{itemize}',
    '\\end{document}',
  ].join('\n');

  it('opens a section for a one-argument *heading command set bold or large, and an entry for a several-argument one', () => {
    const doc = parse(tex);
    const experience = doc.sections.find((s) => s.kind === 'experience');
    assert.ok(experience, 'an Experience section');
    assert.equal(experience!.entries.length, 1);
    assert.equal(experience!.entries[0].organisation, 'Pellucid Devices');
    assert.equal(experience!.entries[0].bullets.length, 2);
    assert.ok(doc.sections.some((s) => s.kind === 'education' && s.entries.length === 1));
    assert.ok(lint(tex).some((f) => f.ruleId === 'tense-mismatch' && /Participate/.test(f.message)));
  });
});
