// Whether a skill mention in a posting reads as a skill where it stands. A taxonomy hit is a
// string match; these checks look at what surrounds it:
// - inside a URL, an e-mail address, a Markdown link target or a stock ticker it is part of an address
//   ("…/careers/data-engineering" is not Data Engineering, "https://" is not HTTP);
// - inside the employer's own name it names the employer ("Snowflake" the company);
// - an alias opening with a verb in a verb's slot ("you'll build tools", "able to wire the sensors
//   and build tools") is a clause;
// - a skill name before a role noun ("Software Engineer II", "the analytics team") names people;
// - "lead" / "leading" used as an adjective ("a leading company", "lead developer") is a rank or a
//   boast, not the leadership skill; the verb ("lead a team", "leading projects") is;
// - a currency code against an amount ("$29.00 CAD", "CAD 60k") is money, not computer-aided design.

import type { OffsetRange } from '../types';
import type { SkillMention } from '../skills/types';
import { CURRENCY_CODES } from '../lexicon/units';
import { readVerb } from '../nlp/verbs';
import { findSkills } from '../skills';
import { WISH_CUE } from './phrases';
import { MAIL_HEADER_LINES } from './mail-headers';
import { LEGAL_FORM } from './legal-forms';

const ADDRESS = [
  /\]\([^)\s]*(?:\s+"[^"]*")?\)/g, // Markdown link target
  /<https?:[^>\s]*>/g,
  /\b(?:https?:\/\/|www\.)[^\s<>()"'\]]+/gi,
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, // e-mail
  // A stock ticker cited after its exchange ("(NASDAQ: AI)", "NYSE: ML") names the listed company.
  /\b(?:NYSE|NASDAQ|Nasdaq|AMEX|LSE|TSX|TSXV|ASX|NSE|BSE|HKEX|SGX|TSE|Euronext|OTC)\s*:\s*[A-Z][A-Z0-9.]{0,6}\b/g,
];

/** Ranges of the text that are addresses, not prose. */
export function addressRanges(text: string): OffsetRange[] {
  const out: OffsetRange[] = [];
  for (const re of ADDRESS) for (const m of text.matchAll(re)) out.push({ start: m.index!, end: m.index! + m[0].length });
  return out;
}

/**
 * An e-mail's header lines ("Subject: Fwd: Data Intern – Acme – Python, SQL", "From:", "To:", "Sent:",
 * "Date:", "Cc:"): they name the message, its people and its date. A subject may carry the title and a
 * job ID (metadata.ts reads them there) but asks for no skill; the posting's own lines do.
 */

/** Ranges of the text that are mail header lines. Read only where the text has two header kinds (a real header block). */
export function mailHeaderRanges(text: string): OffsetRange[] {
  const found = [...text.matchAll(MAIL_HEADER_LINES)];
  const kinds = new Set(found.map((m) => /^[ \t]*([a-z-]+)/i.exec(m[0])![1].toLowerCase()));
  // A lone "Subject:" is a mail's only when it opens the text or carries a reply/forward prefix; a
  // teaching post's "Subject: Computer Science" field is not one.
  const mailSubject = found.some((m) => /^[ \t]*subject[ \t]*:[ \t]*(?:(?:fwd?|re|aw|wg|tr)[ \t]*:)/i.test(m[0]) || !/\S/.test(text.slice(0, m.index)));
  if (kinds.size < 2 && !mailSubject) return [];
  return found.map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

/**
 * A screening criterion's code as government and university postings number them ("EX1:", "AQ2 -",
 * "AEX1)", "OL3:", "(S3)", "EC2:"): letters and a number opening a line before the criterion. The
 * code names the criterion, never a skill ("S3" is not Amazon S3). Read only where the posting numbers
 * its criteria so (two coded lines with a separator, or three coded lines).
 */
const CRITERION_CODE = /^[ \t]*(?:[-*•][ \t]*)?\(?([A-Z]{1,4}\d{1,2}(?:\.\d{1,2})?)\)?(?:[ \t]*([:.)\-–—])[ \t]|[ \t]+(?=[A-Z]))/gm;

export function criterionCodeRanges(text: string): OffsetRange[] {
  const found = [...text.matchAll(CRITERION_CODE)];
  const withSeparator = found.filter((m) => m[2]).length;
  if (withSeparator < 2 && found.length < 3) return [];
  return found.map((m) => {
    const start = m.index! + m[0].indexOf(m[1]);
    return { start, end: start + m[1].length };
  });
}

/**
 * "Northwind Freight - Data & Analytics Division", "Ministry of Rivers | Information Management Branch":
 * a letterhead's unit names where the job sits, not a skill asked for. Read on the first lines only.
 */
const UNIT_PART = /^([^\n]{2,60}?\s+[-–—|·]\s+)([^\n]{2,80}?\s(?:Division|Branch|Department|Team|Office|Unit|Directorate|Bureau|Sector|Group))[ \t]*$/gm;
export function letterheadUnitRanges(text: string, bodyStart: number): OffsetRange[] {
  const head = text.slice(bodyStart, bodyStart + 600);
  return [...head.matchAll(UNIT_PART)].map((m) => {
    const start = bodyStart + m.index! + m[1].length;
    return { start, end: start + m[2].length };
  });
}

