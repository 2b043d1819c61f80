// Markdown that will not render the way its author sees it in the editor:
// - template syntax ({{ name }}, {% if %}, ${name}, {COMPANY}) and wiki links ([[Page]]) that print
//   literally — unless the file has front matter, the sign of a site generator that fills them in
//   (then only {COMPANY}-style placeholders, which no generator fills, are reported);
// - lines that run together into one paragraph: a contact block, "Label: value" lines (plain or
//   "**Label:** value"), entry lines ending in their dates or pasted "•" lines, written one per line
//   without a blank line or a line break between them;
// - an accidental heading: a paragraph followed by a "---" or "===" line becomes a heading (setext),
//   which a sentence, a contact line or a multi-line paragraph never is on purpose.
// Reads the source with code, comments and front matter blanked, so examples in code are left alone.
// In LaTeX (renders-wrongly-latex.ts) only characters LaTeX reads as commands: `{NAME}` is an argument
// there and line breaks are spaces by design. In RenderCV YAML or JSON Resume the lines are keys and
// values, not paragraphs: nothing to report.
import { isOutlinePage } from '../document/outline';
import type { ResumeDocument } from '../document/types';
import type { Fix, Rule, RuleFinding } from '../types';
import { codeMaskedText } from './source-scan';
import { blockFindings, HARD_BREAK, lineRange } from './renders-wrongly-blocks';
import { LEGAL_FORM } from '../document/line-kinds';
import { PANDOC_TABLE_RULE, SHORTCODE_OPENING, builtByHugo, documentLines, isPandocSource, printedFromObsidian, printedFromMarp, syntaxFindings } from './renders-wrongly-syntax';
import { latexSourceFindings } from './renders-wrongly-latex';
import { yamlSourceFindings } from './renders-wrongly-yaml';
import { jsonSourceFindings } from './renders-wrongly-json';
import { SIGNATURE_PLACE_DATE } from '../document/section-labels';

const TEMPLATE = /\{\{[^{}\n]{1,200}\}\}|\{%[^\n]{1,200}?%\}|\$\{[^{}\n]{1,200}\}/g;
const PLACEHOLDER = /(?<![\w$\\{])\{[A-Z][A-Z0-9_]{2,40}\}(?!\})/g;
const WIKI_LINK = /\[\[[^\]\n]{1,200}\]\]/g;

const SETEXT = /^ {0,3}(?:=+|-+)[ \t]*$/;
/** "----   ----", "* * *": a thematic break with spaces between its marks (a Pandoc simple table's rule reads so on GitHub): it ends a paragraph. */
const THEMATIC_BREAK = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
// (A link reference or footnote definition, "[1]: https://…", "[^1]: …", is no text: it is not printed.)
const DIV_FENCE = /^ {0,3}:{3,}[ \t]*(?:\{[^}\n]*\}|[\w-]+(?:[ \t]+[^\n]*)?)?[ \t]*$/;
const BLOCK_START = /^(?: {0,3}(?:[-*+][ \t]|\d{1,9}[.)][ \t]|#|>|<|```|~~~|\||\[[^\]\n]+\]:)| {4}|\t)/;
const LABEL_LINE = /^[\p{L}][\p{L}\p{N} .&/'’()-]{0,30}:[ \t]*\S/u;
const GLYPH_LINE = /^[•●▪■◦‣►▸➢➤✓✔][ \t]?/;
const CONTACT_LINE = /@[\w-]+\.[\w.]+|https?:\/\/|www\.|\+?\d[\d ().-]{7,}\d|linkedin|github/i;
const LINK_OR_IMAGE = /!?\[(?:[^\[\]\n]|\[[^\[\]\n]*\])*\]\([^)\n]*\)(?:\{[^}\n]*\})?/g;
/** Raw LaTeX ("\\textbf{", "\\par"): a Pandoc document, whose LaTeX lines are not Markdown paragraphs. */
const LATEX = /\\[A-Za-z]{2,}/;

