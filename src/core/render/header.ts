// The name and contact line at the top of the page. A resume may keep them only in front matter
// (which is not printed) or write a name without contacts; the rendered page must still open with
// who this is and how to reach them. Only what the Markdown header does not already show is added,
// and the Markdown file itself is never changed.

import type { Profile } from '../document/types';

const FRONT_MATTER = /^(?:---|\+\+\+)\r?\n[\s\S]*?\r?\n(?:---|\+\+\+)[ \t]*(?:\r?\n|$)/;

/** Markdown-escapes text for a heading or a line (the values come from YAML, not Markdown). */
const md = (s: string) => s.replace(/([\\`*_[\]<>#|])/g, '\\$1');

interface Contact {
  value: string;
  /** How it is shown: a link for URLs and email. */
  markdown: string;
  /** What to look for in the header to know it is already there. */
  needles: string[];
}

function contactsOf(p: Profile): Contact[] {
  const out: Contact[] = [];
  const url = (value: string) => {
    const bare = value.replace(/^https?:\/\//i, '').replace(/\/+$/, '');
    const href = /^https?:\/\//i.test(value) ? value : `https://${value}`;
    return { value, markdown: `[${md(bare)}](${href})`, needles: [bare.toLowerCase()] };
  };
  if (p.location) out.push({ value: p.location, markdown: md(p.location), needles: [p.location.toLowerCase()] });
  if (p.email) out.push({ value: p.email, markdown: `[${md(p.email)}](mailto:${p.email})`, needles: [p.email.toLowerCase()] });
  // A phone is the same number with or without its country code: compare the last ten digits.
  if (p.phone) out.push({ value: p.phone, markdown: md(p.phone), needles: [p.phone.replace(/\D/g, '').slice(-10)] });
  // A bare user name (RenderCV and JSON Resume profiles give one) is a profile on that site.
  const profileUrl = (value: string, site: string) => (/^[\w.-]+$/.test(value) && !/\.[a-z]{2,}$/i.test(value) ? `https://${site}/${value}` : value);
  if (p.linkedin) out.push(url(profileUrl(p.linkedin, 'linkedin.com/in')));
  if (p.github) out.push(url(profileUrl(p.github, 'github.com')));
  if (p.website) out.push(url(p.website));
  return out;
}

/** Everything before the first level-2 heading (after front matter). */
function headerBlock(body: string): { text: string; end: number } {
  const h2 = /^##\s/m.exec(body);
  const end = h2 ? h2.index : body.length;
  return { text: body.slice(0, end), end };
}

/**
 * The Markdown with a `# Name` and a contact line added where the header lacks them. A phone is
 * found by its digits, links by their address with or without "https://"; a header that links
 * "LinkedIn" to the profile URL already shows it.
 */
export function withProfileHeader(markdown: string, profile: Profile): string {
  const fm = FRONT_MATTER.exec(markdown)?.[0] ?? '';
  const body = markdown.slice(fm.length);
  const header = headerBlock(body);
  const haystack = header.text.toLowerCase();
  const digits = header.text.replace(/\D/g, '');
  const missing = contactsOf(profile).filter((c) =>
    c.needles.every((n) => !n || !(haystack.includes(n) || (/^\d+$/.test(n) && n.length >= 7 && digits.includes(n)))),
  );
  const h1 = /^#\s+\S.*$/m.exec(header.text);
  const add: string[] = [];
  if (!h1 && profile.name?.trim()) add.push(`# ${md(profile.name.trim())}`);
  if (missing.length) add.push(missing.map((c) => c.markdown).join(' · '));
  if (!add.length) return markdown;
  if (h1) {
    // Contacts at the end of the existing header, after whatever contact line it has.
    const at = fm.length + header.text.trimEnd().length;
    return `${markdown.slice(0, at)}\n\n${add.join('\n\n')}\n\n${markdown.slice(fm.length + header.end)}`;
  }
  return `${fm}${add.join('\n\n')}\n\n${body.replace(/^\s*\n/, '')}`;
}
