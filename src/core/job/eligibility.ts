// What a posting states about who may apply — degree level, enrollment, graduation window, work
// authorization, sponsorship, location, deadline — each with the posting's words and where they
// stand. Read sentence by sentence from the shape of the statement (a verb of obligation, a
// negated "sponsor", a date range after "graduating"), not from a list of postings.

import type { EligibilityRequirement } from './eligibility-types';
import { DAY, DAY_NO_YEAR, MONTH_WORD, MONTH_YEAR, NUMERIC_DAY_NO_YEAR, WEEKDAY, parseDay, parseDayWithoutYear, parseMonthYear } from './dates';
import { degreeLevelsIn, splitSentences, type Sentence } from './requirements';
import { plainLine } from './metadata';

const HEDGE = /\b(typically|usually|ideally|preferably|often|generally)\b/i;
const LEVEL_ORDER: DegreeLevel[] = ['associate', 'bachelor', 'master', 'phd'];
import type { DegreeLevel, DegreeRequirement } from './types';

export interface EligibilityAsk extends EligibilityRequirement {
  /** degree: the levels that satisfy it, lowest first. */
  levels?: DegreeLevel[];
  /** degree: "or equivalent experience" makes a lower level not disqualifying. */
  equivalentExperience?: boolean;
  /**
   * degree: levels accepted only with years of experience ("Associate degree + 8 yrs relevant
   * experience will be considered"): such a level is in `levels` only through this condition.
   */
  withYears?: { level: DegreeLevel; years: number }[];
  /** graduation: the window, in months (year*12 + month index); either end may be open. */
  window?: { from?: number; to?: number };
  /** authorization, citizenship: the country named ("Canada"), when one is. */
  country?: string;
  /** citizenship: permanent residence of that country also qualifies ("U.S. citizens or permanent residents"). */
  residentToo?: boolean;
  /** location: the place named. */
  place?: string;
  /**
   * location: the posting clearly requires being in the place — a residence or on-site obligation
   * ("must be located in", "based in … only") naming only proper place names — so a profile that
   * lists none of them does not meet it. Relocation, commuting distance or "one of our hubs" are not clear.
   */
  placeRequired?: boolean;
  /** deadline: ISO date. */
  date?: string;
  /** deadline: the date as the posting writes it ("Mar. 5, 2027"). */
  written?: string;
}