/** "**Skills:** …", "__Lab:__ …", "**Tools**: …": a label set in bold or italics, then its value. */
const EMPHASIZED_LABEL = /^([*_]{1,3})([\p{L}][\p{L}\p{N} .&/'’()-]{0,30}?)(?::\1|\1:)[ \t]*\S/u;
/** A line that ends with a year or "Present", as an entry's heading does ("BA Design, Milan — 2018"). */
const DATED_LINE = /(?:\b(?:19|20)\d\d|\bpresent|\bcurrent)\)?[.]?$/i;
/** A GFM table delimiter row ("--- | ---", "|:--|--:|"): its paragraph is a table, not run-on lines. */
const TABLE_DELIMITER = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/;

/** A date range ("May 2023 – Aug 2024", "2015 – 2016", "Sept 2022 – Expected May 2026", "2021 – Present"). */
const DATE_RANGE = /(?:\b(?:19|20)\d\d|['’‘]\d\d\b)\)?[ \t]*(?:[–—-]|to)[ \t]*(?:[\p{L}.]+[ \t]+){0,2}(?:(?:19|20)\d\d|['’‘]\d\d|present|current|now|today)\b/iu;

/**
 * An entry's title line and its dates line written one under the other ("**Software Engineer**, Acme"
 * then "May 2023 – Aug 2024"): a reader sees two lines, Markdown prints one. The title line is no item
 * by itself (it ends with no date), so the item count alone misses the pair. Every line reads as a
 * line, not as a wrapped sentence: short, opening with a capital, a digit or emphasis, and ending
 * without punctuation; a line after the first is little more than a date range.
 */
function titleAndDates(text: readonly string[]): boolean {
  if (text.length > 4) return false;
  const lines = text.map((l) => l.trim());
  if (!lines.slice(1).some((l) => l.length <= 60 && DATE_RANGE.test(l))) return false;
  return lines.every((l) => l.length <= 100 && /^(?:[*_]{1,3})?[\p{Lu}\d]/u.test(l) && !endsPunctuated(l));
}

/** Ends in punctuation, as a wrapped sentence does; the period of a legal form ("Acme Solutions, Inc.") does not count. */
function endsPunctuated(line: string): boolean {
  const t = line.trim().replace(/[*_]+$/, '');
  return /[.,;:!?]$/.test(t) && !LEGAL_FORM.test(t.split(/\s+/).slice(-2).join(' '));
}

/** A line that reads as a line, not a wrapped sentence: short, opening with a capital, a digit or emphasis, ending without punctuation. */
function readsAsLine(line: string, max = 100): boolean {
  const t = line.trim();
  return t.length <= max && /^(?:[*_]{1,3})?[\p{Lu}\d]/u.test(t) && !endsPunctuated(t);
}

/** A person's name on its own: two to four capitalised words, nothing else ("DANA O'NEILL", "Ana María Silva"). */
const NAME_LINE = /^[\p{Lu}][\p{L}'’.-]*(?:[ \t]+[\p{Lu}][\p{L}'’.-]*){1,3}$/u;

/**
 * Three or more short sentences, one to a line ("Valid driver's licence.", "Open to travel.", "Available
 * in June."): written as a list without markers, printed as one run-on paragraph. A paragraph wrapped in
 * the source breaks mid-sentence, so not every line would end a sentence; a summary written one sentence
 * to a line is prose either way, so summary and objective sections are left alone (by the caller).
 */
/**
 * A line without a break that ends in a word or a comma, and a next line that goes on in lower-case
 * words ("… models for single-cell and" / "spatial transcriptomics: …"): a sentence wrapped in the
 * source. An e-mail or a link on the next line ("ana@mail.example") is no such continuation.
 */
