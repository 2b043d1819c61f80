// Round 16: hard skills of postings outside software — domain products from O*NET admitted by the
// generator's rules, named certifications as one requirement, and product names with a slash before a
// digit. All posting lines are invented.

import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';
import { findCertifications } from '../../src/core/job/certifications';
import { broaderSkills, findSkills } from '../../src/core/skills';
import { ONET_GROUPS } from '../../src/core/skills/data/onet';

const asked = (lines: string[]) =>
  parseJobPosting(['Hardware Technician', 'Brightfield Labs', '', 'Requirements', ...lines.map((l) => `- ${l}`), ''].join('\n'))
    .keywords.filter((k) => k.kind === 'hard' && k.importance !== 'other')
    .map((k) => k.keyword);
const sentence = (text: string) => ({ text, start: 0, end: text.length });
const onetNames = new Set(ONET_GROUPS.flatMap((g) => g.entries).map((e) => e.split('|')[0]));

describe('domain products from O*NET (round 16)', () => {
  it('admits a product listed by one engineering occupation, by its coined word after an English company name', () => {
    const got = findSkills('Simulated the flyback stage in LTspice before building it.').map((m) => m.canonical);
    assert.ok(got.includes('LTSpice'), got.join(', '));
  });

  it('pools a product family: the short name is asked for wherever its longer names are', () => {
    const got = findSkills('Drew the board schematics in OrCAD and routed them by hand.').map((m) => m.canonical);
    assert.ok(got.includes('OrCAD'), got.join(', '));
  });

  it('reads a one-word English product name only as written and in a technical context', () => {
    assert.ok(onetNames.has('Workday'));
    assert.ok(asked(['Configuration of HR systems such as SuccessFactors, Workday or Oracle HCM']).includes('Workday'));
    // The everyday word is no product.
    assert.ok(!findSkills('A long workday on the plant floor, then a short workday on Friday.').some((m) => m.canonical === 'Workday'));
    assert.ok(!findSkills('Workday starts at seven and the crew leaves at three.').some((m) => m.canonical === 'Workday'));
  });

  it('keeps a field of study out of the products ("Geomatics")', () => {
    assert.ok(!onetNames.has('Geomatics'));
    assert.ok(!findSkills('Enrolled in a program in geography, geomatics or surveying.').some((m) => /geomatics/i.test(m.canonical)));
  });
});

describe('certifications as one requirement (round 16)', () => {
  it('reads "<vendor> Certified <title>" and a name before an exam code', () => {
    const got = findCertifications(sentence('Holds a starter credential such as Zentra Certified Data Practitioner or Contoso Cloud Essentials (CC-110).'));
    assert.deepEqual(
      got.map((c) => c.keyword),
      ['Zentra Certified Data Practitioner', 'Contoso Cloud Essentials'],
    );
  });

  it('reads "Certified <title> <role>" without a vendor', () => {
    const got = findCertifications(sentence('Certified Kubernetes Administrator or equivalent hands-on work.'));
    assert.deepEqual(got.map((c) => c.keyword), ['Certified Kubernetes Administrator']);
  });

  it('asks for the certification, not for the vendor inside it', () => {
    const got = asked(['An entry-level credential such as AWS Certified Cloud Practitioner or Microsoft Azure Fundamentals (AZ-900)']);
    assert.ok(got.includes('AWS Certified Cloud Practitioner'), got.join(', '));
    assert.ok(got.includes('Microsoft Azure Fundamentals'), got.join(', '));
    assert.ok(!got.includes('AWS') && !got.includes('Microsoft Azure'), got.join(', '));
  });

  it('still reads the vendor where it is asked for on its own', () => {
    const got = asked(['Experience deploying services on AWS; AWS Certified Developer – Associate a plus']);
    assert.ok(got.includes('AWS'), got.join(', '));
    assert.ok(got.includes('AWS Certified Developer – Associate'), got.join(', '));
  });

  it('reads a role certification whole, not as the vendor plus an edition', () => {
    const got = asked(['AWS Certified Solutions Architect']);
    assert.deepEqual(got, ['AWS Certified Solutions Architect']);
  });

  it('reads no certification in plain prose', () => {
    assert.deepEqual(findCertifications(sentence('All certified welders must wear masks.')), []);
    assert.deepEqual(findCertifications(sentence('Our Certified Partner program (since 2019) is growing.')), []);
    // A form's number has an exam code's shape.
    assert.deepEqual(findCertifications(sentence('Complete the Declaration for Federal Employment (OF-306) before the interview.')), []);
  });
});

describe('a slash inside a listed product name (round 16)', () => {
  it('keeps "S/4HANA" and "AS/400" whole after their vendor', () => {
    const got = asked(['Familiarity with ERP platforms, e.g. SAP S/4HANA, IBM AS/400 or Acumatica']);
    assert.ok(got.includes('SAP S/4HANA'), got.join(', '));
    assert.ok(!got.includes('4HANA'), got.join(', '));
  });

  it('still splits lists joined by a slash ("Java/Kotlin", "and/or") and keeps "CI/CD"', () => {
    const got = asked(['Experience with tools such as Gradle/Maven and/or Bazel, plus CI/CD pipelines']);
    for (const name of ['Gradle', 'Maven', 'Bazel', 'CI/CD']) assert.ok(got.includes(name), `${name}: ${got.join(', ')}`);
  });
});

