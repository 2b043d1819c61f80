// Postings as they arrive: a saved careers page (HTML), or a paste that drags along the page
// around the posting — navigation, "Apply now", cookie banners, share links, icon-font ligature
// names ("chevron_right") — and, from mis-decoded copies, mojibake ("donâ€™t").
//
// HTML is parsed with parse5 (the WHATWG parser, pure JavaScript): scripts, styles, navigation,
// forms and buttons go; block elements become lines, list items "- " bullets, headings "#" lines,
// bold lines stay bold; entities are decoded by the parser. Junk lines of a text paste are blanked
// with spaces rather than removed, so every offset into the file stays true.

import { escapeHtml } from '../text/escape-html';
import { labelledTableRows, withoutMarkdownEscapes } from './labelled-table';
import { postingFromJson } from './json-container';
import { postingFromFeed } from './feed-container';
import { postingFromSheet } from './sheet-container';
import { postingFromSheetPage } from './sheet-page';
import { postingFromCalendar } from './calendar-container';
import { postingFromLatex } from './latex-container';
import { postingFromWiki } from './wiki-container';
import { postingFromMime } from './mime-container';
import { mendLineBreakHyphens } from './dehyphenate';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { structuredPosting, type StructuredPosting } from './structured-data';
import { repairLigatures } from './ligatures';
import { keepFirstPosting } from './digest';
import { keepLongestThreadPost } from './thread';
import { classifyHeading } from './sections';
import { allText, findPositions, findPosts, keepOnePosition, type PositionChoice } from './positions';
import { unfoldTextColumns } from './text-columns';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** A text that is an HTML document or fragment rather than Markdown with a stray tag. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return true;
  const tags = text.match(/<\/?(?:div|p|li|ul|ol|span|h[1-6]|br|section|article|strong|b|table|td)\b[^>]*>/gi)?.length ?? 0;
  const lines = text.split('\n').length;
  return tags >= 5 && tags >= lines / 4;
}

const DROP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'footer', 'form', 'button', 'select', 'iframe', 'head', 'img', 'input']);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'aside', 'ul', 'ol', 'table', 'tr', 'blockquote', 'pre', 'dl', 'dt', 'dd', 'br', 'hr',
  'body', 'html', 'figure', 'figcaption', 'address',
]);

/** Markdown-ish plain text of an HTML page: the posting's words, headings and bullets. */
export function htmlToText(html: string): string {
  return htmlToPage(html).text;
}

/**
 * The page's text (htmlToText), the address it gives as its own in its <head>, if any, and the
 * schema.org JobPosting it embeds, if any. A page whose shown text lacks that posting's description (a
 * page its scripts fill in, saved before they ran) is read from the description.
 */
export function htmlToPage(html: string, hint?: string): { text: string; pageUrl?: string; structured?: StructuredPosting; position?: PositionChoice & { whole: string } } {
  const doc = parse(html);
  // A page of several positions is read for one of them (positions.ts); `hint` is the file's name.
  // The whole page's text is kept beside it: its employer is every position's.
  const group = findPositions(doc as unknown as Node) ?? findPosts(doc as unknown as Node);
  const whole = group && shownText(doc as unknown as Node).text;
  const position = group && keepOnePosition(doc as unknown as Node, group, hint);
  const page: { text: string; pageUrl?: string; position?: PositionChoice & { whole: string } } = {
    ...shownText(doc as unknown as Node),
    ...(position && whole !== undefined ? { position: { ...position, whole } } : {}),
  };
  const structured = structuredPosting(doc as unknown as Node);
  if (structured?.html) {
    const described = shownText(parse(`<body>${structured.title && !page.text.includes(structured.title) ? `<h1>${escapeHtml(structured.title)}</h1>` : ''}${structured.html}</body>`) as unknown as Node).text;
    if (!holdsMostOf(page.text, described)) page.text = `${page.text.trim() ? `${page.text.trimEnd()}\n\n` : ''}${described}`;
  }
  return { ...page, ...(structured ? { structured } : {}) };
}

