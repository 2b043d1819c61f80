// The employer of a posting, chosen by evidence rather than by the first positional guess.
//
// metadata.ts finds candidates by position (a " - X" suffix on the title line, the line under it,
// capitals above it, a logo line), by the careers site's owner, by cue sentences ("At X, we…") and by
// a © footer. Any of those can land on a field label ("Location"), a term ("New Grad 2027") or an
// agency's placeholder ("Banking Client"). Here every source adds a candidate with a strength, the
// text adds general cues of its own (a bilingual "Organization / Organisation:" label, "X is partnering
// with Y", "X is an equal opportunity employer", an HTML page's <title>/og:site_name, an e-mail's
// subject), and each candidate is scored by its cues plus how often the text names it as a capitalised
// name. Candidates that are labels, roles, terms, employment kinds, places, skills or generic nouns
// are refused outright.

import { findSkills } from '../skills';
import { isChromeBar, isJunkLine, isSiteSection, pageHeadNames } from './clean';
import { MAIL_HEADER } from './mail-headers';
import { LEGAL_FORM, LEGAL_FORM_FIRST, withoutLegalForm } from './legal-forms';
import { escapeRegExp } from '../text/words';

export interface EmployerEvidence {
  /** The posting body (Markdown syntax already stripped by metadata.ts). */
  body: string;
  /** The posting as given (HTML page, e-mail), when known. */
  uncleaned?: string;
  /** "Company: Acme" on its own line. */
  labelled?: string;
  /** The positional guess (title suffix, capitals above, logo line, line under the title). */
  positional?: string;
  /** A second positional guess: the name line under the title when another guess came first. */
  alsoPositional?: string;
  careersOwner?: string;
  /** Names read by the cue sentences ("At X", "X's mission", "X is a…") with how often each was read. */
  cues: Map<string, number>;
  copyright?: string;
  /** What metadata.ts's cascade chose; returned as is when the evidence mechanism is switched off. */
  cascade?: string;
  isRole: (text: string) => boolean;
  isPlace: (text: string) => boolean;
  /** A word that opens a sentence like a name but names no one ("We", "The", "Our"). */
  isNotName: (firstWord: string) => boolean;
  /** When given, each scored candidate is written here ("Acme: 14 [cue,positional] x5"), for tracing. */
  explain?: string[];
}

/** One word built on "job(s)" or "career(s)" with other letters: a job board's brand, not an employer. */
const JOB_BOARD_WORD = /^(?:\p{L}{2,}jobs?|jobs?\p{L}{2,}|\p{L}{2,}careers?|careers?\p{L}{2,})$/iu;

/** Off switch for measuring the evidence mechanism against the old cascade (on by default); `trace`, when set, collects every posting's scored candidates (for error analysis in scripts). */
export const EMPLOYER_BY_EVIDENCE: { on: boolean; trace?: string[] } = { on: true };

type Source = 'contract' | 'masthead' | 'letterhead' | 'legal' | 'imprint' | 'header' | 'label' | 'client' | 'site' | 'careers' | 'subject' | 'signature' | 'pageTitle' | 'hiring' | 'eoe' | 'cue' | 'weakCue' | 'positional' | 'copyright' | 'board' | 'headline' | 'self';

// How much each kind of statement says about who employs: a label or the agency's own "partnering
// with <Client>" states it; a page's site name or owner is near-certain; a position only suggests it.
const STRENGTH: Record<Source, number> = {
  label: 12, contract: 10, masthead: 6, letterhead: 5, legal: 4, imprint: 4, header: 5, client: 10, site: 7, careers: 6, subject: 5, signature: 5, pageTitle: 5, hiring: 4, eoe: 4, cue: 3, weakCue: 1, positional: 3, copyright: 2,
  // An applicant-tracking board's account name in the posting's address ("boards.greenhouse.io/acme/…"),
  // spelled from the address when the text never writes it: anything else the text says outweighs it.
  board: 1.5,
  // A line of its own that announces the posting ("💼 Acme Pagos is hiring", "Acme está contratando / Acme is
  // hiring"): a headline over a posting placed inside another page (an event, a newsletter) labels its employer.
  headline: 12,
  // "Hi! We're Acme Sensing, a 9-person agtech company": the poster introducing the employer by name.
  self: 8,
};

// Latin letters beyond ASCII as well ("Zweckverband Brückenerhaltung", "Łódź Robotics"): capitals of
// Latin-1 and Latin Extended-A open a word, their letters go on in it (the patterns carry no "u" flag).
const UPPER = 'A-ZÀ-ÖØ-ÞĀ-ž';
const LETTER = "A-Za-z0-9À-ÖØ-öø-ÿĀ-ž&.'’+-";
const NAME = `[${UPPER}][${LETTER}]*(?: (?:[${UPPER}][${LETTER}]*|of|for|&|de|la|du)){0,4}`;

/** "Organization / Organisation: X", "Employer / Employeur : X": an English label beside its translation. */
const BILINGUAL_LABEL = /^\s*(?:company|employer|organi[sz]ation|hiring organi[sz]ation)\s*\/\s*[^:\n/]{2,40}?\s*:\s*(.+?)\s*$/im;
/** "Keystone Talent is partnering with Acme Bank", "… on behalf of our client, Acme Bank": the client employs. */
const CLIENT = new RegExp(`\\b(${NAME})? ?(?:is|are|am|['’]m|['’]re) (?:partnering|working) (?:with|for) (?:our client,? )?(${NAME})|\\bon behalf of (?:our client,? )?(${NAME})|\\bour client,? (${NAME})(?:,|\\s+\\(|\\s+(?:is|are|who|to|hire|in)\\b)`, 'g');
/** "Brightpath Staffing is looking for a developer for our client, a fintech": an agency hiring for a client it does not name. */
const UNNAMED_CLIENT = new RegExp(`(?:^|[.!?]\\s+)(${NAME}) (?:is|are) (?:hiring|looking for|seeking|recruiting)\\b[^.\\n]{0,120}?\\b(?:for|on behalf of) (?:our|a|an|one of our) (?:client|customer)s?\\b`, 'gm');
/**
 * "Acme Talent K.K. | Licensed employment agency", "Acme Recruitment Ltd is acting as an Employment
 * Business": a name the text says is a recruiting agency.
 */
