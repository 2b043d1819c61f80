// Spans of a resume's source that no fix may touch: what a reader or a machine reads literally.
// URLs, e-mail addresses, link targets, link text that is a URL or a profile handle, code spans and
// fences, HTML tags and comments, template macros ({NAME}, {{name}}, ${name}, {% … %}, @VAR=), emoji shortcodes (:phone:), wiki
// links and front matter. lint.ts drops every fix edit that overlaps one, so each rule — whoever
// wrote it — is covered without having to remember.
//
// Found with bounded regexes on the source (code is blanked first, so a URL inside a code span is one
// code span, not two spans). Every pattern is anchored on a literal and bounded, so no input makes
// them backtrack quadratically.
import type { OffsetRange } from '../types';

export type ProtectedKind = 'front-matter' | 'code' | 'html' | 'url' | 'email' | 'link-target' | 'handle' | 'macro' | 'wiki-link';

export interface ProtectedSpan extends OffsetRange {
  kind: ProtectedKind;
}

// Shared with rules/source-scan.ts, which masks the same constructs before scanning prose.
export const FENCE = /^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n {0,3}\2[`~]*[ \t]*(?=\n|$)|$(?![\s\S]))/gm;
export const COMMENT = /<!--[\s\S]*?(?:-->|$(?![\s\S]))/g;
export const LINK_TARGET = /\]\([^)\n]{0,2048}\)|^ {0,3}\[[^\]\n]{1,999}\]:[^\n]*/gm;
export const AUTOLINK = /<(?:https?:|mailto:)[^>\s]{0,2048}>/gi;
export const URL = /\b(?:https?:\/\/|www\.)[^\s<>()[\]]+/gi;
export const HTML_TAG = /<\/?[a-z][^>\n]{0,1000}>/gi;
const WIKI_LINK = /\[\[[^\]\n]{0,500}\]\]/g;
const MACROS = [
  /\{\{[^{}\n]{0,200}\}\}/g, // {{name}} (Mustache, Jinja, Handlebars)
  /\{%[^\n]{0,200}?%\}/g, // {% tag %} (Liquid, Jinja)
  /\$\{[^{}\n]{0,200}\}/g, // ${name}
  /(?<![\w$])\{[A-Za-z_][\w.-]{0,60}\}/g, // {NAME}
  /(?<![\w.])@[A-Za-z_][\w.-]{0,60}=?/g, // @VAR= and @handles
  /(?<![\w:]):(?=[a-z0-9_+-]{0,39}[a-z])[a-z0-9_+-]{2,40}:(?![\w:])/g, // :iphone: (an emoji shortcode GitHub and GitLab render)
];
/** A profile handle without its domain, as people write link text: "github/ana", "linkedin/in/ana", "in/ana". */
const HANDLE =
  /(?<![\w.-])(?:(?:github|gitlab|bitbucket|codeberg|linkedin|twitter|x|medium|kaggle|leetcode|hackerrank|codeforces|codepen|behance|dribbble|instagram|facebook|youtube|huggingface|stackoverflow|substack|dev\.to)(?:\.com)?\/|in\/)[^\s)\]>|,;]{1,200}/gi;
const TLD = /\.(?:com|org|net|io|dev|ai|app|co|edu|gov|me|ca|uk|us|xyz|tech|info|ly|gg|page|site|in|de|fr|to|sh)\b/gi;
const EMAIL_LOCAL = /[\w.+-]/;
const EMAIL_DOMAIN = /^[\w-]+(?:\.[\w-]+)+/;
const DOMAIN_CHAR = /[\w.-]/;
const PATH_CHAR = /[^\s)\]>]/;

/**
 * Code spans as CommonMark reads them: a run of n backticks opens a span that the next run of exactly
 * n backticks in the same paragraph closes; a run without a partner is literal text. Linear: one
 * queue of runs per length, each read forward once.
 */
export function inlineCodeSpans(text: string): OffsetRange[] {
  const out: OffsetRange[] = [];
  for (const block of text.matchAll(/(?:[^\n]|\n(?![ \t]*(?:\n|$)))+/g)) {
    const base = block.index ?? 0;
    const runs: OffsetRange[] = [];
    for (const m of block[0].matchAll(/`+/g)) runs.push({ start: base + (m.index ?? 0), end: base + (m.index ?? 0) + m[0].length });
    const byLength = new Map<number, number[]>();
    runs.forEach((r, i) => {
      const n = r.end - r.start;
      const list = byLength.get(n) ?? [];
      list.push(i);
      byLength.set(n, list);
    });
    const next = new Map<number, number>();
    for (let i = 0; i < runs.length; ) {
      const n = runs[i].end - runs[i].start;
      const list = byLength.get(n)!;
      let k = next.get(n) ?? 0;
      while (k < list.length && list[k] <= i) k++;
      next.set(n, k);
      if (k < list.length) {
        const j = list[k];
        out.push({ start: runs[i].start, end: runs[j].end });
        i = j + 1;
      } else i++;
    }
  }
  return out;
}