const squeezed = (s: string) => s.replace(/[\s*#_-]+/g, ' ').trim().toLowerCase();

/** Whether the page's text already shows most of the lines (of some length) of the described posting. */
function holdsMostOf(pageText: string, described: string): boolean {
  const shown = squeezed(pageText);
  const lines = described.split('\n').map(squeezed).filter((l) => l.length >= 30);
  if (!lines.length) return true;
  return lines.filter((l) => shown.includes(l)).length * 2 >= lines.length;
}

/** A form that holds a page's main heading or its main content (by tag or by role), not fields of an application. */
function wrapsPage(form: Element): boolean {
  return holdsPageHeading(form) || holdsProse(form);
}

/** An old table-layout page inside its form (Taleo): the form holds the posting's list items and paragraphs of text, as no apply form does. */
function holdsProse(form: Element): boolean {
  let items = 0;
  let chars = 0;
  const walk = (node: Node): void => {
    const el = node as Element;
    if (el.tagName === 'li') items++;
    if (node.nodeName === '#text') chars += ((node as { value?: string }).value ?? '').trim().length;
    if (el.tagName === 'script' || el.tagName === 'style') return;
    for (const child of (el as { childNodes?: Node[] }).childNodes ?? []) walk(child);
  };
  walk(form);
  return items >= 3 && chars >= 1500;
}

function holdsPageHeading(form: Element): boolean {
  const holds = (node: Node): boolean => {
    const el = node as Element;
    if (el.tagName === 'h1' || el.tagName === 'main' || el.tagName === 'article') return true;
    // The same by role (a form builder's page: its title a <div role="heading" aria-level="1">).
    const attr = (name: string) => el.attrs?.find((a) => a.name === name)?.value;
    if (attr('role') === 'main' || (attr('role') === 'heading' && attr('aria-level') === '1')) return true;
    return ((el as { childNodes?: Node[] }).childNodes ?? []).some(holds);
  };
  return holds(form);
}

/** Whether an element holds a checkbox or radio button (an <input> or an element with that role). */
function holdsChoiceControl(node: Node): boolean {
  const el = node as Element;
  const attr = (name: string) => el.attrs?.find((a) => a.name === name)?.value?.toLowerCase();
  if (el.tagName === 'input' && (attr('type') === 'checkbox' || attr('type') === 'radio')) return true;
  if (attr('role') === 'checkbox' || attr('role') === 'radio') return true;
  return ((el as { childNodes?: Node[] }).childNodes ?? []).some(holdsChoiceControl);
}

/**
 * A text node holding two lines or more that open with a list marker ("- ", "1. ") typed by hand. The
 * marks include a Word Symbol-font bullet pasted as a private-use character (U+F0B7 and kin).
 */
function typedList(value: string): boolean {
  if (!value.includes('\n')) return false;
  return value.split(/\r?\n/).filter((l) => /^\s*(?:[-*•▪●◦➢►✓✔\uF0A7\uF0B7\uF0D8\uF076\uF0FC]|\d{1,2}[.)])\s+\S/.test(l)).length >= 2;
}

/** The text of a parsed page and its own address. */
function shownText(doc: Node): { text: string; pageUrl?: string } {
  const out: string[] = [];
  let line = '';
  let cellDepth = 0;
  let labelOpen = false;
  const flush = () => {
    const t = line.replace(/[ \t\u00a0]+/g, ' ').trim();
    if (t) out.push(t);
    else if (out.length && out[out.length - 1] !== '') out.push('');
    line = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeName === '#text') {
      const value = (node as DefaultTreeAdapterMap['textNode']).value;
      // Text typed into a plain box and shown with its line breaks (a freelance brief, a forum post):
      // its own list items keep their lines.
      if (cellDepth === 0 && typedList(value)) {
        value.split(/\r?\n/).forEach((part, i) => {
          if (i > 0) flush();
          line += part.replace(/\s+/g, ' ');
        });
        return;
      }
      line += value.replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeName === '#comment') return;
    const el = node as Element;
    const tag = el.tagName;
    // An ASP.NET WebForms page wraps its whole body in one <form>: a form holding the page's headings is the page.
    if (tag && DROP.has(tag) && !(tag === 'form' && wrapsPage(el))) return;
    if (tag && (el.attrs ?? []).some((a) => (a.name === 'aria-hidden' && a.value === 'true') || (a.name === 'hidden'))) return;
    // An answer option of a form's question ("Which tools have you used? ☐ SPSS ☐ Python"): a choice
    // offered, not an ask.
    if (tag === 'label' && holdsChoiceControl(el)) return;
    const children = 'content' in el && tag === 'template' ? [] : ((el as { childNodes?: Node[] }).childNodes ?? []);
    // Inside a table cell everything stays on the row's line: blocks and items are separated by "; ".
    if (cellDepth > 0 && tag && (BLOCK.has(tag) || tag === 'li' || /^h[1-6]$/.test(tag))) {
      if (line.trim() && !/[|;]\s*$/.test(line)) line += '; ';
      children.forEach(walk);
      return;
    }
    if (tag && /^h[1-6]$/.test(tag)) {
      flush();
      line = '#'.repeat(Number(tag[1])) + ' ';
      children.forEach(walk);
      flush();
      out.push('');
      return;
    }
    // A table row becomes a Markdown table row ("| Essential | Desirable |"), its header row followed by a
    // delimiter: cells stay apart, and a column's heading can say how much its cells matter.
    if (tag === 'tr') {
      // Rows follow each other without a blank line between (the text between <tr>s is only spaces).
      if (line.trim()) flush();
      else line = '';
      const cells = children.filter((c) => (c as Element).tagName === 'td' || (c as Element).tagName === 'th') as Element[];
      if (!cells.length) {
        children.forEach(walk);
        flush();
        return;
      }
      // A table that lays the page out, not one of data: a row of one cell, a cell holding a table of its
      // own (a forum's comment tree), or one cell of text beside empty ones (indent spacers, vote arrows).
      // Its cells are read as the page's flow, blocks on lines of their own.
      if (cellDepth === 0 && layoutRow(cells)) {
        for (const cell of cells) {
          flush();
          walk(cell);
          flush();
        }
        return;
      }
      // A row headed by a label cell beside a value written in paragraphs or a list ("Minimum
      // Qualifications | <p>…</p><ul>…</ul>"): the label is that part's heading, the value its text.
      // So is a label naming what the posting asks or offers ("Required knowledge and experience |
      // Soil mechanics …", "Also an advantage | QGIS …"), whatever its value's markup.
      const asks = (kind: string | undefined) => kind === 'required' || kind === 'preferred' || kind === 'responsibilities';
      // (Not a heading row: "Essential | Desirable" heads two columns.)
      if (cellDepth === 0 && cells.length === 2 && cells[1].tagName !== 'th' && ((cells[0].tagName === 'th' && holdsBlocks(cells[1])) || asks(classifyHeading(cellText(cells[0]))))) {
        flush();
        if (out.length && out[out.length - 1] !== '') out.push('');
        walk(cells[0]);
        // Set in bold, as a label over its text is shown: a heading even where a plain short line is an item.
        if (line.trim() && !line.includes('**')) line = `**${line.trim()}**`;
        flush();
        walk(cells[1]);
        flush();
        out.push('');
        return;
      }
      cellDepth++;
      const texts = cells.map((cell) => {
        line = '';
        ((cell as { childNodes?: Node[] }).childNodes ?? []).forEach(walk);
        return line.replace(/[ \t\u00a0]+/g, ' ').trim();
      });
      cellDepth--;
      // "Vacancy number: | MIND-117": a label cell and its value are a field, written as one.
      const field = cells.length === 2 && cells[0].tagName === 'td' && /^[^|]{1,40}:$/.test(texts[0]);
      line = field ? `${texts[0]} ${texts[1]}` : `| ${texts.join(' | ')} |`;
      flush();
      if (cells.every((c) => c.tagName === 'th')) out.push(`|${' --- |'.repeat(cells.length)}`);
      return;
    }
    // A definition list is label and value ("job requisition id" / "JR-0041"): one "label: value" line, as a field.
    if (tag === 'dt' && cellDepth === 0) {
      flush();
      children.forEach(walk);
      const label = line.replace(/[ \t\u00a0]+/g, ' ').trim();
      line = label && !/[:?]$/.test(label) ? `${label}:` : label;
      labelOpen = !!label;
      return;
    }
    if (tag === 'dd' && labelOpen && cellDepth === 0) {
      labelOpen = false;
      line += ' ';
      children.forEach(walk);
      flush();
      return;
    }
    labelOpen = false;
    if (tag === 'li') {
      flush();
      line = '- ';
      children.forEach(walk);
      flush();
      return;
    }
    if (tag === 'a') {
      const href = el.attrs.find((a) => a.name === 'href')?.value;
      const before = line.length;
      children.forEach(walk);
      // Keep the posting's own link (an http URL) so its job ID can be read; drop javascript: and anchors.
      if (href && /^https?:\/\//i.test(href) && line.slice(before).trim() && !line.includes(href)) line += ` <${href}>`;
      return;
    }
    if (tag === 'strong' || tag === 'b') {
      const before = line.length;
      children.forEach(walk);
      const inner = line.slice(before);
      if (inner.trim()) line = line.slice(0, before) + `**${inner.trim()}**` + (/\s$/.test(inner) ? ' ' : '');
      return;
    }
    const block = tag ? BLOCK.has(tag) : false;
    // An item whose text sits in a paragraph (<li><p>…</p></li>, as site builders write lists): the
    // paragraph's text goes on the marker's line.
    if (block && !/^- \s*$/.test(line)) flush();
    children.forEach((child, i) => {
      // A row of tags (<span class="pill">Go</span><span class="pill">Rust</span>) set apart by the page's
      // style alone: written as a list, not run together ("GoRust").
      // (Only where the page's text itself runs them together: "Apply by:" / " Friday …" stays as typed.)
      const at = i > 0 && isTagSibling(child, children[i - 1]) && /[\p{L}\p{N})]$/u.test(line) ? line.length : -1;
      if (at >= 0) line += ', ';
      walk(child);
      if (at >= 0 && (line.length === at + 2 || /^\s|^[,.;:!?)]/u.test(line.slice(at + 2)))) line = line.slice(0, at) + line.slice(at + 2);
    });
    if (block) flush();
  };
  walk(doc);
  flush();
  const text = out.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
  // The page's own address (<link rel="canonical">, og:url) sits in the dropped <head>: it is
  // returned beside the text, not written into it, so the text holds only what the page shows.
  const pageUrl = ownUrl(doc) ?? sharedUrl(doc);
  return pageUrl ? { text, pageUrl } : { text };
}