function wrapsMidSentence(text: readonly string[]): boolean {
  // Also a line that ends on a separator ("Portland, OR · [mail] ·" over the rest of the contacts): it goes on.
  if (text.slice(0, -1).every((l) => !HARD_BREAK.test(l) && /[·•|]$/.test(l.trimEnd()))) return true;
  return text.slice(0, -1).some((l, i) => !HARD_BREAK.test(l) && /[\p{L},]$/u.test(l.trimEnd()) && /^\p{Ll}[\p{Ll}-]*[ \t]+\p{L}/u.test(text[i + 1].trim()));
}

function sentenceLines(text: readonly string[]): boolean {
  return text.length >= 3 && text.every((l) => {
    const t = l.trim();
    return t.length <= 70 && /^\p{Lu}/u.test(t) && /[.!]$/.test(t) && t.split(/\s+/).length <= 12;
  });
}

/** A line that opens with a phrase in bold, as an entry's heading does ("**Acme College**, Springfield"). */
const BOLD_LEAD = /^(\*\*|__)(?=\S)[^*_\n]{1,80}?\S\1/;

/**
 * An entry written as lines under a bold heading line ("**Acme College**, Springfield" then the degree
 * line), or the header's title line above its contact line: every line reads as a line, so a reader
 * sees them apart where Markdown prints one. `inHeader`: the paragraph stands above the first section.
 */
function entryLines(text: readonly string[], inHeader: boolean): boolean {
  if (text.length > 4) return false;
  // The heading line: a bold lead, or an entry line ending in its date ("BSc Nursing — Ohio State — May 2023").
  // It may run longer than the lines under it.
  const first = text[0].trim();
  const contact = (l: string) => CONTACT_LINE.test(l.replace(LINK_OR_IMAGE, ' '));
  // In the header, a bold name line may stand over a contact line ("**Ana Li**" / "ana@x.com | …" / a status line).
  // A line under the heading line that opens in bold is the next entry's heading: it may run as long.
  const under = (l: string) => readsAsLine(l, BOLD_LEAD.test(l.trim()) ? 130 : 100) || (inHeader && contact(l) && !/[,;:]$/.test(l.trim()));
  if (BOLD_LEAD.test(first) || DATED_LINE.test(first)) {
    if (!readsAsLine(first, 130)) return false;
    return text.slice(1).every(under);
  }
  if (!inHeader) return false;
  // The name alone on the first line, then a location or title line: the header's lines, one under the other.
  if (text.length <= 3 && NAME_LINE.test(first) && text.slice(1).every((l) => readsAsLine(l, 60))) return true;
  // A row of links ("[GitHub](…) · [LinkedIn](…)") under a contact line written as text: the phone number would run into the first link.
  return text.some(contact) && text.every((l) => (contact(l) ? !/[,;:]$/.test(l.trim()) : readsAsLine(l) || linkRow(l)));
}

/** A bold title ending with its date ("**Route planner**, 2023"), then a line that opens as a sentence does. */
function datedTitleOverText(text: readonly string[]): boolean {
  const first = text[0].trim();
  return BOLD_LEAD.test(first) && DATED_LINE.test(first) && readsAsLine(first, 130) && /^(?:[*_]{1,3})?[\p{Lu}\d]/u.test(text[1].trim());
}

/** A line of links and separators only, with perhaps a bare domain ("[GitHub](…) · [Blog](…) · ana.dev"). */
function linkRow(line: string): boolean {
  const t = line.trim();
  const rest = t.replace(LINK_OR_IMAGE, ' ');
  return rest !== t && /^[\s·|•,\/-]*(?:[\w-]+(?:\.[\w-]+)+[\s·|•,\/-]*)*$/.test(rest);
}

/**
 * A line that a reader sees as its own item: "Label: value" (its label plain or emphasized), a pasted
 * "•" line, an entry heading that ends with its date, or contact details written as text. A line of
 * links or badges is not: rows of links are meant to render side by side.
 */