const AGENCY_SELF = new RegExp(
  `(${NAME})(?:,?\\s+${LEGAL_FORM}\\.?)?(?:\\s+[|·•–—-]\\s+|,?\\s+(?:is|are)\\s+(?:acting as\\s+)?(?:an?|the)\\s+)(?:[Ll]icensed\\s+|[Rr]egistered\\s+|[Ss]pecialist\\s+)?(?:[Ee]mployment|[Rr]ecruit(?:ment|ing)|[Ss]taffing|[Pp]lacement)\\s+(?:[Aa]gency|[Bb]usiness|[Ff]irm|[Cc]onsultancy)\\b`,
  'g',
);
/** "Client: Confidential – a listed robot maker": an agency's field that withholds its client's name. */
const CLIENT_WITHHELD = /^\s*client\s*[:：]\s*(?:confidential|undisclosed|withheld|not disclosed)\b/im;
/** "you'd be an independent contractor with Acme", "employed (directly) by Acme": who holds the contract ("paid through Deel" is a payroll service). */
const CONTRACT_WITH = new RegExp(
  `\\b(?:(?:contractor|employee|consultant)s?|employed|contracted)(?: (?:directly|locally|full-time|permanently))? (?:with|by) (${NAME})`,
  'g',
);
// "We're hiring! 🎉 Acme Transit, the cooperative that runs …, is looking for": an emoji may open the
// sentence, and an appositive may stand between the name and its verb.
const HIRING = new RegExp(`(?:^|[.!?]\\s+)(?:[\\p{Extended_Pictographic}\\uFE0F]\\s*)*(${NAME})(?:, (?:the|a|an) [^,\\n]{3,120},)? (?:is|are) (?:hiring|looking for|seeking|recruiting)\\b`, 'gmu');
/** "The Institute for Alpine Research (IAR), Innsbruck, invites applications for …": an advert's opening names its employer. */
const INVITES = new RegExp(`(?:^|[.!?]\\s+)(?:The )?(${NAME})(?: \\([A-Z][A-Za-z]{1,9}\\))?(?:, [A-Z][^,.\\n]{1,40},)? (?:invites|welcomes|is (?:now )?(?:inviting|accepting|welcoming)) applications\\b`, 'gm');
/** "We're Acme Sensing, a …", "We are **Acme** (40 people)": a post introducing its employer by name. */
const WE_ARE = new RegExp(`\\b[Ww]e(?:['’]re| are) \\*{0,2}(${NAME})\\*{0,2}(?=, (?:a|an|the)\\b| \\(| and we\\b| [—–-] )`, 'g');
/** A short line that is nothing but the announcement, after an emoji or a translation and a slash. */
// (A chat's emoji shortcode may open it, ":acme: Acme is hiring"; the role hired may close it, "… is hiring a
// Junior Platform Engineer — Albuquerque".)
const HIRING_HEADLINE = new RegExp(`^[^\\p{L}\\p{N}\\n]*(?::[a-z0-9_+-]+:\\s*)*(?:[^\\n/|]{2,60}\\s[/|]\\s+)?(${NAME}) (?:is|are) (?:now )?hiring(?: (?:an?|two|three|our first) [^\\n.!?]{3,100}[!.]?|[!.:]?)[^\\p{L}\\p{N}\\n]*$`, 'gmu');
const POSTED_BY = new RegExp(`\\b(?:[Pp]osted|[Pp]ublished|[Ll]isted|[Aa]dvertised)\\s+(?:on\\s+[^\\n]{3,40}?\\s+)?by\\s+(${NAME}(?:,?\\s+${LEGAL_FORM})?)`, 'g');
/** "For further information on the organization, please visit Acme Coastal Agency": a public-service board names the employer so. */
const VISIT_ORGANISATION = new RegExp(`\\b(?:information|more)\\s+(?:on|about)\\s+(?:the|this)\\s+(?:organi[sz]ation|employer|department|agency),?\\s+(?:please\\s+)?visit\\s+(?:the\\s+)?(${NAME})`, 'g');
// "I'm Marta, engineering lead at Acme Freight": the poster's name may come first.
const POSTER_AT = new RegExp(`\\b(?:I['’]m|I am)\\s+(?:(?:the|a|an|one of the)\\s+|[A-Z][a-z]+,\\s+(?:(?:the|a|an)\\s+)?)[a-z][\\w -]{1,40}?\\s+at\\s+\\**(${NAME})\\**`, 'g');
const EOE = new RegExp(`\\b(${NAME}) (?:is|are) (?:an?|a proud) (?:equal (?:opportunity|employment)|affirmative action)`, 'g');
const SUBJECT = /^\s*subject\s*:\s*(.+)$/gim;
/** "Acme Telecom (Acme Telecommunications Ltd.)": the trading name, its legal name in brackets after it. */
const NAME_WITH_LEGAL_NAME = new RegExp(`(${NAME}) \\([A-Z][\\w&.'’ -]{2,60}?,? ${LEGAL_FORM}\\.?\\)`, 'g');

/** Field labels of careers pages: a label read as a name is never the employer. */
const LABEL_WORD =
  /^(?:location|locations|location type|department|team|employment type|job type|type|category|compensation|salary|pay|schedule|shift|posted|date posted|closing date|deadline|apply|overview|application|requisition|job id|reference|classification|level|seniority|workplace|remote|hybrid|on-?site|benefits|description|summary|details|about|share|save|(?:[\w-]+ ){0,2}date(?: posted)?)$/i;
/** A term, season, year or cohort: "New Grad 2027", "Summer 2027", "Winter/Summer 2027", "Fall Term". */
const TERM =
  /\b(?:19|20)\d\d\b|\b(?:summer|fall|autumn|winter|spring)\b|\b(?:new grad(?:uate)?s?|university grad(?:uate)?s?|early career|entry[- ]level|campus|term|semester|cohort|co-?op|internships?)\b/i;
const EMPLOYMENT = /\b(?:full[- ]time|part[- ]time|contract(?: to hire)?|temporary|permanent|seasonal|freelance|hourly|salaried)\b/i;
/** Words that say what kind of organisation a name is ("Health", "Games", "Labs", "Bank"). */
const ORG_KIND =
  /^\s+(?:.*\s)?(?:health|games|studios?|labs?|bank|software|technolog(?:y|ies)|systems|group|society|services|robotics|therapeutics|(?:bio)?sciences|pharma(?:ceuticals)?|diagnostics|biologics|energy|foods?|media|networks|solutions|industries|holdings|partners|capital|insurance|university|college|institute|foundation|agency|ministry|council|hospital)$/i;

