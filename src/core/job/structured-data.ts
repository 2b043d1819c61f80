// The schema.org JobPosting a careers page embeds for search engines (<script type="application/ld+json">,
// the structured data Google for Jobs reads; most applicant-tracking systems write it). A page that
// renders its text with JavaScript shows nothing when saved, and its posting is there and only there.
// Read here: the fields a posting's metadata needs, and the posting's text (description and the other
// prose fields), so the text can be read like any posting when the page's own text lacks it.
// https://schema.org/JobPosting — only what a page states is taken; nothing is inferred.
import type { DefaultTreeAdapterMap } from 'parse5';
import { withoutLegalForm } from './legal-forms';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface StructuredPosting {
  title?: string;
  company?: string;
  jobId?: string;
  url?: string;
  deadline?: string;
  location?: string;
  /** The description's HTML (or text) and the other prose fields, each under a heading, as HTML. */
  html?: string;
}

/** The prose fields after the description, with the heading each is shown under. */
const PROSE_FIELDS: [string, string][] = [
  ['responsibilities', 'Responsibilities'],
  ['qualifications', 'Qualifications'],
  ['educationRequirements', 'Education'],
  ['experienceRequirements', 'Experience'],
  ['eligibilityToWorkRequirement', 'Eligibility to work'],
  ['jobBenefits', 'Benefits'],
];

/** The page's first JobPosting object in its JSON-LD blocks (alone, in a list or in an "@graph"). */
export function structuredPosting(root: Node): StructuredPosting | undefined {
  for (const json of ldJsonBlocks(root)) {
    let data: unknown;
    try {
      data = JSON.parse(json);
    } catch {
      continue; // A broken block is skipped: the page's text is still read.
    }
    const posting = findJobPosting(data, 0);
    if (posting) return readPosting(posting);
  }
  return undefined;
}

function ldJsonBlocks(node: Node, out: string[] = []): string[] {
  const el = node as Element;
  if (el.tagName === 'script' && /^application\/ld\+json$/i.test(el.attrs.find((a) => a.name === 'type')?.value?.trim() ?? '')) {
    out.push(el.childNodes.map((c) => (c.nodeName === '#text' ? (c as DefaultTreeAdapterMap['textNode']).value : '')).join(''));
    return out;
  }
  for (const child of (el as { childNodes?: Node[] }).childNodes ?? []) ldJsonBlocks(child, out);
  // A <template>'s content is a separate fragment.
  if (el.tagName === 'template' && 'content' in el) ldJsonBlocks(el.content as unknown as Node, out);
  return out;
}

type Json = Record<string, unknown>;

function findJobPosting(data: unknown, depth: number): Json | undefined {
  if (depth > 4 || !data || typeof data !== 'object') return undefined;
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = findJobPosting(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const obj = data as Json;
  const type = obj['@type'];
  if (type === 'JobPosting' || (Array.isArray(type) && type.includes('JobPosting'))) return obj;
  return findJobPosting(obj['@graph'], depth + 1);
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : undefined);
const nameOf = (v: unknown): string | undefined => text(v) ?? (v && typeof v === 'object' && !Array.isArray(v) ? text((v as Json).name) : undefined);

/**
 * "2026-12-31T09:14:22.000Z": a board that stamps every listing with an expiry (posted time plus N days)
 * writes the seconds of the moment it posted. A deadline an employer sets is a day, or a time of day
 * on the minute ("2027-01-10T23:59:00+01:00"), so an expiry to the second is no application deadline.
 */
function machineExpiry(validThrough: string): boolean {
  const time = /T\d\d:\d\d:(\d\d)(?:\.(\d+))?/.exec(validThrough);
  if (!time) return false;
  // The end of a day in any time zone ("T18:29:59.000Z" is 23:59:59 in India) is a deadline someone set.
  const endOfDay = /T\d\d:[0-5]9:59(?:\.\d+)?/.test(validThrough);
  return !endOfDay && (Number(time[1]) !== 0 || Number(time[2] ?? 0) !== 0);
}

function readPosting(p: Json): StructuredPosting {
  const out: StructuredPosting = {};
  const title = text(p.title);
  if (title) out.title = title;
  const company = nameOf(p.hiringOrganization);
  if (company) out.company = withoutLegalForm(company);
  // identifier: "JR-123", 123, or a PropertyValue { name, value }.
  const id = text(p.identifier) ?? (p.identifier && typeof p.identifier === 'object' ? text((p.identifier as Json).value) : undefined);
  if (id) out.jobId = id;
  const url = text(p.url);
  if (url && /^https?:\/\//i.test(url)) out.url = url;
  const deadline = text(p.validThrough);
  if (deadline && !machineExpiry(deadline)) out.deadline = deadline;
  const location = placeOf(Array.isArray(p.jobLocation) ? p.jobLocation[0] : p.jobLocation);
  if (location) out.location = location;
  const parts: string[] = [];
  const description = text(p.description);
  if (description) parts.push(asHtml(description, false));
  for (const [key, heading] of PROSE_FIELDS) {
    const value = text(p[key]) ?? (p[key] && typeof p[key] === 'object' ? text((p[key] as Json).description) : undefined);
    if (value) parts.push(`<h2>${heading}</h2>${asHtml(value, true)}`);
  }
  if (parts.length) out.html = parts.join('\n');
  return out;
}

/** "Singapore", "Toronto, ON, CA": the address's locality, region and country, as given. */
function placeOf(v: unknown): string | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const address = (v as Json).address;
  if (typeof address === 'string') return text(address);
  if (!address || typeof address !== 'object') return undefined;
  const a = address as Json;
  const parts = [text(a.addressLocality), text(a.addressRegion), nameOf(a.addressCountry)].filter((s): s is string => !!s);
  return parts.length ? [...new Set(parts)].join(', ') : undefined;
}

/**
 * A field's value as HTML: HTML as is (an escaped "&lt;p&gt;" once decoded); plain text with its line
 * breaks kept, as paragraphs or, in a field of requirements ("qualifications"), as a list's items.
 */
function asHtml(value: string, list: boolean): string {
  const decoded = !/<[a-z]/i.test(value) && /&lt;[a-z]/i.test(value) ? value.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&') : value;
  if (/<[a-z][^>]*>/i.test(decoded)) return decoded;
  const lines = decoded
    .split(/\n+/)
    .map((line) => line.trim().replace(/&/g, '&amp;').replace(/</g, '&lt;'))
    .filter(Boolean);
  return list && lines.length > 1 ? `<ul>${lines.map((l) => `<li>${l}</li>`).join('')}</ul>` : lines.map((l) => `<p>${l}</p>`).join('');
}
