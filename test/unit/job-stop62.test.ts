// Posting reading found on blind posting sets 75 and 76 (invented postings, written before the tool ran).
// Examples here are our own.
import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';
import { isEnglishLine } from '../../src/core/job/language';
import { otherLanguageSection } from '../../src/core/job/other-language-headings';
import { decodeText } from '../../src/cli/read-text';

const keywords = (text: string, name = 'posting.txt') => parseJobPosting(text, { name }).keywords.filter((k) => k.kind === 'hard');
const importance = (text: string, keyword: string, name?: string) => keywords(text, name).find((k) => k.keyword.toLowerCase() === keyword.toLowerCase())?.importance;

describe('job postings (stop 62)', () => {
  it('does not take a German or Spanish line for English by the function words the languages share', () => {
    assert.ok(!isEnglishLine('Gute Kenntnisse in Java sowie in Kotlin oder Go'));
    assert.ok(!isEnglishLine('Título de Químico(a) o Ingeniero(a) en Alimentos, titulado(a) hace poco'));
    assert.ok(isEnglishLine('Good knowledge of Java and Kotlin is needed for the role.'));
  });

  it('reads a German posting with one such line under its own headings', () => {
    const text = [
      'Praktikant/in Softwareentwicklung',
      '',
      'Ihre Aufgaben',
      '- Sie entwickeln mit uns die Schnittstellen der Leitstelle weiter',
      '',
      'Ihr Profil',
      '- Studium der Informatik oder einer verwandten Richtung',
      '- Gute Kenntnisse in Java sowie in Kotlin oder Go',
      '- Sie arbeiten gerne im Team und sind neugierig',
      '',
      'Wir bieten',
      '- Flexible Arbeitszeiten und ein faires Gehalt',
    ].join('\n');
    assert.equal(importance(text, 'Java'), 'required');
    assert.equal(importance(text, 'Kotlin'), 'required');
  });

  it('reads Spanish "Requisitos excluyentes" and "Funciones principales" headings', () => {
    assert.equal(otherLanguageSection('Requisitos excluyentes'), 'required');
    assert.equal(otherLanguageSection('Funciones principales'), 'responsibilities');
  });

  it('reads the bracketed headings of a Chinese posting, traditional and simplified', () => {
    assert.equal(otherLanguageSection('【需求條件】'), 'required');
    assert.equal(otherLanguageSection('任职要求'), 'required');
    assert.equal(otherLanguageSection('【加分條件】'), 'preferred');
    assert.equal(otherLanguageSection('【工作內容】'), 'responsibilities');
    assert.equal(otherLanguageSection('岗位职责'), 'responsibilities');
    assert.equal(otherLanguageSection('【福利制度】'), 'about');
    const text = [
      '【職缺名稱】韌體工程師 Firmware Engineer',
      '',
      '【工作內容】',
      '1. 維護 Zephyr 上的感測器驅動',
      '',
      '【需求條件】',
      '1. 熟悉 C 語言與 FreeRTOS',
      '',
      '【加分條件】',
      '1. 有 Python 經驗',
    ].join('\n');
    assert.equal(importance(text, 'FreeRTOS'), 'required');
    assert.equal(importance(text, 'Python'), 'preferred');
  });
});

