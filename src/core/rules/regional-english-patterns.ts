// The phrase patterns of regional-english: each matches one form that reads as another country's English
// or as a translation to a North American reviewer, and names its North American form. Grouped by where
// the form comes from; each group is a class (idioms of one variety, calques of one language family,
// number notations), not a list of sightings.
import { matchCase } from '../text/inflect';
import { nounClassesOf } from '../nlp/noun-class';
import { NAME_LEADS } from '../lexicon/units';

const NAME_LEAD = new Set(NAME_LEADS);

/**
 * A plural noun of things counted, not a unit of measure ("images", "students"; not "grams", "meters"):
 * a number before it counts whole things, so "1.500 images" cannot mean one and a half (units of time are not
 * in the noun classes at all).
 */
function countsThings(after: string): boolean {
  const noun = /^\s+([a-z]{3,}s)\b/.exec(after)?.[1];
  const classes = noun ? nounClassesOf(noun)?.classes : undefined;
  return !!classes && classes[0] !== 'quantity';
}

/** "realized" before a work noun of the calque's usual kind (the pattern above reports those). */
const REALIZED_NAMED_WORK = /\breali[sz](?:ed|e|ing)(?=\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+)?(?:implementation|implantation|migration|installation|development|analysis|audit|integration|deployment|survey|inventory|inventories|training|maintenance)\b)/i;

