import { personalDetails } from '../../../src/core/rules/personal-details';
import { testRule } from '../../helpers/rule-tester';

const header = (lines: string) => `# Priya Raman\n\n${lines}\n\n## Experience\n\n- Built 3 services for 40 users.\n`;

testRule(personalDetails, {
  valid: [
    // Service as work, in a sentence, is experience, not a status line.
    { doc: true, code: header('Toronto, ON · priya@example.com') + '\n## Experience\n\n- Led a 12-person signals team during national service, 2016–2017.\n' },
    { doc: true, code: header('Toronto, ON · priya@example.com · (416) 555-0142') },
    // Work authorization is relevant and stays.
    { doc: true, code: header('Canadian citizen · Authorized to work in the US (TN visa)') },
    { doc: true, code: header('Nationality: US citizen, eligible for security clearance') },
    { doc: true, code: header('Pronouns: she/her') },
    // Words that only look like labels in work bullets.
    'Reduced average age of open tickets from 9 days to 2 with a triage bot.',
    'Maintained a 15 years old COBOL codebase for 3 banks.',
    'Organized a charity 5K race for 300 runners that raised $12,000.',
    'Built a single-page app for a startup born in a campus hackathon.',
    'Rebuilt the reborn 2.0 dashboard for 12 teams.',
    // Badges and logos are not photos.
    { doc: true, code: header('![build](https://img.shields.io/badge/build-passing-green)') },
    { doc: true, code: header('Priya · `DOB: none`') }, // code
    // An Obsidian icon drawn small, and a note link, are no photo; a salary range negotiated for others is work.
    { doc: true, code: header('![[linkedin-icon.png|16]] [[Contact notes]]') },
    'Negotiated salary requirements for 14 new hires with the finance team.',
    // A "|"-separated list outside a table is no label and value.
    { doc: true, code: '# Priya Raman\n\n## Interests\n\nHiking | Photo | Travel\n' },
    // A table of skills whose first cell merely starts with a label word.
    { doc: true, code: '# Priya Raman\n\n## Skills\n\n| Area | Tools |\n|---|---|\n| Race timing | Python, RFID |\n' },
  ],
  invalid: [
    // Session 21: an identity number by another common label, and a military-service status line.
    { doc: true, code: header('Identity No: 112 233 445 56'), count: 1, message: 'ID number' },
    { doc: true, code: header('Military Service: Exempt'), count: 1, message: 'military-service status' },
    {
      // A table whose first cell is the label: the cell border separates label and value.
      doc: true,
      code: header('| **Phone** | +1 416 555 0142 |\n|---|---|\n| **Date of birth** | 03.04.1991 in Graz |'),
      underlines: ['Date of birth** | 03.04.1991 in Graz'],
    },
    {
      // An ID label in parentheses after a generic one, and a label with its own parenthetical.
      doc: true,
      code: header('- ID (DNI): 40.123.456\n- Passport (Kenya): AK0012345'),
      underlines: ['DNI): 40.123.456', 'Passport (Kenya): AK0012345'],
    },
    {
      // A salary, as a label and as a heading.
      doc: true,
      code: header('Expected CTC: 18 LPA') + '\n## Desired Salary\n\nCAD 95,000, negotiable.\n',
      underlines: ['Expected CTC: 18 LPA', 'Desired Salary'],
      message: 'leave pay out',
    },
    {
      // A photo by reference and as an Obsidian embed.
      doc: true,
      code: header('![][me]\n\n![[portrait-2025.png|150]]') + '\n[me]: data:image/jpeg;base64,AAAA\n',
      underlines: ['![][me]', '![[portrait-2025.png|150]]'],
      message: 'photos',
    },
    {
      // A national ID by its country's name for it, and children counted after "my" in a summary.
      doc: true,
      code: header('- CURP: ABCD880412HJCZLL09\n\n## Summary\n\nAnalyst back from a break to raise my two kids. I love data.'),
      underlines: ['CURP: ABCD880412HJCZLL09', 'two kids'],
    },
    {
      // A birth date right after "born", and an origin label.
      doc: true,
      code: header('- Born 14/07/1996 in Recife, PE\n- State of Origin: Kano State'),
      underlines: ['Born 14/07/1996 in Recife, PE', 'State of Origin: Kano State'],
    },
    {
      doc: true,
      code: header('- Date of birth: 14 March 2003\n- Nationality: Indian'),
      underlines: ['Date of birth: 14 March 2003', 'Nationality: Indian'],
      message: 'age discrimination',
      output: '# Priya Raman\n\n- Nationality: Indian\n\n## Experience\n\n- Built 3 services for 40 users.\n',
    },
    {
      doc: true,
      code: header('Toronto · **DOB:** 01/02/2001 | Marital Status: Single | Gender: Female'),
      underlines: ['DOB:** 01/02/2001', 'Marital Status: Single', 'Gender: Female'],
    },
    {
      doc: true,
      code: header('Religion: Hindu · Age: 22 · Passport No: K1234567'),
      underlines: ['Religion: Hindu', 'Age: 22', 'Passport No: K1234567'],
      message: 'protected ground',
    },
    { doc: true, code: header('SSN 123-45-6789'), underlines: ['123-45-6789'], message: 'ID number' },
    { doc: true, code: header('Born in Chennai, India; 24 years old; married'), underlines: ['Born in Chennai, India', '24 years old', 'married'] },
    { doc: true, code: header('![Priya Raman](photo.jpg)'), underlines: ['![Priya Raman](photo.jpg)'], message: 'photo' },
    { doc: true, code: header('<img src="me.png" width="120">'), count: 1 },
    { doc: true, code: header("Father's Name: R. Raman"), underlines: ["Father's Name: R. Raman"] },
    // Family details: spouse, children, pregnancy.
    { doc: true, code: header('Spouse: Arjun Raman · Children: 2'), underlines: ['Spouse: Arjun Raman', 'Children: 2'] },
    { doc: true, code: header('- Pregnancy status: not pregnant'), underlines: ['Pregnancy status: not pregnant'] },
  ],
});
