// A posting taken out of a data file (a JSON answer, a feed item) as a small HTML page: its title as
// the heading, its own address under it, its labelled fields, then its body. The page reader
// (clean.ts) then reads it as any saved page.
import { escapeHtml } from '../text/escape-html';

export function containedPage(parts: { title?: string; url?: string; fields?: [string, string][]; body: string }): string {
  return [
    parts.title ? `<h1>${escapeHtml(parts.title)}</h1>` : '',
    parts.url ? `<p>${escapeHtml(parts.url)}</p>` : '',
    ...(parts.fields ?? []).map(([name, value]) => `<p>${escapeHtml(name)}: ${escapeHtml(value)}</p>`),
    parts.body,
  ]
    .filter(Boolean)
    .join('\n');
}