/** What stands before a word that opens its bullet: the list marker, quotes, LaTeX's \item. */
const OPENS_BULLET = /^[\s\-*+•"'>]*(?:\\item\s*)?$/;

/** Words that may stand between a verb and its object's head ("the daily bed census"). */
const OBJECT_LEAD = /^(?:the|a|an|all|our|my|their|its|each|every|this|these|those)$/i;
const WORK_CLASSES = new Set(['act', 'event', 'communication']);

/**
 * The object after a verb names work carried out: its head (the last word before a preposition, a
 * comma or the end, within four words) is first of all an act, an event or a text in WordNet.
 */
function namesWorkDone(after: string): boolean {
  const words = /^\s+([^,;:.()]*)/.exec(after)?.[1].split(/\s+/).filter(Boolean) ?? [];
  const phrase: string[] = [];
  for (const w of words) {
    if (/^(?:of|for|in|on|at|to|with|by|from|and|that|which|using|across|per)$/i.test(w) || phrase.length === 5) break;
    phrase.push(w);
  }
  const content = phrase.filter((w) => !OBJECT_LEAD.test(w));
  const head = content[content.length - 1]?.toLowerCase();
  if (!head || !/^[a-z-]+$/.test(head)) return false;
  const first = nounClassesOf(head)?.classes[0];
  return !!first && WORK_CLASSES.has(first);
}

/** "as backend developer", "as a QA lead": a role (a person noun heads the words after "as"). */
function rolePhrase(after: string): boolean {
  const words = /^\s+as\s+([^,;:.()]*)/i.exec(after)?.[1].split(/\s+/).filter(Boolean) ?? [];
  for (const w of words.slice(0, 5)) {
    if (/^(?:in|on|at|for|of|with|to|and|from)$/i.test(w)) break;
    if (nounClassesOf(w.toLowerCase())?.classes[0] === 'person') return true;
  }
  return false;
}

export interface Pattern {
  re: RegExp;
  /** The message for the matched text. */
  message: (written: string) => string;
  /** The North American form, when one replacement fits every match. */
  replacement?: (written: string) => string | undefined;
  /** Not reported when the match's line also matches this (a GPA with its scale beside a degree class). */
  unlessLine?: RegExp;
  /** Not when this matches the line or the one above it (a field's label over its value: "label: Date of birth"). */
  unlessNear?: RegExp;
  /** Reported only when this holds for the match and the text after it on its line. */
  when?: (written: string, after: string, before: string) => boolean;
  /** Only in a resume written in English: in one written in Spanish its Spanish words are no slip. */
  englishOnly?: boolean;
}

/** Nouns North American English does not count: their plural reads as a translation. */
const UNCOUNTABLE = ['information', 'knowledge', 'software', 'hardware', 'equipment', 'feedback', 'advice', 'furniture', 'training'];

/** Month names in Spanish and Portuguese: a date written "28 de noviembre de 2026" is untranslated. */
const MONTHS_ES_PT = 'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|mar[cç]o|maio|junho|julho|setembro|outubro|novembro|dezembro';

/** Month names of Spanish and Portuguese, in calendar order, by the stem both languages share or each has. */
const MONTH_STEMS: [RegExp, string][] = [
  [/^ene|^jan/, 'Jan'], [/^feb|^fev/, 'Feb'], [/^mar/, 'Mar'], [/^abr/, 'Apr'], [/^may|^mai/, 'May'], [/^jun/, 'Jun'],
  [/^jul/, 'Jul'], [/^ago/, 'Aug'], [/^se/, 'Sep'], [/^oct|^out/, 'Oct'], [/^nov/, 'Nov'], [/^dic|^dez/, 'Dec'],
];

/** "29 de noviembre de 2026" → "Nov 29, 2026": the date the finding names, written the American way. */
function englishDate(written: string): string {
  const m = /(\d{1,2})\s+de\s+(\S+?)(?:\s+de\s+(\d{4}))?$/i.exec(written.trim());
  const month = m && MONTH_STEMS.find(([stem]) => stem.test(m[2].toLowerCase()))?.[1];
  if (!m || !month) return 'Mon D, YYYY';
  return `${month} ${Number(m[1])}${m[3] ? `, ${m[3]}` : ''}`;
}

/** A number of years, in digits or words: "2", "5+", "three". */
const YEARS = String.raw`(?:\d{1,2}(?:\.\d)?\+?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\+?`;

/**
 * Spanish and Portuguese words that name a credential or a job, written untranslated before their
 * "de"/"en"/"em" complement ("Diplomado en …", "Curso de …", "Analista de …"). Inside parentheses the
 * original is a gloss after the English name, which is the recommended form, so it is not matched.
 */
const CREDENTIAL_OR_TITLE_ES_PT = [
  'diplomado', 'curso', 'licenciatura', 'licenciado', 'maestr[ií]a', 'mestrado', 'especializaci[oó]n', 'especializa[cç][aã]o',
  'p[oó]s-gradua[cç][aã]o', 'posgrado', 'postgrado', 'bacharelado', 'tecn[oó]logo', 'tecnicatura', 'ingenier[ií]a', 'engenharia',
  'practicante', 'pasante', 'pasant[ií]a', 'estagi[aá]rio', 'est[aá]gio', 'analista', 'coordinador', 'coordenador', 'jefe', 'gerente',
];
const CREDENTIAL_ES_PT = `(?:${CREDENTIAL_OR_TITLE_ES_PT.join('|')})`;
/** The words that end a date range in another language, or the false friend "Actual". */
const PRESENT_WORD = String.raw`(?:actual(?:idad|mente)?|atual(?:mente)?|presente|hoy|hoje|la fecha|o momento|aujourd'hui|heute|jetzt|oggi|halen|günümüz|devam ediyor)`;
/** A department named after its function ("the commercial area"). */
const DEPARTMENT = '(?:commercial|administrative|financial|finance|accounting|purchasing|procurement|logistics|legal|human resources|HR|IT|technology|systems|quality)';

// Patterns that look behind a word put the lookbehind after the word and repeat the word inside it:
// a lookbehind first is tried at every position of the text, and one with "\s*" or "[ \t]*" scans
// back over every run of blanks (masked code and links are blanks) — quadratic on long runs.

/** A decimal comma where North America writes a point ("94,1%" → "94.1%"). */
const DECIMAL_COMMA: Pick<Pattern, 'message' | 'replacement'> = {
  message: (w) => `"${w}" uses a decimal comma, which reads as a thousands separator in North America: write "${w.replace(',', '.')}".`,
  replacement: (w) => w.replace(',', '.'),
};

/** Words that lead a regulation's or a document's section number, or a list of such numbers. */
const SECTION_REFERENCE = /(?:\b(?:CFR|FAR|CS|Part|Parts|section|sections|sec\.|para\.?|clause|§§?)|\d+\.\d+,)\s*$/i;

/** Periods between thousands where North America writes commas ("450.000" → "450,000"). */
const THOUSANDS_PERIODS: Pick<Pattern, 'message' | 'replacement'> = {
  message: (w) => `"${w}" uses periods between thousands, which read as a decimal point in North America: write "${w.replace(/\./g, ',')}".`,
  replacement: (w) => w.replace(/\./g, ','),
};

/**
 * "to the Andean Data Science Congress", "to weekly meetings": an event one attends, after "assisted"
 * (Spanish "asistir a", French "assister à"); read case-insensitively.
 */
export const TO_AN_EVENT = String.raw`to\s+(?:the\s+|all\s+|weekly\s+|daily\s+|monthly\s+|several\s+|many\s+)*(?:[A-Z][\w&-]*\s+){0,5}(?:meetings?|conferences?|classes|courses?|lectures?|events?|workshops?|seminars?|congress(?:es)?|fairs?|summits?|symposi(?:um|a)|forums?|trainings?)\b`;

export const PATTERNS: Pattern[] = [
  // ---- Number forms
  {
    // "7/24 support" (Turkish, French, Spanish write the hours first): North America says "24/7".
    // Only before a word of service, so a date ("due 7/24") is left alone.
    re: /(?<![\d/])7\/24(?![\d/])(?=\s+(?:support|on-?call|operations?|service|services|availability|monitoring|coverage|production|shifts?)\b)/gi,
    message: () => '"7/24" reads as a date (July 24) in North America; round-the-clock service is written "24/7".',
    replacement: () => '24/7',
  },
  {
    // "94,1%", "12,5 %", LaTeX's "94,1\%", "R$ 2,4 millions", "grade 4,8/5,0": one or two digits after the comma, then a unit of a metric or a scale.
    re: /(?<![\d.,])\d{1,3},\d{1,2}(?=\s?(?:\\?%|percent\b|per cent\b|pp\b|x\b|×|(?:millions?|billions?|thousands?|mn|bn)\b|\/\s?\d))/gi,
    ...DECIMAL_COMMA,
  },
  {
    // "USD 85.000", "R$ 1.250.000": a period between groups of three after a currency reads as a decimal point.
    re: /\d{1,3}(?<=(?:\bUSD|\bUS\$|\bR\$|\bCOP|\bMXN|\bBRL|\bCLP|\bARS|\bPEN|\bEUR|€|\$)\s?\d{1,3})(?:\.\d{3})+(?![.,]?\d|\s?(?:[KMB]|k|mn|bn|million|billion)\b)/g,
    ...THOUSANDS_PERIODS,
  },
  {
    // "64.000 EUR", "1.250.000 €": periods between groups of three before the currency (as after it).
    re: /(?<![\w.,])\d{1,3}(?:\.\d{3})+(?![.,]?\d)(?=\s?(?:(?:EUR|USD|BRL|COP|MXN|CLP|ARS|PEN|RON|PLN|CHF|reais|euros?)\b|€))/g,
    ...THOUSANDS_PERIODS,
  },
  {
    // "2,4 MB", "1,5 GHz", "0,8 s": one digit after the comma, then a unit of measure: a decimal comma.
    re: /(?<![\d.,])\d{1,3},\d(?![\d,])(?=\s?(?:[KMGTP]B|[KMG]iB|[km]?[gm]|ms|s|sec|seconds?|[GM]Hz|[KMG]bps|kWh|MW|km\/h|h)\b)/g,
    ...DECIMAL_COMMA,
  },
  {
    // "from 3,1 to 4,6": a change between two numbers with a comma before one or two digits: decimal commas
    // (a thousands separator is followed by three digits).
    re: /(?<=\bfrom\s)\d{1,2},\d{1,2}(?=\s+to\s+\d{1,2},\d{1,2}(?![\d,]))|(?<=\bfrom\s\d{1,2},\d{1,2}\s+to\s)\d{1,2},\d{1,2}(?![\d,])/g,
    ...DECIMAL_COMMA,
  },
  {
    // "GPA 3.42 / 4,00", "score 82,5": a comma before one or two final digits is no thousands separator
    // anywhere, so after a scale's slash or on its own it is a decimal comma.
    re: /(?<![\d.,])(?:(?<=\/\s?)\d{1,2},\d{1,2}|\d{2,3},\d|\d{1,3},\d{2})(?![\d,])(?!\s?(?:\\?%|percent\b|per cent\b|pp\b|x\b|×|(?:millions?|billions?|thousands?|mn|bn)\b|\/\s?\d))/g,
    ...DECIMAL_COMMA,
  },
  {
    // "1 400 households", "40 000 shipments": a space between thousands (French and much of Europe write
    // numbers so); North America writes a comma. Only before what is counted, so two numbers in a row
    // ("rooms 2 150 and 3 200") and phone numbers (groups of four) are left alone.
    // The unit may be a symbol ("2 000 A", "1 460 m", "12 500 kWh").
    re: /[1-9](?<![\w.,+(/-][1-9])(?<!\d [1-9])\d{0,2}(?: \d{3})+(?![\d.,]*\d)(?=\s(?:[a-z]{3,}|%|€|[kMG]?(?:W|Wh|Wp|V|A|Hz)|mm|cm|km|m|m²|m³|kg|g|t|L|ml|ha)(?![\w-]))/g,
    // (Nor the second of a pair of numbers: "rooms 2 150 and 3 200".)
    when: (_w, after, before) => !/^\s(?:and|or|to|of|for|in|on|with|the|from|through)\b/.test(after) && !/\d\s*(?:and|or|to|,|&|–|-)\s*$/.test(before),
    message: (w) => `"${w}" separates thousands with a space, as French and much of Europe write numbers: in North America write "${w.replace(/ /g, ',')}".`,
    replacement: (w) => w.replace(/ /g, ','),
  },
  {
    // "%18": the percent sign before the number, as Turkish and French typography write it.
    // Not URL encoding: "%20" joined to a word or a bracket on either side ("(EN)%2009b1…") is a
    // space in a link's path.
    re: /(?<![\w%)\]])%\d+(?:[.,]\d+)?(?![\w%])/g,
    message: (w) => `"${w}" puts the percent sign first, as another language writes it: in English write "${w.slice(1)}%".`,
    replacement: (w) => `${w.slice(1)}%`,
  },
  {
    // "450.000 m²", "12.500 visitors": periods between groups of three, read as a decimal point in North America.
    // (Not "2.100" or "4.000": one digit before one group may be a version or a precise measure.)
    re: /(?<![\w.,])(?:[1-9]\d{1,2}(?:\.\d{3})+|[1-9](?:\.\d{3}){2,})(?![\d.,]*\d)(?=\s(?:m²|km²|(?:m2|km|kg|tons?|tonnes?|[a-z]{3,})\b))/g,
    // Not a rule's section number ("14 CFR 25.571, 25.305 and 25.307", "§ 25.305"), nor one followed
    // by "and" or "to": a count is followed by what it counts.
    when: (_w, after, before) => !/^\s(?:and|or|to|of|for|in|on|with|the|from|through)\b/.test(after) && !SECTION_REFERENCE.test(before),
    ...THOUSANDS_PERIODS,
  },
  {
    // "1.500 images", "2.300 students": one digit and a group of three before a plural of counted things.
    // A count has no fraction, so the period is a thousands separator ("1.500 kg" may be a precise measure).
    re: /(?<![\w.,])[1-9]\.\d{3}(?![\d.,]*\d)(?=\s[a-z]{3,}s\b)/g,
    // Not after a word that leads a name or a version ("release 2.100 builds").
    when: (_w, after, before) => countsThings(after) && !NAME_LEAD.has(/(\p{L}+)\s+$/u.exec(before)?.[1].toLowerCase() ?? ''),
    message: (w) => `"${w}" uses a period between thousands, which reads as a decimal point in North America: write "${w.replace(/\./g, ',')}".`,
    replacement: (w) => w.replace(/\./g, ','),
  },
  {
    re: /\b(?:lakhs?|crores?)\b/gi,
    message: (w) => `"${w}" is a South Asian number word most North American readers do not know: write the number in thousands or millions (1 lakh = 100,000; 1 crore = 10 million).`,
  },
  {
    re: new RegExp(`\\b(?:${UNCOUNTABLE.join('|')})s\\b`, 'gi'),
    message: (w) => `"${w}": North American English does not count this noun; write "${matchCase(w, w.slice(0, -1).toLowerCase())}".`,
    replacement: (w) => matchCase(w, w.slice(0, -1).toLowerCase()),
  },
  {
    // The end of a date range in another language, or the false friend "Actual": "2022 – Actual", "03/2020 – atual".
    // The word ends the range: it closes its line or its field ("| Lisbon"), so "2023 – actual spend" is no range.
    re: new RegExp(String.raw`${PRESENT_WORD}(?<=\b(?:\d{4}|\d{1,2}[./]\d{2,4})[*_]*[ \t]*(?:[–—]|-{1,2}|\bto\b|\ba\b)[ \t]*[*_]*${PRESENT_WORD})(?![\p{L}])(?=[ \t*_)\].,;}]*(?:$|[|·•—–&]|\\\\))`, 'gimu'),
    message: (w) => `"${w}" as the end of a date range is ${/^actual$/i.test(w) ? 'a false friend ("actual" means "real" in English)' : 'untranslated'}: write "Present".`,
    replacement: (w) => matchCase(w, 'present'),
  },
  {
    re: new RegExp(String.raw`\b\d{1,2}\s+de\s+(?:${MONTHS_ES_PT})(?:\s+de\s+\d{4})?\b`, 'gi'),
    // A date of birth: personal-details says to remove it, so translating it is beside the point.
    unlessNear: /\b(?:birth|born|nacimiento|nascimento)\b/i,
    message: (w) => `"${w}" is a date in Spanish or Portuguese: write it in English ("${englishDate(w)}"); a place-and-date line at the end of a resume is not used in North America.`,
  },

  // ---- British and South Asian English
  {
    re: /\bfortnightly\b/gi,
    // No replacement: "every two weeks" fits after a verb, not before a noun ("fortnightly demos").
    message: (w) => `"${w}" is British; North American readers say "every two weeks" (or "biweekly").`,
  },
  {
    re: /\bprepon(?:e|ed|ing)\b/gi,
    message: (w) => `"${w}" is Indian English; North American readers say "moved up" or "brought forward".`,
  },
  {
    re: /\bdo(?:ing)? the needful\b/gi,
    message: (w) => `"${w}" is an Indian English idiom that reads as unclear in North America: say what was done.`,
  },
  {
    re: /\btill (?:date|now)\b/gi,
    message: (w) => `"${w}" is Indian English; North American readers say "to date" (or "Present" at the end of a date range).`,
    replacement: (w) => (/date$/i.test(w) ? matchCase(w, 'to date') : undefined),
  },
  {
    // "Passed out in 2023", "passed out from VIT": Indian English for graduating.
    re: /\bpass(?:ed|ing)\s+out(?=\s+(?:in|of|from)\b)/gi,
    message: (w) => `"${w}" means "fainted" to a North American reader; for finishing a degree write "graduated".`,
    replacement: (w) => matchCase(w, 'graduated'),
  },
  {
    // "a reputed organisation": in North America "reputed" means "supposed", not "well regarded".
    re: /\breputed(?=\s+(?:[\w-]+\s+)?(?:organi[sz]ations?|compan(?:y|ies)|firms?|institut(?:e|es|ion|ions)|MNCs?|universit(?:y|ies)|colleges?|schools?|clients?|brands?|banks?|hospitals?|employers?)\b)/gi,
    message: (w) => `"${w}" means "supposed" to a North American reader (Indian English uses it for "well regarded"): write "well-known" or name the organization.`,
    replacement: (w) => matchCase(w, 'well-known'),
  },
  {
    re: /\bfreshers?\b/gi,
    message: (w) => `"${w}" is Indian and British English; North American readers say "new graduates" or "new hires".`,
    replacement: (w) => matchCase(w, /s$/i.test(w) ? 'new hires' : 'new hire'),
  },
  {
    // "Having 5 years of experience in …" opening a sentence or a bullet (or "I am having …"): Indian English.
    re: new RegExp(String.raw`having(?<=(?:^[ \t>*+-]*|[.;!?][ \t]+|\bI am[ \t]+|\bI'm[ \t]+)having)[ \t]+(?:(?:about|around|over|nearly|more than)[ \t]+)?${YEARS}[ \t]+years?\b`, 'gim'),
    message: (w) => `"${w}" opening a sentence is Indian English: write "${w.replace(/^having\s+/i, '')} of experience in …" as a fact, or show it in the dates.`,
  },
  {
    // Indian English coinages: "updation" (updating), "batchmates" (classmates), "revert" for "reply".
    re: /\bupdations?\b|\bbatch-?mates?\b|\brevert(?:ed|ing|s)?(?=\s+(?:back\s+)?to\s+(?:the\s+|all\s+)?(?:client|customer|user|vendor|stakeholder)?s?\s*(?:queries|quer(?:y)|e-?mails?|mails?|requests?|tickets?|questions?)\b)/gi,
    message: (w) => `"${w}" is Indian English; North American readers say ${/^updation/i.test(w) ? '"updating" (or "update")' : /batch/i.test(w) ? '"classmates"' : '"replied to" ("revert" means "go back to an earlier state")'}.`,
  },
  {
    // Verbs that take their object directly in English, written with the preposition of learners' English
    // in South and East Asia ("discussed about the design", "emphasize on testing", "mentioned about").
    re: /\b(?:discuss(?:ed|es|ing)?\s+about|emphasi[sz](?:e|ed|es|ing)\s+on|mention(?:ed|s|ing)?\s+about|explain(?:ed|s|ing)?\s+about)\b/gi,
    message: (w) => `"${w}": in North American English the verb takes its object directly; drop "${w.split(/\s+/).pop()}".`,
    replacement: (w) => w.replace(/\s+\S+$/, ''),
  },
  {
    re: /\bhereby\s+(?:declare|certify|affirm|state)\b/gi,
    message: (w) => `"${w}": a signed declaration is part of resumes in South Asia and Africa; North American resumes do not have one: delete it.`,
  },
  {
    // Kenyan, Nigerian and other Commonwealth names for an internship.
    re: /\bindustrial\s+attachments?\b/gi,
    message: (w) => `"${w}" is a Commonwealth term; North American readers say "internship" (or "co-op").`,
    replacement: (w) => matchCase(w, /s$/i.test(w) ? 'internships' : 'internship'),
  },
  {
    // A British or Commonwealth degree class with no GPA on the line: "Second Class Honours, Upper Division", "BSc (Hons), 2:1".
    // The GPA test is done on the match's line (unlessLine), and the degree word before "2:1" is looked
    // for only after a "2:1" matched: a lookbehind that scans back to the line start at every position
    // made the check quadratic on long lines.
    // The class's division may come first ("Second Class Upper Division").
    re: /\b(?:first|second|third)[- ]class\s+(?:(?:honou?rs|degree|division)(?:,?\s+(?:upper|lower)(?:\s+division)?)?|(?:upper|lower)\s+division)|\b(?:upper|lower)\s+second(?:[- ]class)?(?:\s+honou?rs)?\b|(?<![\d:.])[12]:[12](?![\d:])(?<=\b(?:B\.?Sc|B\.?A|B\.?Eng|M\.?Eng|M\.?Sc|LLB|Hons|honou?rs|degree)\b[^\n]{0,80}?[12]:[12])/gi,
    unlessLine: /\d\.\d+\s*\/\s*\d/,
    message: (w) => `"${w}" is a British or Commonwealth degree class most North American readers cannot place: give a GPA with its scale (e.g. "GPA 3.6/4.0") or leave it out.`,
  },
  {
    // British and Commonwealth school qualifications: a US reader cannot place them, and an experienced hire leaves school out.
    re: /\b(?:A[- ]Levels?|O[- ]Levels?|GCSEs?|sixth[- ]form|KCSE|KCPE|WASSCE|SSCE)\b/g,
    message: (w) => `"${w}" is a British or Commonwealth school qualification most North American readers cannot place: name the equivalent (high school diploma), or leave school out once you have a degree.`,
  },

  {
    // British background-check schemes: "DBS checked", "enhanced CRB check".
    re: /\b(?:[Ee]nhanced\s+)?(?:DBS|CRB|PVG)(?=[\s-]*(?:check(?:ed|s)?|cleared|certificate|disclosure)\b)/g,
    message: (w) => `"${w}" is a British background-check scheme North American readers do not know: leave it out, or say "background check cleared".`,
  },
  {
    // A grade named as a "classification" ("Very Good classification"). It is placed when it glosses the
    // grade it follows, given with its scale ("GPA 8.4/10 (Very Good classification)"); a sentence of its
    // own ("Graduated with Very Good classification; thesis 9/10") is still a name to translate.
    re: /(?<!\d\s*\/\s*\d+(?:[.,]\d+)?\s*[(,;–-]\s*(?:very\s+)?)\b(?:excellent|very good|good|fair|average)\s+classification\b/gi,
    message: (w) => `"${w}" names a grade North American readers cannot place: give the equivalent (a GPA with its scale, "with honors").`,
  },
  {
    // A post-Soviet "red diploma" / "Candidate of Sciences": a degree, not a grade, so a GPA beside it does not place it.
    // Placed already when a bracket after it gives the equivalent ("Red diploma (with honours)", "(Ph.D. equivalent)").
    re: /(?:\bred diploma\b|\bcandidate of (?:[\w-]+\s+)?sciences?\b)(?!\s*\((?:[^()]{0,20}\b)?(?:honou?rs|distinction|cum laude|first[- ]class|ph\.?\s?d\.?|doctorate|equivalent))/gi,
    message: (w) => `"${w}" names a grade or a degree North American readers cannot place: give the equivalent (a GPA with its scale, "with honors", "Ph.D.").`,
  },

  // ---- False friends and calques of Spanish, Portuguese and French
  {
    // "por mi cuenta", "por conta própria", "par moi-même": "learned Go by my own". English says "on my own";
    // "by my own" stands only before its noun ("by my own hand", "by my own initiative").
    re: /\bby\s+(?:my|our|his|her|their)\s+own\b(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|but|while|during|since|after|before|through|using|with|from)\b)/gi,
    message: (w) => `"${w}" is a calque of Spanish, Portuguese or French; English says "${w.replace(/^by/i, 'on')}".`,
    replacement: (w) => w.replace(/^(b)y/i, (_m, b: string) => (b === 'B' ? 'On' : 'on')),
  },
  {
    // Spanish/Portuguese/French "actual" = current.
    re: /\bactual(?=\s+(?:position|role|job|employer|company|workplace|team|salary|responsibilities|function|occupation)\b)/gi,
    message: (w) => `"${w}" means "real" in English; for the job you hold now write "current".`,
    replacement: (w) => matchCase(w, 'current'),
  },
  {
    re: /\bactually(?=,?\s+(?:I\s+am|I'm|I\s+work|working|employed|responsible|leading|in charge|based)\b)/gi,
    message: (w) => `"${w}" means "in fact" in English; for what you do now write "currently".`,
    replacement: (w) => matchCase(w, 'currently'),
  },
  {
    // "- Actually support the team with …": opening a line before a verb in the present, "actualmente" (now).
    re: /Actually(?<=^[ \t>*+•"'-]*Actually)(?=[ \t]+[a-z]+\b)(?![ \t]+[a-z]+(?:ly|ed)\b)(?![ \t]+(?:the|a|an|this|that|it|we|they|our|my|in|on|at|for|to|of|with)\b)/gm,
    message: (w) => `"${w}" means "in fact" in English; for what you do now write "currently".`,
    replacement: (w) => matchCase(w, 'currently'),
  },
  {
    // Spanish "asistir a", French "assister à" = attend.
    // (The event may carry its name: "Assisted to the Andean Data Science Congress".)
    re: new RegExp(String.raw`\bassist(?:ed|ing|s)?(?=\s+${TO_AN_EVENT})`, 'gi'),
    message: (w) => `"${w} to" a meeting is a false friend (Spanish "asistir a"); in English "assisted" means "helped": write "attended".`,
  },
  {
    // Spanish and Portuguese "pretender", French "prétendre" = intend: "I pretend to specialize in …". In
    // English "pretend" means to feign. Not "pretend to be" (a role play).
    re: /\bpretend(?:s|ed|ing)?(?=\s+to\s+(?!be\b)[a-z]+)/gi,
    message: (w) => `"${w}" is a false friend (Spanish and Portuguese "pretender"): in English it means to feign; for a plan write "intend" or "plan".`,
  },
  {
    // South Asian English "graduation" for the bachelor's degree: "completed my graduation in commerce".
    re: /\b(?:completed|completing|pursued|pursuing|did|doing|finished)\s+(?:my\s+|his\s+|her\s+)?graduation\b(?!\s+(?:ceremony|project|requirements?)\b)/gi,
    message: (w) => `"${w}" uses "graduation" for the degree, as South Asian English does: in North America name it ("completed a B.Sc. in …").`,
  },
  {
    // Portuguese "participar de"; French "participer à" ("participated to the audits", "to vaccination
    // campaigns"): "to" before a noun, not before a verb ("participated to learn").
    re: /\bparticipat(?:ed|e|es|ing)\s+(?:of|to(?=\s+(?:the|a|an|all|several|many|various|two|three|four|five|\d+|[a-z]+[^s\s]s|[a-z]+(?:ing|tion|sion|ment|ness|ity|ance|ence|ship|ure))\b))\b/gi,
    message: (w) => `"${w}" is a translation: in English one participates in something.`,
    replacement: (w) => w.replace(/(?:of|to)$/i, 'in'),
  },
  {
    // French "responsable de", Spanish "responsable de": in English one is responsible for something.
    re: /\bresponsible\s+of\b/gi,
    message: (w) => `"${w}" is a translation (French or Spanish "responsable de"): in English one is responsible for something.`,
    replacement: (w) => w.replace(/of$/i, 'for'),
  },
  {
    // Portuguese/Spanish "contribuir com/con": in English one contributes something, not with it.
    re: /\bcontribut(?:e|es|ed|ing)\s+with(?=\s+(?:all\s+)?(?:my|our|his|her|their)\s+(?:[\w-]+\s+)?(?:experience|knowledge|skills|expertise|ideas|abilities|competenc(?:e|es|ies))\b)/gi,
    message: (w) => `"${w}" is a translation (Spanish/Portuguese "contribuir con"): in English you contribute your experience, without "with".`,
    replacement: (w) => w.replace(/\s+with$/i, ''),
  },
  {
    // Portuguese/Spanish "realizar" = carry out; in English "realized" means "became aware of".
    re: new RegExp(REALIZED_NAMED_WORK.source, 'gi'),
    message: (w) => `"${w}" means "became aware of" in English; for work you did write "carried out", "led" or the verb of the work itself.`,
  },
  {
    // The same false friend opening a bullet, whatever the work named: "Realized the weekly stock count"
    // (an act, an event or a text carried out), not "Realized $40K in savings" or "realized the vision".
    re: /\breali[sz]ed\b/gi,
    when: (w, after, before) => OPENS_BULLET.test(before) && !REALIZED_NAMED_WORK.test(w + after) && namesWorkDone(after),
    message: (w) => `"${w}" means "became aware of" in English; for work you did write "carried out", "led" or the verb of the work itself.`,
  },
  {
    // "Made refactoring of the admin panel", "did testing of the API": a verb of doing before the act's noun
    // (Slavic, Turkish, Spanish and Portuguese "make a refactoring"); English uses the act's own verb.
    re: /\b(?:made|did|make|do|making|doing)\s+(?:the\s+)?(?!(?:some|no|any|every)thing\b)([a-z]{4,}ing)(?=\s+of\b)/gi,
    message: (w) => `"${w}" is a translation: English says what was done with the act's own verb ("${w.split(/\s+/).pop()!.replace(/ing$/i, 'ed')}").`,
  },
  {
    // Spanish/Portuguese "elaborar" = prepare, draw up: "Elaborated the monthly report". English says
    // "elaborated on" a point; a text or a plan as the direct object is the calque.
    re: /\belaborat(?:ed|e|es|ing)\b(?=\s+(?!(?:on|upon|further|more|in|at|with|and|or|to)\b)[a-z]+\b(?<!ly))/gi,
    // The bare form is an adjective ("an elaborate setup") unless it opens the bullet or follows "to".
    when: (w, _after, before) => !/^elaborate$/i.test(w) || OPENS_BULLET.test(before) || /\bto\s+$/.test(before),
    message: (w) => `"${w}" with an object is a translation (Spanish/Portuguese "elaborar"): in English write "prepared", "wrote" or "drew up" ("elaborate" means to add detail, and takes "on").`,
  },
  {
    // Portuguese "atuar como", Spanish "actuar como" = work as: "actuate" is said of a valve or a switch.
    re: /\bactuat(?:ed|e|es|ing)(?=\s+as\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+\b)/gi,
    when: (_w, after) => rolePhrase(after),
    message: (w) => `"${w} as" is a translation (Portuguese "atuar como", Spanish "actuar como"): "actuate" means to set a mechanism in motion; write "worked as" or "served as".`,
    replacement: (w) => matchCase(w, /ing$/i.test(w) ? 'working' : /es$/i.test(w) ? 'works' : /e$/i.test(w) ? 'work' : 'worked'),
  },
  {
    // Portuguese "implantação", Spanish "implantación", French "implantation" = implementation, rollout.
    re: /\bimplantations?\b/gi,
    message: (w) => `"${w}" is a medical word in English; for a system put into use write "implementation" (or "rollout").`,
    replacement: (w) => matchCase(w, /s$/i.test(w) ? 'implementations' : 'implementation'),
  },
  {
    // Portuguese "emissão", Spanish "emisión" of a document = issuing it.
    re: /\bemissions?\s+of(?=\s+(?:[\w-]+\s+)?(?:invoices?|receipts?|bills?|certificates?|policies|polic(?:y)|tickets?|purchase orders?|orders?|payslips?|checks?|cheques?|credit notes?|documents?|reports?)\b)/gi,
    message: (w) => `"${w}" is a translation (Spanish "emisión", Portuguese "emissão"): in English documents are "issued" — write "issuing".`,
  },
  {
    // Spanish "liberar" = free up; in English "liberate" is said of prisoners and nations.
    re: /\bliberat(?:e|es|ed|ing)(?=\s+(?:[\w$.,+-]+\s+){0,3}?(?:hours?|days?|weeks?|time|capacity|resources|staff|headcount|budget|space|storage)\b)/gi,
    message: (w) => `"${w}" time or resources is a translation (Spanish "liberar"): in English write "freeing up" (or "saving").`,
  },
  {
    // Spanish "estado civil", Portuguese "estado civil", French "état civil".
    re: /\bcivil\s+status\b/gi,
    message: (w) => `"${w}" is a translation of "estado civil": English says "marital status" — which a North American resume leaves out.`,
  },
  {
    // Spanish "pretensión salarial", Portuguese "pretensão salarial" = salary expectation.
    re: /\b(?:salary|salarial|wage)\s+pretensions?\b|\bpretended\s+salary\b/gi,
    message: (w) => `"${w}" is a false friend ("pretension" means affectation in English); a salary expectation is also left off a North American resume.`,
  },
  {
    // Spanish "con capacidad de análisis": in English, "analytical skills".
    re: /\bwith\s+(?:(?:great|high|good|strong)\s+)?capacity\s+(?:of|for)(?=\s+(?:\w+(?:ing|sis|tion|ment)|leadership|teamwork|work)\b)/gi,
    message: (w) => `"${w}" is a translation (Spanish "con capacidad de"): say what you did with the skill instead.`,
  },
  {
    // Spanish "área comercial", Portuguese "área financeira": a department is not an "area" in English.
    re: new RegExp(String.raw`${DEPARTMENT}(?<=\bthe\s+${DEPARTMENT})\s+area\b`, 'gi'),
    message: (w) => `"${w}" reads as a translation ("área comercial"): in English a department is a team — "the ${w.replace(/\s+area$/i, '')} team" or its name.`,
    replacement: (w) => w.replace(/area$/i, (a) => matchCase(a, 'team')),
  },
  {
    // Spanish "formación", Portuguese "formação", French "formation" = education or training, in a sentence
    // (the heading "Academic Formation" is read by the rule itself).
    re: /\b(?:academic|professional|technical|university|educational)(?<!^[ \t#*_>]*(?:academic|professional|technical|university|educational))\s+formation\b/gim,
    message: (w) => `"${w}" is a translation (Spanish "formación", French "formation"): in English write "education" or "training".`,
  },
  {
    // Brazilian "pós-graduação lato sensu": a degree type a US reader cannot place.
    re: /\bpost-?graduation(?=\s+(?:\([^)]*\)\s+)?(?:in|degree|course|program)\b)|\b(?:lato|stricto)\s+sensu\b/gi,
    message: (w) => `"${w}" is a translation of a degree type ("pós-graduação", "lato sensu") a North American reader cannot place: name the US equivalent (graduate certificate, specialization, master's).`,
  },
  {
    // Spanish "carrera" = degree program: "Engineering career in Mechatronics" for a B.S. in Mechatronics Engineering.
    re: /\b(?:engineering|bachelor(?:'s)?|undergraduate|university)\s+career\s+(?:in|of)\b/gi,
    message: (w) => `"${w}" is a translation (Spanish "carrera" is a degree program): name the degree, e.g. "B.S. in … Engineering".`,
  },
  {
    // French "stage", German "Praktikum": an internship named in its own language as a job title.
    // In parentheses after the English title ("Working Student (Werkstudent)") it is the original, given as a gloss.
    re: /Stage(?<=^[ \t]*(?:#{1,6}[ \t]+|[*_]{1,3}|[-*+][ \t]+)?Stage)(?=[ \t]+(?:in|at|en|chez|de|au)\b|[ \t]*[—–|,])|\b(?:Praktikum|Praktikant(?:in)?|[Ss]tagiaire)\b(?<!\(\s*(?:Praktikum|Praktikant(?:in)?|[Ss]tagiaire))/gm,
    message: (w) => `"${w}" is the ${/^[Ss]tag/.test(w) ? 'French' : 'German'} word for an internship; in English the title is "Intern" (or "Co-op student").`,
  },
  {
    // German "Werkstudent": paid part-time work beside one's studies, often for years; not an internship.
    re: /\bWerkstudent(?:in)?\b(?<!\(\s*Werkstudent(?:in)?)/g,
    message: (w) => `"${w}" is the German title for part-time work beside one's studies; in English write "Working Student" (or "Part-time … (student)"), with the German in parentheses if you like.`,
  },
  {
    // "Ingeniería Industrial", "Génie Électrique", "Ensino Secundário": a field or level of study named in
    // Spanish, Portuguese or French before its capitalised complement. Not inside a name ("Facultad de
    // Ingeniería Civil"), nor as the complement of a credential the pattern below reads ("Licenciatura em
    // Engenharia …"), nor with an English gloss in brackets after it ("Génie Civil (Civil Engineering)").
    re: /(?<![\p{L}])(?:[Ii]ngenier[ií]a|[Ee]ngenharia|[Gg][ée]nie|[Ll]icenciatura|[Bb]acharelado|[Tt]ecnicatura|[Ee]nsino)(?<!(?:\(\s*|\b(?:de|da|do|del|du|des|em|en)\s+)\p{L}+)\s+\p{Lu}\p{Ll}[\p{L}-]*(?![^\n(]*\([^)\n]*\b(?:[Ee]ngineering|[Ee]quivalent|[Dd]egree|[Bb]achelor|[Dd]iploma|[Pp]rogram(?:me)?|[Mm]ajor|[Ss]chool|[Ee]ducation|B\.?\s?S[Cc]?|M\.?\s?S[Cc]?)\b)/gu,
    englishOnly: true,
    message: (w) => `"${w}" names a field or level of study in another language: give the English name first (the original can follow in parentheses).`,
  },
  {
    // "Diplomado en Big Data", "Curso de Excel", "Analista de Datos": a credential or a title left in Spanish or Portuguese.
    re: new RegExp(String.raw`\b${CREDENTIAL_ES_PT}(?<!(?:\(\s*|\b(?:de|da|do|del)\s+)${CREDENTIAL_ES_PT})(?=\s+(?:\([^)]*\)\s+)?(?:de|en|em|del|do|da|dos|das)\s+\p{Lu})(?![^\n]*?\s(?:de|en|em|del|do|da|dos|das)\s[^\n(]*\([^)\n]*\b(?:equivalent|degree|certificate|specialization|diploma|bachelor|master|course|program|programme|graduate|internship)\b)|\bpr[aá]cticas?(?<!\(\s*pr[aá]cticas?)\s+(?:pre-?)?profesional(?:es)?\b`, 'giu'),
    message: (w) => `"${w}" leaves a credential or a job title in Spanish or Portuguese: give the English name first (the original can follow in parentheses).`,
  },
];