describe('practices named before their tools in a list item (round 16)', () => {
  it('reads "<noun> <domain noun>" practices before "in" / "using" / "with" a tool', () => {
    const got = asked(['Circuit analysis using LTspice or PSpice', 'Schematic capture and board layout in KiCad', 'Power electronics design with Simulink']).map((k) => k.toLowerCase());
    for (const p of ['circuit analysis', 'schematic capture', 'power electronics design']) assert.ok(got.includes(p), `${p}: ${got.join(', ')}`);
  });

  it('reads no practice from a trait, a relation or a verb clause before the tool', () => {
    const got = asked(['Fluent in German and English', 'Comfortable working in Linux', 'Years of service in Ontario', 'Pipelines deployed with Jenkins', 'Quick sketches in Figma', 'Current certification in Salesforce']).map((k) => k.toLowerCase());
    for (const p of ['fluent', 'comfortable working', 'years of service', 'pipelines deployed', 'quick sketches', 'current certification']) assert.ok(!got.some((k) => k.startsWith(p)), `${p}: ${got.join(', ')}`);
  });
});

describe('an ambiguous product name as the maker of another (round 16)', () => {
  it('does not read "Epic\'s Unreal Engine" as the Epic product, but reads Epic where it is asked for', () => {
    const got = asked(["Shipped a title on Epic's Unreal Engine", 'Experience building clinical workflows in Epic and Cerner Millennium']);
    assert.ok(got.includes('Unreal Engine'), got.join(', '));
    assert.equal(got.filter((k) => k === 'Epic').length, 1, got.join(', '));
    const only = asked(["Shipped a title on Epic's Unreal Engine"]);
    assert.ok(!only.includes('Epic'), only.join(', '));
  });
});

describe('EDA tools named apart from the practice (session 20)', () => {
  it('reads Altium Designer and KiCad as tools of their own, each showing PCB design', () => {
    const got = asked(['Board design in KiCad or Altium Designer']);
    for (const name of ['KiCad', 'Altium Designer']) assert.ok(got.includes(name), `${name}: ${got.join(', ')}`);
    assert.deepEqual(findSkills('Laid out the board in Altium.').map((m) => m.canonical), ['Altium Designer']);
    for (const tool of ['KiCad', 'Altium Designer']) assert.ok(broaderSkills(tool).includes('PCB design'), tool);
  });
});

describe('named methods and packages apart from their field (session 20)', () => {
  it('reads LoRA, Raft, Qiskit and Xero by name, each still showing its field', () => {
    assert.deepEqual(findSkills('Tuned a 7B model with QLoRA').map((m) => m.canonical), ['QLoRA']);
    assert.deepEqual(findSkills('Bookkeeping in Xero or MYOB').map((m) => m.canonical), ['Xero', 'MYOB']);
    assert.deepEqual(findSkills('We shipped a raft of fixes').map((m) => m.canonical), []);
    for (const [tool, field] of [['LoRA', 'fine-tuning'], ['Raft', 'consensus algorithms'], ['Qiskit', 'quantum computing'], ['Xero', 'accounting software']]) {
      assert.ok(broaderSkills(tool).includes(field), `${tool} shows ${field}`);
    }
  });
});

describe('serial buses named apart (session 20)', () => {
  it('reads I2C, SPI and UART as three asks under serial protocols, and CAN as CAN bus only in capitals', () => {
    assert.deepEqual(findSkills('Drivers for SPI, I²C and UART peripherals').map((m) => m.canonical), ['SPI', 'I2C', 'UART']);
    for (const bus of ['I2C', 'SPI', 'UART']) assert.ok(broaderSkills(bus).includes('serial protocols'), bus);
    assert.deepEqual(findSkills('Firmware on CAN and LIN for body controllers').map((m) => m.canonical).filter((c) => c === 'CAN bus'), ['CAN bus']);
    assert.deepEqual(findSkills('You can own the roadmap').map((m) => m.canonical), []);
  });
});

describe('named families and methods apart from their umbrella (session 20)', () => {
  it('reads STM32, ESP32, SHAP and XSLT by name, each showing its umbrella', () => {
    assert.deepEqual(findSkills('Ported the firmware from an STM32 to an ESP32').map((m) => m.canonical), ['firmware', 'STM32', 'ESP32']);
    for (const [name, umbrella] of [['STM32', 'microcontrollers'], ['ESP32', 'microcontrollers'], ['SHAP', 'explainable AI'], ['XSLT', 'XML']]) {
      assert.ok(broaderSkills(name).includes(umbrella), `${name} shows ${umbrella}`);
    }
  });
});