/** A name whose head noun is generic ("Client", "Banking Client", "Our Company"): a placeholder, not a name. */
const GENERIC_HEAD = /\b(?:client|clients|customer|company|employer|organi[sz]ation|firm|partner|confidential|undisclosed|stealth(?: startup)?|startup)$/i;
/** An agency's description of a client it does not name: "Leading Fintech", "A Top-Tier Bank", "Fast-Growing Insurer". */
const DESCRIBED_CLIENT = /^(?:an?\s+)?(?:leading|top-tier|tier[- ]1|well-known|fast-growing|high-growth|prestigious|renowned|award-winning)\s+[a-z-]+(?:\s+[a-z-]+)?$/i;

interface Candidate {
  name: string;
  /** The shortest variant of a merged group ("Acme" for "Acme Payments"). */
  short?: string;
  sources: Set<Source>;
  strength: number;
}

/** The employer, or undefined when no candidate survives. */
export function chooseEmployer(ev: EmployerEvidence): string | undefined {
  if (!EMPLOYER_BY_EVIDENCE.on) return ev.cascade;
  ev.explain ??= EMPLOYER_BY_EVIDENCE.trace;
  if (ev.labelled) return ev.labelled;
  const candidates = new Map<string, Candidate>();
  const agencies = new Set<string>();
  const add = (raw: string | undefined, source: Source, times = 1): void => {
    // "The Riverbend Council is hiring": the article opens the sentence; the name is what follows.
    const name = raw && tidy(SENTENCE_CUES.has(source) && /^The [A-Z]\S* [A-Z]/.test(raw) ? raw.slice(4) : raw);
    if (!name || refused(name, source, ev)) return;
    const key = name.toLowerCase();
    const c = candidates.get(key) ?? { name, sources: new Set<Source>(), strength: 0 };
    // "MEDFAR" in a letterhead and "Medfar" in the text: the text's spelling is kept.
    if (c.name === c.name.toUpperCase() && name !== name.toUpperCase()) c.name = name;
    c.sources.add(source);
    c.strength += STRENGTH[source] * Math.min(times, 3);
    candidates.set(key, c);
  };

  add(BILINGUAL_LABEL.exec(ev.body)?.[1], 'label');
  for (const m of ev.body.matchAll(CLIENT)) {
    if (m[1]) agencies.add(m[1].toLowerCase());
    add(m[2] ?? m[3] ?? m[4], 'client');
  }
  for (const m of ev.body.matchAll(HIRING)) add(m[1], 'hiring');
  for (const m of ev.body.matchAll(INVITES)) add(m[1], 'hiring');
  for (const m of ev.body.matchAll(HIRING_HEADLINE)) add(m[1], 'headline');
  for (const m of ev.body.matchAll(WE_ARE)) add(m[1], 'self');
  // "Posted on December 1 by Acme Surveying Ltd.": the board names who posted it; only an organisation's name (not a person's).
  for (const m of ev.body.matchAll(POSTED_BY)) if (LEGAL_FORM_END.test(m[1]) || INSTITUTION.test(m[1]) || ORGANISATION.test(m[1])) add(m[1], 'label');
  // "I'm the engineering lead at **Acme Health**": a hiring manager's own post names where they work.
  for (const m of ev.body.matchAll(POSTER_AT)) add(m[1], 'hiring');
  for (const m of ev.body.matchAll(VISIT_ORGANISATION)) add(m[1], 'label');
  for (const m of ev.body.matchAll(CONTRACT_WITH)) add(m[1], 'contract');
  // An agency that recruits for a client it does not name is not the employer, and names none.
  const forUnnamedClient = new Set([...ev.body.matchAll(UNNAMED_CLIENT)].map((m) => tidy(m[1].replace(/^The (?=[A-Z])/, '')).toLowerCase()));
  // An agency whose posting withholds its client's name ("Client: Confidential") is not the employer,
  // and the posting names none. (Where the client is only left unnamed, annotators have taken the agency.)
  if (CLIENT_WITHHELD.test(ev.body)) for (const m of ev.body.matchAll(AGENCY_SELF)) forUnnamedClient.add(tidy(m[1]).toLowerCase());
  for (const [name] of signatures(ev.uncleaned ?? ev.body, ev)) add(name, 'signature');
  // A page's links are read in the page as given: a chrome line ("Back to jobs") may hold the board's address.
  const boards = boardAccounts(ev.uncleaned ?? ev.body);
  for (const account of boards) add(writtenName(account, ev.body) ?? writtenNameAndWord(account, ev.body) ?? spelledName(account), 'board');
  // Any board's page of one company's jobs ("…/company/acme-robotics/jobs/…"): its name only as the text writes it whole.
  for (const m of (ev.uncleaned ?? ev.body).matchAll(COMPANY_JOBS_PAGE)) add(writtenName(m[1].toLowerCase(), ev.body), 'board');
  for (const m of ev.body.matchAll(EOE)) add(m[1], 'eoe');
  for (const m of ev.body.matchAll(LEGAL_FORM_FIRST)) add(m[1], 'legal');
  // "At Acme Telecom (…)": a sentence's opening preposition is not part of the name.
  for (const m of ev.body.matchAll(NAME_WITH_LEGAL_NAME)) add(m[1].replace(/^(?:At|In|With|For|From|Join|About|Why|By|On)\s+(?=[A-Z])/, ''), 'legal');
  // A cue read only on short lines ("Accessibility at Indeed", "Careers at Acme": a page's links) is
  // weak; one in a sentence of prose ("At Acme, we build…") counts in full.
  for (const [name, count] of ev.cues) add(name, inProse(name, ev.body) ? 'cue' : 'weakCue', count);
  for (const name of runningHeaderNames(ev.body, ev)) add(name, 'header');
  for (const name of letterheadNames(ev.body)) add(name, 'letterhead');
  add(mastheadName(ev.uncleaned ?? ev.body), 'masthead');
  for (const name of legalNameLines(ev.body)) add(name, 'imprint');
  add(ev.positional, 'positional');
  add(ev.alsoPositional, 'positional');
  add(ev.careersOwner, 'careers');
  add(ev.copyright, 'copyright');
  if (ev.uncleaned) {
    const head = pageHeadNames(ev.uncleaned);
    add(head.siteName, 'site');
    // "Acme - Title", "Title | Acme": of a page title's parts, the one that is a name and not the role.
    for (const title of head.titles) for (const part of titleParts(title, ev)) add(part, 'pageTitle');
  }
  for (const m of (ev.uncleaned ?? ev.body).matchAll(SUBJECT)) for (const part of titleParts(m[1], ev)) add(part, 'subject');

  if (!candidates.size) return undefined;
  const hasClient = [...candidates.values()].some((c) => c.sources.has('client'));
  const domains = senderDomains(ev.uncleaned ?? ev.body);
  let best: { name: string; score: number } | undefined;
  const serving = pageServesEmployers(ev.uncleaned ?? ev.body);
  // Named only by the page's masthead, footer copyright, site name or title: on a board's page that is the board.
  const onlyChrome = (c: Candidate) => [...c.sources].every((src) => src === 'masthead' || src === 'copyright' || src === 'site' || src === 'pageTitle');
  for (const c of mergeVariants([...candidates.values()], ev.body, boards)) {
    // A group named by its longer variant ("Acme Payments") is written as the shorter too ("Acme").
    const times = Math.max(occurrences(c.name, ev.body), c.short ? occurrences(c.short, ev.body) : 0);
    let score = c.strength + Math.min(times, 8);
    // A position alone, named nowhere else in the text, is a guess: a cue in a sentence of prose
    // (3 + its mention) outranks it; a cue on a short line alone ("Recruiter at X": 1 + 1) does not.
    if (c.sources.size === 1 && c.sources.has('positional') && times <= 1) score = 2.5;
    // A page's <title> or site name that the text never writes is the host (a job board, an ATS) —
    // nor does a footer link that is the name alone ("Forms <https://…/forms/about>").
    if ([...c.sources].every((s) => s === 'site' || s === 'pageTitle') && occurrences(c.name, withoutLinkLines(ev.body)) === 0) continue;
    // The name as the subject of a sentence of prose ("Acme builds…") corroborates it (never creates one).
    score += 2 * Math.min(subjectSentences(c.name, ev.body), 2);
    // The site the posting was pasted from, describing itself ("Acme Jobs is the leading career destination
    // for …"): the host, whatever its footer's copyright says.
    if (describesItselfAsBoard(c.name, ev.body)) continue;
    if (onlyChrome(c) && serving) continue;
    // "USAJOBS", "JobStreet", "CareerBuilder": one word built on "jobs" or "career" names the board the posting is on.
    if (JOB_BOARD_WORD.test(c.name.trim())) continue;
    // "at Kestrel Flats, our open-pit gold operation": a site the employer calls its own is where the job is, not who hires.
    if (isOwnSite(c.name, ev.body) && !c.sources.has('label') && !c.sources.has('contract')) continue;
    // An agency that says it is partnering with a named client is not the employer.
    if (agencies.has(c.name.toLowerCase()) && hasClient) continue;
    if (forUnnamedClient.has(c.name.toLowerCase())) continue;
    // A name the board's account spells corroborates it, as a sender's domain does.
    if (boards.some((b) => sameName(b, c.name)) && !c.sources.has('board')) score += 2;
    // Sender and apply addresses corroborate a name (never choose one alone).
    if (domains.some((d) => sameName(d, c.name))) score += 2;
    // "The Molecular Diagnostics team is looking for…": a name the text calls a team or a unit of the
    // employer is that unit (a title's "Technician – Molecular Diagnostics" names it too); it stays only
    // when nothing else is named as strongly.
    if (!c.sources.has('label') && namedAsUnit(c.name, ev.body)) score -= 5;
    ev.explain?.push(`${c.name}: ${score} [${[...c.sources].join(',')}] x${times}`);
    if (!best || score > best.score || (score === best.score && c.name.length > best.name.length)) best = { name: c.name, score };
  }
  return best && best.score > 0 ? fullestName(best.name, ev.body) : undefined;
}