const ENROLLMENT =
  /\b(currently (?:pursuing|enrolled|studying|attending)|(?:be|are|is|being) (?:currently )?enrolled|enrolled (?:in|at) an?\b|returning to (?:school|university|college|campus|the program|your (?:studies|program|degree))|return(?:ing)? to (?:school|university|college|campus|your studies)|must be an? (?:current )?(?:student|undergraduate|graduate student)|current (?:undergraduate|graduate|university|college) students?|(?:pursuing|working towards?|in the process of obtaining|studying for) an? (?:\w+(?:'s)? )?(?:degree|bachelor|master|ph\.?d|undergraduate|graduate|btech|bs|ms))/i;

// A degree "received / conferred / completed between …" is a graduation window in other words; the
// degree noun must come first so "applications received between …" stays a deadline matter.
const GRAD_CUE =
  "(?:graduat\\w*|degree conferral|conferral|complet\\w+ (?:of )?(?:your |the |their )?(?:degree|studies|program)|(?:degree|diploma)\\b[^.;]{0,80}?\\b(?:received|conferred|awarded|obtained|earned|completed))";
const GRAD_BETWEEN = new RegExp(`${GRAD_CUE}[^.;]{0,40}?\\b(?:between|from)\\s+(${MONTH_YEAR})\\s*(?:and|to|through|until|-|–)\\s*(${MONTH_YEAR})`, 'i');
const GRAD_RANGE_BEFORE = new RegExp(`(${MONTH_YEAR})\\s*(?:-|–|to|through)\\s*(${MONTH_YEAR})\\s+${GRAD_CUE}`, 'i');
const GRAD_BY = new RegExp(`${GRAD_CUE}[^.;]{0,40}?\\b(by|before|no later than|prior to)\\s+(${MONTH_YEAR})`, 'i');
const GRAD_AFTER = new RegExp(`${GRAD_CUE}[^.;]{0,40}?\\b(after|no earlier than|from)\\s+(${MONTH_YEAR})`, 'i');
const GRAD_IN = new RegExp(`${GRAD_CUE}[^.;]{0,40}?\\b(?:in|of|date(?: of)?|:)\\s+(${MONTH_YEAR})(?:\\s*\\([^)]*\\))?(?:\\s*(?:or|and|/)\\s*(${MONTH_YEAR}))?`, 'i');

const COUNTRY = "((?:the\\s+)?(?:U\\.S\\.A?\\.?|US|USA|UK|EU|[A-Z][a-z]+(?:\\s+(?:[A-Z][a-z]+|of))*))";
const AUTHORIZATION = [
  new RegExp(`\\b(?:legally\\s+)?(?:authori[sz]ed|eligible|permitted|entitled|able)\\s+to\\s+work\\s+(?:full[- ]time\\s+)?in\\s+${COUNTRY}`),
  new RegExp(`\\b(?:right|permission|authori[sz]ation|permit)\\s+to\\s+work\\s+in\\s+${COUNTRY}`),
  new RegExp(`\\bwork\\s+(?:permit|authori[sz]ation|visa)\\s+(?:for|in)\\s+${COUNTRY}`),
  /\b(?:valid|current|unrestricted)\s+work\s+(?:authori[sz]ation|permit)\b/i,
  /\b(?:citizens?|permanent residents?)\s+(?:of|in)\s+(?:the\s+)?[A-Z]/,
];

/**
 * A citizenship requirement: a nationality with "citizen(s)/citizenship" under an obligation ("U.S.
 * Citizenship is required", "open to all U.S. citizens", "must be a Canadian citizen"). Not a preference
 * ("preference will be given to Canadian citizens"), not an equal-opportunity list ("without regard to
 * … citizenship"), and not a sentence that also admits permanent residents or work-permit holders (that
 * is authorization, read above).
 */
const CITIZEN_OF = /\b(U\.S\.A?|US|USA|United States|American|Canadian|Canada|British|UK|Australian|Australia|Indian|India)\s+(?:citizens?(?:hip)?|nationals?)\b|\bcitizens?(?:hip)?\s+of\s+(?:the\s+)?(U\.S\.A?|US|USA|United States|Canada|United Kingdom|UK|Australia|India)\b/i;
const CITIZEN_OBLIGATION = /\b(?:required|requires?|must|only|open to|eligible|restricted|limited|who may apply|this job is open to|need to be|mandatory)\b/i;
const CITIZEN_NOT_REQUIRED = /\b(?:preference|preferred|regardless of|without regard|discriminat\w*|equal (?:employment )?opportunity|work permit|authori[sz]ed to work)\b/i;
/** "U.S. citizens or permanent residents": citizenship or permanent residence, which no visa or work permit meets. */
const OR_RESIDENT = /\b(?:permanent residen(?:ts?|ce|cy)|green card|lawful permanent)\b/i;
const NATION: Record<string, string> = {
  'u.s': 'United States', 'u.s.a': 'United States', us: 'United States', usa: 'United States', 'united states': 'United States', american: 'United States',
  canadian: 'Canada', canada: 'Canada', british: 'United Kingdom', uk: 'United Kingdom', 'united kingdom': 'United Kingdom',
  australian: 'Australia', australia: 'Australia', indian: 'India', india: 'India',
};
function citizenshipIn(t: string): { country: string; residentToo: boolean } | undefined {
  const m = CITIZEN_OF.exec(t);
  if (!m || !CITIZEN_OBLIGATION.test(t) || CITIZEN_NOT_REQUIRED.test(t)) return undefined;
  const country = NATION[(m[1] ?? m[2]).toLowerCase().replace(/\.$/, '')];
  return country ? { country, residentToo: OR_RESIDENT.test(t) } : undefined;
}

/** A statement that sponsorship is not offered (a positive "sponsorship available" asks nothing). */
const NO_SPONSORSHIP = [
  /\b(?:not|unable to|cannot|can ?not|won'?t|will not|doesn'?t|does not|do not|don'?t|no|neither|nor)\b[^.;]{0,80}?\bsponsor(?:ship|ing|ed)?\b/i,
  /\bsponsor(?:ship)?\b[^.;]{0,60}?\b(?:not (?:be )?(?:available|offered|provided|possible|supported|eligible)|unavailable|ineligible)\b/i,
  /\bwithout\s+(?:the\s+need\s+for\s+|requiring\s+|needing\s+)?(?:current\s+or\s+future\s+|now\s+or\s+in\s+the\s+future\s+)?(?:visa|immigration|employer|work|h-1b)?[\s-]*sponsorship\b/i,
];

const LOCATION =
  /\b(?:must|should|need to|required to|will need to|are required to|expected to)\s+(?:be\s+)?(?:located|based|residing|reside|live|living|relocate|work on-?site|work from our office|commute)\s+(?:in|within|near|to|at)\s+([^.;()]{2,60})/i;
const LOCATION_ONLY = /\b(?:candidates|applicants)\s+(?:must be\s+|who are\s+)?(?:based|located|residing)\s+in\s+([^.;()]{2,60}?)(?:\s+only)?(?:[.;)]|$)/i;

/** Proper place names only, one or a list: "Canada", "Toronto or Vancouver", "Berlin, Germany". */
const PLACE_NAMES = /^(?:[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|de|del|la))*)(?:\s*(?:,|\/|\bor\b|\band\b)\s*(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|de|del|la))*)*$/;

// Besides sentences, the header fields of applicant-tracking pages: Workday's and SuccessFactors'
// "Posting End Date", iCIMS' and Taleo's "Close Date" / "Closing Date" — also beside a translation
// ("Closing date / Date de clôture:"). A qualifier before the cue says whose deadline it is: a
// referral, early-bird or priority deadline is not the day applications close. The date is the one
// the cue governs (group 2), not the first date of the sentence ("The start date is June 1 and the
// application deadline is April 1"). A bare "closes on" is not a cue ("The office closes on December 24"):
// what closes must be the applications, the posting or the position.
const DEADLINE_CUE =
  "(?:apply (?:by|before|until|no later than)|(?:registrations?|enrol(?:l)?ments?|inscriptions?) (?:(?:are|is) )?(?:open )?(?:until|through)|application deadline|last (?:date|day) (?:for (?:(?:the )?receipt of )?applications?|to apply|of (?:application|applying)|for applying)|deadline(?: to apply| for (?:applications|submissions))?|(?:applications?|submittals?|submissions?)(?: for (?:the |this |our |all )?[a-z0-9][\\w -]{1,30}?)? (?:close|closes|are due|is due|due|must be (?:received|submitted) by|(?:will be|are|is) accepted (?:until|through))|(?:reviewed|accepted|considered) (?:on a rolling basis|as (?:they are|it is) received) (?:until|through)|(?:applications? )?closing date(?: for (?:applications|submissions))?|closing(?=\\s*:)|(?<=(?:^|\\n|\\|)[ \\t*]*)closes(?=[ \\t*]*[:|])|(?<=(?:^|\\n|\\|)[ \\t]*)closing on|(?<=\\(\\s?)clos(?:es|ing)(?=\\s)|(?<=[·•|][ \\t]*)clos(?:es|ing)(?=\\s)|last application date|(?:we |will )?clos(?:e|es|ing) (?:applications|submissions)(?: on)?|(?:submit|send|share|e-?mail) (?:us )?(?:your )?(?:updated )?(?:application|profile|cv|r[eé]sum[eé])s? (?:(?:at the )?latest )?(?:by|before|no later than)|(?:(?:this|the) )?(?:job )?posting (?:end|close|closing|expiration|expiry) date|(?:(?:this|the) )?(?:job )?(?:posting|position|vacancy|competition|advert|advertisement|listing|role) (?:closes|expires|will close|(?:will )?remains? open (?:until|through))(?: on)?|posting expires|(?:application )?close date|(?:stop|cease) (?:accepting|taking|receiving) applications(?: on| after)?|advertised until|(?:submission|application) cut-?off(?: date)?|unposting date|(?:job )?posting end(?:s| date)?|(?<![\\w-] ?)end date(?=\\s*:)|referrals? (?:close|closes|are due|due))";
/** A label's translation in brackets after it: "Application Deadline (応募締切)". */
const TRANSLATED = '\\s*[（(][^)）\\n]{1,30}[)）]';
/** A deadline cue alone on its line: a field label whose value is on the next line (perhaps with its translation). */
const DEADLINE_LABEL = new RegExp(`^\\W*${DEADLINE_CUE}(?:${TRANSLATED})?\\s*:?\\s*$`, 'i');
/** A closing time written before the day: "11:55pm AEST, Sunday 17 January 2027", "23:59 GMT, 10 January 2027". */
// (The zone as an abbreviation, "AEST", or in words, "Pacific Time", "Eastern Standard Time".)
// "12:00 noon (UK time) on Friday …", "17:00 CET on …", "5 pm Eastern Time, …": the hour before the day.
const TIME_FIRST = '(?:(?:\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?|noon|midday|midnight)?|\\d{1,2}\\s*(?:[ap]\\.?m\\.?)|midday|noon|midnight|(?:close|end) of (?:business|day))\\s*(?:\\(?[A-Z]{2,5}(?: time)?\\)?|[A-Z][a-z]+(?: (?:Standard|Daylight))? Time)?\\s*,?\\s*(?:on\\s+)?)';
const QUALIFIER = '(?:(referral|early[- ]bird|early|priority|internal|first[- ]round)\\s+)?';
const DEADLINE = new RegExp(
  // A bilingual field gives the day in the other language first: "Date limite / Deadline : 16 décembre 2026, 16 h / December 16, 2026".
  `\\b${QUALIFIER}${DEADLINE_CUE}(?:\\s*\\/\\s*[^:\\n/]{2,40}?|${TRANSLATED})?\\s*(?:is|on|:|by|-|–|at(?=\\s+\\d))?\\s*(?:[^:/\\n]{4,40}?(?:\\s|[)）])[/／]\\s*)?(?:on\\s+)?${TIME_FIRST}?${WEEKDAY}?(${DAY}|${DAY_NO_YEAR}|${NUMERIC_DAY_NO_YEAR})`,
  'gi',
);
/** The words of an ask to apply or to send an application, which a deadline's "by" may follow. */
const ASK_TO_APPLY = '(?:apply|applications?|submit\\w*|send\\w*|e-?mail)\\b';
/**
 * "Send your resume … by June 30, 2027", "please apply no later than 15 April 2027", "We will accept
 * applications for the role until 7 January 2027": an ask to apply, or the employer taking
 * applications, up to a date. In a chat or a recruiter's message: "ping me by Dec 19", "let me know by Thursday Dec 10",
 * "please reply by Thursday 12/10".
 */
const SEND_BY = new RegExp(
  `\\b(?:${ASK_TO_APPLY}[^;\\n]{0,160}?\\b(?:by|before|no later than)|(?:ping|dm|message|get back to|let) (?:me|us)(?: know)?(?: if you['’]re interested)? (?:by|before)|(?:reply|respond|write back)(?: to (?:me|us|this (?:e-?mail|message|note)))? (?:by|before)|need (?:your |the |all )?(?:CVs?|r[eé]sum[eé]s?|applications?)(?: over| in| back)? by|(?:accept|receiv|tak|review)\\w* (?:applications|resumes|CVs)\\b[^;\\n]{0,60}?\\b(?:until|through|till|by))\\s+${TIME_FIRST}?${WEEKDAY}?(${DAY}|${DAY_NO_YEAR}|${NUMERIC_DAY_NO_YEAR})`,
  'i',
);

/**
 * "Please send your application documents (cover letter, CV, certificates), quoting the reference
 * number, your earliest start date and salary expectations, by 15.01.2027 at the latest": a German
 * employer's closing formula. "At the latest" makes the date a deadline, so the ask to apply may stand
 * further from it than in SEND_BY.
 */
const BY_AT_THE_LATEST = new RegExp(
  `\\b${ASK_TO_APPLY}[^\\n]{0,240}?\\bby\\s+${WEEKDAY}?(${DAY}|${DAY_NO_YEAR})\\s+at the latest\\b`,
  'i',
);

/** USAJobs' "Open & closing dates" field: "12/01/2026 to 12/14/2026" — the range's end is the deadline. */
// (Also the application period of East Asian postings: "Reception period : 2026.11.23 (Mon) ~ 2027.01.10 (Sun)".)
const OPEN_CLOSE_CUE = '\\b(?:open(?:ing)?\\s*(?:&|and)\\s*clos(?:ing|e) dates?|(?:reception|application|recruitment|recruiting|document submission) period)\\s*:?';
/** A weekday in brackets after a day ("2027.01.10 (Sun)"), as East Asian postings write it. */
const BRACKETED_WEEKDAY = '(?:\\s*[（(](?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?[)）])?';
const OPEN_CLOSE_LABEL = new RegExp(`^\\W*${OPEN_CLOSE_CUE}\\s*$`, 'i');
const DAY_RANGE_LINE = new RegExp(`^\\s*(?:${DAY})${BRACKETED_WEEKDAY}\\s*(?:to|-|–|~|through)\\s*(?:${DAY})`, 'i');
/** A day alone on its line, under a deadline label, perhaps with the closing time before it ("23:59 GMT, Sunday 10 January 2027"). */
// The day may be written twice, once per language, with the weekday in brackets: "2027年1月15日（金）/ 15 January 2027".
// (A closing time may follow the day: "Jan 14, 2027 09:00 AM", "15 March 2027, 23:59 EST".)
const TIME_AFTER_DAY = '(?:,?\\s*(?:at\\s+)?(?:\\d{1,2}[:.h]\\d{2}\\s*(?:[ap]\\.?m\\.?)?|\\d{1,2}\\s*[ap]\\.?m\\.?)(?:\\s*\\(?[A-Z]{2,5}\\)?)?)?';
/** A short note in brackets after a day: its weekday, "（金）", "(Fri)". */
const DAY_NOTE = '(?:\\s*[（(][^)）\\n]{1,10}[)）])?';
const DAY_LINE = new RegExp(`^\\s*${TIME_FIRST}?${WEEKDAY}?(?:${DAY})${DAY_NOTE}(?:\\s*[/／]\\s*${WEEKDAY}?(?:${DAY})${DAY_NOTE})?${TIME_AFTER_DAY}\\.?\\s*$`, 'i');
/** "Chicago and New York: Sunday, January 10, 2027", under "Application deadlines by office:". */
const PLACE_DAY_LINE = new RegExp(`^[^:\\n]{2,60}:\\s*${WEEKDAY}?(?:${DAY})`, 'i');
const OPEN_CLOSE = new RegExp(`${OPEN_CLOSE_CUE}\\s*(?:${DAY})${BRACKETED_WEEKDAY}\\s*(?:to|-|–|~|through)\\s*(${DAY})`, 'i');

const BY_OFFICE_LABEL = /^\W*(?:application )?deadlines?\s+(?:by|per|for each)\s+(?:office|location|city|region|campus|site)\s*:?\s*$/i;
const BY_OFFICE = new RegExp(`\\b(?:application )?deadlines?\\s+(?:by|per|for each)\\s+(?:office|location|city|region|campus|site)\\s*:?\\s*\\n[^\\n:]{2,60}:\\s*${WEEKDAY}?(${DAY})`, 'i');

/** A deadline a sentence states: the date as written, and whose deadline it is. */
export interface StatedDeadlineDate {
  written: string;
  of: 'application' | 'referral' | 'early';
  /** The hour the posting gives after the day ("11:59 PM CT"), with the words that join it ("at"). */
  time?: string;
}

/**
 * A time after the day, kept with the deadline as written: ", 11:59:00 PM", " at 11:59 p.m. ET",
 * " at noon PT". A time zone may sit on the next line in a PDF paste.
 */
const TIME_AFTER = /^(,?\s+(?:[-–]\s+)?(?:at\s+)?(?:\d{1,2}(?::\d\d){0,2}\s*(?:[AaPp]\.\s?[Mm]\.|[AaPp]\s?[Mm]\b)?|noon|midnight)(?:,?\s+\(?(?:[A-Z]{1,4}T|[A-Z][a-z]+(?: (?:Standard|Daylight))? Time)\)?(?![A-Za-z]))?)/;

function timeAfter(rest: string): string | undefined {
  const m = TIME_AFTER.exec(rest);
  // A bare number after a day ("June 1, 2027 15 positions") is no time: a time has ":", am/pm or a word.
  if (!m || !/[:apnm]/i.test(m[1].replace(/^,?\s+at\s+/, '').replace(/[A-Z]{1,4}T\)?$/, ''))) return undefined;
  return m[1].replace(/\s+/g, ' ');
}