/** Blanks [start, end) with spaces (keeping line breaks), so later patterns do not match inside. */
function blankOut(text: string, spans: readonly OffsetRange[]): string {
  if (!spans.length) return text;
  let out = '';
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.end <= at) continue;
    const from = Math.max(s.start, at);
    out += text.slice(at, from) + text.slice(from, s.end).replace(/[^\n\r]/g, ' ');
    at = s.end;
  }
  return out + text.slice(at);
}

function matches(text: string, re: RegExp, kind: ProtectedKind): ProtectedSpan[] {
  const out: ProtectedSpan[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, kind });
  }
  return out;
}

/** A Markdown link or a LaTeX \href: its text and its target. */
const NAMED_LINK = /\[([^\[\]\n]{1,80})\]\(\s*<?([^)\s>]{1,2048})>?\s*\)|\\href\{([^{}\s]{1,2048})\}\{([^{}\n]{1,80})\}/g;

/**
 * Link text that is the last segment of its own target ("[kafka-lite](https://github.com/ana/kafka-lite)"):
 * a repository's or a page's name, an identifier like a handle, not prose to correct.
 */
export function slugLinkTextSpans(text: string): ProtectedSpan[] {
  const out: ProtectedSpan[] = [];
  NAMED_LINK.lastIndex = 0;
  for (let m = NAMED_LINK.exec(text); m; m = NAMED_LINK.exec(text)) {
    const markdown = m[1] !== undefined;
    const label = markdown ? m[1] : m[4];
    const target = markdown ? m[2] : m[3];
    const slug = target.replace(/[?#].*$/, '').replace(/\/+$/, '').split('/').pop() ?? '';
    const bare = label.replace(/^[*_`\s]+|[*_`\s]+$/g, '');
    // Three characters or more: "[I](…/I)" is a word that happens to match, not a repository's name.
    if (bare.length < 3 || bare.toLowerCase() !== slug.toLowerCase().replace(/\.git$/, '')) continue;
    const start = m.index + (markdown ? 1 : m[0].length - label.length - 1) + label.indexOf(bare);
    out.push({ start, end: start + bare.length, kind: 'handle' });
  }
  return out;
}

/** E-mail addresses, found from each "@" outwards (a pattern starting with `[\w.]+@` backtracks). */
export function emailSpans(text: string): ProtectedSpan[] {
  const spans: ProtectedSpan[] = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && EMAIL_LOCAL.test(text[start - 1])) start--;
    const domain = EMAIL_DOMAIN.exec(text.slice(at + 1, at + 256));
    if (start < at && domain) spans.push({ start, end: at + 1 + domain[0].length, kind: 'email' });
  }
  return spans;
}

/** Bare domains with an optional path ("github.com/ana", "ana.dev"), found from their top-level domain. */
export function domainSpans(text: string): ProtectedSpan[] {
  const spans: ProtectedSpan[] = [];
  TLD.lastIndex = 0;
  for (let m = TLD.exec(text); m; m = TLD.exec(text)) {
    let start = m.index;
    while (start > 0 && m.index - start < 253 && DOMAIN_CHAR.test(text[start - 1])) start--;
    // "Node.js" and "e.g." are not domains: a domain has a letter run of 2+ before its dot.
    if (start === m.index || !/[A-Za-z0-9-]{2,}$/.test(text.slice(start, m.index))) continue;
    let end = m.index + m[0].length;
    if (text[end] === '/') while (end < text.length && end - m.index < 2048 && PATH_CHAR.test(text[end])) end++;
    spans.push({ start, end, kind: 'url' });
  }
  return spans;
}