/** Every place the employer's name is written (case as given, whole words). */
export function nameRanges(text: string, name: string | undefined): OffsetRange[] {
  if (!name || name.length < 3) return [];
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // With the legal form the text writes after it ("Acme Foods Plc"), which is part of the name, not a skill (PLC).
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?:,?\\s+${LEGAL_FORM})?(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(re)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

/** Nouns after which "lead" is a rank ("lead engineer") and "leading" a boast ("leading provider"). */
const RANKED_NOUN =
  /^\s+(?:(?!(?:a|an|the|our|your|their|its|this|these|those|multiple|several|many|all|\d+)\b)[\w-]+\s+)?(engineers?|developers?|designers?|scientists?|architects?|analysts?|roles?|positions?|companies|company|providers?|platforms?|brands?|firms?|players?|organi[sz]ations?|experts?|edge|institutions?|universities|university|research(?:ers?)?|manufacturers?|retailers?|suppliers?|marketplaces?|solutions?|products?|technolog(?:y|ies)|businesses|business|employers?|networks?|banks?)\b/i;

function isRankOrBoast(text: string, m: SkillMention): boolean {
  if (m.canonical !== 'leadership') return false;
  const word = m.text.toLowerCase();
  if (word !== 'lead' && word !== 'leading') return false;
  const before = text.slice(Math.max(0, m.start - 20), m.start);
  const after = text.slice(m.end, m.end + 40);
  // "industry-leading", "world leading", "a leading", "the leading": adjective before a noun.
  if (word === 'leading' && /(?:\b(?:a|an|the|our|industry|world|market|globally|one of the)[\s-]*)$/i.test(before)) return true;
  return RANKED_NOUN.test(after);
}

/** Nouns for a person, a role or a group: "software engineer", "data scientists", "the analytics team". */
const ROLE_NOUN =
  /^(?:engineers?|developers?|scientists?|analysts?|architects?|interns?|internships?|apprentices?|apprenticeships?|administrators?|specialists?|managers?|consultants?|technicians?|programmers?|sdes?|teams?|department|org|organi[sz]ation|group|squad|guild)$/i;

/**
 * "Software Engineer II", "works with data engineers", "joins the analytics team": a skill name
 * before a role noun (or an alias that is itself a role, "data scientist") names people, not a skill
 * asked of the candidate.
 */
function namesARole(text: string, m: SkillMention): boolean {
  if (m.kind !== 'hard') return false;
  // "experience as a full-stack developer" asks for the practice.
  if (/\bas an?\s+$/i.test(text.slice(Math.max(0, m.start - 8), m.start))) return false;
  const lastWord = /[A-Za-z]+$/.exec(m.text)?.[0] ?? '';
  if (ROLE_NOUN.test(lastWord) && !ROLE_NOUN.test(m.canonical.split(/\s+/).pop() ?? '')) return true;
  const next = /^[\s-]+([A-Za-z]+)/.exec(text.slice(m.end, m.end + 30))?.[1] ?? '';
  if (ROLE_NOUN.test(next)) return true;
  // "the pricing, Kafka and fleet telemetry teams": every item of a list of modifiers before a role
  // noun names that team, not only the last — when a determiner opens the list. Without one the list
  // is of asks, its last item an adjective of the role noun ("Python, SQL and cross-functional teams").
  return COORDINATED_BEFORE_ROLE.test(text.slice(m.end, m.end + 90)) && LIST_AFTER_DETERMINER.test(text.slice(Math.max(0, m.start - 90), m.start));
}

/** After a list item: more items of one to three words, then the last item's head noun. */
const ITEM_GAP = String.raw`(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)`;
/** An item of one to three words, none a function word or a verb's -ing form ("reporting to Teams" is a clause). */
const ITEM_WORD = String.raw`(?!(?:and|or|to|using|with|for|in|on|of|at|by|from|into|via|the|a|an|our|your|their|is|are|will)\b)(?![a-z]+ing\b)[A-Za-z][\w-]*`;
const LIST_ITEM_WORDS = String.raw`(?:${ITEM_WORD}\s+){0,2}${ITEM_WORD}`;
const COORDINATED_BEFORE_ROLE = new RegExp(
  String.raw`^(?:${ITEM_GAP}${LIST_ITEM_WORDS})+[\s-]+${ROLE_NOUN.source.replace(/^\^|\$$/g, '')}\b`,
  'i',
);
/** Before a list item: a determiner, the items before it, and the words of its own item before the mention. */
const LIST_AFTER_DETERMINER = new RegExp(
  String.raw`\b(?:the|our|your|their|its|his|her)\s+(?:${LIST_ITEM_WORDS}${ITEM_GAP})*(?:${ITEM_WORD}\s+){0,2}$`,
  'i',
);

/** Words after which a base-form verb is a verb: "you'll build tools" ("to" is also a preposition). */
const VERB_SLOT = /\b(?:will|'ll|can|could|should|would|must|may|might|you|we|they)\s+$/i;

/** "you'll build tools for the lab": an alias opening with a verb, read in a verb's slot, is a clause. */
function readsAsVerbPhrase(text: string, m: SkillMention): boolean {
  const first = /^[A-Za-z]+/.exec(m.text)?.[0];
  if (!first || first.length === m.text.length) return false;
  // "- Builds tools and jigs for the shop", "someone who builds tools": a verb's -s form opening a duty
  // or after a relative pronoun is a clause.
  if (readVerb(first)?.form === 'third' && !/^[A-Z]{2}/.test(m.text)) {
    return /(?:^|\n)\s*(?:[-*+•]\s*)?$|\b(?:who|that|which|he|she|it|one)\s+$/i.test(text.slice(Math.max(0, m.start - 12), m.start));
  }
  if (readVerb(first)?.form !== 'base') return false;
  if (VERB_SLOT.test(text.slice(Math.max(0, m.start - 12), m.start))) return true;
  // "eager to wire the sensors and build tools for the lab": coordinated with an infinitive before it.
  // Only for a name that is a noun phrase ("build systems"); an alias written as a verb phrase
  // ("analyze data" for data analysis) is meant to be read as a verb.
  if (!m.canonical.toLowerCase().startsWith(first.toLowerCase() + ' ')) return false;
  const clause = text.slice(Math.max(0, m.start - 100), m.start).split(/[.;:!?\n•]/).pop() ?? '';
  const coordinated = /\b(\w+\s+)?to\s+([a-z]+)\b[^,]*\s(?:and|or)\s+$/.exec(clause);
  if (!coordinated) return false;
  // "to" opens an infinitive only after a word that takes one ("love to", "able to"); elsewhere it is
  // as often a preposition ("exposure to design patterns and load balancing").
  return INFINITIVE_TAKER.test(coordinated[1] ?? '');
}

/** Words after which "to" opens an infinitive, not a preposition: "love to", "able to", "how to". */
const INFINITIVE_TAKER = /^(?:love|like|want|wants|need|needs|able|ability|how|eager|willing|ready|enjoy|hope|wish|expected|required)\s+$/i;

/**
 * "being flexible and a fast learner", "stay lean": a lower-case word right after a copula said of a
 * person (be, being, stay, remain, become) is a predicate adjective, not the hard skill it spells.
 * "is"/"are" are left out: after a thing they name it ("our backend is python").
 */
function isPredicateAdjective(text: string, m: SkillMention): boolean {
  if (m.kind !== 'hard' || !/^[a-z]+$/.test(m.text)) return false;
  if (!/\b(?:be|being|stay|staying|remain|remaining|become|becoming)\s+$/i.test(text.slice(Math.max(0, m.start - 12), m.start))) return false;
  return /^\s*(?:[,.;:!)]|and\b|or\b|$)/.test(text.slice(m.end, m.end + 6));
}

/** ISO 4217 codes, the lexicon's list the metric reader uses too (CAD is also computer-aided design). */
const CURRENCY_CODE = new Set(CURRENCY_CODES);
/**
 * An amount: "$29", "45,000", "29.00", "80k", "1.2M", "600" — not a small count ("2 CAD packages"),
 * a dimension ("3D") or a year ("CAD 2024").
 */
const AMOUNT = String.raw`(?:[$€£¥]\s?\d[\d,.]*|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d{2}|(?!(?:19|20)\d\d\b)\d{3,}|\d+(?:\.\d+)?\s?[kKmM])(?![\w])`;
const AMOUNT_BEFORE = new RegExp(`${AMOUNT}\\s*$`);
const AMOUNT_AFTER = new RegExp(`^\\s*${AMOUNT}`);

/**
 * "$29.00 CAD", "45,000 CAD per year", "CAD 60k", "USD 80,000": a currency code written against an
 * amount is money. "CAD tools (SolidWorks)" and "AutoCAD" have no amount beside them and still read.
 */
function isCurrencyCode(text: string, m: SkillMention): boolean {
  if (!CURRENCY_CODE.has(m.text)) return false;
  return AMOUNT_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start)) || AMOUNT_AFTER.test(text.slice(m.end, m.end + 8));
}