/** "the 18th of December." → "18th of December": no article, no sentence's full stop after a month's full name. */
function tidyDay(written: string): string {
  return written.replace(/^the\s+/i, '').replace(/([a-z]{4,})\.$/i, '$1').replace(/\s*\n\s*/g, ' ');
}

/** "students who submit their thesis by 15 June 2027": what is sent by that day is no application. */
const OTHER_SUBMISSION =
  /\b(?:submit|send|hand in)\w*\s+(?:(?:their|your|the|a|an|his|her|its)\s+)?(?:(?:final|master['’]?s?|bachelor['’]?s?|doctoral|phd|honours?)\s+)?(?:thesis|theses|dissertation|capstone|project report|report|paper|assignment|grades?|exam)\b/i;

/** The deadlines a sentence states, in order. */
export function deadlinesIn(text: string): StatedDeadlineDate[] {
  // "by **January 11, 2027**": emphasis marks around the day are not part of what is said.
  const t = text.replace(/\*\*|__/g, '');
  const out: StatedDeadlineDate[] = [];
  for (const m of t.matchAll(DEADLINE)) {
    const q = (m[1] ?? '').toLowerCase();
    const of = q === 'referral' || /^referral/i.test(m[0]) ? 'referral' : q ? 'early' : 'application';
    const time = timeAfter(t.slice(m.index! + m[0].length));
    out.push({ written: tidyDay(m[2]), of, ...(time ? { time } : {}) });
  }
  if (!out.some((d) => d.of === 'application')) {
    // "Application deadlines by office:" over "Chicago: Sunday, January 10, 2027" lines: the first one listed.
    const byOffice = BY_OFFICE.exec(t);
    if (byOffice) out.push({ written: byOffice[1], of: 'application' });
  }
  if (!out.some((d) => d.of === 'application')) {
    const range = OPEN_CLOSE.exec(t);
    if (range) out.push({ written: range[1], of: 'application' });
  }
  if (!out.some((d) => d.of === 'application')) {
    const m = SEND_BY.exec(t) ?? BY_AT_THE_LATEST.exec(t);
    if (m && !/\breferr/i.test(m[0]) && !OTHER_SUBMISSION.test(m[0])) out.push({ written: tidyDay(m[1]), of: 'application' });
  }
  return out;
}