/** "the Molecular Diagnostics team", "our Data Platform group": a name written as a unit of the employer. */
function namedAsUnit(name: string, body: string): boolean {
  const escaped = escapeRegExp(name);
  return new RegExp(`\\b(?:[Tt]he|[Oo]ur) ${escaped} (?:team|group|unit|section|division|branch|department|program(?:me)?)\\b`).test(body);
}

/**
 * "Cerro Azul Energía" sixteen times, "Cerro Azul" alone three: the name the posting writes most is the
 * employer's main name, so a shorter one is extended by the capitalised word that follows it in most of
 * its mentions (one word at a time, while that holds).
 */
function fullestName(name: string, body: string): string {
  const legalFormAt = new RegExp(`^${LEGAL_FORM}(?![\\p{L}])`, 'u');
  let full = name;
  for (let k = 0; k < 2; k++) {
    const after = new Map<string, number>();
    let total = 0;
    for (const m of body.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(full)}(?![\\p{L}\\p{N}])(?: ([${UPPER}][${LETTER}]*))?`, 'gu'))) {
      total++;
      // "Acme Sp. z o.o.", "Acme S.A.": a legal form that opens there is not a word of the name.
      if (m[1] && !legalFormAt.test(body.slice(m.index! + m[0].length - m[1].length, m.index! + m[0].length + 20))) after.set(m[1], (after.get(m[1]) ?? 0) + 1);
    }
    const [word, times] = [...after].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    // A legal form stays off the name; a word in capitals is a heading's shout, not the name.
    if (times < 3 || times * 2 <= total || !/\p{Ll}/u.test(word)) break;
    full = `${full} ${word.replace(/[.'’]+$/, '')}`;
  }
  return full;
}

/** The text without lines that are a link alone ("Forms <https://…>", "[Forms](https://…)"). */
function withoutLinkLines(body: string): string {
  return body.replace(/^[ \t]*(?:\[[^\]\n]{1,60}\]\([^)\s]+\)|[^<>\n]{1,60}<https?:\/\/[^>\s]+>)[ \t]*$/gm, '');
}

/** What a job board or career site calls itself in its own footer or about text. */
const BOARD_SELF =
  String.raw`(?:career destination|career (?:site|platform|network|marketplace|community)|jobs? (?:board|site|search (?:site|engine|platform)|marketplace|platform)|hiring (?:platform|marketplace)|recruiting platform|employment (?:site|marketplace))`;

/**
 * A site menu's link for the other side of the market ("For employers", "Post a job", "Espace recruteur",
 * "Entreprises qui recrutent", "Para empresas", "Für Arbeitgeber"): the page is a board's, serving many
 * employers, so a name only its masthead or footer gives is the board.
 */
const EMPLOYER_SIDE_LINK =
  /^(?:for (?:employers|recruiters|companies|businesses)|post (?:a )?jobs?|hire talent|(?:espace|coin) (?:recruteurs?|entreprises?|employeurs?)|entreprises qui recrutent|para (?:empresas|empleadores|reclutadores)|publica(?:r)? (?:tu |una |sua )?(?:oferta|vaga)|für (?:arbeitgeber|unternehmen)|per le aziende|voor werkgevers)$/i;

function pageServesEmployers(body: string): boolean {
  return body.split('\n', 80).some((l) => EMPLOYER_SIDE_LINK.test(l.trim()));
}

function describesItselfAsBoard(name: string, body: string): boolean {
  const escaped = escapeRegExp(name);
  if (new RegExp(String.raw`(?:^|[.!?]\s+|\n\s*)${escaped}\s+is\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?${BOARD_SELF}\b`, 'i').test(body)) return true;
  // "Acme Jobs has verified the identity of this employer", "… cannot be held responsible for what the
  // employer wrote": a site that speaks of the employer as another party is the host.
  return new RegExp(String.raw`(?:^|[.!?]\s+|\n\s*)${escaped}\s+(?:has|have|cannot|can(?:'|’)t|does|is|will|may)\b[^.\n]{0,80}?\b(?:this|the)\s+employer\b`).test(body);
}

const OWN_SITE =
  String.raw`,? (?:our|their|its) (?:[\w-]+ ){0,4}?(?:operations?|sites?|mines?|plants?|offices?|campus|facilit(?:y|ies)|factor(?:y|ies)|hubs?|warehouses?|stores?|hotels?|restaurants?|clinics?|labs?|laborator(?:y|ies)|bases?|branch(?:es)?|depots?|farms?|projects?|terminals?|yards?|refiner(?:y|ies))\b`;

function isOwnSite(name: string, body: string): boolean {
  const escaped = escapeRegExp(name);
  return new RegExp(`\\b${escaped}${OWN_SITE}`).test(body);
}

/** A candidate as a name: trailing punctuation, a legal suffix and a bracketed tag off. */
function tidy(raw: string): string {
  return withoutLegalForm(
    raw
      // "Prof. Marchetti. Please reply": a full stop after a word of four letters or more ends the
      // sentence; the capital after it opens the next one (not "Acme Inc. Group", "St. Mary's").
      .replace(/(?<=\p{Ll}{4,})\.\s+\p{Lu}.*$/u, '')
      .replace(/^\[[^\]]*\]\s*/, '')
      // A note or the name in another script in brackets: "Acme (Canada)", "Kiyosato Devices（株式会社…）".
      .replace(/\s*[（(][^)）]*[)）]\s*$/, ''),
  )
    // "Acme Instruments Careers", "Acme Jobs": a site's name is its owner's with the page's word after it.
    .replace(/(?<=\S)\s+(?:careers|jobs|career site|job board)$/i, '')
    // "Lanternfish Games 🐟": a chat post's emoji after the name.
    .replace(/(?:\s*\p{Extended_Pictographic}\uFE0F?)+$/u, '')
    .replace(/[\s.,;:!?'’-]+$/, '')
    .trim();
}

const SENTENCE_CUES = new Set<Source>(['client', 'hiring', 'headline', 'self', 'eoe', 'contract']);
// Sources that read a name from where it stands rather than from what a sentence says of it.
const BY_POSITION = new Set<Source>(['masthead', 'header', 'positional', 'pageTitle', 'subject', 'copyright', 'board']);

function refused(name: string, source: Source, ev: EmployerEvidence): boolean {
  if (name.length < 2 || name.length > 60 || !/^[\p{Lu}0-9]/u.test(name) || tooManyWords(name)) return true;
  // "on behalf of Prof. Marchetti", "Dr. Okafor": a person with an honorific, never an organisation.
  if (/^(?:Prof|Dr|Mr|Mrs|Ms|Mx|Professor)\.?\s+\p{Lu}/u.test(name)) return true;
  // "Hacked with us", "Build with you": a phrase addressing the reader, not a name.
  if (/\s(?:us|we|our|you|your|me|my)(?:\s|$)/.test(name)) return true;
  // "We are hiring", "The team is partnering with…": a sentence's opening word, not a name.
  if (SENTENCE_CUES.has(source) && ev.isNotName(name.split(/\s+/)[0])) return true;
  if (LABEL_WORD.test(name) || TERM.test(name) || EMPLOYMENT.test(name) || ev.isRole(name) || ev.isPlace(name)) return true;
  if (GENERIC_HEAD.test(name) || DESCRIBED_CLIENT.test(name)) return true;
  // "Ref.-Nr. BA-IT-2611-07 · Munich": a line of the posting's fields under the title, not a name.
  if (/(?:^|\s)[A-Z0-9]+(?:-[A-Z0-9]+)*-\d{2,}(?=\s|$)/.test(name)) return true;
  // A skill or tool read from a position alone ("– Python", "– Kubernetes") or from a cue on a short,
  // non-prose line is not an employer; a prose cue ("learn more about NVIDIA,"), a label, a careers
  // site or "Docker is hiring" still names one, since employers' names are often tools too.
  return (BY_POSITION.has(source) || source === 'weakCue') && findSkills(name, { techContext: true }).some((m) => m.start === 0 && m.end >= name.length);
}

/**
 * A PDF's running header or footer, repeated on every page ("Acme Bank – Student Programs   Page 1 of 2"):
 * a line written two times or more (page numbers aside) whose first part is a name. The document's
 * owner prints it, so its name there is the employer's, as a letterhead is.
 */
/** A printed job document's name: "Job Profile", "Position Description", "Person Specification". */
const DOCUMENT_NAME = /\b(?:(?:job|role|position) (?:profile|description|specification|advert)|person specification)$/i;

function runningHeaderNames(body: string, ev: EmployerEvidence): string[] {
  const seen = new Map<string, number>();
  for (const raw of body.split('\n')) {
    // A header carries more than a name: a page number or a second part ("Acme Bank – Careers").
    // A line that is a name alone and repeats is a site's chrome ("Indeed" above and below a board's page).
    if (!/\bpage\s+\d+|\S\s+[–—|·-]\s+\S|\S(?:\s{3,}|\t)\S/i.test(raw)) continue;
    const line = raw.replace(/\bpage\s+\d+(?:\s+of\s+\d+)?\b/gi, '').replace(/[ \t]+$/, '').trim();
    if (line.length < 6 || line.length > 160 || /[.!?]$/.test(line)) continue;
    seen.set(line, (seen.get(line) ?? 0) + 1);
  }
  const names: string[] = [];
  for (const [line, count] of seen) {
    if (count < 2) continue;
    const first = tidy(line.split(/\s+[–—|·-]\s+|\s{3,}|\t/)[0]);
    // "BWB Job Profile – Senior Engineer   Page 2 of 3": the document's own name, not its owner's.
    if (DOCUMENT_NAME.test(first)) continue;
    if (/^[A-Z][\w&.'’-]*(?: (?:[A-Z][\w&.'’-]*|of|for|&|de|la|du)){0,4}$/.test(first) && !ev.isRole(first) && !TERM.test(first)) names.push(first);
  }
  return names;
}

