// Optional YAML front matter of a job file: company, title, jobId, url, location, referralDeadline,
// contact, tags. Broken YAML is treated as absent so a pasted posting always parses.

import { withoutTracking } from './metadata';
import { parse as parseYaml } from 'yaml';
import type { JobMetadata } from './types';

export interface SplitFrontMatter {
  data: Record<string, unknown>;
  /** Offset where the body starts. */
  bodyStart: number;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

export function splitFrontMatter(text: string): SplitFrontMatter {
  const m = FENCE.exec(text.replace(/^\uFEFF/, ''));
  if (!m) return { data: {}, bodyStart: 0 };
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  let data: unknown;
  try {
    data = parseYaml(m[1]);
  } catch {
    data = undefined;
  }
  const record = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  return { data: record, bodyStart: bom + m[0].length };
}

const KEYS: Record<keyof Omit<JobMetadata, 'tags' | 'deadline' | 'employmentType' | 'term'>, string[]> = {
  company: ['company', 'employer', 'organization', 'organisation'],
  title: ['title', 'role', 'position', 'jobTitle', 'job_title'],
  jobId: ['jobId', 'job_id', 'jobID', 'id', 'requisition', 'req', 'reqId', 'req_id', 'reference', 'ref'],
  // "source": where a web clipper (Obsidian's, MarkDownload) saved the page from.
  url: ['url', 'link', 'posting', 'source'],
  location: ['location', 'locations'],
  referralDeadline: ['referralDeadline', 'referral_deadline', 'deadline', 'applyBy', 'apply_by', 'closes', 'closingDate', 'closing_date'],
  contact: ['contact', 'referrer', 'recruiter'],
};

function asText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(asText).filter(Boolean).join(', ') || undefined;
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return asText(o.name) ?? asText(o.email) ?? undefined;
  }
  const s = String(value).trim();
  return s || undefined;
}

export function metadataFromFrontMatter(data: Record<string, unknown>): JobMetadata {
  const meta: JobMetadata = { tags: parseTags(data.tags ?? data.tag) };
  for (const [field, keys] of Object.entries(KEYS) as [keyof typeof KEYS, string[]][]) {
    for (const key of keys) {
      const value = asText(data[key]);
      if (value && !(key === 'source' && !/^https?:\/\//i.test(value))) {
        // A clipper's "source" is the address the page was saved from, with the search that led there.
        meta[field] = key === 'source' ? withoutTracking(value) : value;
        break;
      }
    }
  }
  return meta;
}

export function parseTags(value: unknown): string[] {
  const list = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/[,\s]+/) : [];
  return [...new Set(list.map((t) => t.trim().toLowerCase()).filter(Boolean))];
}

/** Keys only a static-site generator's page front matter has. */
const SITE_PAGE_KEYS = ['layout', 'permalink', 'nav_order', 'menu', 'weight', 'sidebar', 'redirect_from', 'slug'];

/**
 * A clipped page's title names the site and the employer after the role ("Data Officer | Acme Trust |
 * Idealist"): where the page's own first heading is the title's first part, that heading is the title.
 */
export function titleFromClipping(title: string | undefined, body: string, data: Record<string, unknown> = {}): string | undefined {
  if (!title) return title;
  const heading = /^[ \t]*#{1,2}[ \t]+(.+?)[ \t]*#*[ \t]*$/m.exec(body)?.[1]?.trim();
  if (!heading || heading === title) return title;
  // A site generator's page (Jekyll, Hugo: "layout", "permalink"): its "title" names the page in the
  // site's menus ("Open position: PhD student…"); the page's own first heading names the role.
  if (SITE_PAGE_KEYS.some((k) => k in data)) return heading;
  return title.startsWith(heading) && /^\s+[|–—-]\s+\S/.test(title.slice(heading.length)) ? heading : title;
}
