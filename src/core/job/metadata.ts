// Company, title, job ID and URL of a pasted posting without front matter, read from the text:
// labelled lines ("Job ID: 2746951"), posting URLs, the title line at the top, and how the
// posting names its employer ("At Acme, we…", "Acme's mission", "Why Acme").

import { runningLineRanges } from './running-lines';
import { findSkills } from '../skills';
import { classifyHeading } from './sections';
import { chooseEmployer, namesAnOrganisation, tooManyWords } from './employer';
import { dropTranslatedHalf } from './language';
import { OTHER_VERBS, PREPOSITIONS } from '../nlp/word-classes';
import { STRONG_VERBS } from '../lexicon/strong-verbs';
import { nounClassesOf } from '../nlp/noun-class';
import type { JobMetadata } from './types';
import { MAIL_ADDRESS_HEADER, MAIL_HEADER, SIGN_OFF } from './mail-headers';
import { isChromeWord } from './clean';
import { LEGAL_FORM, endsInLegalForm, withoutLegalForm } from './legal-forms';
import { escapeRegExp } from '../text/words';
import { monthOfName } from '../document/dates';
import { ROLE_NOUN } from './role-noun';


// A label's value follows a colon, a bar or a spaced hyphen: "employer-of-record" is a word, not a label.
const LABELS: Record<'title' | 'company' | 'jobId' | 'location', RegExp> = {
  // An Indian or British public notice names it "Name of the Post" or "Designation".
  // A label may carry its translation after a slash ("Position / 職種:", "Employer / Employeur:").
  title: /^\s*(?:job title|position title|title|position|role|name of (?:the )?(?:post|position)|post name|designation)(?:\s*\/\s*[^:\n/|]{1,30}?)?\s*(?::|\||-(?=\s))\s*(.+)$/im,
  // A note-taking app's page property ("company:: [[Acme]]", Logseq, Obsidian Dataview) is a label too.
  // Other languages' labels too: "Компания:", "Kompaniya:", "Perusahaan:", "Empresa:", "Unternehmen:".
  company: /^\s*(?:(?:company|employer|organization|organisation|hiring company)(?:\s+name)?|name of (?:the )?(?:company|employer|organi[sz]ation)|компания|работодатель|kompaniya|perusahaan|empresa|entreprise|unternehmen|arbeitgeber)(?:\s*\/\s*[^:\n/|]{1,30}?)?\s*(?:::?|\||-(?=\s))\s*(.+)$/im,
  // The value: an identifier with a digit, its groups joined by hyphens, dots or slashes ("204518", "R-2024-118",
  // "BE-INT-2027-114", "ENG.2231", "4481/B", "SCH/TA/2027/04"), or digit groups set apart by spaces that end
  // the phrase ("123 456"), read whole so a phone number or a date is judged on all of it.
  // Public-sector and university portals call it a competition, vacancy, opening or selection process number,
  // sometimes beside its translation ("Selection process number / Numéro du processus :"). German pages
  // abbreviate the number "Nr." ("Ref.-Nr. IT-204", "Job-Nr. 5512"). An Indian notice numbers its
  // advertisement ("Advt. No. XYZ/PROJ/2026/19").
  jobId: /\b(?:job|req(?:uisition)?|posting|position|role|reference|ref|competition|vacancy|opening|announcement|notice|selection process|advt|advertisement)\.?(?:[ \t]+(?:post|posting|ad|advert|listing))?(?:-|\s*)(?:id|identification|#|number|no\.?|nr\.?|code|ref(?:erence)?\.?)(?:\s*\/\s*[^:\n/]{2,60}?(?=\s*:))?[ \t]*(?:[:#][ \t]*\n?|[–—-](?=[ \t])|\n)?[ \t]*(\d{2,}(?:[ ]\d{2,})+(?=[ \t]*(?:$|[.,;)|]))|(?=[A-Za-z0-9._/-]*\d)[A-Za-z0-9]+(?:[-_./][A-Za-z0-9]+)*)/gim,
  // "Location: Denver, CO", or a careers page's label alone on its line with the value under it.
  location: /^\s*(?:location|locations|based in)\s*(?:(?::|\||-(?=\s))\s*|\n\s*)(\S.*)$/im,
};

/**
 * A bare "Requisition: HW-3391" field: the label opens its line (a labelled field, not "your
 * requisition: 555-…" inside a sentence) and the value ends it or is followed by punctuation.
 */
// Workday and Oracle/Taleo pages write it "Job Requisition: REQ-40917" as a header field.
// A bare "Ref:" / "Reference:" / "Competition:" field is read the same way (a recruiter's paste, a public-sector page),
// and a careers page's bare "ID" field (iCIMS: "ID" / "2026-4417" in its field list).
// A cited standard or document is not one: "Ref: RFC-7231", "Reference: ISO-27001", "Ref: CVE-2024-1234".
// The value ends the line or a field of it ("ID: ACM-117 · Remote").
const BARE_REQUISITION =
  /^\s*(?:[-*•]\s+)?(?:(?:job\s+)?requisition|(?:job\s+)?ref(?:erence)?|competition|ID)\s*:\s*(?!(?:RFC|ISO|IEC|IEEE|ASTM|ANSI|ASME|NFPA|DIN|SAE|NIST|CVE|CWE|PEP|EN|BS)[-_\s]?\d)((?=[A-Za-z0-9._/-]*\d)[A-Za-z0-9]+(?:[-_./][A-Za-z0-9]+)*)\s*(?:[.,;)]|$|[·|•–—]\s)/im;

/**
 * An identifier rather than a number that means something else: one with a letter ("HW-3391"), or
 * six digits or more ("204518"). Digits alone in shorter runs or joined by hyphens are a year, a ZIP
 * code, a date, a phone number or a range ("2027", "94105", "2026-03-15", "555-123-4567", "12-15").
 */
function isIdentifier(value: string): boolean {
  if (isYearOrDate(value)) return false;
  // "24/117": numbers joined by slashes that are not a date ("12/2026", "3/14/27").
  if (/^\d+(?:\/\d+)+$/.test(value)) return !/^\d{1,2}\/(?:\d{1,2}\/)?(?:\d\d|(?:19|20)\d\d)$/.test(value) && value.replace(/\D/g, '').length >= 4;
  return /[A-Za-z]/.test(value) || /^\d{6,}$/.test(value) || isYearPrefixedId(value);
}

/** "2026-14387", "2027-0412": a year, then a running number (not a year range "2026-2027", not a date). */
function isYearPrefixedId(value: string): boolean {
  return /^(?:19|20)\d\d-\d{3,}$/.test(value) && !/^(?:19|20)\d\d-(?:(?:19|20)\d\d|\d\d)$/.test(value);
}

/**
 * A phone number, even behind a job-ID label ("Job number: 555-0100" in a contact line): digit
 * groups of 3-4 or 3-3-4 joined by hyphens, dots or spaces. A year-number ID ("2026-4471") is 4-4.
 */
function isPhoneNumber(value: string): boolean {
  if (/^(?:1[-. ])?(?:\d{3}[-. ])?\d{3}[-. ]\d{4}$/.test(value)) return true;
  // A trunk-prefixed or international number in groups ("0161 496 0732", "+44 20 7946 0958", "020.7946.0958").
  const digits = value.replace(/\D/g, '').length;
  return /^(?:\+\d|0)\d*(?:[ .-]\d+){2,}$/.test(value) && digits >= 9 && digits <= 13;
}

/** Whether a value names a month ("27-JUN-2027"). */
function parseMonthName(value: string): boolean {
  return /(?:^|[-/. ])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*(?:$|[-/. ])/i.test(value);
}

/** A year ("2027") or a calendar date ("2026-03-15", "2026/03/15"): what a number behind a label often is. */
function isYearOrDate(value: string): boolean {
  // "27-JUN-2027", "Jun-27-2027": a date written with the month's name.
  if (/^(?:\d{1,2}[-/. ][A-Za-z]{3,9}[-/. ](?:19|20)?\d\d|[A-Za-z]{3,9}[-/. ]\d{1,2}[-/. ](?:19|20)?\d\d)$/.test(value) && parseMonthName(value)) return true;
  return /^(?:199\d|20[0-3]\d)$/.test(value) || /^(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])$/.test(value);
}

/**
 * The first labelled job ID whose value is not a phone number. A label written without ":" or "#"
 * ("Opening number 12345 of the season") is a field only when its value ends the phrase. A phone-shaped
 * value is refused only behind "number"/"no." ("Job number: 555-0100" in a contact line); behind
 * "ID", "#" or "code" it is the posting's ("Job ID: 123-4567").
 */
/**
 * An agency's e-mail gives its own job code and the client's requisition ("Job Code: AG/1207",
 * "Client Req: ACM-4471"): the employer's own ID is the one its system knows the job by.
 */