describe('reading a posting file in the charset it declares (stop 62)', () => {
  it('decodes a windows-1252 page that says so in its head, without a warning', () => {
    const html = '<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"></head><body><p>Caf\u00e9 \u2013 Z\u00fcrich</p></body></html>';
    // windows-1252 bytes: é = 0xE9, – = 0x96, ü = 0xFC.
    const bytes = Uint8Array.from([...html].map((c) => (c === '\u2013' ? 0x96 : c.charCodeAt(0))));
    const read = decodeText(bytes);
    assert.deepEqual(read.warnings, []);
    assert.match(read.text, /Café – Zürich/);
  });

  it('keeps the UTF-8 warning when the bytes are not UTF-8 and nothing declares a charset', () => {
    const read = decodeText(Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
    assert.equal(read.warnings.length, 1);
    assert.match(read.warnings[0], /not valid UTF-8/);
  });
});

describe('the employer in note properties, Chinese fields and board pages (stop 62)', () => {
  const company = (text: string, name = 'posting.md') => parseJobPosting(text, { name }).company;

  it('reads a note\'s "company:: [[Name]]" property', () => {
    const text = ['- ## Campus drive', '  company:: [[Tarangini Systems]]', '  role:: Graduate Engineer Trainee', '', '- Requirements', '  - Java or Python'].join('\n');
    assert.equal(company(text), 'Tarangini Systems');
  });

  it('reads a Chinese posting\'s 【公司名稱】 field without its English gloss', () => {
    const text = ['【公司名稱】鷺江半導體股份有限公司（Lujiang Semiconductor Corp.）', '【職缺名稱】韌體工程師', '【需求條件】', '1. 熟悉 C 語言'].join('\n');
    assert.equal(company(text, 'post.txt'), '鷺江半導體股份有限公司');
  });

  it('does not give a board\'s own name, known only from its masthead and footer, as the employer', () => {
    const text = [
      'Offrekt',
      "Offres d'emploi",
      'Entreprises qui recrutent',
      'Espace recruteur',
      'Connexion',
      '',
      'Stage PFE – Ingénieur(e) Qualité',
      'Nous recherchons un(e) stagiaire pour notre usine.',
      '',
      'Profil recherché',
      '- Maîtrise de Excel et de Minitab',
      '',
      '© 2026 Offrekt - Tous droits réservés',
    ].join('\n');
    assert.notEqual(company(text, 'page.txt'), 'Offrekt');
  });

  it('reads a Chilean SpA as a legal form', () => {
    const text = ['Ofertas laborales', '', 'Analista de Datos Junior', 'Minera Lonquimay SpA', '', 'Requisitos excluyentes', '- SQL y Python'].join('\n');
    assert.equal(company(text, 'page.txt'), 'Minera Lonquimay');
  });
});

describe('titles of postings in other languages (stop 62)', () => {
  const meta = (text: string) => parseJobPosting(text, { name: 'page.txt' });

  it('reads a German, Spanish or French title by its role noun', () => {
    const german = ['Stellenangebote | Kestrel Netz AG', '', 'Werkstudent/in Softwareentwicklung 60 %', '', 'Ihre Aufgaben', '- Tests schreiben', '', 'Ihr Profil', '- Python'].join('\n');
    assert.match(meta(german).title ?? '', /^Werkstudent\/in Softwareentwicklung/);
    const spanish = ['Ofertas laborales', '', 'Analista de Datos Junior – Riesgo de Crédito', 'Banco Austral SpA', '', 'Requisitos excluyentes', '- SQL'].join('\n');
    assert.match(meta(spanish).title ?? '', /^Analista de Datos Junior/);
  });

  it('does not take a card\'s due date ("10 dic") for the employer', () => {
    const text = ['Tablero: Prácticas 2027', '', 'Becario de Calidad – planta de motores', '10 dic', '', 'Requisitos', '- Minitab'].join('\n');
    assert.notEqual(meta(text).company, '10 dic');
  });
});

describe('a clipped page\'s title and a Quebec "inc." (stop 62)', () => {
  it('reads a front matter title without the employer named after it', () => {
    const text = ['---', 'title: Data Engineer I (New Grad) - Larchmere', '---', '', 'Larchmere is hiring a Data Engineer I.', '', '## Requirements', '- SQL and Python'].join('\n');
    const job = parseJobPosting(text, { name: 'clip.md' });
    assert.equal(job.company, 'Larchmere');
    assert.equal(job.title, 'Data Engineer I (New Grad)');
  });

  it('reads a name ending in a lower-case "inc." as a legal name', () => {
    const text = ['Stagiaire en génie électrique – Été 2027', 'Pivoine Automatisation inc.', '', 'Exigences', '- AutoCAD Electrical'].join('\n');
    assert.equal(parseJobPosting(text, { name: 'mail.txt' }).company, 'Pivoine Automatisation');
  });
});

describe('a tool named as the label of its list (stop 62)', () => {
  it('reads "Excel: formulas, charts, …" as Excel, its features as no skills of their own', () => {
    const text = ['Water Resources Intern', '', "What we're looking for:", '• Working knowledge of AutoCAD', '• Excel: formulas, charts, basic data cleanup', '• Python'].join('\n');
    const names = keywords(text).map((k) => k.keyword);
    assert.ok(names.includes('Excel'), names.join(', '));
    assert.ok(!names.includes('formulas') && !names.includes('charts'), names.join(', '));
  });

  it('still reads "Excel" in a sentence as the verb', () => {
    const text = ['Analyst Intern', '', 'Requirements', '- You excel at explaining numbers to people'].join('\n');
    assert.ok(!keywords(text).some((k) => k.keyword === 'Excel'));
  });
});
