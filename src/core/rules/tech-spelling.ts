// Canonical spelling of technology names: "Javascript" → "JavaScript", "Github" → "GitHub",
// "nodejs" → "Node.js". Reads all prose of the resume (bullets, skills lines, headings) but never
// URLs, handles, e-mail addresses, template macros, inline code or code blocks, where lower case is the
// correct spelling.
import { LEGAL_FORM } from '../document/line-kinds';
import { isCommonWord } from '../lexicon/english';
import type { Rule, RuleFinding } from '../types';
import { words } from '../text/words';
import { ACCEPTED_TECH_VARIANTS } from '../lexicon/tech-terms';
import { proseMaskedText, withoutDataKeys } from './source-scan';
import { protectedSpansOf } from '../text/protected-spans';
import { memoByTextOf } from '../incremental/memo';
import { inKnownPhrase, nameVariantsOn, type NameVariant } from './tech-name-variants';
import { ownSpellingSlips } from './own-spelling';

interface Candidate {
  text: string;
  start: number;
}

/** The word itself, or its parts when it is a compound ("Javascript/Typescript", "Mongodb-backed"). */
/** Second parts that make an adjective of a name before them: "python-based", "cloud-native", "kafka-heavy". */
const ADJECTIVE_FORMING = /^(?:based|driven|powered|first|native|only|specific|heavy|like|enabled|compatible|centric|friendly|ready|aware|backed|related|style|focused|oriented|certified|savvy|fluent|free|agnostic|integrated|compliant|capable)$/;