function itemLike(line: string): boolean {
  const t = line.trim();
  if (LABEL_LINE.test(t) || EMPHASIZED_LABEL.test(t) || GLYPH_LINE.test(t)) return true;
  // A row of fields: "F-1 visa · Languages: Urdu, English" — one of its "·"- or "|"-separated parts is a "Label: value".
  const parts = t.split(/[ \t]+[·|•][ \t]+/);
  if (parts.length > 1 && parts.some((p) => LABEL_LINE.test(p))) return true;
  // A dated line starts with a capital (or bold): a wrapped sentence continues in lower case ("… from 2019\nto 2021").
  if (DATED_LINE.test(t) && /^(?:[*_]{1,3})?\p{Lu}/u.test(t)) return true;
  const outsideLinks = t.replace(LINK_OR_IMAGE, ' ');
  return CONTACT_LINE.test(outsideLinks);
}

interface Paragraph {
  /** First and last zero-based line. */
  from: number;
  to: number;
}

/** Paragraphs of plain text lines (not lists, headings, quotes, tables, HTML or code) and the line after each. */
function paragraphs(lines: readonly string[]): Paragraph[] {
  const out: Paragraph[] = [];
  let from = -1;
  let afterList = false;
  for (let i = 0; i <= lines.length; i++) {
    const line = lines[i] ?? '';
    const blank = line.trim() === '';
    // A line opening with an inline HTML tag ("<sub>…", "<small>…") continues the paragraph: only the
    // block-level tags (CommonMark's HTML blocks of types 1-6) can interrupt one.
    const continues = from >= 0 && INLINE_HTML_LINE.test(line);
    // A fenced div's fence (":::: {.columns}", ":::info"): Pandoc, Quarto, MyST and Docusaurus read it as a
    // block's edge, and a file that writes one is written for them.
    const fence = DIV_FENCE.test(line);
    const rule = THEMATIC_BREAK.test(line);
    if (from >= 0 && !continues && (blank || fence || rule || BLOCK_START.test(line) || SETEXT.test(line) || i === lines.length)) {
      out.push({ from, to: i - 1 });
      from = -1;
    }
    if (blank || fence || rule) {
      afterList = false;
      continue;
    }
    if (BLOCK_START.test(line) && !continues) {
      // Lines after a list item without a blank line continue that item; they are not a paragraph.
      afterList = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]/.test(line) || afterList;
      continue;
    }
    if (from < 0 && !afterList && !SETEXT.test(line)) from = i;
  }
  return out;
}

/** Whether the nearest text above line `from` (past blank and indented lines) is a Pandoc definition (": …"). */
function underDefinition(lines: readonly string[], from: number): boolean {
  for (let i = from - 1; i >= 0; i--) {
    const line = lines[i];
    if (!line.trim() || /^(?: {4}|\t)/.test(line)) continue;
    return /^ {0,3}[:~][ \t]+\S/.test(line);
  }
  return false;
}

/**
 * A line that opens with an HTML tag that cannot interrupt a paragraph: not one of CommonMark's
 * block-level names (types 1 and 6), a comment, a declaration or a processing instruction.
 */
const INLINE_HTML_LINE = /^ {0,3}<\/?(?!(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul|script|pre|style|textarea)(?:[\s/>]|$))[A-Za-z][\w-]*(?:\s[^<>\n]*)?>[^\n]*\S/i;

/** A hard break written out ("\\", "<br>"), not trailing spaces, which are often there by accident. */
const EXPLICIT_BREAK = /(?:\\|<br\s*\/?>)[ \t]*$/i;

const INDENTED = /^(?:\t| {4})[ \t]*(\S)/;
const LIST_ITEM = /^[ \t]*(?:[-*+•]|\d{1,9}[.)])[ \t]/;

/**
 * Lines indented by a tab or four spaces after a blank line, with no list above them to continue:
 * Markdown renders them as a code block (monospace, "- " printed as is). Reported when they read as
 * list items or prose, not as code the author meant to show. `masked` has fenced code blanked.
 */