/** "Associate degree + 8 yrs", "an associate's degree with 6 years of relevant experience", "MS plus 2 years". */
const LEVEL_WITH_YEARS = /([^,;/()]{1,40}?)\s*(?:\+|\bplus\b|\bwith\b|\band\b)\s*(?:at least\s+)?(\d{1,2})\+?\s*(?:years?|yrs?)\b/gi;

/**
 * Levels the text accepts only with years of experience, when a level is also accepted without them
 * ("BS in EE. Associate degree + 8 yrs experience will be considered"): a lone "MS with 2 years" is a
 * degree and an experience ask, both asked, and is read as before.
 */
function levelsWithYears(text: string, levels: DegreeLevel[]): { level: DegreeLevel; years: number }[] {
  const out: { level: DegreeLevel; years: number }[] = [];
  for (const m of text.replace(/’/g, "'").matchAll(LEVEL_WITH_YEARS)) {
    const named = degreeLevelsIn(m[1]);
    if (named.length !== 1) continue;
    // Only when another level is accepted outright: elsewhere in the text, without years after it.
    const rest = text.slice(0, m.index) + text.slice(m.index! + m[0].length);
    if (!degreeLevelsIn(rest).some((l) => l !== named[0] && levels.includes(l))) continue;
    out.push({ level: named[0], years: Number(m[2]) });
  }
  // "BS with 3+ years, or MS with 1+ year": every level comes with its years, which are experience asks
  // (read as such), not a lower level let in on a condition.
  if (levels.every((l) => out.some((c) => c.level === l))) return [];
  return out;
}