/** "a 30 min call", "R 1 012 000": a unit or a currency's sign after or before an amount, not a name. */
function isUnitOfAmount(text: string, m: SkillMention): boolean {
  if (/^(?:min|mins|sec|secs|hrs?)$/i.test(m.text)) return /\d\s*$/.test(text.slice(Math.max(0, m.start - 4), m.start));
  // The rand and other one-letter currency signs before a sum written in groups ("R 1 012 000", "R1,250,000").
  if (m.text === 'R' && /^\s?\d{1,3}(?:[ ,.\u00a0]\d{3})+\b/.test(text.slice(m.end, m.end + 16))) return true;
  // A dollar sign glued to the letters names a currency ("R$ 15.000" the real, "C$", "A$", "S$").
  return /^[A-Z]{1,3}$/.test(m.text) && /^\$\s?\d/.test(text.slice(m.end, m.end + 4));
}

/**
 * "We use an AI tool to help schedule interviews", "Acme uses AI-enabled tools to help screen, assess or
 * select applicants": what the employer uses in its own hiring (a disclosure some laws require) is not
 * asked of the candidate.
 */
function isUsedInHiring(text: string, m: SkillMention): boolean {
  // Read within 300 characters each side, not the whole sentence: on a line of thousands of words each
  // mention would otherwise scan all of it.
  const lo = Math.max(0, m.start - 300);
  const window = text.slice(lo, Math.min(text.length, m.end + 300));
  const [at, to] = [m.start - lo, m.end - lo];
  const from = Math.max(window.lastIndexOf('\n', at - 1), ...['. ', '; '].map((p) => window.lastIndexOf(p, at - 1))) + 1;
  const ends = ['\n', '. ', '; '].map((p) => window.indexOf(p, to)).filter((i) => i >= 0);
  const sentence = window.slice(from, ends.length ? Math.min(...ends) : window.length);
  const before = window.slice(Math.max(from, at - 80), at);
  return /\b(?:we|[A-Z][\w&-]*)\s+(?:(?:may|might|will|also)\s+)?(?:use|uses|are using|is using|rely on|relies on)\s+(?:an?\s+|the\s+|some\s+)?$/i.test(before) && /\b(?:applicants?|applications?|candidates?|interviews?|screening|hiring decisions?)\b/i.test(sentence);
}