function indentedCodeBlocks(original: readonly string[], masked: readonly string[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (let i = 1; i < original.length; i++) {
    // (A line the mask blanked is inside a fenced block already.)
    if (original[i - 1].trim() !== '' || !INDENTED.test(original[i]) || masked[i].trim() === '') continue;
    // The block above, past blank lines: a list item or an indented line continues into this one.
    let above = i - 1;
    while (above >= 0 && original[above].trim() === '') above--;
    if (above >= 0 && (LIST_ITEM.test(original[above]) || INDENTED.test(original[above]) || masked[above].trim() === '')) continue;
    let to = i;
    while (to + 1 < original.length && INDENTED.test(original[to + 1])) to++;
    const block = original.slice(i, to + 1).map((l) => l.trim());
    const readsAsText = block.every((l) => LIST_ITEM.test(l) || (/^\p{L}/u.test(l) && l.split(/\s+/).length >= 4 && !/[{};=<>]/.test(l)));
    if (readsAsText) out.push({ from: i, to });
    i = to;
  }
  return out;
}

export const rendersWrongly: Rule = {
  id: 'renders-wrongly',
  category: 'markdown',
  defaultSeverity: 'warning',
  description: 'Markdown that renders differently from how it reads: literal template syntax or wiki links, lines that run together, an accidental heading.',
  docs: {
    why: 'The resume a recruiter sees is the rendered one. "{{email}}" printed as is, a contact block squeezed into one line, or a sentence blown up into a heading look broken — and the editor shows none of it.',
    bad: 'Ana Silva\nana@example.com\nToronto, ON\n\nBuilt a {{project}} dashboard.\n---',
    good: 'Ana Silva  \nana@example.com  \nToronto, ON\n\nBuilt a fleet-tracking dashboard.\n\n---',
  },
  check(doc) {
    if (doc.format === 'latex') return latexSourceFindings(doc);
    if (doc.format === 'rendercv') return yamlSourceFindings(doc);
    if (doc.format === 'jsonresume') return jsonSourceFindings(doc);
    if ((doc.format ?? 'markdown') !== 'markdown') return [];
    const masked = codeMaskedText(doc);
    const out: RuleFinding[] = [];
    const generated = !!doc.frontMatter.range;
    const hugo = builtByHugo(doc);

    for (const [re, what] of [
      [TEMPLATE, 'Template syntax'],
      [PLACEHOLDER, 'A placeholder'],
      [WIKI_LINK, 'A wiki link'],
    ] as const) {
      // A site generator fills in its templates (Jekyll's Liquid); Hugo runs only its shortcodes in a page.
      if (re === TEMPLATE && generated && !hugo) continue;
      if (re === WIKI_LINK && printedFromObsidian(doc)) continue;
      re.lastIndex = 0;
      for (let m = re.exec(masked); m; m = re.exec(masked)) {
        if (re === TEMPLATE && hugo && SHORTCODE_OPENING.test(m[0].slice(0, 3))) continue;
        out.push({
          range: { start: m.index, end: m.index + m[0].length },
          message: `${what} ("${m[0].slice(0, 40)}") prints literally in rendered Markdown: replace it with the text it stands for.`,
        });
      }
    }

    // Lines as the document's line index splits them (CR, LF and CRLF), read from the masked text.
    const { lines, original } = documentLines(doc, masked);
    const pandoc = isPandocSource(doc, lines, original);
    for (const block of indentedCodeBlocks(original, lines)) {
      // In Pandoc an indented block under a definition (": …") is more of that definition, not code.
      if (pandoc && underDefinition(lines, block.from)) continue;
      const edits = [];
      for (let i = block.from; i <= block.to; i++) {
        const start = doc.lines.lineStart(i);
        edits.push({ range: { start, end: start + /^[ \t]*/.exec(original[i])![0].length }, newText: '' });
      }
      const n = block.to - block.from + 1;
      out.push({
        range: { start: lineRange(doc, block.from).start, end: lineRange(doc, block.to).end },
        message: `${n > 1 ? `These ${n} lines are` : 'This line is'} indented by a tab or four spaces after a blank line, so ${n > 1 ? 'they render' : 'it renders'} as a code block (monospace, with any "- " printed as is): remove the indentation.`,
        // Whitespace only: the words stay as written.
        fixes: [{ title: 'Remove the indentation', safe: true, isPreferred: true, edits }],
      });
    }

    // The header: lines above the first section heading ("## …") — the title and contact lines.
    // (As the parser reads it: a name set as "## Ana Silva ##" under a "# Resume #" title is still the header.)
    const firstBody = doc.sections.find((sec) => sec.kind !== 'header' && sec.headingRange);
    let firstSection = lines.findIndex((l) => /^ {0,3}#{2,6}[ \t]/.test(l));
    if (firstBody && doc.lines.positionAt(firstBody.headingRange!.start).line > firstSection) firstSection = doc.lines.positionAt(firstBody.headingRange!.start).line;
    if (firstSection < 0) firstSection = Math.min(lines.length, 10);
    // Obsidian shows each line break of a note as a break (its "strict line breaks" setting is off by
    // default), as does Marp Core in a slide deck: a note printed from either has no lines that run together.
    // An outliner (Logseq) shows each block on its own and keeps the line breaks inside one; its
    // "key:: value" property lines are hidden.
    const breaksPrinted = printedFromObsidian(doc) || printedFromMarp(doc) || isOutlinePage(doc.text);
    for (const p of paragraphs(lines)) {
      // The rows of a Pandoc simple table, under its rule of dash runs.
      if (pandoc && PANDOC_TABLE_RULE.test(lines[p.from - 1] ?? '')) continue;
      const text = lines.slice(p.from, p.to + 1);
      const underline = lines[p.to + 1];
      if (underline !== undefined && SETEXT.test(underline)) {
        const joined = text.join(' ').trim();
        const accidental = text.length >= 2 || /[.,;:!?]$/.test(joined) || CONTACT_LINE.test(joined) || joined.length > 80;
        if (accidental) {
          const at = lineRange(doc, p.to + 1);
          const dashes = underline.trim().startsWith('-');
          const fixes: Fix[] = dashes
            ? [{ title: 'Add a blank line so "---" is a separator, not a heading underline', safe: true, isPreferred: true, edits: [{ range: { start: at.start, end: at.start }, newText: '\n' }] }]
            : [];
          out.push({
            range: { start: lineRange(doc, p.from).start + (text[0].length - text[0].trimStart().length), end: lineRange(doc, p.to).end },
            message: `The "${underline.trim().slice(0, 3)}" line below turns ${text.length > 1 ? `these ${text.length} lines` : 'this line'} into a heading: add a blank line before it${dashes ? ' to keep a separator line' : ''}.`,
            fixes,
          });
          continue;
        }
      }
      if (text.length < 2 || breaksPrinted) continue;
      const breaks = text.slice(0, -1).every((l) => HARD_BREAK.test(l));
      if (breaks) continue;
      if (text.some((l) => LATEX.test(l) || TABLE_DELIMITER.test(l))) continue;
      // A definition list ("Term" then ": definition"): renders-wrongly-syntax.ts reports it, or Pandoc renders it.
      if (text.some((l) => /^ {0,3}:[ \t]+\S/.test(l))) continue;
      const items = text.filter(itemLike).length;
      const shortLines = text.length >= 3 && text.every((l) => l.trim().length <= 40 && /^\p{Lu}/u.test(l.trim()) && !l.replace(LINK_OR_IMAGE, '').trim().match(/^[\W_]*$/));
      const prose = () => ['summary', 'objective'].includes(sectionAt(doc, lineRange(doc, p.from).start) ?? '');
      // Some lines end with an explicit break ("\\", "<br>") and another does not: the author meant lines, and missed one.
      // Not inside an HTML block (a tag line right above: the text is HTML, where only <br> breaks), and not
      // where the unbroken lines end as a wrapped phrase does ("New Borg El Arab," then the next place).
      const unbroken = text.slice(0, -1).filter((l) => !HARD_BREAK.test(l));
      const inHtml = p.from > 0 && /^ {0,3}<[A-Za-z!/]/.test(lines[p.from - 1]);
      const mixedBreaks = !inHtml && text.slice(0, -1).some((l) => EXPLICIT_BREAK.test(l)) && !unbroken.some((l) => /[,;:&]$|\b(?:and|or|of|in|at|the)$/i.test(l.trim()));
      // "… for single-cell and" / "spatial transcriptomics: …": a sentence hard-wrapped mid-phrase is
      // one paragraph by intent; Markdown joins it as the writer meant (a dated title above it still ends its line).
      const wrapped = !mixedBreaks && wrapsMidSentence(text);
      if (wrapped || (items < 2 && !mixedBreaks && !shortLines && !titleAndDates(text) && !entryLines(text, p.to < firstSection) && !(sentenceLines(text) && !prose()))) {
        // A bold title that ends with its dates ("**Route planner**, 2023") ends a line, whatever follows:
        // a description under it prints after the year. Only the title line needs its break.
        if (datedTitleOverText(text) && !HARD_BREAK.test(lines[p.from])) {
          const r = lineRange(doc, p.from);
          const trailing = lines[p.from].length - lines[p.from].trimEnd().length;
          out.push({
            range: { start: r.start, end: lineRange(doc, p.from + 1).end },
            message: 'This title line and the line below it render as one paragraph, so the text runs on after the date: end the title line with "\\" (or put a blank line after it).',
            fixes: [{ title: 'End the title line with a line break ("\\")', edits: [{ range: { start: r.end - trailing, end: r.end }, newText: '\\' }] }],
          });
        }
        continue;
      }
      const edits = [];
      for (let i = p.from; i < p.to; i++) {
        if (HARD_BREAK.test(lines[i])) continue;
        const r = lineRange(doc, i);
        const trailing = lines[i].length - lines[i].trimEnd().length;
        edits.push({ range: { start: r.end - trailing, end: r.end }, newText: '\\' });
      }
      // Lines above the first one without a break already end where they should: the run starts there.
      let join = p.from;
      while (join < p.to && HARD_BREAK.test(lines[join])) join++;
      const joined = p.to - join + 1;
      if (mixedBreaks && join > p.from) {
        // The lines above end with breaks: what the reader sees wrong is the line pulled up onto the one
        // without its break, so the finding sits on that line.
        out.push({
          range: { start: lineRange(doc, join + 1).start, end: lineRange(doc, p.to).end },
          message: `The line above ends without the break the lines before it have, so this ${joined > 2 ? 'text runs' : 'line runs'} onto it in the rendered page: end the line above with "\\" (or "<br>").`,
          fixes: edits.length ? [{ title: 'End each line with a line break ("\\")', edits }] : [],
        });
        continue;
      }
      // "Dearborn, 07.12.2026" over the name: a CV's signature block, which should go, not be broken (regional-english).
      if (SIGNATURE_PLACE_DATE.test(lines[join]) && p.to - join <= 1) continue;
      out.push({
        range: { start: lineRange(doc, join).start, end: lineRange(doc, p.to).end },
        message: `These ${joined} lines render as one paragraph: Markdown joins lines that have no blank line or line break between them. End each line with "\\" (or make them a list).`,
        fixes: edits.length ? [{ title: 'End each line with a line break ("\\")', edits }] : [],
      });
    }
    out.push(...blockFindings(doc, lines, pandoc), ...syntaxFindings(doc, lines, pandoc));
    return out.sort((a, b) => a.range.start - b.range.start);
  },
};

/** The kind of the section holding `offset`. */
function sectionAt(doc: ResumeDocument, offset: number): string | undefined {
  let kind: string | undefined;
  for (const s of doc.sections) if (s.range.start <= offset) kind = s.kind;
  return kind;
}