/** Head words of an institution's name: "… Institute for Climate Computing", "… University Hospital". */
const INSTITUTION = /\b(?:Institute|University|College|Polytechnic|Academy|School|Foundation|Hospital|Clinic|Agency|Ministry|Department|Council|Authority|District|Commission|Laborator(?:y|ies)|Observatory|Museum|Library|Society|Association|Trust|Centre|Center|Bank|Cooperative|Co-operative)\b/;

/**
 * The page's first line when its menu follows ("Acme Recruitment" / "Home | Jobs | About | Contact"):
 * the site's name as its masthead shows it, which is whose page the posting is on.
 */
function mastheadName(text: string): string | undefined {
  const lines = text.split('\n', 30).map((l) => l.trim()).filter(Boolean);
  const nameLine = (l: string | undefined) => !!l && l.length <= 60 && !/[.!?:;,|·•]/.test(l) && /^[A-Z]/.test(l) && l.split(/\s+/).length <= 6 && !isJunkLine(l);
  // (A menu of bars or dots: a board's own menu of spaced words stands under the board's name, not the employer's.)
  if (nameLine(lines[0]) && lines.slice(1, 3).some((l) => isChromeBar(l, false))) return lines[0];
  // "Acme" / "Jobs" / "← Back to all 14 open roles": a job board's page header under whatever the
  // student typed above the paste; the name sits over the board's own section link.
  for (let k = 0; k + 2 < Math.min(lines.length, 20); k++) {
    if (nameLine(lines[k]) && !isSiteSection(lines[k]) && isSiteSection(lines[k + 1]) && BACK_TO_LIST.test(lines[k + 2])) return lines[k];
  }
  return undefined;
}
/** A board's link back to the company's list of jobs: "← Back to all 14 open roles", "< View All Jobs". */
const BACK_TO_LIST = /^(?:[←<«‹]\s*)?(?:back to|view|see)\b.{0,30}\b(?:jobs|roles|openings|positions|vacancies|careers)\s*$/i;