const CLIENT_JOB_ID = /^[ \t]*client(?:['’]s)?[ \t]+(?:req(?:uisition)?|job|position|ref(?:erence)?)\.?(?:[ \t]+(?:id|#|number|no\.?|code))?[ \t]*[:#][ \t]*((?=[A-Za-z0-9._/-]*\d)[A-Za-z0-9]+(?:[-_./][A-Za-z0-9]+)*)/im;

/** An identifier: letters and digits (at least one digit), in parts joined by "-", "_", "." or "/". */
const ID_VALUE = String.raw`((?=[A-Za-z0-9-]*\d)[A-Za-z0-9]+(?:[-_./][A-Za-z0-9]+)*)`;

/**
 * The job-number field of a posting written, or a board labelled, in another European language:
 * "Vacaturenummer: KS-2201", "Kennziffer: 17/2027", "Référence de l'offre : R-118", "Código de la vaga: 4471".
 */
const FOREIGN_JOB_ID = new RegExp(
  String.raw`^[ \t]*(?:[-*•][ \t]+)?(?:vacature(?:nummer|code)|referentienummer|stellen(?:nummer|-?id)|kennziffer|referenznummer|ausschreibungs(?:nummer|kennziffer)|num[ée]ro (?:de (?:l['’])?)?(?:offre|poste|r[ée]f[ée]rence)|r[ée]f[ée]rence (?:de (?:l['’])?)?(?:offre|poste|annonce)|n[úu]mero (?:de (?:la )?)?(?:vacante|oferta|vaga|refer[êe]ncia)|c[óo]digo (?:de (?:la )?|da )?(?:vacante|oferta|vaga)|codice (?:annuncio|offerta|posizione)|numer (?:referencyjny|oferty)|referensnummer|annons-?id|stillingsnummer|hakunumero|ilmoitusnumero)[ \t]*[:#][ \t]*${ID_VALUE}`,
  'im',
);

/** "Convocatoria N° 003-2026-ABC/RRHH": a Spanish-language call's number, written without a colon. */
const CALL_NUMBER = new RegExp(String.raw`^[ \t]*(?:[-*•][ \t]+)?convocatoria[ \t]+(?:n[°º.]|nro\.?|n[úu]m(?:ero|\.))[ \t]*:?[ \t]*${ID_VALUE}`, 'im');

function labelledJobId(body: string): string | undefined {
  const foreign = FOREIGN_JOB_ID.exec(body)?.[1] ?? CALL_NUMBER.exec(body)?.[1];
  if (foreign && foreign.length >= 3 && !isYearOrDate(foreign) && !isPhoneNumber(foreign)) return foreign;
  const client = CLIENT_JOB_ID.exec(body)?.[1];
  if (client && client.length >= 3 && !isYearOrDate(client) && !isPhoneNumber(client)) return client;
  let reference: string | undefined;
  let position: string | undefined;
  for (const m of body.matchAll(LABELS.jobId)) {
    const label = m[0].slice(0, m[0].length - m[1].length);
    const after = body.slice(m.index! + m[0].length, m.index! + m[0].length + 3);
    if (!/[:#–—]|-\s*$/.test(label) && !/^\s*(?:$|\n|[.,;)|–—·•]|-\s)/.test(after)) continue;
    // A value is judged whole: "0161 496 0732" is a phone number, not the ID "0161"; "2027" is a year.
    if (m[1].length < 3 || isYearOrDate(m[1])) continue;
    if (isPhoneNumber(m[1]) && (/(?:number|no\.?)[^:#]*[:#]?\s*$/i.test(label) || /\s/.test(m[1]))) continue;
    // "Reference number: STC-1" beside "Selection process number: 26-STC-…": a bare reference is the
    // weaker label (an internal file number); a field naming the job, posting or process wins.
    if (/^\W*(?:reference|ref)\b/i.test(label)) {
      reference ??= m[1];
      continue;
    }
    // "Position Number: 508114" beside "Vacancy Number: MCWT-26-0417": a public service numbers the
    // post in its establishment and the vacancy it advertises; applications quote the vacancy.
    if (/^\W*position\b/i.test(label)) {
      position ??= m[1];
      continue;
    }
    return m[1];
  }
  return position ?? reference;
}

/** "the position is also listed in the Work-Study portal as #WS-27-1142": the number a portal files the job under. */
/** The value alone on its own line under a label line, up to two blank lines below it. */
const VALUE_BELOW = String.raw`[ \t]*\n(?:[ \t]*\n){0,2}[ \t]*${ID_VALUE}[ \t]*$`;

const LISTED_AS = new RegExp(String.raw`\b(?:listed|posted|advertised)\b[^.\n]{0,80}?\bas\s+#\s?${ID_VALUE}`, 'i');
/** The number a portal lists the job as, judged whole like a labelled ID: "#2027" is a year, not an ID. */
function listedAsJobId(body: string): string | undefined {
  const value = LISTED_AS.exec(body)?.[1];
  return value && value.length >= 3 && !isYearOrDate(value) && !isPhoneNumber(value) ? value : undefined;
}

const STACKED_ID = new RegExp(String.raw`^[ \t]*(?:job|req(?:uisition)?|posting|position|vacancy|opening)[ \t]+(?:id|identification|#|number|no\.?|nr\.?|code|ref(?:erence)?\.?)[ \t]*:?${VALUE_BELOW}`, 'im');
/** "Quote this reference number when you apply" over the number: the ID the employer files applications under. */
const QUOTE_THE_NUMBER = new RegExp(
  String.raw`^[ \t]*(?:please[ \t]+)?(?:quote|cite|use|include|mention)[ \t]+(?:this|the|our)[ \t]+(?:reference|job|posting|competition|requisition)[ \t]+(?:number|no\.?|code|id)\b[^\n:]{0,40}:?${VALUE_BELOW}`,
  'im',
);

/**
 * 'send your CV … using "ACME/GT/27 - Graduate Trainee" as the subject of the mail': the reference an
 * applicant must put in the subject line is the one the employer files applications under.
 */
const SUBJECT_ID =
  /\b(?:using|use|with|quote|quoting|put|write|include|including)\s+["“'‘]((?=[A-Z0-9./_-]*\d)[A-Z][A-Z0-9]*(?:[-_/.][A-Z0-9]+)+)\b[^"”'’\n]{0,80}["”'’]\s+(?:as|in)\s+(?:the|your)\s+(?:e-?mail\s+|mail\s+)?subject\b/i;

function subjectJobId(body: string): string | undefined {
  const id = SUBJECT_ID.exec(body)?.[1];
  return id && !isYearOrDate(id) && !isPhoneNumber(id) ? id : undefined;
}

/**
 * A careers page's field list turned to text puts the label and its value on lines of their own,
 * often with a blank line between ("Job ID" / "" / "2026-14387", from <dt>/<dd>). The value is the
 * whole next line, kept whole (a year-prefixed "2026-14387" is one identifier).
 */
function stackedJobId(body: string): string | undefined {
  const m = STACKED_ID.exec(body) ?? QUOTE_THE_NUMBER.exec(body);
  if (!m || isYearOrDate(m[1]) || isPhoneNumber(m[1]) || m[1].length < 3) return undefined;
  return m[1];
}

/**
 * "Requisition HRC-NG-2027-114", "· Requisition R-20417": the word "Requisition" before an identifier
 * of capitals and digits in groups. A requisition the posting states outranks the number an
 * applicant-tracking address carries (a board's own posting number, "gh_jid=…").
 */
function requisitionNamed(body: string): string | undefined {
  // A year-prefixed number ("Requisition 2026-14387") is one identifier, read whole.
  // "Requisition: X" mid-line only as a field: capitalised, after a sentence's end or a separator ("… year. Requisition: X").
  // "use Req 26-0457": the abbreviation before a number in two groups.
  const m = /(?:\b[Rr]equisition[ \t]+|(?:^|[.!?|·•][ \t]+)Requisition[ \t]*:[ \t]*)(?:#[ \t]*)?((?=[A-Z0-9-]*\d)[A-Z][A-Z0-9]*(?:[-_.][A-Z0-9]+)+|(?:19|20)\d\d-\d{3,}|\d{5,})\b(?![-/])/.exec(body) ?? /\bReq\.?[ \t]+#?[ \t]*(\d{2}-\d{3,6})\b(?![-/])/.exec(body);
  if (m && /^\d{4}-/.test(m[1]) && !isYearPrefixedId(m[1])) return undefined;
  return m && !isYearOrDate(m[1]) && !isPhoneNumber(m[1]) ? m[1] : undefined;
}

/**
 * "Ref: CB-QA-2611" in a letterhead, "quoting reference CB-QA-2611" in the closing lines, "… · Ref. CB-QA-2611"
 * ending a line of the job's facts: a reference
 * named alone, read only when its value is an identifier of several groups with a digit, so that
 * "Ref: 2" or "references available" is no ID.
 */
function referenceNamed(body: string): string | undefined {
  // Later groups may mix cases ("IAWR-2027-PhD-03").
  const id = String.raw`((?=[A-Za-z0-9/-]*\d)[A-Z][A-Z0-9]*(?:[-/][A-Za-z0-9]+){1,4})\b(?![-/])`;
  // "Ref:" only in the letterhead (the first lines); in the body it may cite a standard ("Ref: RFC-7231").
  const letterhead = new RegExp(String.raw`\bRef(?:erence)?\.?[ \t]*[:#][ \t]*${id}`).exec(body.split('\n').slice(0, 3).join('\n'));
  // "Subject: Senior Backend Engineer - NYC [Ref: HSP-NY-7734]": a recruiter's e-mail carries it in its subject.
  const mailSubject = new RegExp(String.raw`^[ \t]*subject[ \t]*:[^\n]*?\bRef(?:erence)?\.?[ \t]*[:#][ \t]*${id}`, 'im').exec(body);
  // "… to jobs@acme.example with the subject DE-2026-07 — Your Name": the reference the e-mail must carry.
  // "Subject line: TRE/JSE/014 – Your Name" as an instruction of its own, "(subject: WG-GP-07)" after the address.
  const subject = new RegExp(String.raw`(?:\bwith[ \t]+(?:the[ \t]+)?|^[ \t]*(?:[-*•][ \t]+)?|\([ \t]*)subject(?:[ \t]+line)?[ \t]*:?[ \t]*[*_"“‘']*${id}`, 'im').exec(body);
  // "… email jobs@… with \"TECH-2611\" in the subject line": the reference quoted, then where it goes.
  const inSubject = new RegExp(String.raw`\bwith[ \t]+[*_"“‘']+${id}[*_"”’']+[ \t]+in[ \t]+(?:the|your)[ \t]+(?:e-?mail[ \t]+)?subject\b`, 'i').exec(body);
  // "quoting reference X", "and quote **X**": the reference the application must carry.
  const quoting = new RegExp(String.raw`\bquot(?:e|ing)[ \t]+(?:(?:the[ \t]+)?(?:job[ \t]+)?ref(?:erence)?(?:[ \t]+(?:number|no\.?|code))?[ \t]*:?[ \t]*|[*_"“]*)${id}`, 'i').exec(body);
  // "… — ref. RZ-DATA-27.", "February.Ref: PF-27-A", "(Ref. X)": a reference named after a sentence or a mark
  // of punctuation, its value an identifier of several groups.
  const named = new RegExp(String.raw`(?:^|[\s.(·•|—–])[Rr][eé]f(?:erence)?(?:\.|[ \t]*[:#])[ \t]*${id}`, 'm').exec(body);
  // "Québec City · Hybrid · Permanent · Ref. LAN-2026-041", "Posted: 1 day ago | Ref: SBP-VE-2611 | Closing
  // date: …": the reference among a job's facts, an item of a line of items.
  const facts = new RegExp(String.raw`(?:^|[·•|][ \t]*)R[eé]f(?:\.|[ \t]*:)[ \t]*${id}[ \t]*(?=$|[·•|])`, 'm').exec(body);
  // "**Junior Gameplay Programmer (Unity) — ref WG-GP-07**": the reference a post's headline ends with, after a dash.
  const headline = new RegExp(String.raw`[ \t](?:[–—]|-(?=[ \t]))[ \t]*[Rr]ef(?:erence)?(?:\.|[ \t]*:)?[ \t]*${id}(?:[*_ \t]|\p{Extended_Pictographic}|\uFE0F)*$`, 'mu').exec(body);
  // "Vaga **SR-PERC-014**", "Vacante n.º MX-2027-3", "Offre RH-0412": the word for a vacancy in the posting's other language.
  const vacancyWord = new RegExp(String.raw`(?:^|[·•|\s])(?:[Vv]aga|[Vv]acante|[Oo]ferta|[Oo]ffre|[Ss]telle|[Pp]laza)[ \t]+(?:n\.?[ºo°][ \t]*)?[:#]?[ \t]*[*_]*${id}`, 'm').exec(body);
  const value = (letterhead ?? mailSubject ?? quoting ?? facts ?? headline ?? subject ?? inSubject ?? vacancyWord ?? named)?.[1];
  if (!value || /^(?:RFC|ISO|IEC|CVE|EN|IEEE|NIST|DIN|BS|ASTM|ANSI)\b/i.test(value)) return undefined;
  return !isYearOrDate(value) && !isPhoneNumber(value) ? value : undefined;
}

/** The posting's ID as its own address writes it (a board's job number, a UUID path segment); `own`: the page's address, not a link in it. */
export function jobIdInUrl(url: string, own: boolean): string | undefined {
  return URL_JOB_ID.map((re) => re.exec(url)?.[1]).find(Boolean) ?? postingNumberInUrl(url, own);
}

// Parentheses only in balanced pairs inside the address ("…/Developer-II-(React-.NET)/…"): a closing one
// alone ends it, as around a Markdown link's target.
const URL = /https?:\/\/(?:[^\s<>()"'\]]|\([^\s<>()"'\]]*\))+/;
/** A link alone on its line: the page's address pasted above the posting, never its title. */
const LINK_ALONE = /^\s*<?(?:https?:\/\/|www\.)\S+\s*$/i;
const URL_JOB_ID: RegExp[] = [
  /greenhouse\.io\/[^/\s]+\/jobs\/(\d+)/i,
  // A UUID path segment is the posting's own ID on the boards that use them (Lever, Ashby, Workable, …).
  /\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?=[/?#]|$)/i,
  /\/jobs?\/(?:view\/)?(\d{5,})/i,
  // Indeed's job key ("viewjob?jk=…") names the posting on every Indeed site.
  /[?&](?:gh_jid|jobId|job_id|jid|req|reqId|jk)=([\w-]{4,})/i,
  // Taleo's "jobdetail.ftl?job=2600734" (a "job=" value with a digit: on other sites it may be a slug).
  /[?&]job=((?=[\w-]*\d)[\w-]{4,})(?=[&#]|$)/i,
  /_(R-?\d{4,})\b/,
  // A requisition code as the path's segment after "job": ".../job/JR-10442/junior-data-analyst".
  /\/(?:jobs?|requisitions?|positions?)\/([A-Z]{1,4}[-_]?\d{3,})(?=[/?#]|$)/,
  /bamboohr\.[a-z.]+\/(?:careers|jobs)\/(?:view\.php\?id=)?(\d+)/i,
  // Workable's job shortcode: "apply.workable.com/acme/j/4F2A9C71BE/".
  /workable\.[a-z.]+\/[^/\s]+\/j\/([0-9A-F]{8,})(?=[/?#]|$)/i,
];

/**
 * The posting's own address ending in a long number, alone or before a title slug
 * (".../Acme/744000098231577-quality-engineer"): the board's posting number. Only when the address is
 * the page's own (canonical / og:url) or a careers or jobs address: the first link of a pasted body may
 * be a blog post, a contact page or a map. Only in the path (a query string holds tracking values), and
 * never a date (20260115) or a phone number (6135550199).
 */
function postingNumberInUrl(url: string, ownPage: boolean): string | undefined {
  const path = url.replace(/[?#].*$/, '');
  if (!ownPage && !/(?:^https?:\/\/(?:[\w-]+\.)*(?:jobs?|careers?)[.-]|\/(?:jobs?|careers?|job-?postings?|positions?|openings?|vacanc(?:y|ies)|requisitions?)\b)/i.test(path)) return undefined;
  // The number alone or before the slug, or at the slug's end (".../job-listings-data-analyst-acme-pune-281126500472").
  const n = (/\/(\d{6,})(?:-[a-z0-9-]+)?\/?$/i.exec(path) ?? /\/[a-z][a-z0-9-]*-(\d{8,})\/?$/i.exec(path))?.[1];
  if (!n || /^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/.test(n) || /^1?[2-9]\d{2}[2-9]\d{6}$/.test(n)) return undefined;
  return n;
}

/** Words that open a sentence like a name but are not employers. */
const NOT_COMPANIES = new Set([
  'The', 'This', 'That', 'We', 'Our', 'You', 'Your', 'In', 'As', 'A', 'An', 'It', 'Its', 'All', 'Every', 'Each', 'Here',
  'Today', 'Work', 'Home', 'Least', 'Scale', 'Night', 'Large', 'Times', 'Least', 'First', 'Some', 'Any', 'Most',
  'Applicants', 'Interns', 'Candidates', 'Please', 'Learn', 'Global',
  // Pronouns: "About Us", "Join us", "Why Them" name no one.
  'Us', 'Me', 'Them', 'They', 'He', 'She', 'Him', 'Her', 'I',
  // Departments: "HR has to see it", "IT provides a laptop" speak of a part of the employer.
  'HR', 'IT', 'PR', 'QA', 'R&D', 'Payroll', 'Procurement', 'Recruitment', 'Recruiting', 'Admissions', 'Facilities',
]);

// Letters of any script: "Lövnäs", "Łódź Robotics", "Škoda" are names as much as "Acme" (the patterns use the "u" flag).
const NAME = "(\\p{Lu}[\\p{L}\\p{N}&.+-]*(?: (?:\\p{Lu}[\\p{L}\\p{N}&.+-]*|of|for|&)){0,4})";
/** "SAP GTS is the requirement", "Hands-on GTS is a must": a sentence about a skill the posting asks for, not about a name. */
const NOT_A_REQUIREMENT = String.raw`(?! (?:(?:hard|real|main|key|minimum|only|basic) )?(?:requirement|must|plus|bonus|prerequisite|nice-to-have|advantage|asset)\b)`;
/** Pictographs and their joiners before a line's words, then a space: "❄️ ", "🚀🚀 ". */
const PICTOGRAPHS = String.raw`[\p{Extended_Pictographic}\uFE0F\u200D]{1,6}[ \t]+`;
const COMPANY_PATTERNS: RegExp[] = [
  // "At Acme Telecom (Acme Telecommunications Ltd.) the team…": the legal name in brackets after the name.
  new RegExp(`\\b(?:[Aa]t|[Jj]oin|[Ww]hy|[Aa]bout) ${NAME}(?=[,.!?:;]| (?:is|we|you|are|has|have|team|teams)\\b| \\([A-Z][^()\\n]{2,60}\\)|\\s*$)`, 'gmu'),
  new RegExp(`\\b${NAME}['’]s (?:mission|vision|products?|platform|software engineers|engineers|team|teams|culture|values|customers|goal|business|services|careers?(?: site| page| portal| assistant| team)?|hiring team|recruit(?:ing|ment) team)\\b`, 'gu'),
  // (A line may open with a pictograph: "❄️ Acme Games is an independent studio".)
  new RegExp(`^(?:${PICTOGRAPHS})?${NAME} (?:is (?:a|an|the|one of)${NOT_A_REQUIREMENT}|builds|provides|offers|values|hires|was founded)\\b`, 'gmu'),
  // The same statement opening any sentence, after an opening clause ("Backed by Sequoia, Acme is
  // building…") or with an aside ("Acme, a subsidiary of Globex, is hiring", "Acme (acquired in 2025) builds"),
  // and with the verbs an organisation is the subject of ("has three locations", "runs 30 depots"), or is
  // doing as its business ("is exploring and developing the Norte project", "is hiring"; not "is acting as").
  // Its legal form may follow the name ("Acme Analytical, LLC is a 20-person lab").
  new RegExp(
    `(?:^(?:${PICTOGRAPHS})?|(?<=[.!?][ \\t]+)|(?<=(?:^|[.!?][ \\t]+)[A-Z][a-z]+ed\\b[^\\n.,;]{0,60},[ \\t]))${NAME}(?:,?[ \\t]${LEGAL_FORM})?(?:,[ \\t](?:a|an|the|part of)\\b[^,\\n]{2,60},|[ \\t]\\([^)\\n]{2,60}\\))? (?:(?:now|also|today|currently) )?(?:is (?:(?:a|an|the|one of)${NOT_A_REQUIREMENT}|building|growing|expanding|hiring|looking for|seeking|recruiting|exploring|developing|designing|producing|manufacturing)|builds|provides|offers|values|hires|was founded|has|runs|operates|makes|develops|designs|serves|helps|manufactures|sells|powers|creates|employs|delivers|supplies)\\b`,
    'gmu',
  ),
  // "Join Acme Gardens for the spring season", "Join Acme as our first designer".
  new RegExp(`\\b[Jj]oin ${NAME}(?= (?:for|as|in|on|this|today)\\b)`, 'gu'),
  // "we're hiring an ML Engineer (senior) at Acme ⚡ Berlin": a chat post's announcement names its employer
  // after the role, before an emoji, a dash or a bracket.
  // "Hi all! We're **Acme Games** (~40 people, …)", "We are Acme, a …": a post introducing its employer by name.
  new RegExp(`\\b[Ww]e(?:['’]re| are) \\*{0,2}${NAME}\\*{0,2}(?= \\(|,| and we\\b| [—–-] )`, 'gu'),
  new RegExp(`\\b(?:[Ww]e(?:['’]re| are)|[Ii]['’]m|[Ii] am) (?:hiring|looking for|recruiting|seeking)\\b[^.!?\\n]{0,80}? at ${NAME}(?=\\s*(?:[,.!?:;(—–]|-\\s|\\p{Extended_Pictographic}|$))`, 'gmu'),
  // "I lead a small research software team at the Carrowmore Institute of Medical Research in Parkville":
  // the writer's own team, at the organisation that hires.
  new RegExp(`\\b(?:[Mm]y|[Oo]ur|a|[Tt]he)\\s+(?:[a-z-]+\\s+){0,3}(?:team|group|lab|department|unit)\\s+at\\s+(?:the\\s+)?${NAME}(?=,| in | where | and |[.;:!?]|\\s*$)`, 'gmu'),
];

/** The last word of a field's label: "Job No.", "Position", "Employment type", "Department", "Salary". */
const FIELD_LABEL_WORD = /\b(?:no\.?|number|id|code|ref(?:erence)?|position|title|job|type|department|dept\.?|division|location|place|salary|pay|deadline|period|hours|company|employer)\s*$/i;

/** Markdown inline syntax off a line: "# [Title](url)  " → "Title", "**Job ID:** 12" → "Job ID: 12". */
export function plainLine(line: string): string {
  // A rule of underscores or asterisks stays a rule (its marks are not emphasis to strip).
  if (SEPARATOR.test(line)) return '---';
  return line
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    // "🧑‍💻 Role: Vacation Student", "📍 Location: Brisbane": a post's pictograph before a field's label.
    // (Inside bold as well: "**🏢 Company:** Acme".)
    .replace(/^\s*([*_]{0,2})(?:\p{Extended_Pictographic}|\u200d|\ufe0f)+\s*(?=\p{L}[^:\n]{0,30}:(?:[*_]{0,2})\s*\S)/u, '$1')
    // "【Job No. / 求人番号】 SE-2026-K114": a Japanese page's field label in lenticular brackets reads
    // "Job No. / 求人番号: …" — a label naming a field, not a board's tag before a title ("【Mid-career hiring】").
    .replace(/^\s*【([^】\n]{1,40})】[ \t\u3000]*(?=\S)/, (all, label: string) => (FIELD_LABEL_WORD.test(label.split(/\s*[/／]\s*/)[0]) ? `${label}: ` : all))
    // A two-cell table row is a labelled field: "| **Job ID** | 41826 |" reads "Job ID: 41826".
    // (A label that has its colon already, "| **Reference:** | …", keeps the one.)
    .replace(/^\s*\|([^|\n]{1,40})\|([^|\n]+)\|\s*$/, (row, label: string, value: string) =>
      /^[\s:-]*$/.test(value) || /^[\s:-]*$/.test(label) ? row : `${label.trim()}${/:[*_]*$/.test(label.trim()) ? '' : ':'} ${value.trim()}`)
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|`)/g, '')
    .replace(/(^|\s)[*_](\S[^*_]*\S|\S)[*_](?=\s|$|[,.:;])/g, '$1$2')
    .replace(/\\([\\`*_{}\[\]()#+\-.!])/g, '$1')
    .trim();
}

/**
 * `pageUrl`: the address an HTML page gives as its own (<link rel="canonical">, og:url; clean.ts),
 * which is the posting's URL outright; without it, the first URL in the text (as before).
 */
export function inferMetadata(rawBody: string, rawFirstLines: string[], pageUrl?: string, uncleaned?: string): Omit<JobMetadata, 'tags'> {
  const meta: Omit<JobMetadata, 'tags'> = {};
  // Labels and names are read on the text without Markdown emphasis and link syntax; URLs from the raw text.
  const body = rawBody.split('\n').map(plainLine).join('\n');
  const firstLines = rawFirstLines.map(plainLine);
  // A job ID is read from a label or from the posting's own address, never from another link.
  // A site's root ("https://www.acme.ca", a "Website:" field) is the employer's home page, not the posting.
  // No later link is taken instead: it may be another posting's, a tracking or a policy link.
  const firstUrl = boardPosting(rawBody, firstLinkUrl(rawBody));
  // A link that does not read as a job's address (a team's page, a blog post, a product) is not the
  // posting's: no URL is better than a wrong one.
  // "Check out this job on Hardhat Hire!" opens an app's share text: its link is the job's page.
  const shared = SHARE_OPENING.test(rawBody.slice(0, 300));
  const url = pageUrl ?? (firstUrl && !isSiteRoot(firstUrl) && (shared || isPostingUrl(firstUrl, lineOf(rawBody, firstUrl))) ? withoutTracking(firstUrl) : undefined);
  if (url) meta.url = url;
  const bare = BARE_REQUISITION.exec(body)?.[1];
  meta.jobId =
    labelledJobId(body) ??
    stackedJobId(body) ??
    (bare && isIdentifier(bare) ? bare : undefined) ??
    requisitionNamed(body) ??
    referenceNamed(body) ??
    listedAsJobId(body) ??
    subjectJobId(body) ??
    (url ? jobIdInUrl(url, url === pageUrl) : undefined);
  const location = LABELS.location.exec(body)?.[1]?.trim();
  if (location) meta.location = location;

  // A printed page's running header or footer ("Acme Job Profile – Title   Page 2 of 3") repeats a
  // document's name, not the employer's: it casts no vote.
  const unpaged = withoutRanges(body, runningLineRanges(body));
  const companies = companyCandidates(unpaged);
  const labelledCompany = companyField(body);
  const titleLabel = LABELS.title.exec(body);
  // "Role: Analyst | Industry Type: Insurance | Department: …": a row of facts, the value ends at the next label;
  // in a two-column PDF form ("Position Title: Analyst II          Posting No.: 27-004"), at a run of spaces before one.
  // A long aside in brackets after it ("… Assistant (part-time in winter term, ~10 h/week; …)") tells the terms, not the title.
  const labelledTitle = titleLabel
    ? labelContinued(body, titleLabel)
        ?.split(/\s+[|·•]\s+(?=[A-Z][\w &/-]{1,30}:)|\s{3,}(?=[A-Z][\w &/.-]{1,30}:)/)[0]
        .replace(/\s+\(([^()]+)\)$/, (all, inner: string) => (inner.split(/\s+/).length >= 6 ? '' : all))
        .trim()
    : undefined;
  // "Role: ServiceNow Developer" on a job board's facts is the role's category; the top line
  // ("ServiceNow Developer / Administrator") may name the job more fully, so it is read too.
  const categoryLabel = !!titleLabel && /^\s*role\b/i.test(titleLabel[0]);
  let title = categoryLabel ? undefined : labelledTitle;
  let company = labelledCompany;
  let titleId: string | undefined;
  let underTitle: string | undefined;
  // The title line whole and the name its last part was read as ("Title - Unit" read as "Title" + "Unit").
  let titleLine: { whole: string; suffix: string } | undefined;
  // The posting's own top lines: after a forwarding rule, before a sender's sign-off, blank lines dropped.
  const topLines = beforeSignOff(postingTop(firstLines)).filter((l) => l.trim());

  if (!title) {
    // The title is usually the first line; pasted pages sometimes open with a line about the company.
    const lines = topLines;
    // Job-board pages open with navigation words ("Jobs", "People", "Find salaries") before the
    // title: a leading run of short lines that are not a role does not count towards the six lines
    // looked at (after content, short lines count half).
    // A posting pasted under a rule in a message ("---" / the posting) starts again after the rule: when
    // the top holds no title, the lines after each rule are looked at the same way.
    // An applicant's own note about the job (a checklist near the top): its heading names the job in the
    // applicant's words ("EE/controls co-op (Su+Fa)"); the posting pasted under the checklist names it in
    // the employer's, and is read first.
    const noteEnd = checklistEnd(lines);
    const starts = [...(noteEnd > 0 ? [noteEnd] : []), 0, ...lines.flatMap((l, k) => (SEPARATOR.test(l) ? [k + 1] : []))];
    for (const from of starts) {
      if (title) break;
      for (let i = from, looked = 0; i < lines.length && looked < 6; i++) {
        // A social post's author card: the headline under "Name • 2nd" is the poster's own job, not the one offered.
        if (underAuthorCard(lines, i)) continue;
        // "| 24 Nov | Acme | NOC Engineer | applied |" over more such rows: a tracker's table of several jobs, no one job's title.
        if (TABLE_ROW.test(lines[i]) && (TABLE_ROW.test(lines[i - 1] ?? '') || TABLE_ROW.test(lines[i + 1] ?? ''))) continue;
        // "- Internship" / "- Backend Engineer" over "# Backend Engineer Intern (Go)": a board's chips above
        // the page's heading; the heading names the job.
        if (/^\s*[-*•]\s/.test(lines[i]) && lines.slice(i + 1, i + 12).some((l) => isHeadingIn(rawBody, l) && ROLE_NOUN.test(l))) continue;
        const wrap = titleWrapTail(lines[i], lines[i + 1]);
        const tail = wrap && titleFromTopLine(lines[i], companies) ? wrap : undefined;
        const top = titleFromTopLine(tail ? `${lines[i].trim()} ${tail}` : lines[i], companies) ?? titleOverAgency(lines, i);
        // "Graduate programme 2027" over "# Graduate Structural Engineer": a kicker line above the page's
        // heading names the kind of job; the heading under it is the title.
        // "Graduate Programme" (a careers site's menu) over "Graduate Quality Engineer – 2027 Graduate
        // Programme": a bare kind of job is a menu entry when a line just under it names a role of that kind.
        if (top && BARE_JOB_KIND.test(top.title.trim()) && lines.slice(i + 1, i + 3).some((l) => l.toLowerCase().includes(top.title.trim().toLowerCase()) && l.trim().length > top.title.trim().length && titleFromTopLine(l, companies))) continue;
        if (top && !tail && isHeadingIn(rawBody, lines[i + 1]) && !isHeadingIn(rawBody, lines[i]) && titleFromTopLine(lines[i + 1], companies)) continue;
        // "Jobs in Ontario > Jobs in Ottawa > Data analyst" over "Data Analyst Co-op (Winter 2027)": a trail's
        // last crumb is the board's category; the page's own heading, just under it, names the job.
        // (When the heading repeats the crumb, "Technician I      JobID: 2291", the crumb is the cleaner name.)
        if (top && isBreadcrumb(lines[i]) && lines[i + 1] && !isBreadcrumb(lines[i + 1]) && titleFromTopLine(lines[i + 1], companies) && !lines[i + 1].toLowerCase().includes(top.title.toLowerCase())) continue;
        if (!top) {
          // A pasted link does not count; after content, a short chip line ("SEED", "B2B") counts half, so
          // a board's tag list does not use up the search and a long list of short lines still ends it.
          // Nor does a forwarded e-mail's header or a job alert's digest line ("19 new jobs match …").
          // (DIGEST_SUBJECT's "job alert" also covers "Your job alert for …".)
          if (LINK_ALONE.test(lines[i]) || MAIL_HEADER.test(lines[i]) || DIGEST_SUBJECT.test(lines[i])) continue;
          if (!isNavigationLine(lines[i])) looked++;
          else if (looked > 0) looked += 0.5;
          continue;
        }
        title = top.title;
        titleId = top.id;
        // An employer's name in capitals on the line above the title ("ACME TRACTOR WORKS" over
        // "Welder Apprentice - Night Shift"): the employer is stated there, so a " - part" after the
        // title is its department or shift, kept in the title.
        // A government board prints the department, then the agency that hires, above the title.
        const agency = i > 0 && !ROLE_NOUN.test(lines[i - 1]) && GOVERNMENT_BODY_OPENING.test(lines[i - 1].trim()) && lines[i - 1].trim().split(/\s+/).length <= 8 ? lines[i - 1].trim() : undefined;
        const above = i > 0 ? capitalsNameLine(lines[i - 1]) ?? orgUnitLine(lines[i - 1]) ?? agency ?? organisationLine(lines[i - 1]) : undefined;
        if (above && !company) {
          company = above;
          if (top.company && top.company.toLowerCase() !== above.toLowerCase() && TEAM_NAME.test(top.company)) title = top.whole;
        }
        if (top.company) titleLine = { whole: top.whole, suffix: top.company };
        // A letterhead above the title: a legal name ("Acme Advisory LLP") or a name a board prints twice (logo, then name).
        company ??= letterheadName(lines.slice(0, i));
        company ??= top.company;
        // A job board shows the employer's logo with its name as the image's text ("Acme Robotics logo").
        company ??= logoOwner(lines.slice(0, i + 3));
        // Job boards and careers pages put the employer on the line under the title. Read even when a
        // guess above came first ("Title - Team" then "Acme Biosciences | City"): the evidence weighs both.
        // (Under a government board's title the department comes first; the agency was read with the title.)
        underTitle = 'agency' in top ? undefined : tail ? nameLine(lines[i + 2], lines[i + 3]) : nameLine(lines[i + 1], lines[i + 2]);
        // "Other Agencies and Independent Organizations" / "Acme Standards Commission" (a government board):
        // a grouping line between the title and the body that employs; only an institution's name is read there.
        if (!underTitle && !tail && /^[A-Z][A-Za-z ]{3,80}$/.test(lines[i + 1]?.trim() ?? '') && lines[i + 1].trim().split(/\s+/).length <= 8) {
          const next = nameLine(lines[i + 2], lines[i + 3]);
          if (next && namesAnOrganisation(next) && next.split(/\s+/).length >= 2) underTitle = next;
        }
        // "Research Technician – AMR Genomics" over "Calderwood Institute for Infection Research": the
        // title's last part is the team when the line under it names the organisation.
        // (The line may end in the board's link to the employer's page.)
        const organisation = tail || 'agency' in top ? undefined : underTitle ?? nameLine(lines[i + 1]?.replace(/\s*<https?:\/\/[^>\s]+>\s*$/, ''), lines[i + 2]);
        if (organisation && top.company && company === top.company && TEAM_NAME.test(top.company) && !organisation.toLowerCase().includes(top.company.toLowerCase()) &&
          (namesAnOrganisation(organisation) || endsInLegalForm(organisation) || (companies.get(organisation) ?? 0) > (companies.get(top.company) ?? 0))) {
          company = organisation;
          title = top.whole;
        }
        company ??= underTitle;
        break;
      }
    }
  }
  // "Fwd: Environmental Scientist I (new grads) – Acme, Saskatoon" as a list's topic, the posting itself
  // further down: "Environmental Scientist I – Site Assessment" over "Acme Ltd. | Saskatoon, SK | Full-time".
  // A forwarded mail's subject is the sender's summary; the posting's own title over its employer's line names the job.
  const dashless = (t: string) => t.replace(/[–—]/g, '-');
  const subjectAt = title && !labelledTitle ? topLines.findIndex((l) => FORWARD_MARK.test(l) && dashless(l).includes(dashless(title!))) : -1;
  if (subjectAt >= 0) {
    // (The first such pair that names the same role: a signature's "Program Advisor" over its department is none.)
    const over = titleOverEmployer(topLines.slice(subjectAt + 1), companies, (t) => firstWord(t) === firstWord(title!));
    if (over) {
      title = over.title;
      titleLine = over.line;
      company ??= over.company;
    }
  }
  // A "Title:" field in the description does not make the page's header moot: a job board prints the
  // title at the top with the employer under it ("Hardware Test Engineer - ATE" / "Acme Staffing").
  if (title && title === labelledTitle && !company) {
    const lines = postingTop(firstLines).filter((l) => l.trim());
    const head = (t: string) => t.trim().toLowerCase().split(/\s*[([–—|-]\s*|\s+-\s+/)[0];
    const at = lines.findIndex((l, k) => k < 12 && l !== titleLabel?.[0] && head(l).split(/\s+/).length >= 2 && head(l) === head(labelledTitle!));
    if (at >= 0) underTitle = company = nameLine(lines[at + 1], lines[at + 2]);
  }
  // A notice's letterhead in capitals ("ARKAVATHY INSTITUTE OF LIFE SCIENCES" over its address) when a
  // "Name of the Post:" field, not a top line, gave the title: the institution that issues the notice.
  if (!company && title && title === labelledTitle) {
    const top = postingTop(firstLines).filter((l) => l.trim()).slice(0, 8);
    company = top.map((l) => capitalsNameLine(l)).find((name) => !!name && namesAnOrganisation(name));
  }
  // Whether the title is the label's value (not a top line the category label agreed with).
  let labelGaveTitle = !categoryLabel && !!title && title === labelledTitle;
  // A job board's facts block ("Role: Mobile / App Developer" beside "Industry Type:", "Department:",
  // "Role Category:") gives the role's category: a title read from the page's top stays.
  const inFactsBlock = !!titleLabel && FACTS_LABEL.test(body.slice(Math.max(0, titleLabel.index - 200), titleLabel.index + titleLabel[0].length + 200).replace(titleLabel[0], ''));
  const topTitleStays = inFactsBlock && !!title && ROLE_NOUN.test(title);
  if (categoryLabel && !topTitleStays && !(title && labelledTitle && !LABELS.title.test(title) && title.toLowerCase().includes(labelledTitle.toLowerCase()))) {
    title = labelledTitle;
    labelGaveTitle = !!title;
  }
  // A save button's label names the title exactly; a title line over its employer's line, found past a
  // long navigation (a search page's filters), names it by its place; a sentence of prose only by reading it.
  title ??= saveButtonTitle(body);
  if (!title) {
    const over = titleOverEmployer(topLines, companies);
    if (over) {
      title = over.title;
      company ??= over.company;
    }
  }
  title ??= titleFromProse(withoutAuthorCards(body));
  // A "Job Title:" field gave the title: the page's header line may still carry the posting number before it.
  if (!titleId && title) {
    for (const line of firstLines.slice(0, 12)) {
      const m = LEADING_ID.exec(line);
      if (m && line.slice(m[0].length).toLowerCase().startsWith(title.toLowerCase())) {
        titleId = m[1];
        break;
      }
    }
  }
  if (titleId && !meta.jobId && !isYearOrDate(titleId) && !isPhoneNumber(titleId)) meta.jobId = titleId;
  const positional = company === labelledCompany ? undefined : company;
  const alsoPositional = underTitle !== undefined && underTitle !== company ? underTitle : undefined;
  const copyright = uncleaned !== undefined ? copyrightOwner(uncleaned, body) : undefined;
  const cascade = company ?? careersSiteOwner(firstLines, companies, body) ?? mostFrequent(companies) ?? copyright;
  // The employer is chosen by evidence from every source (employer.ts); `cascade` is the old first-found choice.
  company = chooseEmployer({
    body, uncleaned, labelled: labelledCompany, positional, alsoPositional, careersOwner: careersSiteOwner(firstLines, companies, body), cues: companies, copyright, cascade,
    isRole: (text) => ROLE_NOUN.test(text), isPlace: (text) => isPlaceList(text) || isCityRegion(text) || startsLocation(text, location), isNotName: (word) => NOT_COMPANIES.has(word),
  });
  // "Software Engineer Co-op - Embedded Firmware" with Halvorsen the employer: the part after the dash
  // was not the employer, so it is the title's own (a team, a specialisation).
  // An agency's placeholder ("– Banking Client", "– Confidential") is neither the employer nor the title's.
  const placeholder = /\b(?:client|customer|company|employer|confidential|undisclosed|stealth(?: startup)?)$/i;
  // Not when a label gave the title: the top line was then not the title ("Role: Analyst" under a recruiter's headline).
  if (titleLine && title && !labelGaveTitle && !placeholder.test(titleLine.suffix) && (!company || company.toLowerCase() !== titleLine.suffix.toLowerCase())) title = titleLine.whole;
  if (company) company = expandAcronym(company, body);
  // "Title — Acme" kept whole when its last part was not taken as the employer (a term came after it):
  // once the employer is known, its name at the title's end is not part of the title.
  // "Title – Acme – Winter 2028": the term after the employer goes with it.
  if (title && company) {
    const name = escapeRegExp(company);
    // "Title - Acme | ITviec": a page title's employer, then the site it was on after a bar.
    if (new RegExp(`\\s[—–|@-]\\s+${name}\\s+\\|\\s+[^|]{2,30}$`, 'iu').test(title)) title = title.replace(/\s+\|\s+[^|]{2,30}$/, '');
    title = withoutEmployerAtEnd(title, company);
  }
  if (title) title = withoutGradeSuffix(dropTranslatedHalf(tidyTitle(title)), body);
  if (title) meta.title = title;
  if (company) meta.company = company;
  // A later link whose address spells the title ("…/Backend-Engineer-Early-Career-3f9a") is the
  // posting's own page, whatever link came first.
  if (!meta.url && title) {
    const own = linkSpellingTitle(rawBody, title);
    if (own) meta.url = own;
  }
  // A link whose address holds the posting's own ID ("…/jobs/KA-2026-117/apply") is its page or its form.
  if (!meta.url && meta.jobId) {
    const own = linkHoldingId(rawBody, meta.jobId);
    if (own) meta.url = own;
  }
  // The page's own address where the cleaning dropped it with the page's chrome ("Share this job: …",
  // the address alone on the last line under "Similar jobs"): a link alone on its line or behind a
  // label about this posting, that reads as a job's address.
  if (!meta.url && uncleaned) {
    const own = firstLinkWhere(uncleaned, (link) => {
      const line = lineOf(uncleaned, link);
      const alone = LINK_ALONE.test(line) || /^\s*(?:share(?: this)?(?: job| posting)?|link(?: to this (?:job|posting))?|job url|posting url|url)\s*:/i.test(line);
      return alone && !isPicture(link) && !isSiteRoot(link) && isPostingUrl(link, line);
    });
    if (own) {
      meta.url = own;
      meta.jobId ??= jobIdInUrl(own, false);
    }
  }
  if (meta.url) meta.url = withoutTracking(meta.url);
  for (const key of Object.keys(meta) as (keyof typeof meta)[]) if (meta[key] === undefined) delete meta[key];
  return meta;
}

/**
 * The "Company:" field's value. Applicant-tracking exports label the department "Organization"
 * ("Organization: IT - Enterprise Data", "Organization: Finance Division"): such a value is a unit of
 * the employer, not its name, and other evidence names the employer.
 */
/** Longer than any employer's name, even a legal one with its unit ("… Research Foundation of the State University …"). */
const MAX_NAME_CHARS = 160;
/** A Chinese posting's bracketed field, "【公司名稱】汐岳微電子股份有限公司（Xiyue Microelectronics Corp.）": the name before its gloss. */
const CJK_COMPANY = /^\s*【(?:公司名稱|公司名称|企業名稱|企业名称)】\s*([^（(\n]+)/m;

function companyField(body: string): string | undefined {
  const cjk = CJK_COMPANY.exec(body)?.[1]?.trim();
  if (cjk) return cjk;
  const m = LABELS.company.exec(body);
  // "[[Acme Labs]]", "[[acme-labs|Acme Labs]]": a note's link to the company's page names it.
  const value = m?.[1]?.trim().replace(/^\[\[(?:[^\]|]*\|)?([^\]]+)\]\]$/, '$1');
  // No employer's name runs past a line of text: a longer value is a paragraph the label ran into.
  if (!m || !value || value.length > MAX_NAME_CHARS) return undefined;
  // "Company - Private", "Company: Public": a board's company-facts field gives the kind of ownership, not the name.
  if (OWNERSHIP_TYPE.test(value)) return undefined;
  // "Company: Skjærvik Havbruk AS": the employer's name, without the legal form, as everywhere else.
  // "Company: Acme — a fintech for small shops": the name, not the description after a dash.
  if (!/^\s*organi[sz]ation\b/i.test(m[0])) return withoutLegalForm(value.split(/\s+[—–]\s+(?=\p{Ll})/u)[0]);
  // "City of Brannock Falls — Public Works Department": the employer, then its unit. "IT - Enterprise
  // Data", "Finance Division": the unit alone, which names no employer.
  const parts = value.split(/\s+[-–—/|]\s+/);
  const name = parts[0].trim();
  // "Organization: Integration Solutions - Controls" where the text says "join the Integration Solutions
  // controls group": the body calls it a unit.
  const escaped = escapeRegExp(name);
  if (new RegExp(`\\bthe\\s+${escaped}(?:\\s+[a-z]+)?\\s+(?:group|team|department|division|unit|practice|business unit|organi[sz]ation)\\b`, 'i').test(body)) return undefined;
  if (parts.length > 1) return isUnit(name) ? undefined : name;
  return isUnit(value) ? undefined : value;
}

/** The kinds of ownership a job board's company facts list: "Private", "Public (NYSE: ACME)", "Non-profit Organisation". */
const OWNERSHIP_TYPE = /^(?:private(?:ly held)?|public(?:ly traded)?(?:\s*\([^)]*\))?|government|non-?profit(?: organi[sz]ation)?|self-employed|subsidiary or business segment|franchise|cooperative|contract|unknown)\.?$/i;

/** A department's name: "Finance Division", "Office of the Registrar", "IT", "Human Resources". */
const UNIT_WORD = /\b(?:department|dept|division|unit|team|operations|office of|branch|directorate)\b/i;
const BUSINESS_FUNCTION =
  /^(?:it|hr|r&d|qa|ops|finance|engineering|marketing|sales|legal|research|procurement|facilities|information technology|human resources|public works|communications|administration|technology|product|design|data|analytics|security|compliance|risk|audit|treasury|payroll|customer (?:service|success|support))$/i;
function isUnit(text: string): boolean {
  const t = text.trim();
  return UNIT_WORD.test(t) || BUSINESS_FUNCTION.test(t);
}

/**
 * A title as a line writes it, less what is not the title: a page's breadcrumb before it
 * ("Acme / Careers / Backend Engineer"), a leading emoji ("🌊 Backend Engineer"), and a bracket the
 * line break cut open ("Data Analyst – Co-op (4" from "(4 / months)" on two lines).
 */
function tidyTitle(title: string): string {
  let t = title;
  // ":tv: :rocket: Title": a chat app's emoji codes before the title.
  t = t.replace(/^(?::[a-z0-9_+-]{1,30}:\s*)+/, '');
  // "FW: Summer 2027 FPGA Intern", "RE: Fwd: Data Analyst": a mail subject's forwarding and reply marks.
  t = t.replace(/^(?:(?:fwd?|re|aw|wg|tr)\s*:\s*)+(?=\S)/i, '');
  // "We're hiring! Cloud Engineer": an exclamation before the title.
  t = t.replace(/^[^!]{2,40}!\s+(?=\S)/, '');
  // "We're hiring a DevSecOps Engineer", "Now hiring: Welder": the announcement before the title.
  t = t.replace(/^(?:[Ww]e(?:['’]re| are)\s+(?:now\s+)?|[Nn]ow\s+)(?:hiring|looking for|recruiting|seeking)(?:\s+an?\b)?[:\s]+(?=\p{Lu})/u, '');
  // "Acme Games is hiring: Security Engineer": the employer's announcement, up to its colon.
  t = t.replace(/^\p{Lu}[^:!]{1,50}?\s+(?:is|are)\s+(?:now\s+)?(?:hiring|looking for|recruiting)(?:\s+an?\b)?\s*[:–—-]\s+(?=\p{Lu})/u, '');
  // "JOB OPPORTUNITY – Junior Site Engineer", "Job opening: Welder": the kind of post before the title.
  t = t.replace(/^(?:(?:new|exciting|urgent)\s+)?(?:(?:job|career|employment|internship)\s+(?:opportunit(?:y|ies)|openings?|alert|vacanc(?:y|ies))|vacancy|opening)\s*[:–—-]\s+(?=\S)/i, '');
  // Left in capitals by a chat's or a flyer's shouting ("JUNIOR SITE ENGINEER (CIVIL)"): in title case.
  if (t.length > 12 && !/\p{Ll}/u.test(t) && /\p{Lu}{4}/u.test(t)) t = titleCased(t);
  // "Summer 2027 Backend Intern": a leading term.
  t = t.replace(/^(?:summer|fall|autumn|winter|spring)\s+(?:19|20)\d\d\s+(?=\S)/i, '');
  // "(Summer 2027)", "(Winter 2027, 8 months)", "(2027 Start)", "(Part-Time)", "(MS/PhD)": a bracket at
  // the end that gives the term, the kind of job or the degree, not the role. "(iOS)" stays.
  // (A bracket at the end is kept: "Bookkeeper (Part-time)", "Firmware Co-op (Fall 2027)" are titles as written.)
  // Only a bracketed degree goes: "(MS/PhD)".
  t = t.replace(new RegExp(`\\s*\\(${DEGREE_ONLY}\\)\\s*$`, 'i'), '');
  // "Chemist (m/w/d)", "Engineer (f/m/x)", "(all genders)" at the end: a German-speaking employer's note
  // that the job is open to every gender (the law asks for it), not part of the role's name. Inside a
  // title ("Developer (m/w/d) – ABAP") it stays, as the posting's own title line.
  t = t.replace(/\s*\((?:(?:(?:[mwfdx]|div)\s*\/\s*){1,3}(?:[mwfdx]|div)\*?|all genders|gn\*?)\)\s*$/i, '');
  // ", Summer 2027", " - 2027 (US)", " – Winter 2027", " - 2027 Intake": a last part that is only the term or cohort.
  // "- Summer/Fall 2027", "- University Graduate 2027": seasons joined, or the cohort named before the year.
  t = t.replace(/\s*(?:,|\s[-–—|])\s*(?:(?:summer|fall|autumn|winter|spring)(?:\s*(?:\/|&|and)\s*(?:summer|fall|autumn|winter|spring))*\s+|(?:university|college|campus)\s+grad(?:uate)?s?\s+)?(?:19|20)\d\d(?:\s+(?:intake|cohort|batch|start))?(?:\s*\([A-Z]{2,3}\))?\s*$/i, '');
  // "Controls Technician II - 2nd Shift": the shift is the job's schedule, not its name.
  t = t.replace(/\s+[-–—|]\s+(?:1st|2nd|3rd|first|second|third|day|night|evening|overnight|weekend|swing|graveyard|rotating)\s+shift\s*$/i, '');
  // "Salesforce Developer - Contract to Hire", "Nurse Educator – Full-time": the kind of contract after a dash.
  t = t.replace(/\s+[-–—|]\s+(?:contract[- ]to[- ]hire|contract[- ]to[- ]perm(?:anent)?|(?:full|part)[- ]time|permanent|temporary|fixed[- ]term(?: contract)?|contract)\s*$/i, '');
  // "iOS Developer (3 years or more)", "Analyst (5+ yrs)": the experience asked, not the role's name.
  t = t.replace(/\s*\((?:min(?:imum)?\.?\s+)?\d{1,2}\+?\s*(?:-\s*\d{1,2}\s*)?(?:years?|yrs?)\b[^()]*\)(?=\s*(?:[-–—|]|$))/i, '');
  // "Firmware Engineer I (New Grad) – Austin – JR-10452": a requisition number as the subject's last part.
  t = t.replace(/\s+[-–—|]\s+(?:[A-Z]{1,5}[-_]?)?\d{3,}(?:[-_][A-Z0-9]+)*\s*$/, '');
  // "… (University Graduate, 2027) | Vantorix Careers", "Analyst | Acme Jobs": a careers site's name after the
  // page's title (a clipped page's heading keeps it).
  t = t.replace(/\s+[|–—-]\s+(?:\p{Lu}[\p{L}\d&.'’-]*\s+){1,4}(?:careers?|jobs|job board|careers site|recruiting|recrutement|empleos?)\s*$/iu, '');
  // "Controls Engineer I (Electrical)-2600482": a requisition number an applicant-tracking page glues to the title.
  t = t.replace(/(?<=[\p{L})])-\d{5,}\s*$/u, '');
  const crumb = /^[^/\n]{1,60}\/\s*(?:careers?|jobs?|open roles|openings|positions|vacancies|join us)\s*\/\s*(.+)$/i.exec(t);
  if (crumb) t = crumb[1];
  t = t.replace(/^(?:\p{Extended_Pictographic}\uFE0F?\s*)+/u, '');
  // "【Mid-career hiring】Engineer", "〔New〕 Engineer": a board's tag in lenticular brackets before the title.
  t = t.replace(/^(?:[【〔〖][^】〕〗]{1,40}[】〕〗]\s*)+(?=\S)/, '');
  // "[HIRING] Sound Designer", "(Hiring) Welder": a channel's or board's tag for the kind of post.
  t = t.replace(/^[[(](?:now\s+)?(?:hiring|job|jobs|opening|vacancy|remote|new|urgent|paid|onsite|hybrid)[\])]\s*(?=\S)/i, '');
  // "[Nairobi · Hybrid] Backend Engineer", "[Remote, EU] Designer": a jobs repository's tag of place and work mode.
  t = t.replace(/^\[[^\]\n]{0,40}\b(?:remote|hybrid|on-?site|in[- ]office|relocation)\b[^\]\n]{0,40}\]\s*(?=\S)/i, '');
  if (/\([^)]*$/.test(t)) t = t.replace(/\s*\([^)]*$/, '');
  // "… - Nights-" left by an ID cut from the end: a dangling dash or separator ends no title.
  t = t.replace(/\s*[-–—|:,]+\s*$/, '');
  return t.trim() || title;
}

/** "JUNIOR SITE ENGINEER (CIVIL)" → "Junior Site Engineer (Civil)"; short words stay small, acronyms of two or three letters stay capitals. */
function titleCased(caps: string): string {
  return caps.replace(/\p{Lu}[\p{Lu}'’]*/gu, (word, at: number) => {
    const lower = word.toLowerCase();
    if (at > 0 && /^(?:and|or|of|the|for|in|at|to|a|an|with|on)$/.test(lower)) return lower;
    if (word.length <= 3 && !/^(?:and|the|for|new|lab|top|key)$/.test(lower)) return word;
    return word.charAt(0) + lower.slice(1);
  });
}

/**
 * "Platform Engineer (DevOps) - SEO" with a "Job grade" field of "Senior Executive Officer": a civil
 * service's grade after the title (the field's value or its initials) is the pay band, not the role.
 */
function withoutGradeSuffix(title: string, body: string): string {
  const m = /^(.*\S)\s+[-–—|]\s+([A-Z][A-Za-z0-9 ]{0,30})$/.exec(title);
  if (!m) return title;
  const field = /^\s*(?:job |pay )?grade\b\s*[:|]?\s*(?:\n\s*)?([^\n]{2,60})$/im.exec(body)?.[1]?.trim();
  if (!field) return title;
  const suffix = m[2].trim().toLowerCase();
  const initials = field.split(/[\s/()-]+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('').toLowerCase();
  return field.toLowerCase().includes(suffix) || initials === suffix ? m[1] : title;
}

/** A bracket's content that is a degree or a list of degrees: "MS/PhD", "PhD", "BS or MS". */
const DEGREE_ONLY =
  "(?:bs|ba|ms|msc|meng|phd|ph\\.d\\.|masters?|bachelors?)(?:\\s*(?:\\/|or|,)\\s*(?:bs|ba|ms|msc|meng|phd|ph\\.d\\.|masters?|bachelors?))*";

/** The first link in the text whose address holds the title's words as a slug ("backend-engineer-early-career"). */
function linkSpellingTitle(text: string, title: string): string | undefined {
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.split('-').length < 2) return undefined;
  return firstLinkWhere(text, (url) => url.replace(/^https?:\/\/[^/]+/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').includes(slug));
}

/**
 * The first link whose address holds the job ID as a whole path or query part. A language switch
 * ("[DE](…/de/stellen/ID/)") is the same posting in another language, not the one read.
 */
function linkHoldingId(text: string, id: string): string | undefined {
  if (id.length < 4) return undefined;
  const idPart = new RegExp(`(?:^|[/=_-])${escapeRegExp(id)}(?=$|[/?#&._-])`, 'i');
  return firstLinkWhere(text, (url, at) => {
    const label = /\[([^\]]*)\]\($/.exec(text.slice(Math.max(0, at - 40), at))?.[1];
    if (label !== undefined && /^\s*\p{L}{2,3}\s*$/u.test(label) && !/apply/i.test(label)) return false;
    return idPart.test(url.replace(/^https?:\/\/[^/]+/, ''));
  });
}

/**
 * "Experience at Stripe, Shopify or a similar startup", "previously worked at Acme", "interned at Globex":
 * the candidate's past employers, asked for or admired — not this posting's employer. So is a name
 * that opens a list of names ("at Stripe, Shopify or Etsy").
 */
function namesPastEmployer(body: string, at: number, length: number): boolean {
  const before = body.slice(Math.max(0, at - 60), at);
  if (/\b(?:experience|experienced|worked|working|work|interned|internships?|previously|formerly|background|tenure|stints?|roles?|positions?|alumni|ex)\s+(?:[\w-]+\s+){0,2}$/i.test(before)) return true;
  return /^\s*,\s*[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*\s*(?:,|\bor\b|\band\b)/.test(body.slice(at + length, at + length + 60));
}

/** After "X is a/the": a few words ending in a word for a product ("bookkeeping app", "open-source platform"). */
const PRODUCT_AFTER = /^(?:\s+[\w-]+){0,3}?\s+(?:app|application|platform|tool|product|game|website|plugin|extension|marketplace)\b(?!\s+(?:company|provider|maker|developer|studio|business))/i;

/** "Join Talent Community", "Join our Talent Network": a careers site's sign-up button, not an employer. */
const SITE_FEATURE = /\b(?:Talent (?:Community|Network|Pool|Hub)|Newsletter|Mailing List|Waitlist|Job Alerts?)$/i;

function companyCandidates(body: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const re of COMPANY_PATTERNS) {
    for (const m of body.matchAll(re)) {
      const name = withoutOpeningWord(m[1].replace(/[.&+-]+$/, '').trim(), body);
      const first = name.split(' ')[0];
      if (!name || NOT_COMPANIES.has(first) || ROLE_NOUN.test(name) || /^\d/.test(name) || SITE_FEATURE.test(name)) continue;
      // A sentence's subject is a name only when it is not a common word or a skill ("Experience has…",
      // "Python makes…"): the general subject pattern asks that of a one-word name.
      if ((re === COMPANY_PATTERNS[3] || re === COMPANY_PATTERNS[5]) && !name.includes(' ') && (isEnglishWord(name) || findSkills(name, { techContext: true }).some((k) => k.start === 0 && k.end >= name.length))) continue;
      if (re === COMPANY_PATTERNS[0] && namesPastEmployer(body, m.index!, m[0].length)) continue;
      // "German helps in the lab": a language the posting talks about ("My German is B1", "Is German required?").
      if (!name.includes(' ') && usedAsLanguage(name, body)) continue;
      // "Jamvi Books is the bookkeeping app that …": a product the employer makes, not the employer.
      if (/\bis (?:a|an|the)$/.test(m[0]) && PRODUCT_AFTER.test(body.slice(m.index! + m[0].length, m.index! + m[0].length + 60))) continue;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  return counts;
}

/** "My German is B1", "speak French", "Spanish (C1)", "German is required": the word names a language in this text. */
function usedAsLanguage(name: string, body: string): boolean {
  const n = escapeRegExp(name);
  return new RegExp(
    `\\b(?:[Ss]peaks?|[Ss]peaking|[Ff]luent(?:ly)?|[Ff]luency|[Pp]roficien(?:t|cy))\\s+(?:in\\s+)?${n}\\b|\\b[Mm]y\\s+${n}\\s+(?:is|was)\\b|\\b${n}\\s+(?:is\\s+(?:required|a plus|helpful|not required|mandatory|needed)|skills|language|proficiency|\\((?:[ABC][12]|native|fluent|basic))|\\b[Ii]s\\s+${n}\\s+(?:required|needed|mandatory|a must)\\b`,
  ).test(body);
}

/**
 * "Join Marrowgate", "Meet Marrowgate", "Inside Marrowgate" (before "'s team"): a sentence's opening
 * verb or preposition, capitalised only because it opens the sentence, is not part of the name.
 */
function withoutOpeningWord(name: string, body: string): string {
  const words = name.split(' ');
  if (words.length < 2) return name;
  const first = words[0].toLowerCase();
  const opens = PREPOSITIONS.has(first) || OTHER_VERBS.has(first) || STRONG_VERB_SET.has(first);
  if (!opens) return name;
  // A name that is written whole inside a sentence too ("At Lead Bank, we…") is a name that opens with such a word.
  const inside = new RegExp(`[\\w,;:][ \\t]+${escapeRegExp(name)}\\b`);
  return inside.test(body) ? name : words.slice(1).join(' ');
}

const STRONG_VERB_SET = new Set(STRONG_VERBS.map((w) => w.toLowerCase()));

/** A common English noun or verb ("Experience", "Training", "Build"), whatever its capitals. */
function isEnglishWord(word: string): boolean {
  const lower = word.toLowerCase();
  return !!nounClassesOf(lower) || OTHER_VERBS.has(lower) || STRONG_VERB_SET.has(lower) || PREPOSITIONS.has(lower);
}

function mostFrequent(counts: Map<string, number>): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const [name, count] of counts) {
    // A longer name that contains the best one ("Google Play" vs "Google") does not win ties.
    if (count > bestCount || (count === bestCount && best && name.length < best.length)) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}

/**
 * "Title – Acme", "Title at Acme", "Title – Acme – Winter 2028": the title without the employer's name at
 * its end (the term after the employer goes with it; so does an emoji: "Sound Designer @ Lanternfish Games 🐟").
 */
export function withoutEmployerAtEnd(title: string, company: string): string {
  const name = escapeRegExp(company);
  return title.replace(new RegExp(`\\s+(?:[—–|@-]|at)\\s+${name}(?:\\s+[—–|-]\\s+(?:(?:summer|fall|autumn|winter|spring)\\b[^—–|]*|(?:19|20)\\d\\d))?(?:\\s*\\p{Extended_Pictographic}\\uFE0F?)*$`, 'iu'), '') || title;
}

/** A short line that reads as a name: "Acme Robotics", not a sentence, a role or a location list. */
function nameLine(line: string | undefined, next?: string): string | undefined {
  // "- Kubernetes / - Go" under a title is a list of the job's details or skills, not one employer line.
  // A detail list may go on with the place or the kind of job ("- Acme Labs" / "- Leeds, UK"), nothing else.
  if (line && /^\s*[-*•]\s/.test(line) && next && /^\s*[-*•]\s/.test(next)) {
    const item = next.trim().replace(/^[-*•]\s+/, '');
    if (!isPlaceList(item) && !EMPLOYMENT_TYPE.test(item) && !/^[A-Z][\w. '’-]*,\s*[A-Z]/.test(item)) return undefined;
  }
  // "Acme · Austin, TX · 3 days ago" (job boards), "at Acme (View all jobs)" (applicant-tracking pages):
  // the name is the first field, without "at" and a trailing note.
  // "Acme - Cambridge, MA" (a pasted header), "- Acme" (a page's detail list) read the same way.
  const text = line
    ?.trim()
    .replace(/^[-*•]\s+/, '')
    .split(/\s+[·•|–—-]\s+/)[0]
    .replace(/^at\s+(?=[A-Z0-9])/, '')
    .replace(/\s*\([^)]*\)\s*$/, '')
    .trim();
  // ("Acme Potash Ltd." ends in its legal form's point, not a sentence's.)
  const sentenceEnd = !!text && /[.!?:;]$/.test(text) && !(/\.$/.test(text) && endsInLegalForm(text));
  if (!text || text.length > 60 || sentenceEnd || text.includes(':') || ROLE_NOUN.test(text) || !/^[A-Z0-9]/.test(text)) return undefined;
  if (PAGE_ACTION.test(text)) return undefined;
  const words = text.split(/\s+/);
  // "10 dic", "Dec 10", "12. März": a card's due date or a post's date, in any language the date reader knows.
  if (words.length === 2 && words.some((w) => /^\d{1,2}\.?$/.test(w)) && words.some((w) => monthOfName(w) !== undefined)) return undefined;
  // A name line holds up to five words, a public body's up to eight (employer.ts).
  if (tooManyWords(text, 5) || isPlaceList(text) || isCityRegion(text) || /[\p{Extended_Pictographic}$€£]/u.test(text)) return undefined;
  // "About Acme" under the title is a section heading; the name is read from it as a heading (COMPANY_PATTERNS).
  if (NOT_COMPANIES.has(words[0]) || words[0] === 'About') return undefined;
  // "Requirements", "What you'll do", "Tech Stack" under the title open the posting's first section:
  // a heading is never the employer.
  if (classifyHeading(text) || HEADING_HEAD.test(text)) return undefined;
  // A name the skill reader reads whole ("- Python", "SQL - Tableau") or a kind of job ("Full-time - Hybrid",
  // "Contract") describes the job, not who offers it.
  if (SPECIALISATION.test(text) || EMPLOYMENT_TYPE.test(text)) return undefined;
  // "Boston, MA", "Ottawa, ON": a city and its state or province code is where, not who.
  if (/^[A-Z][\w. '’-]*,\s*[A-Z]{2}$/.test(text)) return undefined;
  if (findSkills(text, { techContext: true }).some((m) => m.start === 0 && m.end >= text.length)) return undefined;
  return text.replace(/\s*[·•|].*$/, '').trim() || undefined;
}

/** A page's button or menu item alone on its line ("Share", "Print", "Save", "Apply now"): chrome, never a name. */
const PAGE_ACTION = /^(?:share|print|save|apply(?: now)?|back(?: to results)?|sign in|log ?in|search|help|menu|close|report(?: this)?(?: job)?|e-?mail|follow|bookmark)$/i;

/** A heading's head noun: "Position Summary", "Tech Stack", "Role Overview", "Key Duties". */
const HEADING_HEAD = /\b(?:summary|overview|stack|description|details|duties|skills|benefits|perks|requirements|qualifications|responsibilities|expectations|highlights|snapshot)$/i;

/** "Graduate Programme", "Internships", "Co-op": a kind of job with no role named. */
const BARE_JOB_KIND = /^(?:graduate (?:scheme|programme|program)s?|internships?|co-?ops?|apprenticeships?|placements?)$/i;

/** How the job is held: "Full-time", "Permanent", "Fixed-term contract", "Seasonal". */
const EMPLOYMENT_TYPE =
  /^(?:(?:full|part)[- ]?time|permanent|temporary|temp|fixed[- ]term(?: contract)?|contract(?:or)?|freelance|seasonal|casual|internship|co-?op|volunteer|per diem|(?:new grad(?:uate)?|entry|mid|senior)[- ]level)$/i;

/** "Bangalore or Hyderabad or Pune", "Remote", "Paris, France": where, not who. */
function isPlaceList(text: string): boolean {
  // "Toronto or Remote" lists places; "Marine and Coastal Mapping Agency" names one organisation.
  return (/\b(or|and)\b/.test(text) && !namesAnOrganisation(text)) || /\b(remote|hybrid|on-?site|onsite)\b/i.test(text);
}

/** "Software Engineer, Fullstack" / "System Development Engineer, AWS" / "Data Scientist: Internship Opportunities". */
/**
 * "Senior Data Engineer [JR-118822]", "Data Engineer (Req. ID 558201)": an identifier in brackets at the
 * end of the title line, bare (with a letter or six digits or more) or behind a job-ID label.
 */
const TITLE_ID =
  /\s*[[(]\s*(?:(?:(?:job|req(?:uisition)?|ref(?:erence)?|posting|vacancy)\.?\s*(?:id|#|no\.?|number)?\s*[:#]?\s*)([A-Za-z0-9]+(?:[-_./][A-Za-z0-9]+)*)|([A-Za-z]{1,6}[-_]?\d{3,}(?:[-_][A-Za-z0-9]+)*|\d{6,}))\s*[\])]\s*$/i;

/** A posting number before the title: five digits or more, or a code with digits, then a dash. */
const LEADING_ID = /^\s*(\d{5,}|[A-Z]{1,6}-?\d{3,}(?:-[A-Z0-9]+)*)\s+[–—-]\s+(?=\S)/;

/** A code in brackets opening the title line: capitals and figures in hyphenated groups, or five figures or more. */
const BRACKETED_ID = /^\s*(?:#{1,6}\s+)?\[\s*((?=[A-Z0-9-]*\d)[A-Z][A-Z0-9]*(?:[-_/.][A-Z0-9]+)+|\d{5,})\s*\]\s*(?=\S)/;

/** A pipe-table row of three cells or more. */
const TABLE_ROW = /^\s*\|(?:[^|\n]*\|){3,}\s*$/;
const crumbsOf = (line: string) => line.trim().split(/\s+[›»>]\s+/);
/** "Careers › Job offers › Title", "Home > Jobs": a page's breadcrumb trail. */
function isBreadcrumb(line: string): boolean {
  const crumbs = crumbsOf(line);
  return crumbs.length >= 3 || (crumbs.length === 2 && /^(?:home|careers?|jobs?|job offers|open (?:positions|roles)|vacancies)$/i.test(crumbs[0]));
}

const EMOJI_ENDS = /^[\p{Extended_Pictographic}\uFE0F\u200D\s]+|[\s\p{Extended_Pictographic}\uFE0F\u200D]+$/gu;

/** Whether the raw text writes the line as a Markdown heading of level 1 or 2. */
function isHeadingIn(raw: string, line: string | undefined): boolean {
  const text = line?.trim();
  return !!text && headingTexts(raw).has(text);
}

/**
 * The texts of a Markdown document's level-1 and level-2 ATX headings, each also without its bold or
 * italic marks. Read line by line, not with a pattern built from the text: a posting's line can be
 * thousands of characters long, too long to become a regular expression.
 */
function headingTexts(raw: string): Set<string> {
  if (headingCache?.raw === raw) return headingCache.texts;
  const texts = new Set<string>();
  for (const m of raw.matchAll(/^ {0,3}#{1,2}[ \t]+(.*)$/gm)) {
    const content = m[1].replace(/[ \t]+$/, '');
    for (const body of [content, content.replace(/[ \t]*#*$/, '')]) {
      const unmarked = body.replace(/^[*_]{1,2}/, '');
      for (const t of [body, unmarked, body.replace(/[*_]{1,2}$/, ''), unmarked.replace(/[*_]{1,2}$/, '')]) texts.add(t.trim());
    }
  }
  headingCache = { raw, texts };
  return texts;
}
let headingCache: { raw: string; texts: Set<string> } | undefined;

/** The words a government body's name opens with: "Department of …", "Bureau of …", "Office of the …". */
const GOVERNMENT_BODY_HEAD = '(?:Bureau|Office|Agency|Department|Ministry|Administration|Service|Commission|Directorate|Division)';
/** A government body's name alone on its line. */
const GOVERNMENT_BODY = new RegExp(`^${GOVERNMENT_BODY_HEAD}\\s+(?:of|for)\\s+(?:the\\s+)?[A-Z][\\w-]*(?:\\s+(?:and\\s+|of\\s+|the\\s+)?[A-Z][\\w-]*){0,6}$`);
/** A line that opens with a government body's name ("Department of Resource Stewardship"). */
const GOVERNMENT_BODY_OPENING = new RegExp(`^${GOVERNMENT_BODY_HEAD}\\s+of\\s+[A-Z]`);

/**
 * "Geographer (GIS)" over "Department of Inland Resources" over "Bureau of Watershed Survey": a
 * government board prints the title above the department and the agency that hires, whatever the role
 * is called. The title is a short line in title case; the employer is the last body named under it.
 */
function titleOverAgency(lines: string[], i: number): { title: string; company?: string; whole: string; id?: string; agency?: true } | undefined {
  const line = lines[i].trim();
  // A menu's words set apart by runs of spaces ("Search   Help   Sign In") are no title.
  if (!GOVERNMENT_BODY.test(lines[i + 1]?.trim() ?? '') || GOVERNMENT_BODY.test(line) || /\S\s{2,}\S/.test(line)) return undefined;
  const words = line.replace(/\s*\([^()]*\)\s*$/, '').split(/\s+/);
  if (words.length > 6 || !words.every((w) => /^(?:\p{Lu}[\p{L}'’-]*|of|and|&|in|for|[IV]{1,3})$/u.test(w)) || /[:.!?,]$/.test(line)) return undefined;
  let j = i + 1;
  while (j + 1 < lines.length && GOVERNMENT_BODY.test(lines[j + 1].trim())) j++;
  // Bodies printed above the title ("Department of …" / "Bureau of …" / "IT Specialist"): the title is below.
  if (j + 1 < lines.length && ROLE_NOUN.test(lines[j + 1])) return undefined;
  return { title: line, whole: line, company: lines[j].trim(), agency: true };
}

function titleFromTopLine(line: string, companies: Map<string, number>): { title: string; company?: string; whole: string; id?: string } | undefined {
  // "318842 - Software QA Co-op - Acme": a co-op portal's posting number opens the title line.
  const leading = LEADING_ID.exec(line);
  if (leading) {
    const top = titleFromTopLine(line.slice(leading[0].length), companies);
    return top && { ...top, id: leading[1] };
  }
  // "[DES-J-03] Junior Designer": a board card's or a mail subject's bracketed code with figures is
  // the posting's number; a tag in words ("[PAID]", "[Co-op]") is dropped below.
  const bracketed = BRACKETED_ID.exec(line);
  if (bracketed) {
    const top = titleFromTopLine(line.slice(bracketed[0].length), companies);
    return top && { ...top, id: bracketed[1] };
  }
  const tagged = TITLE_ID.exec(line);
  const id = tagged && /\d/.test(tagged[1] ?? tagged[2]) ? tagged[1] ?? tagged[2] : undefined;
  if (id) {
    const top = titleFromTopLine(line.slice(0, tagged!.index), companies);
    return top && { ...top, id };
  }
  // A forwarded or replied e-mail's subject line: "Subject: Fwd: Re: Title - Company" → "Title - Company".
  // A mail header ("From: Career Office <jobs@…>", "To:", "Sent:") or a line with an address is never the title.
  // A link alone on its line (the page's address a student pasted first) is not a title either.
  if (MAIL_ADDRESS_HEADER.test(line) || /[\w.+-]+@[\w-]+\.[\w.]+/.test(line) || LINK_ALONE.test(line)) return undefined;
  // "data analyst co-op summer 2027 toronto": a search box's query, all in lower case with a year or
  // many words; "Internship season is open. See 4,812 live internships →": a banner's sentence and link.
  // (Canada's Job Bank writes its titles in lower case, "civil engineering technologist": a query has a year or runs long.)
  if (!/\p{Lu}/u.test(line) && (/\d/.test(line) || line.trim().split(/\s+/).length >= 6)) return undefined;
  // "Internship", "Co-op" alone: a search filter's or a board's chip for the kind of job, not a title.
  if (/^(?:internships?|co-?ops?|apprenticeships?|placements?|traineeships?)$/i.test(line.trim())) return undefined;
  if (/[→»]\s*(?:<[^>\s]+>|\(\S+\))?\s*$/.test(line) && /[.!?]\s+\S/.test(line)) return undefined;
  // "jobs / open / rust-engineer.md": a code host's breadcrumb to the file, not the title in it.
  if (/^\s*[\w.-]+(?:\s*\/\s*[\w.-]+)+\.(?:md|markdown|txt|html?|rst|adoc)\s*$/i.test(line)) return undefined;
  // "Validation Engineer in Carlow and 6 more new jobs for …": a job alert's subject names a digest, not one job.
  if (DIGEST_SUBJECT.test(line)) return undefined;
  // "[Co-op Opportunity] Title – …": a mailing list's or an office's tag before the subject is not the title.
  // A forum's tags ("[PAID] [HIRING] Title …") likewise.
  // "NL <https://…/junior-analyst/nl> EN": a link's address is no word of a title (a language switcher's link named a role).
  let text = line.replace(/<https?:\/\/[^\s<>]*>/g, '').replace(/^#{1,6}\s+/, '').replace(/[*_]/g, '').replace(MAIL_SUBJECT, '').replace(/^(?:\[[^\]]{1,40}\]\s*)+/, '').trim();
  // "Careers › Job offers › Title": a page's breadcrumb trail ends in the page's own name.
  if (isBreadcrumb(text)) {
    const crumbs = crumbsOf(text);
    text = crumbs[crumbs.length - 1];
  }
  // "Product Engineer 🌊": an emoji decorates the title; it is not one of its words.
  text = text.replace(EMOJI_ENDS, '');
  // "Acme | Data Engineer | Denver or REMOTE | Full-time" (a forum's post header): of three or more
  // fields, the one role is the title and a name before it the employer.
  const fields = text.split(/\s+\|\s+/);
  if (fields.length >= 3 && text.length <= 320) {
    // A link to the post ("https://acme.example/careers/ml-engineer") names a role in its path; it is no field of the header.
    const roles = fields.filter((f) => ROLE_NOUN.test(f) && !EMPLOYMENT_TYPE.test(f) && !/^\S+:\/\/\S+$/.test(f.trim()));
    const at = roles.length === 1 ? fields.indexOf(roles[0]) : -1;
    if (at >= 0) {
      const name = at > 0 ? fields[0].trim() : undefined;
      const named = name && !isPlaceList(name) && !isSpecialisation(name) && !EMPLOYMENT_TYPE.test(name) ? name : undefined;
      // "Backend Engineer (Elixir), Frontend Engineer, SRE": a post for several roles is titled by its first.
      const listed = fields[at].trim().split(/\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+/);
      const title = listed.length >= 2 && listed.every((r) => ROLE_NOUN.test(r)) ? listed[0] : fields[at].trim();
      return { title, whole: fields[at].trim(), ...(named ? { company: named } : {}) };
    }
  }
  // "Title – remote, 3 months, small studio (Acme Games)": a forum post's line of terms after the title,
  // the poster's company in brackets at its end.
  const details = text.length <= 160 ? TITLE_THEN_TERMS.exec(text) : null;
  if (details && ROLE_NOUN.test(details[1]) && !ROLE_NOUN.test(details[2])) {
    // A bracketed place ("– hybrid (Toronto)") is as common as a name: only an organisation's kind of name counts.
    const named = details[3] && namesAnOrganisation(details[3]) ? details[3] : undefined;
    return { title: details[1], whole: details[1], ...(named ? { company: named } : {}) };
  }
  // "#vacatures — DevOps NL": a chat channel's or a hashtag's name, not a job's.
  // "PhD candidate in Plant Biology: a single-cell atlas of drought memory": a research post's title names
  // its project after a colon, and runs long.
  const project = /^([^:]{3,60}):\s+[^:]{10,100}$/.exec(text);
  const projectTitle = !!project && project[1].split(/\s+/).length <= 8 && ROLE_NOUN.test(project[1]) && !/\b(?:we|you|your|our|us|i)\b/i.test(text) && !/[.!?]$/.test(text);
  // "Kestrelwood Robotics: Robotics Software Co-op (Summer 2027), Sherbrooke, QC" (a forum topic's title):
  // the employer the posting names elsewhere, a colon, then the role and its place.
  const employerFirst = /^([A-Z][\w&.'’-]*(?:\s+[A-Z&][\w&.'’-]*){0,4}):\s+(.+)$/.exec(text);
  if (employerFirst && companies.has(employerFirst[1]) && !ROLE_NOUN.test(employerFirst[1]) && ROLE_NOUN.test(employerFirst[2])) {
    const parts = employerFirst[2].split(/,\s+/);
    // Its place: "Sherbrooke, QC" (a city and a two-letter region), or what reads as a place list.
    for (;;) {
      const last = parts[parts.length - 1];
      if (parts.length > 2 && /^[A-Z]{2}$/.test(last) && /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u.test(parts[parts.length - 2]) && !ROLE_NOUN.test(parts[parts.length - 2])) parts.splice(-2);
      else if (parts.length > 1 && (isPlaceList(last) || isCityRegion(last))) parts.pop();
      else break;
    }
    return { title: parts.join(', '), company: employerFirst[1], whole: text };
  }
  if (!text || (text.length > 100 && !projectTitle) || /[.!?]$/.test(text) || /^#[\p{L}\d_-]/u.test(text) || !ROLE_NOUN.test(text)) return undefined;
  if (text.split(/\s+/).length > 12 && !projectTitle) return undefined;
  // "Data Intern – Acme – Python, Spark, AWS" (a mail subject): a last part that lists skills is the
  // sender's summary, not the title's and not a name.
  const listed = /^(.*\S)\s+[–—|-]\s+([^–—|]+)$/.exec(text);
  if (listed && isSkillList(listed[2])) return titleFromTopLine(listed[1], companies);
  // "Finance Intern – Application": a form's heading names what it collects, not who employs.
  text = text.replace(/\s+[–—|-]+\s+(?:application(?: form)?|apply(?: now)?|expression of interest)$/i, '');
  // "Title — Company", "Title at Company", "Title | Company": the part after names the employer.
  // "--" is a dash typed in plain text ("Acme -- Backend Engineer").
  const strong = text.split(/\s+(?:at|@|[–—|]|--?)\s+/);
  if (strong.length > 1) {
    const last = strong[strong.length - 1].replace(/\s*\([^)]*\)\s*$/, '').trim();
    if (last && !ROLE_NOUN.test(last) && !isSpecialisation(last) && !isPlaceList(last)) {
      // "Data Intern (Req 2026-3321) – Acme": the bracketed ID ends the title part, not the line.
      const title = strong.slice(0, -1).join(' — ');
      const tagged = TITLE_ID.exec(title);
      const id = tagged && /\d/.test(tagged[1] ?? tagged[2]) ? tagged[1] ?? tagged[2] : undefined;
      if (id && tagged!.index > 0) return { title: title.slice(0, tagged!.index), company: last, whole: text, id };
      return { title, company: last, whole: text };
    }
  }
  // "Title, Qualifier": a company only if the posting names it as one elsewhere ("Why AWS").
  const parts = text.split(/,\s+/);
  if (parts.length > 1) {
    const last = parts[parts.length - 1].trim();
    if (companies.has(last) || [...companies.keys()].some((c) => c.includes(last) || last.includes(c))) {
      return { title: parts.slice(0, -1).join(', '), company: last, whole: text };
    }
  }
  return { title: text, whole: text };
}

/**
 * "IT Analyst Intern - Grid Data" / "Systems (Summer 2027)": a title a PDF or a narrow page wrapped,
 * its last words on the next line with the bracketed note (term, kind of job) that ends a title. The
 * next line is returned when it is one to three capitalised words and that note, and the title line
 * has no note of its own (and reads as a title by itself: the caller checks).
 */
const TITLE_NOTE = /\((?:[^()]*\b(?:summer|fall|autumn|winter|spring|(?:19|20)\d\d|co-?op|intern(?:ship)?|part[- ]time|full[- ]time|contract|temporary|fixed[- ]term|\d{1,2}[- ]months?)\b[^()]*)\)/i;
function titleWrapTail(line: string, next: string | undefined): string | undefined {
  if (!next || /[()]/.test(line) || /[.!?:,;]\s*$/.test(line.trim())) return undefined;
  const m = /^\s*([A-Z][\w&'’-]*(?:\s+[A-Z&][\w&'’-]*){0,2})\s*(\([^()]{2,40}\))\s*$/.exec(next);
  return m && TITLE_NOTE.test(m[2]) ? next.trim() : undefined;
}

/**
 * A title, a dash, then the job's terms opening with how or how long it is held ("remote", "hybrid",
 * "3 months", "paid", "part-time"), perhaps a name in brackets at the end: groups title, terms, name.
 */
const TITLE_THEN_TERMS =
  /^(.+?)\s+[–—|]\s+((?:(?:fully |100% )?remote|hybrid|on-?site|in[- ]person|paid|unpaid|(?:full|part)[- ]time|contract|temporary|\d+(?:[–-]\d+)?\s*(?:months?|weeks?|h(?:ou)?rs?(?:\s*\/\s*w(?:ee)?k)?))\b[^()]*?)(?:\s*\(([A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,4})\))?$/i;

/** A job alert's subject or banner: "… and 6 more new jobs", "7 new jobs for 'data analyst'", "Your daily job alert". */
// A job alert's subject: "… and 6 more new jobs", "“ml intern”: Acme - Title and more".
const DIGEST_SUBJECT = /\band \d+ more (?:new )?(?:jobs|roles|openings)\b|\b\d+ new (?:jobs|roles|openings)\b|\bjob alert\b|^\s*(?:subject\s*:\s*)?[“"][^”"]{2,60}[”"]\s*:.*\band more\s*$/i;

/** "Subject:" and the reply / forward prefixes a mail client puts before it, in any number and order. */
const MAIL_SUBJECT = /^\s*(?:subject\s*:\s*)?(?:(?:fwd?|re|aw|wg|tr)\s*:\s*)+|^\s*subject\s*:\s*/i;

const SPECIALISATION =
  /^(new grad(uate)?|university grad(uate)?|early career|entry[- ]level|senior|junior|staff|principal|remote|hybrid|on-?site|contract|part[- ]time|full[- ]time|(summer|fall|autumn|winter|spring) ?\d{0,4}|\d{4}|platform|infrastructure|growth|payments|ads|search|product|core|team .*|.* team)$/i;

/** "12-Month Industrial Placement", "2027 Graduate Programme": the kind and term of the job, which no employer's name holds. */
const JOB_TERM = /\b(?:placements?|internships?|programmes?|schemes?|co-?ops?|apprenticeships?|\d+[- ]months?|(?:19|20)\d\d(?:\/\d\d)?)\b/i;

/** "Python, Spark, AWS", "SQL and Tableau": two or more items, each a skill read whole. */
function isSkillList(part: string): boolean {
  const items = part.split(/\s*,\s*|\s+(?:and|&|\/)\s+|\s*\/\s*/).map((i) => i.trim()).filter(Boolean);
  return items.length >= 2 && items.every((i) => findSkills(i, { techContext: true }).some((m) => m.start === 0 && m.end >= i.length));
}

/** "Backend", "Infrastructure", "New Grad", "Summer 2026": part of the title, not an employer. */
function isSpecialisation(part: string): boolean {
  return SPECIALISATION.test(part) || JOB_TERM.test(part) || findSkills(part, { techContext: true }).some((m) => m.start === 0);
}

/** A capitalised role phrase in prose: "our winter Data Platform Engineer (DPE) co-op positions". */
/** The degree of connection a social network prints beside a poster's name ("Ana Lima • 2nd", "• 3rd+"). */
const CONNECTION_DEGREE = /(?:^|\s)[•·]\s*(?:1st|2nd|3rd\+?)\s*$/;

/** A line of a social post's author card: one of the two lines under "Name • 2nd" (the poster's headline, the post's age). */
function underAuthorCard(lines: readonly string[], i: number): boolean {
  return lines.slice(Math.max(0, i - 2), i).some((l) => CONNECTION_DEGREE.test(l));
}

/** The text without the lines of a social post's author card. */
function withoutAuthorCards(body: string): string {
  const lines = body.split('\n');
  return lines.map((l, i) => (underAuthorCard(lines, i) ? '' : l)).join('\n');
}

function titleFromProse(body: string): string | undefined {
  // "My lab is hiring a Research Technician I: full time", "We're hiring! Research Assistant (12 months …)":
  // the capitalised role a post announces, in its own words.
  const announced = /\b(?:hiring|recruiting|seeking|looking for)[!:]?[ \t]+(?:(?:an?|one|two|three)[ \t]+)?((?:[A-Z][\w'’&/-]*[ \t]+){0,4}[A-Z][\w'’&/-]*(?:[ \t]+(?:I{1,3}|IV))?)(?=[ \t]*(?:[:(,.!–—-]|$))/m.exec(body);
  if (announced && ROLE_NOUN.test(announced[1]) && !/^(?:We|Our|The|This|Now)\b/.test(announced[1])) return announced[1];
  // Words of one line only ([ \t], not \s): a title never runs across a line break.
  const capital = /((?:[A-Z][A-Za-z]+[ \t]+){0,4}(?:Engineer|Developer|Scientist|Analyst|Designer|Architect|Manager|Administrator|Researcher|Programmer))\b(\s*\([A-Z]{2,5}\))?(\s+[Ii]ntern(?:ship)?s?\b)?/;
  const m = capital.exec(body);
  if (m) return (m[1] + (m[3] ? ' Intern' : '')).trim();
  const asA = /\b(?:as|hiring|seeking|for) an? ((?:[a-z-]+[ \t]+){0,3}(?:engineer|developer|scientist|analyst|designer|architect|manager|administrator|researcher|programmer))\b/i.exec(body);
  return asA ? asA[1].replace(/\b\w/g, (c) => c.toUpperCase()) : undefined;
}

/**
 * "AWS" → "Amazon Web Services" when the posting spells it out: defined in brackets ("Amazon Web
 * Services (AWS)"), or else named in full elsewhere as an organisation (spelledOutAcronym).
 */
function expandAcronym(name: string, body: string): string {
  if (!/^[A-Z]{2,6}$/.test(name)) return name;
  return definedAcronym(name, body) ?? (body.includes(`(${name})`) ? undefined : spelledOutAcronym(name, body)) ?? name;
}

/** The words "Long Name (ACR)" gives for the acronym. */
function definedAcronym(name: string, body: string): string | undefined {
  // A hyphenated name gives an initial per part: "Prairie-Laurentian Development Bank (PLDB)".
  // Small words inside a name give none: "Aldermoor Institute for Climate Computing (AICC)".
  const re = new RegExp(`((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)*\\s+(?:(?:for|of|and|the|&)\\s+)?){1,7})\\(${name}\\)`);
  const m = re.exec(body);
  if (!m) return undefined;
  const words = m[1].trim().split(/\s+/);
  const initialsOf = (ws: string[]) => ws.filter((w) => /^[A-Z]/.test(w)).flatMap((w) => w.split('-')).map((w) => w[0]).join('');
  // The shortest run of trailing words whose initials spell the acronym.
  for (let from = words.length - 1; from >= 0; from--) {
    if (!/^[A-Z]/.test(words[from])) continue;
    const initials = initialsOf(words.slice(from));
    if (initials === name) return words.slice(from).join(' ');
    if (initials.length >= name.length) break;
  }
  // An acronym of the name's leading words ("Harwick Centre for Marine Robotics Research (HCMR)"):
  // the run whose initials spell it in order from its first word, with at most two words left over.
  for (let from = 0; from < words.length; from++) {
    if (!/^[A-Z]/.test(words[from])) continue;
    const initials = initialsOf(words.slice(from));
    if (initials[0] !== name[0] || initials.length > name.length + 2) continue;
    let k = 0;
    for (const c of initials) if (c === name[k]) k++;
    if (k === name.length) return words.slice(from).join(' ');
  }
  return undefined;
}

/** Small words an organisation's initials skip ("University of Texas" is UT). */
const INITIALS_SKIP = new Set(['of', 'the', 'and', 'for', 'at', 'in', '&', 'de']);

/**
 * "at KRU" with "Kestrel Ridge University" in a masthead, never defined in brackets: a run of
 * capitalised words with exactly the acronym's initials that names an organisation.
 */
function spelledOutAcronym(name: string, body: string): string | undefined {
  if (name.length > 5) return undefined;
  for (const m of body.matchAll(/\b[A-Z][a-z]+(?:\s+(?:(?:of|the|and|for|at|in|&|de)\s+)*[A-Z][a-z]+){1,5}\b/g)) {
    const words = m[0].split(/\s+/);
    // Each start: "Department of Chemical Engineering · Kestrel Ridge University" holds the name after its opening words.
    for (let i = 0; i < words.length; i++) {
      const rest = words.slice(i);
      if (INITIALS_SKIP.has(rest[0].toLowerCase())) continue;
      const initials = rest.filter((w) => !INITIALS_SKIP.has(w.toLowerCase())).map((w) => w[0]).join('');
      if (initials === name && namesAnOrganisation(rest.join(' '))) return rest.join(' ');
    }
  }
  return undefined;
}

/**
 * An applicant-tracking board's own page ("https://jobs.ashbyhq.com/acme", the employer's logo link)
 * before the posting's address on that board: the posting's address, the first link under the board's.
 */
function boardPosting(text: string, first: string | undefined): string | undefined {
  if (!first || !ATS.test(first) || !/^https?:\/\/[^/\s]+\/[^/?#\s]+\/?$/i.test(first)) return first;
  const root = first.replace(/\/$/, '');
  return firstLinkWhere(text, (url) => url.startsWith(`${root}/`) && !isPicture(url)) ?? first;
}

/** Query parameters that track who clicked, not which page: dropped, so drafts carry a clean link. */
// (And the site search that led to the page: "?src=search&q=process%20engineer", "?jobsource=jolist_c_relevance".)
const TRACKING_PARAM = /^(?:utm_\w+|trackingId|refId|midToken|midSig|trk|trkEmail|lipi|otpToken|eid|gclid|fbclid|mc_cid|mc_eid|_hsenc|_hsmi|src|q|jobsource)$/i;
/** An app's share sheet marks its links ("?ref=share_android&sid=…"): where it was shared from, not which page. */
const SHARED_FROM = /^(?:(?:ref|src|source|via|utm_source)=share\w*|sid=[\w-]+)$/i;

/** "…/comm/jobs/view/123/?trackingId=…&refId=…" (a job alert's link) → "…/jobs/view/123/". */
export function withoutTracking(url: string): string {
  const m = /^([^?#]*)(?:\?([^#]*))?(#.*)?$/.exec(url);
  if (!m) return url;
  // A job alert e-mail's LinkedIn links go through "/comm/": the same page without it.
  const path = /linkedin\.[a-z.]+\/comm\/jobs\//i.test(m[1]) ? m[1].replace(/\/comm\/jobs\//i, '/jobs/') : m[1];
  const kept = (m[2] ?? '').split('&').filter((p) => p && !TRACKING_PARAM.test(p.split('=')[0]) && !SHARED_FROM.test(p));
  return `${path}${kept.length ? `?${kept.join('&')}` : ''}${m[3] ?? ''}`;
}

/** Every URL of a text (matchAll and match copy or reset it, so one instance serves all calls). */
const URLS = new RegExp(URL.source, 'g');
const isPicture = (url: string) => /\.(?:png|jpe?g|gif|svg|webp|ico|bmp)(?:[?#]|$)/i.test(url);

/**
 * The first address in the text that is not a picture nor an item of a navigation bar: a pasted page
 * opens with its logo ("[![Acme logo](https://…/logo.png)](https://…)"), whose image is no page, and
 * with the site's menu ("[Home](…) · [Jobs](…) · [Events](…)"), whose links are the site's own.
 */
function firstLinkUrl(text: string): string | undefined {
  return firstLinkWhere(text, (url) => !isPicture(url) && (lineOf(text, url).match(URLS)?.length ?? 0) < 3);
}

/** The first address of the text, its closing punctuation dropped, that `accept` takes (given where it stands). */
function firstLinkWhere(text: string, accept: (url: string, at: number) => boolean): string | undefined {
  for (const m of text.matchAll(URLS)) {
    const url = m[0].replace(/[.,;]+$/, '');
    if (accept(url, m.index!)) return url;
  }
  return undefined;
}

/** "https://www.acme.ca" or "https://acme.com/": an address with no path or query. */
function isSiteRoot(url: string): boolean {
  return /^https?:\/\/[^/?#\s]+\/?$/i.test(url);
}

/** A short navigation item of a pasted page: "Find jobs", "Company reviews", "Employers / Post Job". */
function isNavigationLine(line: string): boolean {
  const text = line.trim();
  // "Skip to main content", "Skip to \"About government\"": an accessibility link, chrome of every page.
  if (/^skip (?:to|navigation)\b/i.test(text) && text.length <= 60) return true;
  // "1", "3 new notifications", "12 messages": the badge counts of a site's header bar.
  if (/^\d{1,4}\+?(?:\s+(?:new|unread))?(?:\s+(?:notifications?|messages?|alerts?|updates?|invitations?))?$/i.test(text)) return true;
  return text.split(/\s+/).length <= 3 && !/[.!?:,;]$/.test(text) && !/\d/.test(text);
}

/**
 * "Hi Sam,", "Hello Ms. Rao,", "Dear Hiring Manager,", "Hi all,": a message's greeting to a person or
 * a group by name. A posting's own "Hello there!" or "Hi future teammate!" is not one.
 */
// A group greeted with "!" ("Hi Team!", "Hello everyone!") is a posting cheering its readers; a message
// greets a group with a comma ("Hi all,").
const GREETING =
  /^\s*(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear|[Gg]ood (?:morning|afternoon|evening))\s+(?:(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?!(?:All|Team|Everyone|Folks|There)\b)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*[,!]|(?:all|team|everyone|folks|students|colleagues|friends|members|All|Team|Everyone|Folks|Students|Colleagues|Friends|Members)\s*,)\s*$/;
/** A rule or a forwarding marker that sets a pasted text apart inside a message. */
const SHARE_OPENING = /^[^\p{L}\n]{0,6}(?:check out this (?:job|role|opening|position|internship)|(?:look at|see) this (?:job|role|opening)|I found (?:this|a) (?:job|role|opening)|shared (?:a|this) (?:job|role))\b/imu;
const SEPARATOR = /^\s*(?:[-_*=—–─━]{3,}|-+\s*(?:forwarded message|original message)\s*-+)\s*$/i;

/**
 * The lines where the posting starts. A message that greets the reader and then sets a posting apart
 * with a rule ("Hi Sam, … I've pasted it below" / "---" / the posting) is a recruiter's or a friend's
 * note: the sender's name, headline and subject above the greeting are not the posting's title.
 */
function postingTop(lines: string[]): string[] {
  const greeting = lines.findIndex((l, i) => i < 20 && GREETING.test(l));
  if (greeting < 0) return lines;
  const rule = lines.findIndex((l, i) => i > greeting && SEPARATOR.test(l));
  return rule < 0 ? lines : lines.slice(rule + 1);
}


/** The lines above a message's sign-off: the sender's "Staff Engineer | Acme" is not the posting's title. */
function beforeSignOff(lines: string[]): string[] {
  const at = lines.findIndex((l, i) => i > 0 && SIGN_OFF.test(l));
  return at < 0 ? lines : lines.slice(0, at);
}

/**
 * "Acme | Careers", "Acme Careers", "Careers at Acme" at the top of a careers site: its owner is the employer.
 * A kind of job has the same shape ("Data Science Careers", "Remote | Jobs", "New Grad Careers"), so the
 * owner must be one the posting also names as an organisation ("At Acme,", "Acme's mission": `companies`)
 * and must not be a skill, a level or a kind of job.
 */
function careersSiteOwner(lines: string[], companies: Map<string, number>, body = ''): string | undefined {
  for (const line of lines.slice(0, 5)) {
    const text = plainLine(line);
    // "Acme | Careers", "Acme Health Careers", "Careers at Acme"; a single word before a bare
    // "Careers"/"Jobs" ("Engineering Careers", "Remote Jobs") is a kind of job, not an owner.
    const m =
      /^(.{2,60}?)\s+[|·•–—-]\s*(?:careers|jobs|career site)$/i.exec(text) ??
      /^((?:[A-Z][\w&.'’-]*\s+){1,4}[A-Z][\w&.'’-]*)\s+[Cc]areers$/.exec(text) ??
      /^careers (?:at|with) (.{2,60})$/i.exec(text);
    const name = m?.[1]?.trim();
    if (!name || !/^[A-Z]/.test(name) || /\b(?:search|find|my|saved|all|other|similar)\b/i.test(name) || ROLE_NOUN.test(name)) continue;
    if (SPECIALISATION.test(name) || EMPLOYMENT_TYPE.test(name) || findSkills(name, { techContext: true }).some((m) => m.start === 0)) continue;
    if ([...companies.keys()].some((c) => c === name || c.startsWith(`${name} `) || name.startsWith(`${c} `))) return name;
    // Without that, only a header shaped like a name: "Careers at X", three words or more ("Ellery Public
    // Works Careers", "Township of Ellery | Careers"), or two set apart by a separator ("Lumen Harbor | Jobs").
    // One or two words before a bare "Careers" ("Cloud Engineering Careers", "Engineering - Careers") may
    // be a kind of job.
    const words = name.split(/\s+/).length;
    // "Acme Energy Careers" over a page whose prose writes "Acme Energy" mid-sentence: the owner's name.
    if (words >= 2 && writtenInProse(name, body)) return name;
    const separated = /\s[|·•–—-]\s*(?:careers|jobs|career site)$/i.test(text);
    if (/^careers/i.test(text) || words >= 3 || (separated && words >= 2)) return name;
  }
  return undefined;
}

/** Whether a line of prose (eight words or more) writes the name with its capitals, as whole words. */
function writtenInProse(name: string, body: string): boolean {
  const re = new RegExp(`(?<![\\w-])${escapeRegExp(name)}(?![\\w-])`);
  return body.split('\n').some((line) => line.split(/\s+/).length >= 8 && re.test(line));
}

/**
 * "ACME TRACTOR WORKS", "NORTHWIND LABS INC.": a short line written all in capitals that names no
 * role and is not a section heading ("REQUIREMENTS", "ABOUT THE ROLE") — a plain-text letterhead.
 * Returned in title case, keeping short all-capital words as acronyms ("ACME AI LABS" → "Acme AI Labs").
 */
/**
 * "Northwind Freight - Data & Analytics Division", "Ministry of Rivers | Information Management Branch",
 * "Kestrel Health · Careers" on the line above the title: a letterhead naming the organisation, then
 * its unit. The first part is the employer; the second must read as a unit, so "Data Analyst - Remote"
 * or "Python | Go" is not taken.
 */
function orgUnitLine(line: string | undefined): string | undefined {
  const parts = line?.trim().split(/\s+[-–—|·•]\s+/);
  if (!parts || parts.length !== 2) return undefined;
  const [org, unit] = parts.map((p) => p.trim());
  const unitLike =
    isUnit(unit) ||
    /^(?:careers?|jobs|job opportunities|employment(?: opportunities)?|(?:early|student|campus|university) (?:careers|programs|recruiting|hiring))$/i.test(unit) ||
    /^[A-Z&][\w&,'’-]*(?:\s+(?:[A-Z&][\w&,'’-]*|of|and|&|the|for))*\s+(?:Division|Branch|Department|Team|Group|Office|Unit|Labs?|Centre|Center|Services|Programs?|Programmes?|Directorate|Sector|Bureau)$/.test(unit) ||
    // "Torrens Gulf University | School of Computing and Mathematical Sciences": a university's school or faculty.
    /^(?:School|Faculty|Department|Institute|College|Centre|Center|Division|Office) (?:of|for) [A-Z]/.test(unit);
  if (!unitLike || org.length > 60 || !/^[A-Z][\w&.'’-]*(?: (?:[A-Z][\w&.'’-]*|of|for|&|de|la|du|the|and)){0,5}$/.test(org)) return undefined;
  if (ROLE_NOUN.test(org) || isPlaceList(org) || isCityRegion(org) || NOT_COMPANIES.has(org.split(' ')[0]) || classifyHeading(org)) return undefined;
  if (/^(?:careers?|jobs?|home|about(?: us)?|menu|search|openings|job search|job board)$/i.test(org)) return undefined;
  // "Engineering - Careers", "Entry Level - Jobs": a field or a kind of job before a page word.
  if (isUnit(org) || isSpecialisation(org) || EMPLOYMENT_TYPE.test(org)) return undefined;
  if (findSkills(org, { techContext: true }).some((m) => m.start === 0 && m.end >= org.length)) return undefined;
  return org;
}

/**
 * "Thistlemoor Laboratories" alone on the line above the title, as a job board prints the employer:
 * a short capitalised name whose head says it is an organisation (not a role, heading or place).
 */
function organisationLine(line: string | undefined): string | undefined {
  const text = line?.trim();
  if (!text || text.length > 60 || !/^[A-Z][\w&.'’-]*(?: (?:[A-Z][\w&.'’-]*|of|for|&|and|the)){1,5}$/.test(text)) return undefined;
  if (!namesAnOrganisation(text) || ROLE_NOUN.test(text) || classifyHeading(text) || isPlaceList(text) || isChromeWord(text)) return undefined;
  return text;
}

/** A line that is a company's legal name and nothing else: "Tidewater Freight Inc.". */
const LEGAL_NAME_LINE = new RegExp(`^([A-Z][\\w&'’.-]*(?:\\s+(?:[A-Z&][\\w&'’.-]*|of|and|for)){0,5},?\\s+${LEGAL_FORM})$`);

/**
 * The employer named on a line above the title: a legal name ("Ashby & Co LLP", "Tidewater Freight
 * Inc.") or a short name printed twice in a row (a board's logo text, then the name). Not a role, a
 * heading or a navigation word.
 */
function letterheadName(above: readonly string[]): string | undefined {
  const plainOf = (l: string) => l.replace(/[*_#>]/g, '').trim();
  // At the top of a letter, or just above the title under a board's navigation ("Acme" / "Acme" / "Overview").
  for (const [k, raw] of above.entries()) {
    if (k >= 8 && k < above.length - 12) continue;
    const t = plainOf(raw);
    if (!t || ROLE_NOUN.test(t) || classifyHeading(t)) continue;
    const legal = LEGAL_NAME_LINE.exec(t);
    if (legal) return legal[1];
    const next = above[k + 1] !== undefined ? plainOf(above[k + 1]) : '';
    if (next === t && /^[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,3}$/.test(t) && !isChromeWord(t)) return t;
  }
  return undefined;
}

function capitalsNameLine(line: string | undefined): string | undefined {
  const text = line?.trim().replace(/[,.]$/, '');
  if (!text || text.length > 60 || /[a-z]/.test(text) || !/[A-Z]{2}/.test(text) || /[:!?|·•]/.test(text)) return undefined;
  const words = text.split(/\s+/);
  // Not a season, a year, a kind of employment or a place: "SUMMER 2027", "FULL-TIME", "TORONTO, ON".
  // Nor a bilingual page's marker ("ENGLISH VERSION").
  if (/\b(?:19|20)\d\d\b|\b(?:SUMMER|FALL|WINTER|SPRING|AUTUMN|FULL-TIME|PART-TIME|CONTRACT|TEMPORARY|PERMANENT|SEASONAL)\b/.test(text) || isPlaceList(text) || isCityRegion(text)) return undefined;
  if (words.length > 6 || ROLE_NOUN.test(text) || classifyHeading(text) || /\b(?:HIRING|JOBS?|CAREERS?|POSTING|OPPORTUNIT(?:Y|IES)|APPLY|NOW|NEW|URGENT|OPENINGS?|VERSION|TRANSLATION)\b/.test(text)) return undefined;
  return words
    .map((w, k) => (/^(?:AND|THE|OF|FOR)$/.test(w) ? (k ? w.toLowerCase() : w[0] + w.slice(1).toLowerCase()) : w.length <= 3 ? w : w[0] + w.slice(1).toLowerCase()))
    .join(' ');
}

/**
 * "© 2026 Acme Robotics" / "Copyright © 2025 Acme, Inc. All rights reserved." in a page's footer (read on
 * the text as given, before cleaning blanks footer lines): the
 * site's owner, taken only when the posting names no employer otherwise and names this one in its
 * text too (a job board's own footer names the board, which the posting does not talk about).
 */
function copyrightOwner(raw: string, body: string): string | undefined {
  // A saved page writes the sign as an entity.
  const uncleaned = raw.replace(/&copy;|&#169;|&#xa9;/gi, '©');
  // "(c)" only before a year: "(c) Working knowledge of …" is the third item of a lettered list.
  const m = /(?:©|\([cC]\)(?=\s*\d{4})|[Cc]opyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s+)?([A-Z][\w&.'’-]*(?:\s+(?:(?:of|and|for|the)\s+)?[A-Z][\w&.'’-]*){0,4})/.exec(uncleaned);
  // "© 2026 Centre de recherche de l’Hôpital Saint-Onésime · Privacy": a footer gives the owner's whole
  // name up to its separator, lower-case words of a French or Spanish name and all.
  const footer = /(?:©|[Cc]opyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s+)?(\p{Lu}[^\n·|•]{2,80}?)[ \t]*(?:[·|•]|$)/mu.exec(uncleaned);
  const footerName = footer?.[1].replace(/[.,]?\s*All rights reserved\.?$/i, '').trim();
  const whole = footerName && footerName.split(/\s+/).length <= 8 && !/[.!?:;]/.test(footerName.replace(/\.$/, '')) && / (?:de|du|des|del|della|di|da|do|dos|das|van|von|der|den)\b/.test(footerName) ? footerName : undefined;
  let name = whole ?? m?.[1];
  // "Acme Inc. All" (before "rights reserved"): the sentence's start and the legal form are not the name.
  name = name?.replace(/\s+All$/, '').replace(/[.,]+$/, '');
  if (name) name = withoutLegalForm(name).replace(/[.,]+$/, '').trim();
  if (!name || !/^[A-Z]/.test(name) || ROLE_NOUN.test(name)) return undefined;
  // The cleaned text has no footer (clean.ts blanks it): the posting itself must name the owner — in
  // full, or by the first words of its name ("© Neelgiri Stack Pvt. Ltd." over a page that says "Neelgiri").
  const words = name.split(/\s+/);
  for (let n = words.length; n >= 1; n--) {
    const prefix = words.slice(0, n).join(' ');
    if (n === 1 && (prefix.length < 4 || isEnglishWord(prefix.toLowerCase()))) break;
    if (new RegExp(`\\b${escapeRegExp(prefix)}\\b`).test(body)) return prefix;
  }
  return undefined;
}

/** "Halifax, NS", "Austin, TX", "Lyon, France": a place written city-comma-region, not an employer. */
/** Labels of a job board's facts block about the role (Naukri, Indeed India, foundit). */
const FACTS_LABEL = /^[ \t]*(?:industry(?: type)?|department|employment type|role category|functional area|job category)[ \t]*:/im;

/** "London" when the posting's location field reads "London EC2, hybrid": the name of the place it states. */
function startsLocation(text: string, location: string | undefined): boolean {
  if (!location) return false;
  const place = location.trim().toLowerCase();
  const name = text.trim().toLowerCase();
  return place === name || (place.startsWith(name) && /^[\s,(/|–—-]/.test(place.slice(name.length)));
}

/** "Acme Tools, Inc.": a name that ends in its legal form is no place. */
const CLOSING_LEGAL_FORM = new RegExp(`,\\s*${LEGAL_FORM}$`);

function isCityRegion(text: string): boolean {
  // "Columbus, OH, United States": a city, its region and its country.
  return /^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?:,\s+(?:[A-Z]{2,3}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)){1,2}$/.test(text) && !CLOSING_LEGAL_FORM.test(text);
}

/** "Acme Robotics logo" alone on a line near the title (a pasted job page's image text): Acme Robotics. */
function logoOwner(lines: string[]): string | undefined {
  for (const line of lines) {
    const m = /^([A-Z0-9][\w&.'’ -]{1,58}?)\s+logo$/i.exec(line.trim());
    if (m && !ROLE_NOUN.test(m[1]) && m[1].split(/\s+/).length <= 5) return m[1];
  }
  return undefined;
}

/** The last path part of a careers site's page that is not a posting: help, events, pay and policy pages. */
const NOT_A_POSTING_PAGE =
  /(?:^|[-_])(?:appointments?|events?|login|sign-?in|sign-?up|privacy|cookies?|terms|contact(?:-us)?|faq|help|accessibility|resources?|benefits|pay|compensation|culture|locations|blog|news)(?:$|[-_.])/i;

/** Hosts of online forms. */
const FORM_HOST = /^(?:forms\.gle|docs\.google\.com\/forms|forms\.office\.com|forms\.microsoft\.com|[\w-]+\.typeform\.com|form\.jotform\.com|(?:www\.)?jotform\.com|airtable\.com\/shr|tally\.so)(?:\/|$)/i;

/** Applicant-tracking and job-board hosts. */
const ATS = /(?:greenhouse\.io|lever\.co|myworkdayjobs\.com|workday|smartrecruiters\.com|ashbyhq\.com|icims\.com|taleo\.net|jobvite\.com|bamboohr\.com|workable\.com|successfactors|linkedin\.com\/jobs|\bindeed\.[a-z]{2,}(?:\.[a-z]{2})?\/)/i;

/** The line a URL is written on. */
function lineOf(text: string, url: string): string {
  const at = text.indexOf(url);
  return at < 0 ? '' : text.slice(text.lastIndexOf('\n', at) + 1, (text.indexOf('\n', at) + 1 || text.length + 1) - 1);
}

/**
 * A job's address: an applicant-tracking host, or a host or path about jobs ("careers.acme.com/…",
 * "acme.com/jobs/…", "/apply/…", "/postings/…"), or a link its line offers as the posting or the
 * place to apply ("Apply at: …", "Link to this posting: …", "Full listing: …").
 */
function isPostingUrl(url: string, line: string): boolean {
  // English, and the words German, French, Spanish, Portuguese, Italian and Dutch careers sites use in their addresses.
  const JOB_WORDS =
    /(?:^|[./_-])(?:jobs?|careers?|apply|applications?|postings?|positions?|openings?|vacanc(?:y|ies)|opportunit(?:y|ies)|requisitions?|recruit(?:ing|ment)?|hiring|talent|employment|job-?board|karriere|stellen(?:angebote|markt)?|emplois?|carrieres?|offres?-d-emploi|empleos?|carreras?|carreiras?|vagas?|trabalhe-conosco|lavora-con-noi|vacatures?|werken-bij)(?=$|[./_?#-])/i;
  const place = url.replace(/^https?:\/\//i, '').replace(/[?#].*$/, '');
  // A document or a page about something else on a careers site ("…/Student-Resources.pdf", "…/appointments",
  // "…/benefits", "…/privacy"): the posting is not there.
  const last = place.split('/').filter(Boolean).slice(1).pop() ?? '';
  if (/\.(?:pdf|docx?|pptx?)$/i.test(last) || (NOT_A_POSTING_PAGE.test(last) && !/\d{4}/.test(last))) return false;
  // An online form to apply through (Google Forms, Typeform, Jotform, Microsoft Forms) is not the posting's page.
  if (FORM_HOST.test(place)) return false;
  // A careers site's home ("acme.example/careers", "acme.example/jobs/") lists jobs; it is not this one's page.
  // (Also in the words other languages' careers sites use: "acme.example/carrieres", "/karriere", "/empleos".)
  if (/^[^/]+\/(?:jobs?|careers?|join-us|vacancies|openings|open-roles|carri[eè]res?|karriere|emplois?|empleos?|carreras?|carreiras?|vagas|vacatures|stellenangebote|werken-bij)\/?$/i.test(place)) return false;
  // A "Website:" field gives the employer's site, whatever page of it.
  if (/^\s*(?:company\s+|organi[sz]ation\s+)?(?:website|web ?site|site web|homepage|home page)\s*:/i.test(line)) return false;
  // A job board's page for one employer ("jobs.lever.co/acme", "boards.greenhouse.io/acme") lists its jobs too.
  if (/^(?:jobs|boards|careers|apply)\.[^/]+\/[a-z][a-z-]*\/?$/i.test(place)) return false;
  if (ATS.test(url) || JOB_WORDS.test(place)) return true;
  // "link: https://…" on a line of its own: the writer's note of where the posting is.
  if (/^\s*(?:link|url|source|job (?:link|url)|posting (?:link|url))\s*:\s*$/i.test(line.replace(url, ''))) return true;
  return /\b(?:apply|application|posting|listing|this (?:job|role|position|opening|page|advert))\b/i.test(line.replace(url, ''));
}

/**
 * A labelled field's value, with the wrapped rest of it when a PDF's field column broke it
 * ("Job Title:   LIMS Analyst (Laboratory" over an indented "Informatics)"): an open parenthesis
 * closed on the next line, which holds no label of its own.
 */
function labelContinued(body: string, label: RegExpExecArray): string | undefined {
  const value = label[1];
  if (value === undefined) return undefined;
  const open = (value.match(/\(/g) ?? []).length > (value.match(/\)/g) ?? []).length;
  const end = label.index + label[0].length;
  // A form of labels over values ("Position Title:" / "Senior Engineer: SCADA and Operational" /
  // "Technology (OT)" / "Reference Number:"): a value the field's width cut goes on in the lines up to
  // the next label, one line at most and no label of its own.
  const valueBelow = /:[ \t]*\r?\n[ \t]*$/.test(label[0].slice(0, label[0].length - value.length));
  if (!open && valueBelow) {
    const rest = /^\r?\n[ \t]*([A-Z][^\n:]{0,60}?)[ \t]*\r?\n[ \t]*[A-Z][^\n:]{1,40}:[ \t]*(?:\r?\n|$)/.exec(body.slice(end));
    return rest ? `${value.trimEnd()} ${rest[1].trim()}` : value;
  }
  if (!open) return value;
  // (The body's lines are trimmed, so the indentation is gone: the closing parenthesis is the sign.)
  const next = /^\r?\n([^\n:()]{1,60}\))[ \t]*(?:\r?\n|$)/.exec(body.slice(end));
  return next ? `${value.trimEnd()} ${next[1].trim()}` : value;
}

/** A team's or department's name after a title, in capitals ("AMR Genomics", "Night Shift"); "Foreigners welcome" is a board's tag. */
const TEAM_NAME = /^(?:[\p{Lu}\d][\p{L}\d&'’-]*\s*){1,5}$/u;

/** A task-list item of Markdown (GitHub, Obsidian, Bear): "- [ ] ask Dr. Ade for a reference", "- [x] transcript". */
export const CHECKLIST_ITEM = /^\s*[-*+]\s+\[[ xX]\]\s+\S/;

/** Past the last of two or more checklist items among a note's first 25 lines, or -1. */
export function checklistEnd(lines: readonly string[]): number {
  const top = lines.slice(0, 25);
  const items = top.flatMap((l, k) => (CHECKLIST_ITEM.test(l) ? [k] : []));
  return items.length >= 2 ? items[items.length - 1] + 1 : -1;
}

/** A mail subject's forwarding or reply mark opening a line ("Fwd: …", "# RE: FW: …"). */
const FORWARD_MARK = /^[\s#*]*(?:(?:fwd?|re|fw)\s*:\s*)+\S/i;
const firstWord = (text: string) => text.trim().split(/\s+/)[0].toLowerCase();

/**
 * The first line that reads as a title with a role and has an employer's line under it ("Data Analyst
 * Co-op" / "Corvane Mutual" / "Toronto, ON • via …"), however far down the page's chrome it stands.
 * `wanted` passes over titles it refuses; `line` is the title line whole when a part of it was read as a name.
 */
function titleOverEmployer(lines: string[], companies: Map<string, number>, wanted: (title: string) => boolean = () => true): { title: string; company: string; line?: { whole: string; suffix: string } } | undefined {
  for (let i = 0; i + 1 < lines.length; i++) {
    // (Not a poster's or a recruiter's headline under their name.)
    if (!ROLE_NOUN.test(lines[i]) || underAuthorCard(lines, i)) continue;
    const top = titleFromTopLine(lines[i], companies);
    if (top && !wanted(top.title)) continue;
    const company = top && nameLine(lines[i + 1], lines[i + 2]);
    if (top && company && !ROLE_NOUN.test(company)) return { title: top.title, company, line: top.company ? { whole: top.whole, suffix: top.company } : undefined };
  }
  return undefined;
}

/**
 * "Save Data Analyst Intern (Summer 2027) at Acme Foods": the label of a job board's save button,
 * pasted with the page, names the posting's title whole when the page's header was lost in its chrome.
 */
function saveButtonTitle(body: string): string | undefined {
  const m = /^[ \t]*(?:Save|Apply to|Apply for|Share)[ \t]+(.{3,120}?)[ \t]+at[ \t]+[A-Z][^\n]{1,80}$/m.exec(body);
  return m && ROLE_NOUN.test(m[1]) && !/[.!?]$/.test(m[1]) && !/^\p{Ll}/u.test(m[1]) ? m[1].trim() : undefined;
}

/** The text with each range blanked to spaces (offsets kept). */
function withoutRanges(text: string, ranges: readonly { start: number; end: number }[]): string {
  let out = text;
  for (const r of ranges) out = out.slice(0, r.start) + ' '.repeat(r.end - r.start) + out.slice(r.end);
  return out;
}
