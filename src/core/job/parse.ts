// Job posting text (Markdown or pasted plain text, optional YAML front matter) → JobPosting.

import { metadataFromFrontMatter, splitFrontMatter, titleFromClipping } from './front-matter';
import { extractKeywords } from './keywords';
import { checklistEnd, inferMetadata, jobIdInUrl, withoutEmployerAtEnd } from './metadata';
import { findSections } from './sections';
import { cleanPostingPage } from './clean';
import { findEligibility, referralDeadlineIn } from './eligibility';
import { DAY } from './dates';
import type { JobMetadata, JobPosting } from './types';
import type { StructuredPosting } from './structured-data';
import { withoutLegalForm } from './legal-forms';
import { boundedPosting, withoutOverlongRuns } from '../guards/bounded-posting';
import { escapeRegExp } from '../text/words';

/**
 * Parses a posting: Markdown, plain text or HTML (converted first; `text` is then the converted text).
 * `options.name`: the file's name, which may say which position of a page of several is wanted.
 */
export function parseJobPosting(input: string, options: { name?: string } = {}): JobPosting {
  // Bounded work on anything (src/core/limits.ts): past MAX_POSTING_CHARS of text (an HTML page is
  // converted first) the posting is not read, nor is a run of characters past MAX_POSTING_RUN_CHARS.
  const raw = withoutOverlongRuns(input);
  const cleaned = cleanPostingPage(raw, options.name);
  const bounded = boundedPosting(cleaned.text);
  const text = bounded.text;
  const { data, bodyStart } = splitFrontMatter(text);
  const fromFrontMatter = metadataFromFrontMatter(data);
  fromFrontMatter.title = titleFromClipping(fromFrontMatter.title, text.slice(bodyStart), data);
  const body = text.slice(bodyStart);
  // Sixty lines: a forum's or a mail's chrome can run forty lines before the rule that sets the posting apart.
  const firstLines = body.split('\n', 60);
  // A digest's raw text names its sender and its subject, not the first posting's employer.
  const inferred = inferMetadata(body, firstLines, cleaned.pageUrl, cleaned.postings ? undefined : raw);
  // An applicant's own note about the job (front matter over a checklist): its "role:" is the applicant's
  // label ("Grad programme - data eng track"); the posting pasted under the checklist titles the job.
  if (fromFrontMatter.title && inferred.title && checklistEnd(firstLines.filter((l) => l.trim())) > 0) fromFrontMatter.title = undefined;
  const sections = findSections(text, bodyStart);
  // A page's embedded schema.org JobPosting (structured-data.ts) names what its text may not show.
  const structured = cleaned.structured;
  // Its employer is the employer's own name for itself, surer than a name read from the page's words.
  // A page of positions names its employer across all of them: read from the whole page.
  const pageEmployer = cleaned.wholePage ? inferMetadata(cleaned.wholePage, cleaned.wholePage.split('\n', 40), cleaned.pageUrl, raw).company : undefined;
  // A post's bold headline may name its employer after the title ("Junior Data Analyst — Tsiran Delivery").
  const headline = cleaned.heading ? titleAndEmployer(cleaned.heading, pageEmployer ?? inferred.company) : undefined;
  const named = fromFrontMatter.company ?? structured?.company ?? pageEmployer ?? headline?.company ?? inferred.company;
  const company = named && !fromFrontMatter.company ? tradingName(named, body) : named;
  // A clipped page's front matter title names the employer after the role ("Engineer I, Backend - Acme"): the role is the title.
  if (fromFrontMatter.title && company) fromFrontMatter.title = withoutEmployerAtEnd(fromFrontMatter.title, company);
  const { keywords, degrees, experience, alternatives } = extractKeywords(text, bodyStart, sections, company);
  const eligibility = findEligibility(text, bodyStart, degrees);
  // The employer's deadline outranks an earlier "send me your CV by 4 January" (a person's own request in
  // a forwarded message, a step before applying).
  const deadlines = eligibility.filter((e) => e.kind === 'deadline');
  const deadlineAsk = deadlines.find((e) => !ASKED_OF_ME.test(e.text)) ?? deadlines[0];
  // The date the deadline phrase governs, not the sentence's first date ("start June 1 … deadline April 1").
  const deadline = deadlineAsk ? deadlineAsk.written ?? new RegExp(DAY, 'i').exec(deadlineAsk.text)?.[0] : undefined;
  // A referral deadline the posting states is kept apart from the application deadline (a user's own
  // `referralDeadline:` in front matter wins).
  const referralDeadline = fromFrontMatter.referralDeadline ? undefined : referralDeadlineIn(text, bodyStart);
  // A web clipper's "source:" is the page's own address: its job number is the posting's ID.
  const idFromSource = !fromFrontMatter.jobId && !inferred.jobId && fromFrontMatter.url ? jobIdInUrl(fromFrontMatter.url, true) : undefined;
  const meta = {
    ...fromStructuredData(structured),
    ...definedOnly(inferred),
    ...(idFromSource ? { jobId: idFromSource } : {}),
    ...(company ? { company } : {}),
    ...withoutCompanyLead(inferred, company),
    ...definedOnly(fromFrontMatter),
    // A page of several positions: the kept position's heading is its title.
    ...(headline && !fromFrontMatter.title ? { title: headline.title } : {}),
    ...(deadline ? { deadline } : {}),
    ...(referralDeadline ? { referralDeadline } : {}),
    ...employment(body, fromFrontMatter.title ?? inferred.title),
  };
  // "Design Engineering internship in Pune at Acme Private Limited" on the page, "Design Engineering" in its
  // structured data: the page's line is the title with where and for whom added.
  if (structured?.title && company && meta.title && !fromFrontMatter.title && extendsWithEmployer(meta.title, structured.title, company)) meta.title = structured.title;
  return {
    ...meta,
    spans: spansOf(text, meta),
    tags: fromFrontMatter.tags,
    text,
    ...(bounded.cutAt !== undefined ? { readChars: bounded.cutAt } : {}),
    ...(cleaned.postings ? { postingsInText: cleaned.postings, postingRead: cleaned.read ?? 'first' } : {}),
    ...(cleaned.heading ? { postingHeading: cleaned.heading } : {}),
    frontMatter: data,
    bodyStart,
    sections,
    // The posting's own reference ("SVU-04127" in an attachment's name) is no skill, whatever its shape.
    keywords: meta.jobId ? keywords.filter((k) => k.keyword.toLowerCase() !== String(meta.jobId).toLowerCase()) : keywords,
    degrees,
    experience,
    alternatives,
    eligibility,
  };
}