/**
 * "ACRO — Aldermoor Institute for Climate Computing" as the text's first line: a letterhead, whose part
 * that names an institution (a name with "Institute", "University", "Hospital", …) is the employer.
 */
function letterheadNames(body: string): string[] {
  const lines = body.split('\n');
  // The text's first line, and in a (forwarded) message the first line of the posting under its
  // last run of mail headers ("From: …", "Subject: …").
  const firsts = [lines.find((l) => l.trim())?.trim() ?? ''];
  // The last run of mail headers near the top (a forward's inner headers; the rule itself may be blanked).
  let lastHeader = -1;
  for (let k = 0; k < Math.min(lines.length, 60); k++) if (MAIL_HEADER.test(lines[k].trim())) lastHeader = k;
  if (lastHeader >= 0) {
    const first = lines.slice(lastHeader + 1).map((l) => l.trim()).find((l) => l && !MAIL_HEADER.test(l) && !FORWARD_RULE.test(l));
    if (first) firsts.push(first);
  }
  const out: string[] = [];
  // "LARKSPUR VALLEY WATER DISTRICT" above "JOB ANNOUNCEMENT": the issuer of the announcement, whatever its name's length.
  const [head, second] = lines.map((l) => l.trim()).filter(Boolean);
  if (head && second && ANNOUNCEMENT.test(second) && head.length <= 80 && !/[!?:;|·•]/.test(head) && head.split(/\s+/).length <= 10) out.push(titleCased(tidy(head)));
  for (const first of firsts) {
    if (first.length > 120) continue;
    for (const p of first.split(/\s+[—–|·-]\s+/)) {
      const part = tidy(p);
      // A name in capitals ("RIVERBEND HEALTH SYSTEM") is read in title case.
      // Short words stay in capitals ("AI", "IBM"), as the letterhead wrote them.
      const name = titleCased(part);
      if (new RegExp(`^${NAME}$`).test(name) && (INSTITUTION.test(name) || ORGANISATION.test(name))) out.push(name);
    }
  }
  return out;
}

/** A printed announcement's name for itself, on the line under its issuer. */
const ANNOUNCEMENT = /^(?:job|position|vacancy|employment|career|recruitment)\s+(?:announcement|posting|opportunity|bulletin|notice|advertisement)$/i;

/** A name in capitals ("RIVERBEND HEALTH SYSTEM") in title case; short words stay in capitals ("AI", "IBM"), as written. */
function titleCased(part: string): string {
  if (/[a-z]/.test(part)) return part;
  return part.split(/\s+/).map((w, k) => (/^(?:OF|FOR|AND|THE)$/.test(w) ? (k ? w.toLowerCase() : w[0] + w.slice(1).toLowerCase()) : w.length <= 3 && !/\./.test(w) ? w : w[0] + w.slice(1).toLowerCase())).join(' ');
}