export function readsAsSkill(text: string, m: SkillMention, skip: OffsetRange[]): boolean {
  if (skip.some((r) => m.start < r.end && m.end > r.start)) return false;
  return (
    !isUnitOfAmount(text, m) && !isUsedInHiring(text, m) && !isRankOrBoast(text, m) && !namesARole(text, m) && !readsAsVerbPhrase(text, m) && !isPredicateAdjective(text, m) && !isCurrencyCode(text, m) &&
    !namesAnOrganisation(text, m) && !isAcronymInProductName(text, m) && !isWorkAuthorization(text, m) && !isStatisticalTesting(text, m) && !isNamedKindOfTesting(text, m) &&
    !isEverydayWord(text, m) && !isPastEmployer(text, m) && !isFieldOfInterest(text, m) && !isGenericHeadOfCompound(text, m) &&
    !isApplicationDocument(text, m) && !isSeasonOfYear(text, m) && !isPartOfLegalForm(text, m) && !isDiplomaLevel(text, m)
  );
}

/**
 * "Minimum Diploma/D3", "D3/S1 in Informatics": Indonesia's three-year diploma level beside the other
 * levels (SMA, D1–D4, S1–S3) or the word diploma, not the D3.js library.
 */
function isDiplomaLevel(text: string, m: SkillMention): boolean {
  if (!/^D[1-4]$/.test(text.slice(m.start, m.end))) return false;
  const around = text.slice(Math.max(0, m.start - 12), m.end + 12);
  return /\b(?:diploma|SMA|SMK|S[1-3]|D[1-4])\s*\/\s*D[1-4]\b|\bD[1-4]\s*\/\s*(?:S[1-3]|D[1-4]|diploma)\b|\bdiploma\s*\(?D[1-4]\b/i.test(around);
}

const LEGAL_FORM_AT = new RegExp(`^${LEGAL_FORM}(?![\\w])`);
/** "Microsystems Sdn. Bhd.": a company's legal form, not software-defined networking. */
function isPartOfLegalForm(text: string, m: SkillMention): boolean {
  const at = LEGAL_FORM_AT.exec(text.slice(m.start, m.start + 24));
  return !!at && at[0].length > m.end - m.start && /[A-Za-z]\s+$/.test(text.slice(Math.max(0, m.start - 4), m.start));
}

/**
 * "Spring 2027", "the spring term", "this spring": the season, not the Java framework — a year or a
 * term word after it, or a word that dates it before it.
 */
function isSeasonOfYear(text: string, m: SkillMention): boolean {
  const written = text.slice(m.start, m.end);
  if (!/^spring$/i.test(written)) return false;
  return /^\s*(?:'\d\d\b|(?:19|20)\d\d\b|(?:term|semester|quarter|session|intake|cohort|break|season|career fair|co-?op)\b)/i.test(text.slice(m.end, m.end + 20)) ||
    /\b(?:this|next|last|in|by|until|from|early|late|the)\s+$/i.test(text.slice(Math.max(0, m.start - 10), m.start)) && !/^\s+(?:boot|framework|mvc|cloud|batch|data|security)\b/i.test(text.slice(m.end, m.end + 12));
}

/**
 * "Send your CV", "I need CVs over by Friday", "resume/CV", "CV and cover letter": the application
 * document, not computer vision or the CVS tool. "CVs" written with a small "s" is always the
 * documents' plural; "CV" is the document after a determiner, a sending verb or beside a résumé or
 * cover letter, and may still be computer vision in a list of fields ("ML, CV or NLP").
 */
function isApplicationDocument(text: string, m: SkillMention): boolean {
  if (!/^CV(?:s|['’]s)?$/.test(m.text)) return false;
  if (m.text !== 'CV') return true;
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  const after = text.slice(m.end, m.end + 30);
  return (
    /\b(?:your|my|our|his|her|their|an?|the|updated|send|submit|upload|attach|forward|e-?mail|résumé|resume)\s*[/,]?\s*(?:[\w-]+\s+)?$/i.test(before) ||
    /^\s*(?:[/,]\s*(?:résumé|resume)|(?:and|or|&|\+|\/)\s*(?:a\s+)?(?:cover|motivation)\s+letter)/i.test(after)
  );
}

/** Umbrella words that head a compound naming something specific: "GraphQL APIs", "observability tooling". */
const GENERIC_HEAD = /^(?:APIs?|apis?|tooling|automation|testing|[Dd]ashboards?|dashboarding)$/;
/** What a named tool makes: "dashboards in Looker", "Python for report automation", "Go or Python for tooling". */
const PRODUCT_OF_TOOL = /^(?:[Dd]ashboards?|[Dd]ashboarding|[Aa]utomation|[Tt]ooling)$/;
/** Words before such a head that leave the umbrella asked for: determiners, grades, prepositions, conjunctions. */
const OPEN_MODIFIER =
  /^(?:a|an|the|our|your|their|its|any|some|all|other|strong|solid|good|basic|advanced|deep|proven|hands-on|practical|automated|manual|general|modern|public|web|internal|external|third-party|in|on|with|for|of|to|and|or|&|\/|via|through|using|including|e\.g\.?|like|such|as)$/i;

/**
 * "consuming REST and GraphQL APIs", "observability tooling", "SAST / DAST tooling": an umbrella word
 * read alone by the taxonomy heads a compound whose modifier is a skill read on its own, so the umbrella
 * is not a second ask. "Experience with APIs", "web APIs", "laboratory automation" keep it.
 */
function isGenericHeadOfCompound(text: string, m: SkillMention): boolean {
  if (m.kind !== 'hard' || !GENERIC_HEAD.test(m.text)) return false;
  if (PRODUCT_OF_TOOL.test(m.text) && madeWithNamedTool(text, m)) return true;
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  const prev = /([A-Za-z][\w.+#/-]*|[&/])[ \t]+$/.exec(before);
  if (!prev || OPEN_MODIFIER.test(prev[1])) return false;
  // Only where the modifier is a skill of its own ("GraphQL APIs", "observability tooling"): a word for
  // the work ("laboratory automation", "pre-compliance testing") makes the compound the ask.
  return findSkills(before, { techContext: true }).some((o) => o.kind === 'hard' && before.slice(o.end).trim() === '');
}

/**
 * "Dashboards in Looker", "dashboards in Power BI or Tableau", "Python for data cleaning and automation",
 * "VBA scripting for study automation": what the named tool makes is that tool's ask, not a second one.
 */
function madeWithNamedTool(text: string, m: SkillMention): boolean {
  const after = text.slice(m.end, m.end + 40);
  const tool = /^\s+(?:in|with|using|on|via|built (?:in|with))\s+(.+)/i.exec(after);
  if (tool && findSkills(tool[1], { techContext: true }).some((o) => o.kind === 'hard' && o.start === 0)) return true;
  // "Python for data cleaning and automation": the tool, "for", then the use, in one clause.
  const clause = text.slice(Math.max(0, m.start - 80), m.start).split(/[\n;.•]/).pop() ?? '';
  const purpose = /^(.*)\bfor\b[^,()]*$/i.exec(clause);
  return !!purpose && findSkills(purpose[1], { techContext: true }).some((o) => o.kind === 'hard' && !PRODUCT_OF_TOOL.test(o.text));
}

/**
 * "An interest in insurance, fintech or health", "Interest in supply chain or logistics": an industry
 * named as what the candidate is drawn to is a field of interest, not a skill asked for (a tool or a
 * practice named there still is).
 */
function isFieldOfInterest(text: string, m: SkillMention): boolean {
  if (m.kind !== 'hard' || m.category !== 'domain') return false;
  const line = text.slice(Math.max(0, m.start - 120), m.start).split('\n').pop() ?? '';
  return /\b(?:interest(?:ed)?|passion(?:ate)?|curiosity|curious)\s+(?:in|for|about)\s+[^.;:!?]*$/i.test(line);
}

/**
 * "Experience at Stripe, Shopify or a similar startup", "previously worked at Atlassian": names in a
 * list after "(experience / worked / interned) at" are employers the candidate may have worked for,
 * not products asked for.
 */
function isPastEmployer(text: string, m: SkillMention): boolean {
  if (!/^[A-Z]/.test(m.text)) return false;
  const before = text.slice(Math.max(0, m.start - 120), m.start).split('\n').pop() ?? '';
  return /\b(?:[Ee]xperienced?|[Ww]ork(?:ed|ing)|[Ii]nterned|[Ii]nternships?|[Pp]reviously|[Ff]ormerly|[Tt]enure|[Ss]tints?)\s+(?:[\w-]+\s+)?at\s+(?:(?:a|an|the)\s+)?(?:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*\s*(?:,\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and\s+|\s*&\s*))*$/.test(before);
}

/** Words that make a sentence speak of software or data. */
const TECH_CUE =
  /\b(?:data(?:frames?|sets?|bases?)?|code|coding|software|programs?|programming|scripts?|scripting|librar(?:y|ies)|packages?|frameworks?|pipelines?|dags?|apis?|sdks?|analysis|analytics|notebooks?|developers?|development|engineering|cloud|etl|orchestrat\w*|workflows?|stack|languages?|proficien\w*|fluen\w*|experience (?:in|with|using)|knowledge of|familiar\w*|skills? in|apps?|ios|macos|web|backend|front-?end|servers?|ml|machine learning|computing|computer|technical|technolog\w*|quer(?:y|ies)|automation|deploy\w*|open[- ]source|repositor(?:y|ies)|version control|developing|built (?:in|with|on)|written in|services?|toolchain|tooling|provisioning|infrastructure|platforms?|backends?|frontends?)\b/i;
/** Skill categories whose names speak of software: another such name in the sentence makes it technical. */
const SOFTWARE_CATEGORIES = new Set(['language', 'web', 'backend', 'mobile', 'database', 'data', 'ml', 'cloud', 'devops', 'os', 'security', 'testing']);

/**
 * "caring for red pandas and pythons", "clean the airflow ducts", "measure airflow": a product's name
 * written as an everyday lower-case word (a product's name is a proper noun: "Python", "Airflow",
 * "pandas" the library), in a sentence that says nothing of software — no other software skill, no
 * technical word — is the everyday word. A list item that is the name alone ("- pandas") is a tool list.
 */
function isEverydayWord(text: string, m: SkillMention): boolean {
  if (m.kind !== 'hard' || !/^[a-z]+$/.test(m.text) || !/[A-Z]/.test(m.canonical)) return false;
  const { from, to } = sentenceAround(text, m);
  // "our backend is python", "the admin panel is elixir": after a copula a thing's name names it.
  if (/\b(?:is|are|was|were)\s+$/i.test(text.slice(from, m.start))) return false;
  if (/^\s*(?:[-*+•]\s*)?$/.test(text.slice(from, m.start)) && /^\s*[,.;]?\s*$/.test(text.slice(m.end, to))) return false;
  return !speaksOfSoftware(text.slice(from, to), m);
}

/** The sentence (or list item) around a mention: from the last break before it to the next after it. */
function sentenceAround(text: string, m: SkillMention): { from: number; to: number } {
  const from = Math.max(text.lastIndexOf('\n', m.start - 1), text.slice(0, m.start).search(/[.;!?•][^.;!?•]*$/)) + 1;
  const to = text.slice(m.end).search(/[\n.;!?•]/);
  return { from, to: to < 0 ? text.length : m.end + to };
}

/** A technical word in the sentence (`cue`), or another software skill named there (in its own capitals). */
function speaksOfSoftware(sentence: string, m: SkillMention, cue: RegExp = TECH_CUE): boolean {
  if (cue.test(sentence)) return true;
  return findSkills(sentence).some((o) => o.kind === 'hard' && o.canonical !== m.canonical && SOFTWARE_CATEGORIES.has(o.category) && !/^[a-z]+$/.test(o.text));
}

/**
 * An ambiguous name (a plain word or a name that is also a product: "Talos", "APL", "Akka") used as
 * the name of a place of work: after "join(ing)" ("Join Cisco Talos and …"), after "at" or "about"
 * before a comma, a full stop or a verb or noun that speaks of it ("At APL, our engineers…"), or as the last
 * word of a longer capitalised name ("Cisco Talos", "Johns Hopkins APL") — a technical word nearby
 * ("engineers") does not make it the product then. An unambiguous name ("Docker", "Kafka") is not touched.
 */
function namesAnOrganisation(text: string, m: SkillMention): boolean {
  if (!m.ambiguous) return false;
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  const after = text.slice(m.end, m.end + 20);
  // "Epic's Unreal Engine", "Acme's Talos": a name in the possessive before a capitalised name is its maker.
  if (/^['’]s\s+[A-Z]/.test(after)) return true;
  // One joins a team or an organisation, never a product: "Join Cisco Talos and …".
  if (/\b[Jj]oin(?:ing)?\s+(?:the\s+)?(?:[A-Z][\w&.'’-]*\s+){0,3}$/.test(before)) return true;
  const slot = /\b(?:[Aa]t|[Ww]ithin|[Hh]ere at)\s+(?:the\s+)?(?:[A-Z][\w&.'’-]*\s+){0,3}$/.test(before);
  if (slot && /^(?:\s*[,.;:!?]|\s+(?:is|are|was|we|our|has|have|team|teams|engineers|labs?|group|division)\b|['’]s\b|\s*$)/.test(after)) return true;
  // One knows or talks "about React" as well as reads "About APL": "about" names the employer only as a
  // heading opening its line ("About APL"), or before a word for its people ("about APL's team", "about APL, we…").
  const aboutHeading = /(?:^|\n)\s*(?:#{1,6}\s+)?About\s+(?:the\s+)?(?:[A-Z][\w&.'’-]*\s+){0,3}$/.test(before) && /^\s*(?::|$|\n)/.test(after);
  const aboutSlot = /\b[Aa]bout\s+(?:the\s+)?(?:[A-Z][\w&.'’-]*\s+){0,3}$/.test(before);
  if (aboutHeading || (aboutSlot && /^(?:,\s+(?:we|our)\b|\s+(?:we|our|team|teams|engineers|labs?|group|division)\b|['’]s\s+(?:team|teams|people|mission|culture|engineers)\b)/.test(after))) return true;
  // "Cisco Talos": a capitalised word right before it that does not open the sentence or list item
  // and is not a skill itself ("Scala Akka" is two skills).
  // (On the same line: a word that ends the line above is another item of an unmarked list.)
  const prev = /(?:^|[^\w.&+#-])([A-Z][a-z]+|[A-Z]{2,})[ \t]+$/.exec(before);
  if (!prev || NAME_JOINERS.test(prev[1])) return false;
  const lead = before.slice(0, prev.index! + prev[0].indexOf(prev[1]));
  if (/(?:^|[.!?:;\n]|[-*•#>])\s*$/.test(lead)) return false;
  return findSkills(prev[1], { techContext: true }).length === 0;
}

/** Capitalised words that join names in a list rather than begin a longer name ("Kafka And Akka" in title case). */
// Nor do levels of skill ("Intermediate Excel", "Advanced SQL"): they qualify the skill, they are not a name's part.
const NAME_JOINERS = /^(?:And|Or|With|Using|In|On|Of|For|To|The|A|An|Plus|Including|Like|Experience|Knowledge|Familiarity|Proficiency|Strong|Solid|Basic|Beginner|Intermediate|Advanced|Expert|Proficient|Working|Fluent|Good|Excellent|Deep|Proven|Practical)$/;

/**
 * "Synopsys VCS", "Acme CI Cloud", "Google ML Kit": an acronym that spells a general concept
 * (VCS = version control, CI = continuous integration) right after a capitalised word that is not a
 * skill and does not open the sentence or list item is part of a vendor's product name. An acronym
 * that is itself the skill's name ("SQL", "AWS") or follows a skill ("Jenkins CI") is not touched.
 */
function isAcronymInProductName(text: string, m: SkillMention): boolean {
  if (m.kind !== 'hard' || !/^[A-Z]{2,5}$/.test(m.text) || !/[a-z]/.test(m.canonical) || m.canonical.replace(/\W/g, '').toUpperCase() === m.text) return false;
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  const prev = /(?:^|[^\w.&+#-])([A-Z][a-z][\w-]*)[ \t]+$/.exec(before);
  if (!prev || NAME_JOINERS.test(prev[1])) return false;
  const lead = before.slice(0, prev.index! + prev[0].indexOf(prev[1]));
  if (/(?:^|[.!?:;(\n]|[-*•#>])\s*$/.test(lead)) return false;
  return findSkills(prev[1], { techContext: true }).length === 0;
}

/** "work authorization", "employment authorisation": permission to work, not access control. */
function isWorkAuthorization(text: string, m: SkillMention): boolean {
  if (!/^authori[sz]ations?$/i.test(m.text)) return false;
  if (/\b(?:work|employment|immigration|travel|visa|legal)\s+$/i.test(text.slice(Math.max(0, m.start - 16), m.start))) return true;
  // "Authorization to work in the US", "authorization for employment": the permit, not access control.
  return /^\s+(?:to\s+(?:work|be\s+employed|live\s+and\s+work)|for\s+employment)\b/i.test(text.slice(m.end, m.end + 24));
}

/**
 * "multiple testing correction", "statistical testing", "significance testing": testing in the
 * statistical sense (many hypotheses tested at once), not software testing. "multiple testing
 * frameworks" stays software testing.
 */
function isStatisticalTesting(text: string, m: SkillMention): boolean {
  if (!/^testing$/i.test(m.text)) return false;
  const before = text.slice(Math.max(0, m.start - 16), m.start);
  const after = text.slice(m.end, m.end + 20);
  if (/\b(?:significance|statistical|sequential|permutation)\s+$/i.test(before)) return true;
  return /\bmultiple\s+$/i.test(before) && /^\s+(?:corrections?|adjustments?|problems?|burden|procedures?|methods?)\b/i.test(after);
}

/**
 * "tensile testing, hardness testing", "cube testing & slump tests with the materials lab": testing named
 * by what is tested, in a sentence that speaks of no software, is a laboratory or site test — not the
 * software testing the bare word stands for. "regression testing", "API testing" and testing beside
 * code keep it.
 */
function isNamedKindOfTesting(text: string, m: SkillMention): boolean {
  return kindOfTesting(text, m) !== undefined;
}

/**
 * The kind of testing a bare "testing" mention names with the word before it ("compendial testing",
 * "antimicrobial susceptibility testing", with an adjective before that word), when the sentence speaks
 * of no software; the ask is then that phrase.
 */
export function kindOfTesting(text: string, m: SkillMention): { keyword: string; start: number; end: number } | undefined {
  if (!/^testing$/i.test(m.text)) return undefined;
  const before = text.slice(Math.max(0, m.start - 50), m.start);
  const words = /(?<![\w-])(?:([A-Za-z][a-z-]{2,})[ \t]+)?([A-Za-z][a-z-]{2,})[ \t]+$/.exec(before);
  if (!words || OPEN_MODIFIER.test(words[2])) return undefined;
  // A capital only where a sentence or list item starts ("Shelf-life testing, …"); mid-sentence it names a product.
  const opensItem = /(?:^|\n|[.;:!?][ \t]+|(?:^|\n)[ \t]*(?:[-*+•●▪◦–]|\d{1,2}[.)])[ \t]+)$/.test(before.slice(0, words.index));
  if (/^[A-Z]/.test(words[1] ?? words[2]) && !opensItem) return undefined;
  if (words[1] && /^[A-Z]/.test(words[2])) return undefined;
  const { from, to } = sentenceAround(text, m);
  // Not TECH_CUE: "knowledge of" and "analysis" open lab asks as often as software ones.
  if (speaksOfSoftware(text.slice(from, to), m, SOFTWARE_WORD)) return undefined;
  // An adjective before the kind belongs to it ("elemental impurities testing"); a verb does not ("support pulse testing").
  const adjective = words[1] && /(?:al|ic|ive|ous|ary|ile|ar)$/.test(words[1]) && !OPEN_MODIFIER.test(words[1]);
  // The match ends where the mention starts: the phrase starts at the adjective, else at the kind.
  const start = m.start - before.length + words.index + (adjective || !words[1] ? 0 : words[0].indexOf(words[2], words[1].length));
  return { keyword: text.slice(start, m.end).replace(/\s+/g, ' '), start, end: m.end };
}
/** Words that put a test in software: what is tested is code, an app, an interface or a release. */
const SOFTWARE_WORD = /\b(?:software|code|coding|programs?|programming|scripts?|scripting|apps?|applications?|web(?:sites?)?|apis?|ui|ux|front-?end|back-?end|mobile|browsers?|databases?|cloud|devops|pipelines?|automat\w*|qa|bugs?|releases?|builds?|features?|services?|games?|firmware|embedded)\b/i;

const LIST_ITEM_LINE = /^[ \t]*(?:[-*+•●▪◦–]|\d{1,2}[.)])[ \t]+(\S[^\n]*?)[ \t]*[.,;]?[ \t]*$/;

/**
 * "- Python\n- Go\n- Rust": a short ambiguous name ("Go", "R", "C", "Swift") is read only in a
 * technical context, and a list item that is the name alone has none within its own line. The list
 * it stands in is that context when another item of the same list is a skill's name alone: an item
 * among tool names names a tool, also before a wish ("- Spark a big plus"). Prose ("You will go far")
 * and an item with words around the name ("- Go above and beyond") are not read so.
 */
export function listedNameMentions(text: string, from: number, mentions: SkillMention[]): SkillMention[] {
  // Runs of consecutive list-item lines (blank lines between items do not end the list).
  const lists: { start: number; end: number; body: string }[][] = [[]];
  let at = from;
  for (const line of text.slice(from).split('\n')) {
    const m = LIST_ITEM_LINE.exec(line);
    if (m) {
      const start = at + m.index + m[0].indexOf(m[1]);
      // "- Spark a big plus", "- Rust, ideally": the name before a wish is the item.
      const wish = WISH_CUE.exec(m[1]);
      const body = wish ? m[1].slice(0, wish.index) : m[1];
      lists[lists.length - 1].push({ start, end: start + body.length, body });
    } else if (line.trim()) lists.push([]);
    at += line.length + 1;
  }
  const whole = (item: { start: number; end: number }) =>
    mentions.some((x) => x.kind === 'hard' && !x.ambiguous && x.start === item.start && x.end === item.end);
  const out: SkillMention[] = [];
  for (const list of lists) {
    if (list.length < 2 || !list.some(whole)) continue;
    for (const item of list) {
      // "- React (hooks, context)", "- React – or Preact, which we ship": the name that heads the item,
      // before its bracket, its dash or its comma.
      const head = item.body.split(/\s*\(|\s+[–—]\s+|,\s+/)[0];
      const end = item.start + head.length;
      if (mentions.some((x) => x.start < end && x.end > item.start) || head.split(/\s+/).length > 2) continue;
      if (head !== item.body && !/^\p{Lu}/u.test(head)) continue;
      for (const x of findSkills(head, { techContext: true })) {
        if (x.kind === 'hard' && x.start === 0 && x.end === head.length) out.push({ ...x, start: item.start, end });
      }
    }
  }
  return out;
}