/**
 * A kept position's or post's heading: the title, and after a dash the employer when that part begins
 * with the name read from the text ("Junior Data Analyst — Tsiran Delivery", with "Tsiran" read).
 */
function titleAndEmployer(heading: string, read: string | undefined): { title: string; company?: string } {
  const parts = /^(.+?)\s+[—–|@]\s+(.+)$/.exec(heading);
  if (!parts || !read || !parts[2].toLowerCase().startsWith(read.toLowerCase())) return { title: heading };
  return { title: parts[1].trim(), company: parts[2].trim() };
}

/** A person's own request ("send me your CV by …"), not the employer's deadline. */
const ASKED_OF_ME = /\b(?:send|submit|share|give|e-?mail|forward)\s+me\b/i;

/** Whether `title` is `short` followed by more words that name the employer. */
function extendsWithEmployer(title: string, short: string, company: string): boolean {
  const lower = title.toLowerCase();
  const head = short.trim().toLowerCase();
  return lower.length > head.length && lower.startsWith(head) && /^\s/.test(lower.slice(head.length)) && lower.slice(head.length).includes(withoutLegalForm(company).toLowerCase());
}

/** The metadata a page's structured data states, under the names JobMetadata uses. */
function fromStructuredData(structured: StructuredPosting | undefined): Partial<JobMetadata> {
  if (!structured) return {};
  const { title, company, jobId, url, deadline, location } = structured;
  return definedOnly({ title, company, jobId, url, deadline, location });
}

const SPAN_FIELDS = ['company', 'title', 'jobId', 'url', 'location', 'deadline', 'employmentType', 'term'] as const;

/** The first place each value is written (case-insensitive); a value read from a URL or rebuilt has none. */
function spansOf(text: string, meta: Partial<Record<(typeof SPAN_FIELDS)[number], string>>): JobPosting['spans'] {
  const spans: NonNullable<JobPosting['spans']> = {};
  const lower = text.toLowerCase();
  for (const field of SPAN_FIELDS) {
    const value = meta[field];
    if (!value) continue;
    const at = lower.indexOf(value.toLowerCase());
    if (at >= 0) spans[field] = { start: at, end: at + value.length };
  }
  return spans;
}

const EMPLOYMENT: [string, RegExp][] = [
  ['apprenticeship', /\bapprenticeship\b/i],
  ['co-op', /\bco-?op\b/i],
  ['internship', /\bintern(?:ship)?s?\b/i],
  ['part-time', /\bpart[- ]time\b/i],
  ['contract', /\b(?:contract|contractor|fixed[- ]term)\b/i],
  ['full-time', /\bfull[- ]time\b/i],
];

/** "Employment Type: Permanent, full-time", "Job type" over "Co-op", "Time Type: Full time", "Commitment: Intern". */
const EMPLOYMENT_FIELD = /^[ \t*_-]*(?:(?:employment|job|position|time|work|contract)[ \t]+type|commitment|schedule|status)[ \t*_]*(?::[ \t*_]*(.*)|\r?\n[ \t]*(.+))$/im;
/** A kind named as experience the candidate brings ("internship or co-op experience", "(internships count)"). */
const AS_EXPERIENCE =
  /\b(?:intern(?:ship)?s?|co-?ops?)(?:\s+(?:or|and)\s+(?:intern(?:ship)?s?|co-?ops?))?\s+(?:experience|background|count)|\b(?:prior|previous|past|one|two|\d)\s+(?:(?:or more|\+)\s+)?(?:intern(?:ship)?s?|co-?ops?)\b|\bor\s+(?:an?\s+)?(?:intern(?:ship)?|co-?op)\s+in\b/gi;