/**
 * A company's legal name standing alone on its line or between separators: a letterhead in capitals
 * ("ACME ARMATUREN GmbH · Careers"), an imprint or footer ("Acme Systems, Inc. · 12 Main St."). A legal
 * form says a company is named; standing apart says it is the page's owner, not one named in a sentence.
 */
function legalNameLines(body: string): string[] {
  const out: string[] = [];
  for (const raw of body.split('\n')) {
    if (raw.length > 200 || !LEGAL_FORM_END.test(raw)) continue;
    for (const part of raw.replace(/[*_#>]/g, '').split(/\s+[·|•—–]\s+|\s{3,}|\t/)) {
      // "Calgary, AB", "Adelaide, SA": a place and its province or state, not a company and its legal form
      // (Swedish AB, French SA are written without the comma).
      if (/,\s*[A-Z]{2}\.?$/.test(part.trim())) continue;
      const m = LEGAL_NAME_PART.exec(part.trim());
      // The name is what the whole legal form leaves ("Acme Systems Private Limited" → "Acme Systems").
      if (m) out.push(withoutLegalForm(part.trim()));
    }
  }
  return out;
}

/** The legal forms of companies in North America, the UK, Europe and Australia. */
const LEGAL_FORM_END = new RegExp(`\\s${LEGAL_FORM}(?=\\s|$)`);
const LEGAL_NAME_PART = new RegExp(`^(${NAME}),?\\s+${LEGAL_FORM}$`);

/** A mail client's rule above a forwarded message. */
const FORWARD_RULE = /^\s*-{3,}\s*(?:forwarded message|original message)\s*-{3,}\s*$/i;
/** Words that end an organisation's name besides INSTITUTION's: "Health System", "Group", "Partners". */
const ORGANISATION = /\b(?:Health(?: System| Services| Network)?|Medical Center|Group|Partners|Holdings|Systems|Labs|Industries|Services|Solutions|Technologies|Consulting)$/;

/**
 * Names run to `usual` words; a public body's to eight when it says it is one ("… Community Health
 * Services NHS Trust").
 */
export function tooManyWords(name: string, usual = 6): boolean {
  const words = name.split(/\s+/).length;
  return words > 8 || (words > usual && !namesAnOrganisation(name));
}

/** A name whose last word says it is an organisation ("Acme Games", "Riverbend Health System", "Acme University"). */
export function namesAnOrganisation(name: string): boolean {
  return ORG_KIND.test(` ${name}`) || ORGANISATION.test(name) || INSTITUTION.test(name);
}

/** The parts of "Acme - Title – Term" that may name the employer (not the role, not a term). */
function titleParts(title: string, ev: EmployerEvidence): string[] {
  const parts = title.replace(/^\s*(?:(?:fwd?|re)\s*:\s*)+/i, '').split(/\s+(?:[–—|·]|-|at|@)\s+/);
  if (parts.length < 2) return [];
  return parts.map((p) => tidy(p)).filter((p) => p && !ev.isRole(p) && !TERM.test(p));
}

/**
 * "Acme" and "Acme Robotics" are one employer: their strengths add, and the group is named by the
 * variant with the most evidence of its own (the shorter on a tie: "Google" over "Google Play").
 */
function mergeVariants(list: Candidate[], body: string, boards: string[] = []): Candidate[] {
  const own = (c: Candidate) => c.strength + Math.min(occurrences(c.name, body), 8);
  const sorted = [...list].sort((a, b) => a.name.length - b.name.length);
  const groups: { members: Candidate[]; merged: Candidate }[] = [];
  for (const c of sorted) {
    const group = groups.find((g) => startsWithWords(c.name, g.members[0].name));
    if (group) {
      group.members.push(c);
      group.merged.strength += c.strength;
      for (const s of c.sources) group.merged.sources.add(s);
    } else groups.push({ members: [c], merged: { ...c, sources: new Set(c.sources) } });
  }
  return groups.map((g) => {
    // A longer variant that adds a kind of organisation ("Acme Health", "Acme Games") is the full name.
    // So is one the board's account spells whole ("acmepayments" for "Acme Payments" beside "Acme"): the
    // name the employer registered, where the text shortens it.
    const registered = (m: Candidate) => boards.some((b) => b.replace(/[^a-z0-9]/g, '') === m.name.toLowerCase().replace(/[^a-z0-9]/g, ''));
    // And one the text introduces with its legal name in brackets ("Acme Telecom (Acme Telecommunications Ltd.)"),
    // or the one a board prints on the company line by the title ("Acme Grocers" over "Acme is a grocer…")
    // where the shorter name is only written in prose (not the careers site's owner, not the EOE statement's).
    // A legal name read only from a footer or letterhead ("Acme Services LLC" under a text that says
    // "Acme" throughout) is the registered entity, not the name the employer goes by: it wins only by use.
    const full = g.members.filter(
      (m) => m !== g.members[0] && !onlyImprint(m) && (ORG_KIND.test(m.name.slice(g.members[0].name.length)) || registered(m) || m.sources.has('legal') || (m.sources.has('positional') && onlyProse(g.members[0]))),
    );
    const best = full.length ? full[0] : g.members.reduce((a, b) => (own(b) > own(a) ? b : a));
    return { ...g.merged, name: best.name, short: g.members[0].name };
  });
}

const onlyImprint = (c: Candidate) => c.sources.size === 1 && c.sources.has('imprint');
const onlyProse = (c: Candidate) => [...c.sources].every((s) => s === 'cue' || s === 'weakCue' || s === 'hiring');

function startsWithWords(longer: string, shorter: string): boolean {
  return longer.toLowerCase() === shorter.toLowerCase() || longer.toLowerCase().startsWith(shorter.toLowerCase() + ' ');
}

/** Lines of prose (eight words or more) that open with the name and go on in lower case: "Acme builds…". */
function subjectSentences(name: string, body: string): number {
  const start = new RegExp(`^\\s*${escapeRegExp(name)}(?:['’]s)? [a-z]`);
  return body.split('\n').filter((line) => start.test(line) && line.split(/\s+/).length >= 8).length;
}

/** Whether a line of prose (eight words or more) writes the name. */
function inProse(name: string, body: string): boolean {
  const re = new RegExp(`(?<![\\w-])${escapeRegExp(name)}(?![\\w-])`);
  return body.split('\n').some((line) => re.test(line) && line.split(/\s+/).length >= 8);
}


/** How often the text writes the name with its capitals, as whole words. */
function occurrences(name: string, body: string): number {
  const re = new RegExp(`(?<![\\w-])${escapeRegExp(name)}(?![\\w-])`, 'g');
  return body.match(re)?.length ?? 0;
}

/**
 * An e-mail signature's "Role, Org" / "Role | Org" / "Role at Org" line within three lines above an
 * address whose domain spells the organisation ("Engineering Manager, Quillfeather Analytics" over
 * "priya@quillfeather.io"): the sender's employer.
 */
function signatures(text: string, ev: EmployerEvidence): [string, string][] {
  const lines = text.split('\n');
  const out: [string, string][] = [];
  // The sender's organisation as each address spells it ("northmoor" of i.marchetti@northmoor.example).
  const domains = new Set<string>();
  lines.forEach((line, i) => {
    const found = [...line.matchAll(E_MAIL_DOMAIN)].map((m) => m[1].toLowerCase().split('.').slice(-2)[0]);
    if (!found.length) return;
    for (const d of found) domains.add(d);
    const d = found[0];
    for (const above of lines.slice(Math.max(0, i - 3), i)) {
      const m = ROLE_AND_ORGANISATION.exec(above);
      if (m && ev.isRole(m[1]) && sameName(d, tidy(m[2]))) out.push([m[2], m[1]]);
    }
  });
  // A signature's last part that names an institution the sender's address spells ("Field Autonomy Lab |
  // Northmoor University" from i.marchetti@northmoor.example): a lab's or a department's parent employs.
  for (const line of lines) {
    const m = UNIT_AND_INSTITUTION.exec(line);
    if (m && INSTITUTION.test(m[1]) && [...domains].some((d) => sameName(d, tidy(m[1])))) out.push([m[1], '']);
  }
  return out;
}

const E_MAIL_DOMAIN = /[\w.+-]+@((?:[\w-]+\.)+[a-z]{2,})\b/gi;
/** A signature's "Role, Org" / "Role | Org" / "Role at Org" line. */
const ROLE_AND_ORGANISATION = new RegExp(`^\\s*(.{3,60}?)\\s*(?:,|\\||–|—| at | @ )\\s*(${NAME})\\s*$`);
/** A signature's "Unit | Institution" line. */
const UNIT_AND_INSTITUTION = new RegExp(`^\\s*[^|·•\\n]{3,60}?\\s*[|·•]\\s*(${NAME})\\s*$`);

const COMPANY_JOBS_PAGE = /https?:\/\/[^/\s]+\/compan(?:y|ies)\/([a-z0-9][\w-]{1,60})\/jobs?\b/gi;

/** The account names of applicant-tracking boards in the text's addresses: "boards.greenhouse.io/acme/jobs/1" → "acme". */
function boardAccounts(text: string): string[] {
  const out = new Set<string>();
  const BOARD = /https?:\/\/(?:(?:boards|job-boards)(?:\.eu)?\.greenhouse\.io|jobs\.lever\.co|jobs\.ashbyhq\.com|apply\.workable\.com|jobs\.smartrecruiters\.com)\/([a-z0-9][\w-]{1,40})(?=[/?#\s)>\]"']|$)|https?:\/\/([a-z0-9][\w-]{1,40})\.(?:bamboohr\.com|recruitee\.com|breezy\.hr|myworkdayjobs\.com)\b/gi;
  for (const m of text.matchAll(BOARD)) {
    const account = (m[1] ?? m[2]).toLowerCase();
    if (!/^(?:embed|jobs?|careers?|www|apply|api)$/.test(account)) out.add(account);
  }
  return [...out];
}

/** The text's own capitalised spelling of a board account ("Lumen Trail" for "lumentrail"), if it writes one. */
function writtenName(account: string, body: string): string | undefined {
  const compact = account.replace(/[^a-z0-9]/g, '');
  for (const m of body.matchAll(new RegExp(NAME, 'g'))) {
    const words = m[0].split(' ');
    for (let n = words.length; n >= 1; n--) {
      const name = words.slice(0, n).join(' ');
      if (name.toLowerCase().replace(/[^a-z0-9]/g, '') === compact) return name;
    }
  }
  return undefined;
}

/**
 * "acmepayments" → "Acme Payments" when the text writes the name "Acme" and the word "payments": the
 * account is the name the text shortens, with a word the text also uses.
 */
function writtenNameAndWord(account: string, body: string): string | undefined {
  const compact = account.replace(/[^a-z0-9]/g, '');
  const tried = new Set<string>();
  for (const m of body.matchAll(new RegExp(NAME, 'g'))) {
    const name = m[0].split(' ')[0];
    const rest = compact.slice(name.length);
    if (name.length < 3 || rest.length < 3 || !compact.startsWith(name.toLowerCase()) || tried.has(name)) continue;
    tried.add(name);
    if (new RegExp(`\\b${rest}\\b`, 'i').test(body)) return `${name} ${rest[0].toUpperCase()}${rest.slice(1)}`;
  }
  return undefined;
}

/** "acme-robotics" → "Acme Robotics": a board account spelled as a name. */
function spelledName(account: string): string {
  return account.split(/[-_]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');
}

/** Second-level labels of e-mail addresses' domains: "m.rao@acme-robotics.com" → "acme-robotics". */
const GENERIC_LABEL = /^(?:co|com|ac|org|gov|edu|net|or|ne|example)$/;

function senderDomains(text: string): string[] {
  return [...text.matchAll(/[\w.+-]+@((?:[\w-]+\.)+[a-z]{2,})\b/gi)].map((m) => {
    // The organisation's own label: not a TLD or a generic second level ("acme.co.uk", "acme.com.au",
    // "acme.example.org").
    const labels = m[1].toLowerCase().split('.').slice(0, -1);
    while (labels.length > 1 && GENERIC_LABEL.test(labels[labels.length - 1])) labels.pop();
    return labels[labels.length - 1];
  });
}

/** A domain label that spells the name or its first word: "acme" / "acmerobotics" for "Acme Robotics". */
function sameName(domain: string, name: string): boolean {
  const compact = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  const first = name.toLowerCase().split(/\s+/)[0].replace(/[^a-z0-9]/g, '');
  const d = domain.replace(/-/g, '');
  return first.length >= 3 && (d === compact || d === first || compact.startsWith(d) && d.length >= 4);
}