function candidates(text: string, start: number, known: (s: string) => boolean): Candidate[] {
  const bare = text.replace(/['’]s$/, '');
  if (known(bare)) return [{ text: bare, start }];
  if (!/[-/]/.test(bare)) return [];
  // "pw-api-contracts", "react-native-maps": three or more lower-case parts joined by hyphens make a slug
  // (a repository, a package, a path), written in lower case on purpose.
  if (/^[a-z0-9]+(?:-[a-z0-9]+){2,}$/.test(bare)) return [];
  // "python-can", "node-fetch", "docker-compose": two lower-case parts are a package's name, unless the
  // second makes an adjective of the first ("python-based", "kafka-driven"), which is prose.
  const pair = /^[a-z0-9]+-([a-z0-9]+)$/.exec(bare);
  if (pair && !ADJECTIVE_FORMING.test(pair[1])) return [];
  const out: Candidate[] = [];
  let at = 0;
  for (const part of bare.split(/([-/])/)) {
    if (part !== '-' && part !== '/' && known(part)) out.push({ text: part, start: start + at });
    at += part.length;
  }
  return out;
}

/** Is [start, end) inside the [options] of a LaTeX macro ("\\social[linkedin]")? */
function isMacroOption(line: string, start: number, end: number): boolean {
  return /\\[A-Za-z@]+\*?\[[^\]\s]*$/.test(line.slice(0, start)) && /^[^[\s]*\]/.test(line.slice(end));
}

/** A line in capitals ("TECHNICAL SKILLS", "JAVA • PYTHON") is styled, not misspelled. */
function isShouting(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 6 && letters === letters.toUpperCase();
}

/**
 * A word list's own keys, per list object (a lexicon's, never changed once built): a Set probe by a
 * word costs less than `hasOwnProperty` on a several-thousand-key object by a string not interned.
 */
const ownKeys = new WeakMap<object, Set<string>>();
function ownKeysOf(terms: Record<string, string>): Set<string> {
  let keys = ownKeys.get(terms);
  if (!keys) ownKeys.set(terms, (keys = new Set(Object.getOwnPropertyNames(terms))));
  return keys;
}

/**
 * The misspelled technology names on one line of prose, at offsets within it, with their canonical
 * forms: a pure function of the word list and the line (no word crosses a line break), remembered
 * because every re-lint reads every line again and a keystroke changes one.
 */
/** "Sept. 2024 – Avr. 2025": a short capitalised word right before a year is a month (French "avr." is April), not AVR. */
function monthBeforeYear(line: string, at: number, word: string): boolean {
  return word.length <= 4 && /^\p{Lu}\p{Ll}{2,3}\.?\s+(?:19|20)\d\d\b/u.test(line.slice(at));
}

const misspellingsOn = memoByTextOf((terms: Record<string, string>, line: string) => {
  const own = ownKeysOf(terms);
  const known = (s: string) => own.has(s.toLowerCase().replace(/’/g, "'"));
  const ws = words(line);
  // Names split or joined wrongly, or a slip away from one (tech-name-variants); a listed word inside
  // one ("java" in "java script") is corrected with the whole name, not on its own.
  const variants = nameVariantsOn(line, ws);
  const out: { text: string; at: number; canonical: string; kind?: NameVariant['kind'] }[] = variants
    .filter((v) => !titleWordNotAcronym(ws, ws.findIndex((w) => w.start === v.start), v.text, v.canonical))
    // "HCl", "NaOH": a chemical formula, its element symbols' small letters written on purpose.
    .filter((v) => !(v.canonical === v.canonical.toUpperCase() && isChemicalFormula(v.text)))
    .filter((v) => !monthBeforeYear(line, v.start, v.text))
    .map((v) => ({ text: v.text, at: v.start, canonical: v.canonical, kind: v.kind }));
  for (const [i, w] of ws.entries()) {
    // "Cisco IOS": an acronym in capitals inside a product phrase the taxonomy knows is that product's.
    if (w.text.length > 1 && w.text === w.text.toUpperCase() && inKnownPhrase(line, ws, i)) continue;
    // "Pearson VUE": capitals right after a capitalised name that is no technology and no common word
    // are that brand's own spelling, not the framework's written loud.
    const before = ws[i - 1];
    if (w.text.length > 1 && w.text === w.text.toUpperCase() && before && /^\p{Lu}\p{Ll}+$/u.test(before.text) && !known(before.text) && !isCommonWord(before.text.toLowerCase())) continue;
    for (const c of candidates(w.text, w.start, known)) {
      const canonical = terms[c.text.toLowerCase().replace(/’/g, "'")];
      if (variants.some((v) => v.start < c.start + c.text.length && c.start < v.end)) continue;
      // "\social[linkedin]{…}", "\usepackage[english]{babel}": a LaTeX macro's option key is matched
      // by the macro in the case it is written, not prose.
      if (isMacroOption(line, c.start, c.start + c.text.length)) continue;
      // "Topology-Optimized Drone Arm": an English word capitalised in a title of capitalised words is
      // that word, not the acronym ("ARM") it also spells.
      if (titleWordNotAcronym(ws, i, c.text, canonical)) continue;
      if (canonical === canonical.toUpperCase() && isChemicalFormula(c.text)) continue;
      if (monthBeforeYear(line, c.start, c.text)) continue;
      if (c.text !== canonical && !ACCEPTED_TECH_VARIANTS.has(c.text)) out.push({ text: c.text, at: c.start, canonical });
    }
  }
  // "TLs", "PMs": an acronym in capitals with a plural "s" names several of something ("team leads"),
  // not the all-caps name it would spell ("TLS"); capitalising the "s" changes the meaning.
  // "Kora Consumer Goods Plc": a company's legal form after its name, not the technology ("PLC").
  const legalForm = (m: { text: string; at: number }) => LEGAL_FORM.test(m.text) && /\p{Lu}[\p{L}&.'’-]*,?[ \t]+$/u.test(line.slice(0, m.at));
  return out.filter((m) => !(/^\p{Lu}{2,}s$/u.test(m.text) && m.canonical === m.text.toUpperCase()) && !legalForm(m)).sort((a, b) => a.at - b.at);
});

/** The chemical elements' symbols. */
const ELEMENTS = new Set(
  ('H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe ' +
    'Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am Cm Bk Cf Es Fm Md No Lr').split(' '),
);

/** A formula of element symbols and counts with a small letter in it ("HCl", "NaOH", "CaCO3"). */
function isChemicalFormula(word: string): boolean {
  if (!/\p{Ll}/u.test(word)) return false;
  const parts = word.match(/[A-Z][a-z]?\d*/g);
  return !!parts && parts.join('') === word && parts.length >= 2 && parts.every((p) => ELEMENTS.has(p.replace(/\d+$/, '')));
}

/** An English word written Capitalised beside another Capitalised English word, where the name is an all-capitals acronym. */
function titleWordNotAcronym(ws: readonly { text: string }[], i: number, written: string, canonical: string): boolean {
  if (canonical !== canonical.toUpperCase() || !/^\p{Lu}\p{Ll}+$/u.test(written) || !isCommonWord(written.toLowerCase())) return false;
  // The neighbour is a capitalised English word too ("Drone Arm"), not a name or an acronym ("Rest API").
  const capitalised = (w: { text: string } | undefined) => !!w && /^\p{Lu}\p{Ll}+$/u.test(w.text) && isCommonWord(w.text.toLowerCase());
  // The line's first word is capitalised as a sentence's start ("Use Sap daily"), not as a title's word.
  return (i > 1 && capitalised(ws[i - 1])) || capitalised(ws[i + 1]);
}

/**
 * A name split or joined wrongly is corrected like a miscapitalised one when it is written as a name
 * (capitalised: "Type Script", "Postgre SQL"): only spaces and case change. Written in lower case
 * ("java script") the words may be meant as words, and a near miss ("Kubernates") may be another
 * name the taxonomy lacks: those are suggestions, shown as information, never applied by Fix All.
 */
function variantFinding(range: { start: number; end: number }, text: string, canonical: string, kind: NameVariant['kind']): RuleFinding {
  if (kind === 'near-miss')
    return {
      range,
      severity: 'info',
      message: `"${text}" looks like a misspelling of "${canonical}".`,
      fixes: [{ title: `Change to "${canonical}"`, edits: [{ range, newText: canonical }] }],
    };
  const safe = /^\p{Lu}/u.test(text);
  return {
    range,
    message: `"${text}" is spelled "${canonical}".`,
    fixes: [{ title: `Change to "${canonical}"`, ...(safe ? { isPreferred: true, safe: true } : {}), edits: [{ range, newText: canonical }] }],
  };
}

/** The opening of an icon command's first argument: "\icon{", "\faIcon[regular]{", "\cvicon{". */
const ICON_ARGUMENT = /\\[A-Za-z]*[Ii]con\*?(?:\[[^\]\n]*\])?\{$/;

export const techSpelling: Rule = {
  id: 'tech-spelling',
  category: 'spelling',
  defaultSeverity: 'warning',
  description: 'Technology names spelled or capitalised differently from their official form (Javascript → JavaScript).',
  docs: {
    why: 'Engineers read "Javascript" or "Github" as a sign that the writer has not used the tool much. Official spellings are also what keyword searches and skills parsers match best.',
    bad: 'Built a Javascript SPA on nodejs and Mongodb, deployed with Github Actions.',
    good: 'Built a JavaScript SPA on Node.js and MongoDB, deployed with GitHub Actions.',
  },
  fixable: true,
  check(doc, { lexicon }) {
    const terms = lexicon.techTerms;
    const text = withoutDataKeys(doc, proseMaskedText(doc));
    // Handles ("github/ana"), template macros ("{{github}}") and wiki links are spelled as their
    // targets require, like URLs: neither read nor changed.
    const spans = protectedSpansOf(doc);
    const out: RuleFinding[] = [];
    for (let lineStart = 0; lineStart <= text.length; ) {
      const lineBreak = text.indexOf('\n', lineStart);
      const lineEnd = lineBreak < 0 ? text.length : lineBreak;
      const found = misspellingsOn(terms, text.slice(lineStart, lineEnd));
      const at = lineStart;
      lineStart = lineEnd + 1;
      for (const m of found) {
        const c = { text: m.text, start: at + m.at };
        const canonical = m.canonical;
        if (c.text === c.text.toUpperCase() && isShouting(doc.lines.lineText(doc.lines.positionAt(c.start).line))) continue;
        const range = { start: c.start, end: c.start + c.text.length };
        if (spans.touching(range)) continue;
        // A LaTeX command's name ("\github{…}", "\linkedin{…}") is markup, not a word of the page; so is
        // the glyph an icon command draws ("\icon{Linkedin}{12}{…}", "\faIcon{github}").
        if (doc.format === 'latex' && (text[c.start - 1] === '\\' || ICON_ARGUMENT.test(doc.text.slice(Math.max(0, c.start - 40), c.start)))) continue;
        // A hashtag ("#iot #react") is a tag, written in lower case by convention.
        if (text[c.start - 1] === '#' && !/[\w#]/.test(text[c.start - 2] ?? ' ')) continue;
        if (m.kind) {
          out.push(variantFinding(range, c.text, canonical, m.kind));
          continue;
        }
        out.push({
          range,
          message: `"${c.text}" is spelled "${canonical}".`,
          fixes: [{ title: `Change to "${canonical}"`, isPreferred: true, safe: true, edits: [{ range, newText: canonical }] }],
        });
      }
    }
    // A name no list knows, spelled deliberately elsewhere in the resume ("MestReNova" / "Mestrenova").
    for (const slip of ownSpellingSlips(text, (lower) => Object.prototype.hasOwnProperty.call(terms, lower))) {
      const range = { start: slip.start, end: slip.end };
      if (spans.touching(range) || out.some((f) => f.range.start < range.end && range.start < f.range.end)) continue;
      const line = doc.lines.positionAt(slip.spelledAt).line + 1;
      out.push({
        range,
        severity: 'info',
        message: `"${slip.written}" is written "${slip.spelled}" elsewhere in this resume (line ${line}): use one spelling, the name's own.`,
        // A suggestion only, and only when the resume mostly spells it the other way.
        fixes: slip.sure ? [{ title: `Change to "${slip.spelled}"`, isPreferred: false, safe: false, edits: [{ range, newText: slip.spelled }] }] : [],
      });
    }
    return withoutMeantWords(out, text);
  },
};

/**
 * A near miss ("Tokyo" for "Tokio") written the same way elsewhere where no finding was made — away from
 * any technology — is a word the writer means (a place, a person, a company), not a slip.
 */
function withoutMeantWords(found: RuleFinding[], text: string): RuleFinding[] {
  const near = found.filter((f) => f.severity === 'info');
  if (!near.length) return found;
  const drop = new Set<RuleFinding>();
  for (const f of near) {
    const word = text.slice(f.range.start, f.range.end);
    const flagged = near.filter((g) => text.slice(g.range.start, g.range.end) === word).length;
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const written = text.match(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))?.length ?? 0;
    if (written > flagged) drop.add(f);
  }
  return drop.size ? found.filter((f) => !drop.has(f)) : found;
}