/** The job's own length: "12-week internship", "a 4-month co-op", "for 8 months" — not "within the last 24 months". */
const DURATION =
  /\b(\d{1,2}-(?:week|month)),?\s+(?:(?:paid|full-time|part-time),?\s+){0,2}(?:internship|co-?op|term|contract|placement|programme|program|position|role|assignment|work term)\b|\b(?:for|lasting|duration|term|length)\s*:?\s+(?:of\s+)?(\d{1,2}\s+(?:weeks|months))\b/i;

/** The kind named in a short field or title: the most specific one. */
function kindIn(text: string): string | undefined {
  return EMPLOYMENT.find(([, re]) => re.test(text))?.[0] ?? (/\bpermanent\b/i.test(text) ? 'full-time' : undefined);
}

/** The kind a posting's text names first ("Full-time" in a board's header before "internship" in a requirement). */
function firstKindIn(text: string): string | undefined {
  // "a full-time paid internship" is an internship.
  const t = text.replace(/\bfull[- ]time(?=[\s,]+(?:paid\s+)?(?:intern|co-?op))/gi, ' ');
  let best: { type: string; at: number } | undefined;
  for (const [type, re] of EMPLOYMENT) {
    const at = t.search(re);
    if (at >= 0 && (!best || at < best.at)) best = { type, at };
  }
  return best?.type ?? kindIn(t);
}

/**
 * Employment type and term as the posting states them: the kind the title names ("Data Intern"), then a
 * labelled field ("Employment Type: Permanent"), then the first kind the text names — not a kind named as the experience
 * asked for. The term is a season, or the job's stated length.
 */
function employment(body: string, title: string | undefined): { employmentType?: string; term?: string } {
  const out: { employmentType?: string; term?: string } = {};
  const head = body.slice(0, 4000);
  const field = EMPLOYMENT_FIELD.exec(head);
  const fieldValue = field ? (field[1] ?? field[2] ?? '') : '';
  // The title first: Workday lists an intern's "Time Type" as "Full time".
  const type = (title && kindIn(title)) || (fieldValue && kindIn(fieldValue)) || firstKindIn(head.replace(AS_EXPERIENCE, ' '));
  if (type) out.employmentType = type;
  const season = /\b((?:Summer|Fall|Autumn|Winter|Spring)\s+20\d\d)\b/.exec(head);
  const duration = DURATION.exec(head);
  const term = season?.[1] ?? duration?.[1] ?? duration?.[2];
  if (term) out.term = term;
  return out;
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** "Amazon" + "Software Development Engineer Intern" → "amazon-software-development-engineer-intern". */
/**
 * "# Acme Robotics – Firmware Co-op": a heading that names the company before the title. The title is
 * what follows the separator; the company is its own field.
 */
function withoutCompanyLead(meta: { title?: string }, company: string | undefined): { title?: string } {
  if (!meta.title || !company) return {};
  const lead = meta.title.slice(0, company.length);
  if (lead.toLowerCase() !== company.toLowerCase()) return {};
  const rest = /^\s*(?:[–—|:]|--?)\s*(\S.*)$/.exec(meta.title.slice(company.length));
  return rest ? { title: rest[1] } : {};
}

export function jobSlug(job: Pick<JobPosting, 'company' | 'title'>, fallback = 'job'): string {
  const slug = [job.company, job.title]
    .filter(Boolean)
    .join(' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/c\+\+/g, 'cpp')
    .replace(/c#/g, 'csharp')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || fallback;
}

/**
 * "Arunika Pay (PT Tirta Arunika Teknologi)": the text gives the employer's trading name and puts the
 * registered name in brackets after it. A board's company field or a page's schema carries the
 * registered one; the name the employer calls itself by is the one a referral names.
 */
const LEAD_WORDS = new Set(['about', 'at', 'join', 'the', 'our', 'we', 'with', 'from', 'for', 'by', 'in', 'why', 'meet', 'us', 'work', 'to', 'of', 'and', 'is', 'welcome']);

function tradingName(company: string, body: string): string {
  const escaped = escapeRegExp(company);
  // A run of capitalised words that starts a word (no dot inside: a sentence's end is no part of the name).
  const m = new RegExp(`(?<![\\p{L}\\d&'’.-])((?:\\p{Lu}[\\p{L}\\d&'’-]*[ \\t]+){0,3}\\p{Lu}[\\p{L}\\d&'’-]*)[ \\t]+\\(${escaped}\\)`, 'u').exec(body);
  if (!m) return company;
  // "About Acme Pay (…)", "Work With Us At Acme Pay (…)": the words of the sentence before the name go.
  const words = m[1].trim().split(/[ \t]+/);
  const lastLead = words.map((w) => LEAD_WORDS.has(w.toLowerCase())).lastIndexOf(true);
  const trading = words.slice(lastLead + 1).join(' ');
  if (!trading) return company;
  // The trading name shares a word with the registered one ("Arunika"), so it is the same employer.
  const registered = new Set(company.toLowerCase().split(/\s+/));
  return trading.toLowerCase().split(/\s+/).some((w) => registered.has(w) && w.length > 2) ? trading : company;
}