/** Elements that lay text out in blocks inside a cell. */
const CELL_BLOCKS = new Set(['p', 'ul', 'ol', 'li', 'div', 'br', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre']);

function descendants(node: Node, test: (el: Element) => boolean): boolean {
  for (const child of (node as { childNodes?: Node[] }).childNodes ?? []) {
    const el = child as Element;
    if (el.tagName && (test(el) || descendants(el, test))) return true;
  }
  return false;
}

function holdsBlocks(cell: Element): boolean {
  return descendants(cell, (el) => CELL_BLOCKS.has(el.tagName));
}

/** A cell's text, spaces collapsed. */
function cellText(node: Node): string {
  return allText(node).replace(/\s+/g, ' ').trim();
}

/** The words of a node's text, without its scripts and styles. */
function textLength(node: Node): number {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value.replace(/\s+/g, '').length;
  const el = node as Element;
  if (el.tagName && DROP.has(el.tagName) && el.tagName !== 'form' && el.tagName !== 'nav' && el.tagName !== 'footer') return 0;
  return ((el as { childNodes?: Node[] }).childNodes ?? []).reduce((n, c) => n + textLength(c), 0);
}

/** A row that lays a page out (see shownText): one cell, a nested table, or one cell of text among empty ones. */
function layoutRow(cells: Element[]): boolean {
  // (A cell of a line or two kept apart by <br> is a list's row: "Title<br>City · Ref · Summary".)
  if (cells.length === 1) return descendants(cells[0], (el) => CELL_BLOCKS.has(el.tagName) && el.tagName !== 'br');
  if (cells.some((cell) => descendants(cell, (el) => el.tagName === 'table'))) return true;
  const withText = cells.filter((cell) => textLength(cell) > 0);
  return withText.length === 1 && holdsBlocks(withText[0]);
}

const INLINE_TAGS = new Set(['span', 'a', 'li', 'code', 'small', 'em', 'b', 'strong', 'i', 'label']);

/** Two inline elements side by side, of one tag and one class, with nothing between them. */
function isTagSibling(node: Node, previous: Node): boolean {
  const a = node as Element;
  const b = previous as Element;
  if (!a.tagName || a.tagName !== b.tagName || !INLINE_TAGS.has(a.tagName)) return false;
  const cls = (el: Element) => el.attrs.find((x) => x.name === 'class')?.value ?? '';
  return cls(a) !== '' && cls(a) === cls(b);
}

/**
 * A page without a canonical link may still show its own address: a "Share this role" box is a read-only
 * field holding the link to copy (<input readonly value="https://…/this-job">).
 */
function sharedUrl(node: Node): string | undefined {
  const el = node as Element;
  if (el.tagName === 'input' && el.attrs.some((a) => a.name === 'readonly')) {
    const value = el.attrs.find((a) => a.name === 'value')?.value?.trim();
    if (value && /^https?:\/\/[^/\s]+\/\S+$/i.test(value)) return value;
  }
  for (const child of (el as { childNodes?: Node[] }).childNodes ?? []) {
    const found = sharedUrl(child);
    if (found) return found;
  }
  return undefined;
}

/**
 * The page's own address from its <head>: <link rel="canonical">, else <meta property="og:url"> (a share
 * link, which may carry a campaign's parameters). Wherever each stands in the head.
 */
function ownUrl(node: Node): string | undefined {
  return headLink(node, (el, attr) => el.tagName === 'link' && /(?:^|\s)canonical(?:\s|$)/i.test(attr('rel') ?? '') ? attr('href') : undefined) ??
    headLink(node, (el, attr) => (el.tagName === 'meta' && attr('property') === 'og:url' ? attr('content') : undefined));
}

function headLink(node: Node, read: (el: Element, attr: (name: string) => string | undefined) => string | undefined): string | undefined {
  const el = node as Element;
  const value = read(el, (name) => el.attrs?.find((a) => a.name === name)?.value);
  if (value && /^https?:\/\//i.test(value)) return value;
  if (el.tagName === 'body') return undefined;
  for (const child of (el as { childNodes?: Node[] }).childNodes ?? []) {
    const found = headLink(child, read);
    if (found) return found;
  }
  return undefined;
}

/** Whole lines that are page chrome, not posting: buttons, share and cookie text, icon-font names. */
const JUNK_LINE =
  /^(?:apply(?: now| for this job| on company (?:site|website))?|easy apply|save(?: job)?|saved|share(?: this job| job)?|share(?: this)?(?: job| posting| role)?\s*:.*|report(?: this)? job|sign in(?: to apply)?|log in|back to (?:(?:search|job|jobs|all jobs|results|listings?)(?: results)?)(?: \([^()\n]*\))?|view all jobs|see more jobs|show more|show less|see more|more jobs like this|similar jobs|copy link|email(?: this)? job|(?:accept|reject|decline) (?:all )?cookies|cookie (?:settings|preferences|policy)|we use cookies\b.*|this (?:site|website) uses cookies\b.*|manage preferences|skip to (?:main )?content|(?:arrow|chevron|keyboard_arrow)_(?:back|forward|left|right|up|down)|bookmark(?:_border)?|open_in_new|share_outline|location_on|work_outline|expand_more|expand_less|check_circle|follow us(?: on .*)?|powered by \w+(?: \w+)?|©.*|copyright (?:©|\(c\)|\d{4}).*|.*\ball rights reserved\.?)$/i;
/** A whole line of page chrome: a button, a share or cookie line, "Skip to main content". */
export function isJunkLine(line: string): boolean {
  const core = line.trim();
  return core.length <= 80 && JUNK_LINE.test(core);
}
/** A search page's count of results: "214 cloud security engineer jobs in Toronto, ON", "1,200+ results". */
const RESULT_COUNT = /^\d[\d,.]*\+?\s+(?:[\w&/+#.'-]+\s+){0,6}(?:jobs?|results|openings|positions|vacancies)(?:\s+(?:in|near|for|matching)\s+.{1,60})?$/i;
/** An application-form field label left in a paste: "First Name *", "Resume/CV *". */
const FORM_FIELD = /^\s*[A-Z][\w/' -]{0,30}\s\*\s*$/;
/**
 * An application form's choices on one line ("[ ] Studio 5000   [ ] TIA Portal   [ ] None of the above"):
 * two boxes or more inside the line. A Markdown task list has one box per line, at its start, and is
 * the posting's own list.
 */
const FORM_CHOICES = /^\s*(?:\[[ xX]?\]|[☐☑☒□■])\s*\S[^[\]☐☑☒□■]*?\s(?:\[[ xX]?\]|[☐☑☒□■])\s*\S/;
/** A document to download, its type and size in brackets ("Job description (PDF, 312.4KB)"): a link, not text. */
const ATTACHMENT = /\((?:PDF|DOCX?|XLSX?|PPTX?|ODT|RTF|TXT|ZIP)\s*[,·|-]\s*\d[\d.,]*\s*[KMG]i?B\)\s*$/i;

/**
 * A heading over other postings the page recommends ("Similar jobs", "Recommended jobs", "People
 * also viewed", "More jobs at Acme", "Jobs you may like"): the block under it lists other titles,
 * which are neither this posting's title nor its asks.
 */
const RECOMMENDATION_HEADING = new RegExp(
  String.raw`^(?:(?:[Ss]imilar|[Rr]elated|[Rr]ecommended|[Oo]ther|[Mm]ore|[Ss]uggested)\s+(?:[Jj]obs|[Pp]ositions|[Rr]oles|[Oo]penings|[Oo]pportunities|[Pp]ostings|[Vv]acancies|[Oo]ffers)` +
    // "More jobs at Acme Robotics": the words after "at" / "from" are a name (capitalised), not a clause.
    String.raw`(?:\s+(?:at|from)\s+[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4}|\s+[Ll]ike [Tt]his|\s+[Ff]or [Yy]ou|\s+(?:in|near)\s+[A-Z][\w'’.-]*(?:,?\s+[A-Z][\w'’.-]*){0,3}|\s+(?:that\s+)?you\s+(?:may|might)\s+(?:like|be interested in)|\s+[Tt]his\s+(?:[Ww]eek|[Mm]onth)|\s+[Tt]oday)?` +
    String.raw`|(?:[Pp]eople|[Cc]andidates|[Jj]ob seekers|[Ss]tudents)(?:\s+who\s+viewed\s+this\s+(?:job|posting))?\s+(?:also\s+)?(?:viewed|applied(?: to)?|searched(?: for)?)` +
    String.raw`|(?:[Jj]obs?|[Oo]ffers?|[Pp]ositions?|[Vv]acancies|[Rr]oles?|[Oo]pportunities)\s+you\s+(?:may|might)\s+(?:also\s+)?(?:like|be interested in)` +
    // "Set alert for similar jobs": a board's alert widget, the title under it another search's.
    String.raw`|(?:[Ss]et|[Cc]reate)\s+(?:an?\s+)?(?:job\s+)?alerts?\s+for\s+(?:similar|these|related)\s+(?:jobs|roles|positions)` +
    // "My Shortlist (4)", "Saved jobs (2)": a portal's list of the student's other saved postings.
    // (A bare "Shortlist" is the page's button: the list needs "My" or its count.)
    String.raw`|[Mm]y\s+(?:[Ss]hortlist|[Ss]aved\s+(?:[Jj]obs|[Pp]ostings|[Rr]oles)|[Ww]atch\s?list)(?:\s*\(\d+\))?|(?:[Ss]hortlist|[Ss]aved\s+(?:[Jj]obs|[Pp]ostings|[Rr]oles)|[Ww]atch\s?list)\s*\(\d+\)` +
    // "Jobs in Halifax, NS", "Jobs near Austin": a job board's list of other postings in a place.
    String.raw`|[Jj]obs\s+(?:in|near)\s+[A-Z][\w'’.-]*(?:,?\s+[A-Z][\w'’.-]*){0,3}` +
    // A job board's match widget ("Profile insights", "Here's how the job details align with your
    // profile."): the skills and questions under it are the board's guesses about the reader, not asks.
    String.raw`|[Pp]rofile\s+insights|(?:[Yy]our\s+)?[Pp]rofile\s+matches\s+\d+\s+(?:of|out\s+of)\s+\d+(?:\s+\w+)?|(?:[Hh]ere['’]s\s+)?how\s+(?:the\s+)?(?:job|your)\s+[\w ]{0,30}\s+align\s+with\s+your\s+profile)$`,
);

/** The shape of a listed item: its list marker and its field separators ("- Title · Employer · Place"). */
function itemShape(line: string): string {
  const marker = /^\s*([-*+•]|\d{1,2}[.)])\s/.exec(line)?.[1] ?? '';
  return `${marker}|${(line.match(/\s[·|•]\s/g) ?? []).length}`;
}

/** Whether the next line with words after `at` (a blank line) is an item shaped like `last`, a listed item with a marker or fields. */
function sameItemShapeAhead(all: string[], at: number, last: string): boolean {
  if (!last || itemShape(last) === '|0') return false;
  let k = at + 1;
  while (k < all.length && !/[\p{L}\p{N}]/u.test(all[k])) k++;
  return k < all.length && itemShape(all[k]) === itemShape(last);
}

/** The heading as written or, written in capitals ("MORE ROLES THIS WEEK"), as a title. */
function isRecommendationHeading(core: string): boolean {
  if (RECOMMENDATION_HEADING.test(core)) return true;
  return core === core.toUpperCase() && /\p{Lu}{3}/u.test(core) && RECOMMENDATION_HEADING.test(core.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase()));
}

/**
 * The head of a forum thread's replies under the post ("38 comments · sorted by: best", "Comments (12)",
 * "7 replies"): what follows is readers' questions and the poster's answers, not the posting's asks.
 */
const REPLIES_HEADING = /^(?:\d[\d,.]*k?\s+(?:comments?|replies)|(?:comments?|replies)\s*\(\d[\d,]*\))\**(?:\s*[·•|].*)?$/i;

/**
 * "Apply here: https://…" among the replies: the poster's link to the posting ("link in the first
 * comment"), kept where the rest of the replies is set aside.
 */
const APPLY_LINK_LINE = /^(?:apply(?:\s+(?:here|now|at|via|through|online))?|(?:application|job|posting|apply)\s+link|link(?:\s+to\s+(?:apply|the\s+(?:job|posting|role)))?)\s*[:\-–—]?\s*<?https?:\/\/\S+?>?$/i;

/**
 * A post's bar of counts and actions under it ("⬆ 128 · 💬 41 comments · Share · Save"): one of its items
 * counts the replies. Not the byline over a thread's first post ("512 points by whoishiring 7 hours ago |
 * … | 734 comments"), whose replies may be the postings themselves.
 */
function isRepliesBar(core: string): boolean {
  if (/\bago\b|\bby\s+\S+/i.test(core)) return false;
  const items = core.split(/\s*[·•|]\s*/);
  return items.length >= 2 && items.length <= 8 && items.some((item) => /^[^\p{L}\p{N}]{0,3}\s*\d[\d,.]*k?\s+(?:comments?|replies)$/iu.test(item));
}

/**
 * The bar stands over the replies, not over the post (a forum shows it under the title too): the next
 * line with words sorts the replies ("Sort by: Best") or is a reply's byline ("u/name · 2 hr. ago").
 */
function opensReplies(lines: string[], from: number): boolean {
  const next = lines.slice(from, from + 4).find((l) => /[\p{L}\p{N}]/u.test(l))?.trim() ?? '';
  return /^(?:sort(?:ed)? by\b|[*_>\s]*(?:u\/)?[\w-]+[*_]*\s*(?:\([^)]*\)\s*)?(?:·|•|\|)?\s*\d+\s*(?:min|mins|minutes?|hr|hrs|hours?|d|days?)\.?\s+ago\b)/iu.test(next);
}

/** Headings that end a recommendation or match-widget block even without a blank line before them. */
const BLOCK_END = /^(?:full\s+)?job\s+(?:description|details)$/i;

/** An item of a site's footer or navigation bar, said wholly: "Privacy Policy", "Sign In", "© 2026 Acme". */
const CHROME_ITEM =
  /^(?:©.*|copyright\b.*|privacy(?: policy| notice| statement| centre| center)?|terms(?: of (?:use|service))?|terms (?:&|and) conditions|cookies?(?: policy| settings| preferences)?|sitemap|site map|legal|sign in|sign up|log in|register|(?:careers )?home|search jobs|saved jobs(?: \(\d+\))?|job alerts|contact us|do not sell.*)$/i;

/**
 * A footer or navigation bar pasted as one line: three or more short link-like items separated by
 * "|", "·" or "•", one of them a site-chrome item (legal, sign-in, home). A tech-stack line
 * ("Python · Go · Kubernetes") or a location line ("Toronto, ON | Hybrid") has none and stays.
 */
export function isChromeBar(core: string, spaced = true): boolean {
  if (isSiteSwitcher(core)) return true;
  // Items apart by bars or dots, or (`spaced`) by runs of spaces where a page's menu lost its markup.
  const items = core.split(spaced ? /\s+[|·•]\s+|\s*\|\s*|[ \t]{3,}|\t+/ : /\s+[|·•]\s+|\s*\|\s*/).map((i) => i.trim()).filter(Boolean);
  if (items.length < 3 || items.some((i) => i.split(/\s+/).length > 6 && !CHROME_ITEM.test(i))) return false;
  return items.some((i) => CHROME_ITEM.test(i));
}

/** A careers site's own section link, in the languages bilingual sites pair. */
const SITE_SECTION = /^(?:careers?|carri[eè]res?|jobs?|emplois?|karriere|stellenangebote|empleos?|carreiras?|vacatures?|home|accueil)$/i;
/** A careers site's own section link said alone ("Jobs", "Carrières"). */
export const isSiteSection = (text: string): boolean => SITE_SECTION.test(text.trim());
/** A language a site offers to switch to, by name or code. */
const LANGUAGE_NAME =
  /^(?:english|fran[cç]ais|french|deutsch|german|espa[nñ]ol|spanish|italiano|portugu[eê]s|nederlands|svenska|dansk|norsk|suomi|polski|日本語|中文|简体中文|繁體中文|한국어)$/i;
const LANGUAGE_CODE = /^(?:EN|FR|DE|ES|IT|PT|NL|SV|JA|ZH|KO)$/;

/** A page's buttons, printed alone on a line in a paste. */
const BUTTON_WORD = /^(?:apply|save|share|search|menu|back|next|more)$/i;
/** A board's summary of the skills it inferred ("Skills: Financial Analysis, SAP ERP, +8 more"): the board's tags, not the posting's asks. */
const BOARD_SKILL_SUMMARY = /^(?:skills|top skills|skills match)\s*:\s*[^\n]{2,200},\s*\+\s?\d{1,3}\s+more$/i;
/** A forum's buttons under each post or comment ("Reply   Share   •••", "Upvote 12 Downvote Reply"): two or more, nothing else. */
const ACTION_BAR = /^(?:(?:reply|share|report|save|award|follow|edit|upvote|downvote|vote|•••|⋯|\.{3}|\d{1,5})(?:\s+|$)){2,}$/i;

/** A word of a site's own chrome said alone ("Careers", "Sign in", "Français", "Share"): never a name. */
export function isChromeWord(text: string): boolean {
  const t = text.trim();
  return CHROME_ITEM.test(t) || SITE_SECTION.test(t) || LANGUAGE_NAME.test(t) || BUTTON_WORD.test(t);
}

/**
 * "Carrières / Careers      Français | English", "Careers · EN | FR": a bilingual site's section link and
 * language switch, said as the page's top bar. Every item is one of those, and one is a section link, so a
 * requirement line that only names languages ("English / French") is never taken for one.
 */
function isSiteSwitcher(core: string): boolean {
  const items = core.split(/\s*[|/·•]\s*|\s{2,}/).map((i) => i.trim()).filter(Boolean);
  return items.length >= 2 && items.length <= 8 && items.every((i) => SITE_SECTION.test(i) || LANGUAGE_NAME.test(i) || LANGUAGE_CODE.test(i)) && items.some((i) => SITE_SECTION.test(i));
}

/** Social networks a footer links to ("Follow us: LinkedIn · Instagram"); some are tools too, never in such a bar. */
const SOCIAL_NETWORK =
  /^(?:linkedin|twitter|x|instagram|facebook|youtube|tiktok|github|gitlab|medium|glassdoor|threads|mastodon|bluesky|discord|reddit|pinterest|snapchat|whatsapp|telegram|xing|vimeo|twitch|dribbble|behance|stack overflow|slack|rss|blog|newsletter|e-?mail)$/i;

/**
 * "Follow us: LinkedIn · Twitter · Instagram", "Connect with us on Facebook | GitHub | Medium",
 * "LinkedIn | Instagram | YouTube": a footer's social links. Any line opening with "follow us" /
 * "connect with us" / "find us on" is one; a bare bar is one when every item is a network.
 */
function isSocialBar(core: string): boolean {
  if (/^(?:follow|connect with|find|like|stay connected with|keep up with)\s+us\b(?:\s+on\b)?\s*[:\-–—]?\s*(?:[A-Z]|$)/i.test(core) && core.length <= 140) {
    const rest = core.replace(/^[^:–—]*?\bus\b(?:\s+on\b)?\s*[:\-–—]?\s*/i, '');
    const items = rest.split(/\s*[|·•,/]\s*|\s+(?:and|&)\s+/).filter(Boolean);
    return items.length === 0 || items.every((i) => SOCIAL_NETWORK.test(i.trim()) || i.trim().split(/\s+/).length <= 2);
  }
  // "| | Share: LinkedIn | Facebook | Email |": a share box's row, its label before the networks.
  const shared = core.replace(/^[|\s]+/, '').replace(/^share(?: (?:this|the) (?:job|role|posting|position|vacancy))?\s*[:\-–—]\s*/i, '');
  const items = shared.split(/\s*[|·•,/]\s*|\s+(?:and|&)\s+/).map((i) => i.trim()).filter(Boolean);
  return items.length >= 2 && items.every((i) => SOCIAL_NETWORK.test(i));
}

/**
 * Where one message of a mail thread ends and another begins: "---------- Forwarded message ---------",
 * "-----Original Message-----", "Begin forwarded message:", "On Tue, Dec 1, 2026 at 10:00 AM, Marco
 * Lin <marco@…> wrote:". Their date is the mail's, never a deadline; their name is a sender's.
 */
function isMailSeam(core: string): boolean {
  return (
    /^-*\s*(?:forwarded message|original message|begin forwarded message|forwarded by\b.*)\s*-*:?$/i.test(core) ||
    /^on\s.{4,180}\bwrote\s*:?$/i.test(core)
  );
}

/** The same search form laid out on one line: "Search: data analyst     Location: Toronto, ON     Search". */
const ONE_LINE_SEARCH = /^\s*(?:search|what|keywords?|job title)\s*:\s*\S.{0,60}?(?:\s{2,}|\t|\s[|·]\s)(?:where|location)\s*:\s*\S.{0,60}?(?:(?:\s{2,}|\t|\s[|·]\s)(?:search|find jobs|find|search jobs))?\s*$/i;

/**
 * A job board's search box pasted with the page: "What" / "process engineer" / "Where" / "Austin, TX" /
 * "Find jobs". Its words are the reader's own search, not the posting's title or place. Returns the
 * indexes of the lines it spans.
 */
function searchFormLines(lines: string[]): Set<number> {
  const out = new Set<number>();
  const bare = (l: string | undefined) => (l ?? '').trim().replace(/[:*]+$/, '').trim().toLowerCase();
  lines.forEach((l, i) => {
    if (ONE_LINE_SEARCH.test(l)) out.add(i);
  });
  for (let i = 0; i + 2 < lines.length; i++) {
    if (!/^(?:what|job title,? keywords(?:,? or company)?|keywords?)$/.test(bare(lines[i]))) continue;
    const where = [i + 1, i + 2, i + 3].find((k) => /^(?:where|location)$/.test(bare(lines[k])));
    if (where === undefined) continue;
    const end = [where + 1, where + 2, where + 3].find((k) => /^(?:find jobs|search|search jobs|find)$/.test(bare(lines[k])));
    if (end === undefined) continue;
    for (let k = i; k <= end; k++) out.add(k);
    i = end;
  }
  return out;
}

/** Blanks chrome lines with spaces (offsets unchanged); a line of the posting itself is never touched. */
export function blankJunkLines(text: string): string {
  const searchForm = searchFormLines(text.split('\n'));
  let lineNumber = -1;
  let inRecommendations = false;
  // A "Follow us" heading over its networks one to a line ("Follow Us" / "LinkedIn" / "Instagram").
  let inSocial = false;
  // A recommendation heading's rule lines and the blank after them come before its list.
  let recommendationsListed = false;
  let lastListed = '';
  // A forum thread's replies run to the end of the page.
  let inReplies = false;
  // A site's footer under its "© 2026 Acme" line ("Accessibility at Acme", "Privacy Center", "Terms"):
  // short link lines to the end of the text.
  const all = text.split('\n');
  let copyrightAt = -1;
  all.forEach((l, k) => {
    if (/^\s*(?:©|copyright\s*(?:©|\(c\)|\d{4}))/i.test(l)) copyrightAt = k;
  });
  const footerAfter =
    copyrightAt >= 0 && all.length - copyrightAt <= 12 && all.slice(copyrightAt + 1).every((l) => l.trim().split(/\s+/).length <= 6 && !/[.!?:]\s*$/.test(l.trim())) ? copyrightAt + 1 : Infinity;
  return text.replace(/^[^\n]*$/gm, (line) => {
    lineNumber++;
    if (searchForm.has(lineNumber) || lineNumber >= footerAfter) return ' '.repeat(line.length);
    // A link's address kept beside its words ("Back to jobs <https://…>", "Share: LinkedIn <https://…>")
    // and an arrow before them ("← Back to jobs") are not what the line says.
    const core = line
      .trim()
      .replace(/\s*<https?:\/\/[^\s<>]*>/g, '')
      .replace(/^[#>*<‹«←↩⟵\-\s]+|[*\s]+$/g, '')
      .replace(/[.!:→›»]+$/, '')
      .trim();
    if (inSocial && !(core && SOCIAL_NETWORK.test(core))) inSocial = false;
    const social = inSocial || (core.length <= 60 && /^(?:follow|connect with|find)\s+us(?:\s+on)?$/i.test(core));
    if (social) inSocial = true;
    // A recommendation block runs from its heading to the next blank line.
    // (Unless the list goes on after the blank with an item of the same shape: a page's <li> items
    // come out of HTML one paragraph each.)
    if (inRecommendations && !/[\p{L}\p{N}]/u.test(core)) inRecommendations = !recommendationsListed || !!core || sameItemShapeAhead(all, lineNumber - 1, lastListed);
    else if (BLOCK_END.test(core)) inRecommendations = false;
    else if (core.length <= 80 && !/[.!?]\s*$/.test(line) && isRecommendationHeading(core)) {
      inRecommendations = true;
      recommendationsListed = false;
    } else if (inRecommendations) {
      recommendationsListed = true;
      lastListed = line;
    }
    if (core.length <= 80 && (REPLIES_HEADING.test(core) || (isRepliesBar(core) && opensReplies(all, lineNumber + 1)))) inReplies = true;
    const junk =
      (inReplies && !APPLY_LINK_LINE.test(line.trim())) ||
      inRecommendations || social || (core && (isJunkLine(core) || (core.length <= 80 && RESULT_COUNT.test(core)))) || BOARD_SKILL_SUMMARY.test(core) || FORM_FIELD.test(line) || FORM_CHOICES.test(line) || (core.length <= 160 && ATTACHMENT.test(core)) || (core && core.length <= 200 && (isChromeBar(core) || isSocialBar(core) || isMailSeam(core) || (ACTION_BAR.test(core) && /[a-z]/i.test(core))));
    return junk ? ' '.repeat(line.length) : line;
  });
}

/** An e-mail quote marker opening a line: "> ", "> > ", ">>". */
const QUOTE_MARKER = /^(?:[ \t]*>)+[ \t]?/;

/**
 * A chat's turns ("[21:15:04] Aira: To join you'll need:", "05/12/2026, 10:30 - Ana: …"): the time and
 * the speaker before each turn are blanked, so a turn that announces a list reads as its heading. Only
 * where several lines open so (a transcript), never one line of prose.
 */
export function unprefixChatTurns(text: string): string {
  const lines = text.split('\n');
  const prefixes = lines.map((l) => CHAT_TURN.exec(l)?.[0]);
  if (prefixes.filter(Boolean).length < 4) return text;
  return lines.map((l, i) => (prefixes[i] ? ' '.repeat(prefixes[i]!.length) + l.slice(prefixes[i]!.length) : l)).join('\n');
}
/** A turn's time (bracketed, or a messaging app's "date, time -") and its speaker's short name, then a colon. */
const CHAT_TURN = /^\s*(?:\[\d{1,2}:\d\d(?::\d\d)?(?:\s*[AaPp]\.?[Mm]\.?)?\]|\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d\d(?:\s*[AaPp]\.?[Mm]\.?)?\s+[-–])\s*[^:\n]{1,40}?:\s/;

/**
 * A forwarded or replied e-mail: its quote markers are blanked with spaces (offsets unchanged) so
 * the quoted posting reads like the rest, and its hard-wrapped lines are joined again (the line
 * break becomes a space) where the next line continues the one before: a bullet's indented
 * continuation, or a line that opens in lower case after one without closing punctuation.
 * Applied only to a text with three or more quoted lines, so a lone "> " line keeps its meaning.
 */
export function unquoteEmail(text: string): string {
  const lines = text.split('\n');
  const wasQuoted = lines.map((l) => QUOTE_MARKER.test(l));
  if (!wasQuoted.some(Boolean)) return text;
  // A reply quoted under (or over) a posting written out in full: the posting has its own section
  // headings outside the quote and the quote has none. The quoted lines are the other message.
  // Only in mail (a header or an "On … wrote:" line): a Markdown blockquote in a posting is its own text.
  const mail = /^[ \t>]*(?:(?:from|sent|subject|to|date)\s*:|on\s.{4,180}\bwrote\s*:?\s*$)/im.test(text);
  if (mail && hasPostingHeading(lines.filter((_, i) => !wasQuoted[i])) && !hasPostingHeading(lines.filter((_, i) => wasQuoted[i]).map((l) => l.replace(QUOTE_MARKER, '')))) {
    return lines.map((l, i) => (wasQuoted[i] ? ' '.repeat(l.length) : l)).join('\n');
  }
  if (wasQuoted.filter(Boolean).length < 3) return text;
  const plain = lines.map((l) => l.replace(QUOTE_MARKER, (m) => ' '.repeat(m.length)));
  let out = '';
  for (let i = 0; i < plain.length; i++) {
    out += plain[i];
    if (i === plain.length - 1) break;
    const joins = wasQuoted[i] && wasQuoted[i + 1] && continuesLine(plain[i], plain[i + 1]);
    out += joins ? ' ' : '\n';
  }
  return out;
}

/** A line that heads a posting's qualifications or duties ("Requirements", "## What you'll do"). */
function hasPostingHeading(lines: string[]): boolean {
  return lines.some((l) => {
    const t = l.replace(/^[\s#*_>]+|[\s*_:]+$/g, '');
    if (!t || t.length > 60) return false;
    const kind = classifyHeading(t);
    return kind === 'required' || kind === 'preferred' || kind === 'responsibilities';
  });
}

const BULLET_START = /^(\s*)([-*•+]|\d+[.)])\s+/;

function continuesLine(line: string, next: string): boolean {
  const prev = line.trimEnd();
  if (!prev.trim() || !next.trim() || /[.!?:;]$/.test(prev) || BULLET_START.test(next)) return false;
  const bullet = BULLET_START.exec(prev);
  const indent = /^\s*/.exec(next)![0].length;
  // "*   major, graduating…" under "* Pursuing a BS…": indented to the bullet's text.
  if (bullet && indent >= bullet[0].length) return true;
  return /^\s*[a-z(]/.test(next);
}

/**
 * An applicant-tracking export that writes each field's label on its own line and the value on the
 * next behind a colon ("Unposting Date" / ": Jan 15, 2027"): the two are put on one line, as a
 * labelled field is read ("Unposting Date: Jan 15, 2027").
 */
export function joinStackedFields(text: string): string {
  if (!/\n[ \t]*:[ \t]*\S/.test(text)) return text;
  return text.replace(/(^|\n)([ \t]*[A-Za-z][^\n:]{0,40}?)[ \t]*\r?\n[ \t]*:[ \t]*(?=\S)/g, '$1$2: ');
}

/** A row of a table copied from a page: cells apart by tabs ("Area⇥Must have⇥Nice to have"). */
const TAB_ROW = /\S\t+\S/;

/**
 * A table copied from a page keeps its cells apart by tabs. One whose heading row names how much its
 * columns matter ("Area⇥Must have⇥Nice to have": a column for each) is written as a pipe table, the
 * way a table of a saved page is, so each cell is read under its column's heading (table-columns.ts)
 * rather than as a label's value.
 */
export function tabTablesAsPipes(text: string): string {
  if (!text.includes('\t')) return text;
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && TAB_ROW.test(lines[j])) j++;
    // A column of what is required beside one of what is preferred: a label and its value ("Minimum
    // Qualifications⇥Bachelor's …") or a column of priorities ("What we expect⇥Priority") is no such heading row.
    const heading = j - i >= 2 ? lines[i].split(/\t+/).map((c) => classifyHeading(c.trim())) : [];
    if (heading.slice(1).includes('required') && heading.slice(1).includes('preferred')) {
      for (let k = i; k < j; k++) lines[k] = `| ${lines[k].trim().split(/\t+/).map((c) => c.trim()).join(' | ')} |`;
      changed = true;
    }
    i = Math.max(j, i + 1);
  }
  return changed ? lines.join('\n') : text;
}

/**
 * "  ROLE     Junior Engineer": a label in capitals, then a run of spaces or a tab, then the value. (A
 * board's title-case facts, "Skills      C++   Linux", are its tags, read as they are.)
 */
const ALIGNED_FIELD = /^([ \t]*)([A-Z][A-Z]+(?: [A-Z]+){0,2})(?: {2,}|\t+)(?=\S)/;

/**
 * A block of fields set out in two columns without colons (a console banner, a plain-text e-mail's
 * header table): "ROLE     Junior Engineer", "CLOSES   10 January 2027". Three such lines in a row are
 * fields; each gets the colon a labelled field is read by ("ROLE: Junior Engineer").
 */
export function colonAlignedFields(text: string): string {
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && ALIGNED_FIELD.test(lines[j])) j++;
    if (j - i >= 3) {
      for (let k = i; k < j; k++) lines[k] = lines[k].replace(ALIGNED_FIELD, '$1$2: ');
      changed = true;
    } else {
      j = i;
      while (j < lines.length && TABLED_FIELD.test(lines[j]) && valueColumn(lines[j]) === valueColumn(lines[i])) j++;
      if (j - i >= 3) {
        // A board's tags ("Skills      C++   Linux") stay as they are: the board's words, not the employer's ask.
        for (let k = i; k < j; k++) if (!BOARD_TAGS.test(TABLED_FIELD.exec(lines[k])![2])) lines[k] = lines[k].replace(TABLED_FIELD, '$1$2: ');
        changed = true;
      }
    }
    i = Math.max(j, i + 1);
  }
  return changed ? lines.join('\n') : text;
}

/**
 * "Closing date          11/12/2026", "Reference             LMD-4471": a careers board's facts set out
 * as a table of short labels in any case, each value starting in the same column. Not a line of words
 * spaced apart by chance: three lines or more in a row must share the value's column.
 */
// ("Knowledge, Skills and Abilities": a label may list its parts.)
const TABLED_FIELD = /^([ \t]*)(\p{Lu}[\p{L}'’()-]*,?(?: [\p{L}'’()&/-]+,?){0,4})(?: {2,}|\t+)(?=\S)/u;

const BOARD_TAGS = /^(?:skills|tags|technologies|tech stack|keywords|categories|markets)$/i;

/** Where a tabled field's value starts (a tab counts as the value's own column). */
function valueColumn(line: string): number {
  const m = TABLED_FIELD.exec(line);
  return m ? (/\t/.test(m[0]) ? -1 : m[0].length) : -2;
}

/** A line opened by a pictograph and a space: "✅ Rock mass classification", "➕ Leapfrog Geo". */
const EMOJI_ITEM = /^([ \t]*)(\p{Extended_Pictographic}\uFE0F?)[ \t]+(?=\S)/u;

/**
 * A list written with a pictograph for its bullets ("✅ …" under the requirements, "➕ …" under the
 * extras): two lines or more in a row opened by the same one are items, given the "- " marker the
 * posting reader knows. Lines opened each by another pictograph ("📅 Posted …", "💲 $22 an hour") are a
 * board's facts, not a list, and stay.
 */
export function emojiBulletsAsDashes(text: string): string {
  if (!/\p{Extended_Pictographic}/u.test(text)) return text;
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; ) {
    const mark = EMOJI_ITEM.exec(lines[i])?.[2];
    let j = i;
    while (mark && j < lines.length && EMOJI_ITEM.exec(lines[j])?.[2] === mark) j++;
    if (mark && j - i >= 2) {
      for (let k = i; k < j; k++) lines[k] = lines[k].replace(EMOJI_ITEM, '$1- ');
      changed = true;
    }
    i = Math.max(j, i + 1);
  }
  return changed ? lines.join('\n') : text;
}

/** UTF-8 read as Windows-1252: "â€™" → "’". Only sequences that cannot be intended text are mapped. */
const MOJIBAKE: [RegExp, string][] = [
  [/â€™/g, '’'],
  [/â€˜/g, '‘'],
  [/â€œ/g, '“'],
  [/â€\u009d|â€\u201d/g, '”'],
  [/â€“/g, '–'],
  [/â€”/g, '—'],
  [/â€¢/g, '•'],
  [/â€¦/g, '…'],
  [/Â /g, ' '],
  [/Â·/g, '·'],
  [/Ã©/g, 'é'],
  [/Ã¨/g, 'è'],
  [/Ã¼/g, 'ü'],
  [/Ã¶/g, 'ö'],
  [/Ã¤/g, 'ä'],
  [/Ã±/g, 'ñ'],
  [/Ã§/g, 'ç'],
  [/ï¬\u0081/g, 'fi'],
  [/ï¬‚/g, 'fl'],
];

/**
 * "𝗖𝗼𝗺𝗽𝗮𝗻𝘆: Acme", "𝘗𝘺𝘵𝘩𝘰𝘯": bold or italic letters a chat or social post makes from Unicode's
 * mathematical alphabets, since it has no formatting. They are letters to every reader, so they are read
 * as the plain letters NFKC maps them to.
 */
export function plainStyledLetters(text: string): string {
  return /[\u{1D400}-\u{1D7FF}]/u.test(text) ? text.replace(/[\u{1D400}-\u{1D7FF}]/gu, (c) => c.normalize('NFKC')) : text;
}

export function fixMojibake(text: string): string {
  if (!/[âÃÂï]/.test(text)) return text;
  let out = text;
  for (const [re, to] of MOJIBAKE) out = out.replace(re, to);
  return out;
}

/** Common HTML entities left in a text paste ("&amp;", "&nbsp;", "&#39;"). */
export function decodeStrayEntities(text: string): string {
  if (!/&(?:#\d+|#x[\da-f]+|[a-z]+);/i.test(text)) return text;
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', hellip: '…', bull: '•' };
  return text.replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, (m, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
    }
    return named[code.toLowerCase()] ?? m;
  });
}

/**
 * The text a posting is read from: HTML converted, entities, mojibake and lost ligatures fixed,
 * chrome lines blanked. Offsets into the result are what JobPosting ranges refer to (`JobPosting.text`).
 */
export function cleanPosting(raw: string): string {
  return cleanPostingPage(raw).text;
}

/** cleanPosting, with the address an HTML page gives as its own (canonical link, og:url). */
export interface CleanedPosting {
  text: string;
  pageUrl?: string;
  structured?: StructuredPosting;
  /** Set when the file holds several postings: how many, which one was read and (for a page of positions) its heading. */
  postings?: number;
  read?: 'first' | 'longest' | 'named';
  heading?: string;
  /** For a page of positions: the text of the whole page, all positions in it (its employer is theirs). */
  wholePage?: string;
}

/** `hint`: the posting file's name, which may name the position wanted on a page of several. */
export function cleanPostingPage(rawInput: string, hint?: string): CleanedPosting {
  // A posting saved as JSON (a kanban card, a board's API answer) is read as the text inside it.
  // So is a sheet of openings saved as CSV or published as a web page: the row the file's name points at.
  // And one item of a news feed (RSS or Atom), the one the file's name points at.
  // And a calendar invitation whose description carries the advertisement, an advert in LaTeX source,
  // and a wiki page's source. And an e-mail saved raw (an .eml), read as its decoded text.
  // A slide's or a form's line break inside a text box (vertical tab, form feed) is a line break.
  const input = rawInput.replace(/[\v\f]/g, '\n');
  // A Markdown form of labels and values keeps line breaks in its cells as "<br>": its rows are
  // written as lines first, so the tags do not make the file look like an HTML page.
  const raw = postingFromMime(input, htmlToText) ?? postingFromJson(input) ?? postingFromFeed(input, hint) ?? postingFromSheet(input, hint) ?? (looksLikeHtml(input) ? postingFromSheetPage(input, hint) : undefined) ?? postingFromCalendar(input) ?? postingFromLatex(input) ?? postingFromWiki(input, hint) ?? labelledTableRows(input);
  const page: { text: string; pageUrl?: string; structured?: StructuredPosting; position?: PositionChoice & { whole: string } } = looksLikeHtml(raw) ? htmlToPage(raw, hint) : { text: decodeStrayEntities(raw) };
  const readable = blankJunkLines(unquoteEmail(unprefixChatTurns(repairLigatures(mendLineBreakHyphens(emojiBulletsAsDashes(colonAlignedFields(tabTablesAsPipes(joinStackedFields(unfoldTextColumns(withoutMarkdownEscapes(fixMojibake(plainStyledLetters(page.text)))))))))))));
  const digest = keepFirstPosting(readable);
  const { text, postings, read } = digest.postings ? { ...digest, read: 'first' as const } : keepLongestThreadPost(readable);
  const several = page.position
    ? {
        postings: page.position.count,
        read: page.position.read,
        // A track's heading names its field ("Technology"), not the job: the page's title stays the title.
        ...(page.position.track ? {} : { heading: page.position.heading }),
        // One employer's positions share it; a channel's posts are each another's.
        ...(page.position.kind === 'positions' ? { wholePage: blankJunkLines(fixMojibake(plainStyledLetters(page.position.whole))) } : {}),
      }
    : postings
      ? { postings, read }
      : {};
  return { text, ...(page.pageUrl ? { pageUrl: page.pageUrl } : {}), ...(page.structured ? { structured: page.structured } : {}), ...several };
}

/**
 * The names an HTML page gives itself in its <head>: <title>, og:title and og:site_name (site first),
 * which the text (htmlToText) drops. Careers pages write "Org - Title" or "Title | Org" there.
 */
export function pageHeadNames(html: string): { siteName?: string; titles: string[] } {
  if (!looksLikeHtml(html)) return { titles: [] };
  const titles: string[] = [];
  let siteName: string | undefined;
  const visit = (node: Node): void => {
    const el = node as Element;
    if (el.tagName === 'body') return;
    const attr = (name: string) => el.attrs?.find((a) => a.name === name)?.value?.trim();
    if (el.tagName === 'title') {
      const text = (el.childNodes ?? []).map((c) => (c.nodeName === '#text' ? (c as DefaultTreeAdapterMap['textNode']).value : '')).join('').replace(/\s+/g, ' ').trim();
      if (text) titles.push(text);
    }
    if (el.tagName === 'meta') {
      const property = attr('property') ?? attr('name');
      const content = attr('content');
      if (content && property === 'og:title') titles.push(content);
      if (content && property === 'og:site_name') siteName ??= content;
    }
    for (const child of (el as { childNodes?: Node[] }).childNodes ?? []) visit(child);
  };
  visit(parse(html) as unknown as Node);
  return siteName ? { siteName, titles } : { titles };
}