/**
 * Every protected span of `text`, sorted by start (spans of different kinds may overlap).
 * `frontMatter` is the front matter's range when the document has one.
 */
export function findProtectedSpans(text: string, frontMatter?: OffsetRange): ProtectedSpan[] {
  const spans: ProtectedSpan[] = [];
  const add = (found: ProtectedSpan[]) => {
    spans.push(...found);
    return found;
  };
  let masked = text;
  if (frontMatter && frontMatter.end > frontMatter.start) masked = blankOut(masked, add([{ ...frontMatter, kind: 'front-matter' }]));
  masked = blankOut(masked, add(matches(masked, FENCE, 'code')));
  masked = blankOut(masked, add(inlineCodeSpans(masked).map((r) => ({ ...r, kind: 'code' as const }))));
  masked = blankOut(masked, add(matches(masked, COMMENT, 'html')));
  add(matches(masked, WIKI_LINK, 'wiki-link'));
  for (const re of MACROS) add(matches(masked, re, 'macro'));
  add(matches(masked, LINK_TARGET, 'link-target'));
  add(matches(masked, AUTOLINK, 'url'));
  add(matches(masked, URL, 'url'));
  add(matches(masked, HTML_TAG, 'html'));
  add(matches(masked, HANDLE, 'handle'));
  add(slugLinkTextSpans(masked));
  add(emailSpans(masked));
  add(domainSpans(masked));
  // A sentence's full stop or comma after a bare URL or handle is prose, not part of the address.
  for (const s of spans) {
    if (s.kind !== 'url' && s.kind !== 'handle') continue;
    while (s.end > s.start + 1 && /[.,;:!?'"’”]/.test(text[s.end - 1]) && text[s.end - 2] !== '/') s.end--;
  }
  return spans.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Protected spans with a fast "does this edit touch one?" query. */
export class ProtectedSpans {
  /** Front matter, kept apart: a finding inside it may edit it. */
  private readonly frontMatter?: ProtectedSpan;
  /** Every other span, merged into disjoint sorted intervals (so ends increase with starts). */
  private readonly merged: ProtectedSpan[] = [];

  constructor(readonly spans: readonly ProtectedSpan[]) {
    for (const s of spans) {
      if (s.kind === 'front-matter') {
        this.frontMatter = s;
        continue;
      }
      const last = this.merged[this.merged.length - 1];
      if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
      else this.merged.push({ ...s });
    }
  }

  /**
   * The protected span an edit of `range` would change: one it overlaps, or one it inserts text
   * strictly inside. `ignore` skips spans the caller may touch (front matter for a finding in it).
   */
  touching(range: OffsetRange, ignore?: (s: ProtectedSpan) => boolean): ProtectedSpan | undefined {
    const hits = (s: ProtectedSpan) =>
      range.start === range.end ? s.start < range.start && range.start < s.end : s.start < range.end && range.start < s.end;
    if (this.frontMatter && hits(this.frontMatter) && !ignore?.(this.frontMatter)) return this.frontMatter;
    // The last interval starting before the edit's end (before its point, for an insertion).
    const limit = range.start === range.end ? range.start : range.end;
    let lo = 0;
    let hi = this.merged.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.merged[mid].start < limit) lo = mid + 1;
      else hi = mid;
    }
    const s = this.merged[lo - 1];
    return s && hits(s) && !ignore?.(s) ? s : undefined;
  }
}

const cache = new WeakMap<object, ProtectedSpans>();

/** The protected spans of a parsed document, computed once per parse. */
export function protectedSpansOf(doc: { text: string; frontMatter: { range?: OffsetRange } }): ProtectedSpans {
  let spans = cache.get(doc);
  if (!spans) cache.set(doc, (spans = new ProtectedSpans(findProtectedSpans(doc.text, doc.frontMatter.range))));
  return spans;
}