/** Every eligibility statement of a posting, in text order. */
export function findEligibility(text: string, bodyStart: number, degrees: DegreeRequirement[]): EligibilityAsk[] {
  const out: EligibilityAsk[] = [];
  // A preferred degree is a wish, not a bar to applying; a hedged one ("typically an MSc") neither; a
  // sentence that says "degree" without a level ("pay depends on your degree") names no level to check.
  const asked = degrees.filter((d) => d.importance !== 'preferred' && !HEDGE.test(d.text) && degreeLevelsIn(d.text).length > 0);
  if (asked.length) {
    // Lines of one list are alternatives ("PhD in CS" / "MS with 2 years"): any of their levels qualifies.
    const levels = [...new Set(asked.flatMap((d) => d.levels))].sort((a, b) => LEVEL_ORDER.indexOf(a) - LEVEL_ORDER.indexOf(b));
    const first = asked[0];
    const last = asked[asked.length - 1];
    const text = asked.map((d) => d.text).join(' / ');
    const withYears = levelsWithYears(text, levels);
    out.push({
      kind: 'degree',
      text,
      range: { start: first.range.start, end: last.range.end },
      levels,
      equivalentExperience: asked.some((d) => d.equivalentExperience),
      ...(withYears.length ? { withYears } : {}),
    });
  }
  const reference = postedOn(text.slice(bodyStart));
  for (const s of sentencesOf(text, bodyStart)) {
    const asks = fromSentence(s, reference);
    // A bare "End Date:" under a "Start Date:" is the term's end, not the posting's.
    const termEnd = (a: EligibilityAsk) => a.kind === 'deadline' && /^\W*end date\s*:/i.test(plainLine(s.text)) && /\bstart date\b/i.test(text.slice(Math.max(bodyStart, s.start - 300), s.start));
    // A posting that says so twice ("open to all U.S. citizens" … "U.S. Citizenship is required") asks once.
    const repeated = (a: EligibilityAsk) => a.kind === 'citizenship' && out.some((o) => o.kind === 'citizenship' && o.country === a.country);
    out.push(...asks.filter((a) => !termEnd(a) && !repeated(a)));
  }
  return out.sort((a, b) => a.range.start - b.range.start);
}

/**
 * The posting's sentences, with a sentence that ends at a month's abbreviation joined to the next
 * when a day follows on the same line ("Apply by Mar. 5, 2027": the full stop is the abbreviation's).
 */
/** A line that ends on a day and its month, without the year ("Closing date: Friday 15 January"). */
const DAY_MONTH_AT_END = new RegExp(`\\b\\d{1,2}\\s+${MONTH_WORD},?$`, 'i');

function sentencesOf(text: string, bodyStart: number): Sentence[] {
  const out: Sentence[] = [];
  for (const s of splitSentences(text, bodyStart)) {
    const prev = out[out.length - 1];
    // "Posting End Date" / "03/15/2027": a deadline label alone on its line, the day on the next.
    const label = prev ? plainLine(prev.text) : '';
    const line = prev ? plainLine(s.text) : '';
    const stacked =
      prev &&
      ((DEADLINE_LABEL.test(label) && DAY_LINE.test(line)) ||
        (OPEN_CLOSE_LABEL.test(label) && DAY_RANGE_LINE.test(line)) ||
        (BY_OFFICE_LABEL.test(label) && PLACE_DAY_LINE.test(line)));
    // "Closing date: Friday 15 January" / "2027.": a PDF's line wrapped between the month and the year.
    const wrappedYear = prev && DAY_MONTH_AT_END.test(prev.text) && /^20\d\d\b/.test(s.text);
    if (stacked || wrappedYear || (prev && /\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.$/i.test(prev.text) && /^\d/.test(s.text) && !text.slice(prev.end, s.start).includes('\n'))) {
      out[out.length - 1] = { start: prev.start, end: s.end, text: text.slice(prev.start, s.end) };
    } else out.push(s);
  }
  return out;
}

/** The referral deadline a posting states ("Referral deadline: Jan 9, 2027"), as written. */
export function referralDeadlineIn(text: string, bodyStart: number): string | undefined {
  for (const s of sentencesOf(text, bodyStart)) {
    const t = s.text.split('\n').map(plainLine).join('\n').replace(/’/g, "'");
    const referral = deadlinesIn(t).find((d) => d.of === 'referral');
    if (referral) return referral.written.trim();
  }
  return undefined;
}

/**
 * The day the posting was posted or sent, to give a deadline written without its year ("apply by Dec
 * 18") its year: "Posted: Nov 2, 2026", "Date posted 2026-11-02", "Posted on 2 November 2026", a mail's
 * "Sent:" or "Date:" header.
 */
const POSTED_ON = new RegExp(`(?:^|\\n)[ \\t>*-]*(?:(?:date )?posted(?: on| date)?|posting date|published(?: on)?|sent|date)\\s*:?\\s*${WEEKDAY}?(${DAY})`, 'i');
function postedOn(body: string): string | undefined {
  const m = POSTED_ON.exec(body);
  return m ? parseDay(m[1]) : undefined;
}

function fromSentence(s: Sentence, reference?: string): EligibilityAsk[] {
  const out: EligibilityAsk[] = [];
  // Markdown emphasis off labelled lines: "**Applications close:** March 15" reads as the label it is.
  const t = s.text.split('\n').map(plainLine).join('\n').replace(/’/g, "'");
  const base = (kind: EligibilityAsk['kind']): EligibilityAsk => ({ kind, text: s.text, range: { start: s.start, end: s.end } });

  if (ENROLLMENT.test(t)) out.push(base('enrollment'));

  const window = graduationWindow(t);
  if (window) out.push({ ...base('graduation'), window });

  for (const re of AUTHORIZATION) {
    const m = re.exec(t);
    if (!m) continue;
    const country = m[1] ? cleanPlace(m[1]) : undefined;
    out.push({ ...base('authorization'), ...(country ? { country } : {}) });
    break;
  }

  const citizenOf = citizenshipIn(t);
  if (citizenOf) out.push({ ...base('citizenship'), country: citizenOf.country, ...(citizenOf.residentToo ? { residentToo: true } : {}) });

  if (NO_SPONSORSHIP.some((re) => re.test(t))) out.push(base('sponsorship'));

  const loc = LOCATION.exec(t) ?? LOCATION_ONLY.exec(t);
  if (loc) {
    const place = cleanPlace(loc[1]);
    const residence = !/\b(?:relocate|commute)\b/i.test(loc[0]);
    out.push({ ...base('location'), place, ...(residence && PLACE_NAMES.test(place) ? { placeRequired: true } : {}) });
  }

  // The application deadline only: a referral or early-bird one is not the day applications close.
  const deadline = deadlinesIn(t).find((d) => d.of === 'application');
  if (deadline) {
    const date = parseDay(deadline.written) ?? parseDayWithoutYear(deadline.written, reference);
    out.push({ ...base('deadline'), written: (deadline.written + (deadline.time ?? '')).trim(), ...(date ? { date } : {}) });
  }
  return out;
}

function graduationWindow(t: string): EligibilityAsk['window'] | undefined {
  let m = GRAD_BETWEEN.exec(t) ?? GRAD_RANGE_BEFORE.exec(t);
  if (m) return openWindow(parseMonthYear(m[1], 'start'), parseMonthYear(m[2], 'end'));
  m = GRAD_BY.exec(t);
  if (m) return openWindow(undefined, parseMonthYear(m[2], 'end'));
  m = GRAD_AFTER.exec(t);
  if (m) return openWindow(parseMonthYear(m[2], 'start'), undefined);
  m = GRAD_IN.exec(t);
  if (m) {
    const from = parseMonthYear(m[1], 'start');
    const to = parseMonthYear(m[2] ?? m[1], 'end');
    // "in 2026 (BTech) or 2027 (Dual)": the window spans both.
    return openWindow(from, to !== undefined && from !== undefined && to < from ? from : to);
  }
  return undefined;
}

function openWindow(from: number | undefined, to: number | undefined): EligibilityAsk['window'] | undefined {
  if (from === undefined && to === undefined) return undefined;
  return { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
}

function cleanPlace(raw: string): string {
  return raw
    .replace(/^the\s+/i, '')
    // "Ireland or the Netherlands" stays a list of places; "Berlin for this role" ends at "for".
    .replace(/\s+(?:(?:and|or)(?!\s+(?:the\s+)?[A-Z])|for|with|without|at|on|during|by|as|if|who|which|that|to)\b.*$/, '')
    .replace(/[\s,]+$/, '')
    .trim();
}
