// Source syntax from other markup that a Markdown previewer (GitHub, VS Code, most resume sites)
// renders wrongly, for renders-wrongly:
// - LaTeX habits: commands (`\hfill`, `\LaTeX`, `\textsc{…}`) and the `{,}` thousands separator print
//   as typed; a `~` tie between a number or abbreviation and a word is GFM strikethrough (two of them
//   strike the text between) or a stray tilde;
// - a reference-style link (`[Portfolio][3]`) whose label is defined nowhere prints its brackets;
// - Pandoc definition lists (`Term` then `: definition`): GFM joins them into "Term : definition";
// - a GFM table row with more cells than the header: the extra cells are dropped, text and all;
// - emphasis or a link inside an HTML block (`<td>**Name**</td>` with no blank line): printed as typed;
// - list items indented four spaces right under a paragraph: a lazy continuation, one run-on line.
// All of it is Pandoc's own syntax or passes through a Pandoc/LaTeX build, so a Pandoc source
// (isPandocSource) is left alone except for what no build fills in (undefined links, dropped cells).
import type { ResumeDocument } from '../document/types';
import type { RuleFinding } from '../types';
import { lineRange } from './renders-wrongly-blocks';
import { codeMaskedText } from './source-scan';

/** Front matter keys only Pandoc, R Markdown or Quarto read: the file is built through Pandoc. */
const PANDOC_KEYS = new Set([
  'output', 'format', 'documentclass', 'classoption', 'geometry', 'papersize', 'fontsize', 'fontfamily', 'mainfont',
  'sansfont', 'monofont', 'header-includes', 'include-before', 'include-after', 'pdf-engine', 'linestretch', 'margin',
  'bibliography', 'csl', 'pandoc', 'latex-engine', 'colorlinks', 'pagestyle',
]);
/** LaTeX that only a LaTeX build uses: a preamble, environments, page control. */
const LATEX_BUILD = /\\(?:documentclass|usepackage|maketitle|begin\{|end\{|newpage|pagebreak|clearpage)/;
/** A line that is one LaTeX command and its arguments, nothing else: raw LaTeX Pandoc passes through. */
const RAW_LATEX_LINE = /^[ \t]*\\[A-Za-z]+(?:\[[^\]\n]*\])?(?:\{[^{}\n]*\})*[ \t]*$/;
/** A LaTeX line break ending a line ("Phone: 555-0100\\"). */
const LATEX_LINE_BREAK = /[^\\]\\\\[ \t]*$/;
// (Not HackMD's own alert boxes, ":::info" … ":::" with no space: HackMD renders with markdown-it, where a
// list may follow a paragraph line, so they are no sign of a Pandoc build.)
const FENCED_DIV = /^ {0,3}:{3,}(?!(?:info|success|warning|danger|spoiler)\b)[ \t]*(?:\{[^}\n]*\}|[\w-]+)[ \t]*$/;
const RAW_BLOCK = /^ {0,3}(?:```|~~~)[ \t]*\{=(?:latex|tex|html|openxml)\}/;
/**
 * Pandoc's own inline and table syntax, as its Word-to-Markdown conversion writes it: a bracketed span
 * with a class ("[Staff Nurse]{.underline}"), an image or link with size attributes ("…){width="1in"}"),
 * a grid table's rule line ("+-----+-----+"), a simple table's rule of dash runs ("------   ------"). A file holding them was made by Pandoc and is built by it.
 */
/** A simple or multiline table's rule in Pandoc: runs of dashes, one per column, with spaces between. */
export const PANDOC_TABLE_RULE = /^ {0,3}-{3,}(?:[ \t]+-{3,})+[ \t]*$/;
const PANDOC_INLINE = new RegExp(String.raw`\]\{\.[A-Za-z][\w-]*\}|\)\{(?:width|height)=|^ {0,3}\+(?:[-=:]{3,}\+){2,}[ \t]*$|${PANDOC_TABLE_RULE.source}`);

/**
 * A file built with Pandoc (or R Markdown, Quarto) into a PDF through LaTeX: front matter with Pandoc's
 * keys, fenced divs, raw blocks, a LaTeX preamble or environment, a line of raw LaTeX, LaTeX line
 * breaks, or Pandoc's inline attributes and grid tables. There LaTeX is rendered and definition lists are Pandoc syntax. Jekyll front matter
 * (`layout:`) is no such sign. `lines` is the source with front matter blanked, fenced code kept.
 */
export function isPandocSource(doc: ResumeDocument, masked: readonly string[], original: readonly string[]): boolean {
  if (Object.keys(doc.frontMatter.data).some((k) => PANDOC_KEYS.has(k.toLowerCase()))) return true;
  if (original.some((l) => RAW_BLOCK.test(l))) return true;
  let breaks = 0;
  let definitions = 0;
  for (const [k, l] of masked.entries()) {
    if (FENCED_DIV.test(l) || LATEX_BUILD.test(l) || RAW_LATEX_LINE.test(l) || PANDOC_INLINE.test(l) || PANDOC_SCRIPT.test(l)) return true;
    if (LATEX_LINE_BREAK.test(l) && ++breaks >= 2) return true;
    if (PANDOC_DEFINITION.test(l) && k > 0 && /\S/.test(masked[k - 1]) && ++definitions >= 3) return true;
  }
  return false;
}

/** Pandoc's superscript and subscript ("^1^H NMR", "HNO~3~", "H~2~O"): no other Markdown writes them. */
const PANDOC_SCRIPT = /\w\^[^\s^[\]]{1,8}\^(?![\w^])|(?:^|\s)\^[^\s^[\]]{1,8}\^\w|[A-Za-z)]~[^\s~[\]]{1,8}~(?![\w~])/;
/**
 * A definition in Pandoc's own layout, ":" then spaces to the fourth column (":   **B.S.**; …"), under its
 * term: three of them in a file are a layout the author chose and renders with Pandoc, not a slip.
 */
const PANDOC_DEFINITION = /^:(?: {3}|\t)\S/;

/**
 * The document's lines as its line index splits them (CR, LF and CRLF): as written, and with code,
 * comments and front matter masked (codeMaskedText).
 */
export function documentLines(doc: ResumeDocument, masked = codeMaskedText(doc)): { lines: string[]; original: string[] } {
  const lines: string[] = [];
  const original: string[] = [];
  for (let i = 0; i < doc.lines.lineCount; i++) {
    const start = doc.lines.lineStart(i);
    original.push(doc.lines.lineText(i));
    lines.push(masked.slice(start, start + original[i].length));
  }
  return { lines, original };
}

const pandocMemo = new WeakMap<ResumeDocument, boolean>();

/** isPandocSource on the document's own lines, remembered per document (date rules ask it too). */
export function isPandocDocument(doc: ResumeDocument): boolean {
  let answer = pandocMemo.get(doc);
  if (answer === undefined) {
    const { lines, original } = documentLines(doc);
    answer = isPandocSource(doc, lines, original);
    pandocMemo.set(doc, answer);
  }
  return answer;
}

/** LaTeX commands that take no argument and print as typed in Markdown. */
const BARE_COMMANDS = 'hfill|vfill|LaTeX|TeX|LaTeXe|newline|linebreak|noindent|centering|quad|qquad|ldots|dots|today|smallskip|medskip|bigskip|par|hline|item';
/** A LaTeX command: one with a braced argument, or one of BARE_COMMANDS; not after a letter, path or URL character. */
const LATEX_COMMAND = new RegExp(`(?<![\\p{L}\\p{N}:/\\\\%])\\\\(?:([A-Za-z]{2,})(?:\\[[^\\]\\n]{0,40}\\])?\\{([^{}\\n]{0,200})\\}|(${BARE_COMMANDS})(?![A-Za-z]))`, 'gu');
/** Commands renders-wrongly-blocks.ts reports with a Markdown fix. */
const STYLE_COMMANDS = new Set(['textbf', 'textit', 'emph', 'underline']);
/** LaTeX's braced thousands separator: "42{,}000". */
const BRACED_SEPARATOR = /(?<=\d)\{([,.])\}(?=\d)/g;
/** A LaTeX tie: "1.8~s", "Dr.~Patel", "Fig.~3"; not "2019~2021" (a range) or "~40" (about). */
const TIE = /(?<=[\p{L}\p{N}.)])~(?=[\p{L}(])|(?<=[\p{L}.)])~(?=\p{N})/gu;

/** The whitespace-delimited word around `at`. */
function wordAt(line: string, at: number): string {
  let a = at;
  let b = at;
  while (a > 0 && !/\s/.test(line[a - 1])) a--;
  while (b < line.length && !/\s/.test(line[b])) b++;
  return line.slice(a, b);
}

function latexHabits(doc: ResumeDocument, masked: readonly string[]): RuleFinding[] {
  const out: RuleFinding[] = [];
  masked.forEach((line, i) => {
    const base = doc.lines.lineStart(i);
    // (Each pattern only where its character is: most lines have none.)
    if (line.includes('\\')) for (const m of line.matchAll(LATEX_COMMAND)) {
      const name = m[1] ?? m[3];
      if (m[1] && STYLE_COMMANDS.has(m[1])) continue;
      const range = { start: base + m.index!, end: base + m.index! + m[0].length };
      out.push({
        range,
        message: `"\\${name}${m[1] ? '{…}' : ''}" is LaTeX: Markdown prints it as typed (a backslash before a letter is no escape). ${m[1] ? 'Keep the text without the command' : name === 'hfill' ? 'Use a separator such as " | " or " — "' : 'Write it in plain text'}.`,
        ...(m[1] ? { fixes: [{ title: `Keep "${m[2]}" without the command`, edits: [{ range, newText: m[2] }] }] } : {}),
      });
    }
    if (line.includes('{')) for (const m of line.matchAll(BRACED_SEPARATOR)) {
      const range = { start: base + m.index!, end: base + m.index! + 3 };
      out.push({
        range,
        message: `"{${m[1]}}" is LaTeX's thousands separator: Markdown prints the braces. Write "${m[1]}".`,
        fixes: [{ title: `Change to "${m[1]}"`, safe: true, isPreferred: true, edits: [{ range, newText: m[1] }] }],
      });
    }
    // Not in a URL or path ("example.com/a~b"): the word holding the tilde has no slash.
    const ties = (line.includes('~') ? [...line.matchAll(TIE)] : []).filter((t) => !/\//.test(wordAt(line, t.index!)));
    if (ties.length) {
      const first = ties[0].index!;
      const last = ties[ties.length - 1].index!;
      out.push({
        range: { start: base + first, end: base + last + 1 },
        message:
          ties.length > 1
            ? `"~" is LaTeX's non-breaking space; in Markdown a pair of tildes strikes through the text between them. Use a plain space.`
            : `"~" is LaTeX's non-breaking space; Markdown prints the tilde (and strikes text through if another "~" follows). Use a plain space.`,
        fixes: [{ title: 'Replace each "~" with a space', edits: ties.map((t) => ({ range: { start: base + t.index!, end: base + t.index! + 1 }, newText: ' ' })) }],
      });
    }
  });
  return out;
}

/** A link reference definition "[label]: destination" (not a footnote "[^1]:"). */
const DEFINITION = /^ {0,3}\[(?!\^)((?:[^\[\]\\\n]|\\.){1,999})\]:[ \t]*\S/;
/** A full or collapsed reference link "[text][label]", "[text][]"; not an image's or a footnote's. */
const REFERENCE = /(?<![\]\\])\[((?:[^\[\]\n]|\[[^\[\]\n]{0,200}\]){1,200})\]\[((?!\^)[^\[\]\n]{0,200})\]/g;
const normalizeLabel = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();

function undefinedReferences(doc: ResumeDocument, masked: readonly string[]): RuleFinding[] {
  const defined = new Set<string>();
  for (const l of masked) {
    const m = l.includes(']:') ? DEFINITION.exec(l) : null;
    if (m) defined.add(normalizeLabel(m[1]));
  }
  const out: RuleFinding[] = [];
  masked.forEach((line, i) => {
    if (!line.includes('][') || DEFINITION.test(line)) return;
    const base = doc.lines.lineStart(i);
    for (const m of line.matchAll(REFERENCE)) {
      const label = normalizeLabel(m[2] || m[1]);
      if (defined.has(label)) continue;
      out.push({
        range: { start: base + m.index!, end: base + m.index! + m[0].length },
        message: `The link label "[${(m[2] || m[1]).slice(0, 40)}]" is defined nowhere ("[${m[2] || m[1]}]: https://…"), so "${m[0].slice(0, 40)}" prints with its brackets instead of as a link. Add the definition or write the link inline.`,
      });
    }
  });
  return out;
}

/** A Pandoc definition: ": text" or "~ text" under a term line. */
const DEFINITION_LINE = /^ {0,3}[:~][ \t]+\S/;

function definitionLists(doc: ResumeDocument, masked: readonly string[]): RuleFinding[] {
  const out: RuleFinding[] = [];
  // An oh-my-cv resume renders definition lists (markdown-it's deflist): "Title" over "~ 09/2025 – 08/2027"
  // is its right-aligned row. So is a layout of three "~" definitions or more, a marker no one types by
  // chance; ":" definitions in plain Markdown are Pandoc syntax GitHub joins into one line.
  const tildes = masked.filter((l, i) => i > 0 && /^ {0,3}~[ \t]+\S/.test(l) && isTermAbove(masked, i)).length;
  if (builtByOhMyCv(doc) || tildes >= 3) return out;
  for (let i = 1; i < masked.length; i++) {
    if (!DEFINITION_LINE.test(masked[i])) continue;
    // The term: the line right above, or above one blank line (Pandoc allows it). A list item, heading
    // or table row above is no term.
    if (!isTermAbove(masked, i)) continue;
    const term = masked[i - 1].trim() === '' ? i - 2 : i - 1;
    const t = masked[term];
    const at = lineRange(doc, term);
    const indent = t.length - t.trimStart().length;
    const defStart = doc.lines.lineStart(i);
    const marker = /^ {0,3}[:~][ \t]+/.exec(masked[i])![0];
    const shown = shortened(t.trim(), 40);
    const mark = marker.trim();
    out.push({
      range: { start: at.start + indent, end: lineRange(doc, i).end },
      message: `"${shown}" and the "${mark} …" line below are a definition list (Pandoc syntax), which GitHub and most Markdown previewers do not support: they print as one line, "${shown} ${mark} …". Write the two on one line ("${shown}: …") or as a list item.`,
      ...(term === i - 1
        ? { fixes: [{ title: `Join into "${shortened(t.trim(), 20)}: …"`, edits: [{ range: { start: at.end - (t.length - t.trimEnd().length), end: defStart + marker.length }, newText: ': ' }] }] }
        : {}),
    });
  }
  return out;
}

/**
 * A definition's term: the line right above, or above one blank line (Pandoc allows it). A list item,
 * heading, table row, HTML line or another definition above is no term; nor is a long line of prose.
 */
function isTermAbove(masked: readonly string[], i: number): boolean {
  let term = i - 1;
  if (masked[term].trim() === '' && term > 0) term--;
  const t = masked[term];
  return !!t.trim() && !/^ {0,3}(?:[-*+>#|]|\d{1,9}[.)]|<)/.test(t) && !DEFINITION_LINE.test(t) && t.trim().length <= 80;
}

/** At most `n` characters, cut at a word with "…". */
function shortened(s: string, n: number): string {
  if (s.length <= n) return s;
  const cut = s.slice(0, n);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), n / 2)).trimEnd()}…`;
}

/** The cells of a table row, split at pipes outside code spans and not escaped. */
function cellsOf(row: string): string[] {
  const t = row.trim().replace(/\\\|/g, '').replace(/`[^`]*`/g, '');
  return t.replace(/^\|/, '').replace(/\|$/, '').split('|');
}
const cellCount = (row: string) => cellsOf(row).length;
const TABLE_DELIMITER = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

function tableOverflow(doc: ResumeDocument, masked: readonly string[]): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (let i = 1; i < masked.length; i++) {
    if (!TABLE_DELIMITER.test(masked[i]) || !masked[i].includes('|') || !masked[i - 1].includes('|')) continue;
    const width = cellCount(masked[i - 1]);
    if (cellCount(masked[i]) !== width) continue;
    let j = i + 1;
    for (; j < masked.length && masked[j].trim() !== '' && masked[j].includes('|'); j++) {
      const n = cellCount(masked[j]);
      // Extra cells that are empty ("| a | b ||") lose nothing.
      if (n <= width || cellsOf(masked[j]).slice(width).every((c) => !c.trim())) continue;
      out.push({
        range: lineRange(doc, j),
        message: `This table row has ${n} cells but the header has ${width}: the extra ${n - width > 1 ? `${n - width} cells are` : 'cell is'} dropped when rendered, text and all. Escape a "|" inside a cell as "\\|".`,
      });
    }
    i = j;
  }
  return out;
}

/** CommonMark HTML blocks of type 6 (block-level tags): they run to the next blank line. */
const HTML_BLOCK_START = /^ {0,3}<\/?(?:details|summary|div|section|article|aside|center|p|table|thead|tbody|tr|td|th|ul|ol|li|dl|dt|dd|blockquote|header|footer|nav|figure|fieldset|form|main|h[1-6])(?:[\s/>]|$)/i;
/** What renders-wrongly-blocks.ts reports inside an HTML block: a list item or heading line. */
const MARKDOWN_LINE = /^ {0,3}(?:[-*+][ \t]+\S|\d{1,9}[.)][ \t]+\S|#{1,6}[ \t]+\S)/;
/** Inline Markdown: strong emphasis or an inline link. */
const INLINE_MARKDOWN = /(\*\*|__)(?=\S)[^\n]{0,200}?\S\1|\[[^\[\]\n]{1,200}\]\([^()\s]{1,500}\)/g;

function markdownInHtmlBlocks(doc: ResumeDocument, masked: readonly string[]): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (let i = 0; i < masked.length; i++) {
    if (!HTML_BLOCK_START.test(masked[i])) continue;
    let j = i;
    for (; j < masked.length && masked[j].trim() !== ''; j++) {
      if (MARKDOWN_LINE.test(masked[j])) continue;
      const base = doc.lines.lineStart(j);
      if (/[*_[]/.test(masked[j])) for (const m of masked[j].matchAll(INLINE_MARKDOWN)) {
        out.push({
          range: { start: base + m.index!, end: base + m.index! + m[0].length },
          message: `"${m[0].slice(0, 40)}" is Markdown inside an HTML block, where Markdown is not read: it prints as typed. Use HTML (${m[1] ? '<b>…</b>' : '<a href="…">…</a>'}) or leave a blank line around the Markdown.`,
        });
      }
    }
    i = j;
  }
  return out;
}

const INDENTED_ITEM = /^(?: {4,}|\t)[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\S/;
const NOT_PARAGRAPH = /^ {0,3}(?:[-*+][ \t]|\d{1,9}[.)][ \t]|#|>|<|\||```|~~~)|^(?: {4}|\t)/;

/**
 * List items indented four spaces or a tab right under a paragraph line: an indented code block cannot
 * interrupt a paragraph, so they continue it, markers and all, as one run-on line.
 */
function lazyIndentedItems(doc: ResumeDocument, masked: readonly string[]): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (let i = 1; i < masked.length; i++) {
    if (!INDENTED_ITEM.test(masked[i])) continue;
    // The block above, up to the blank line: plain paragraph lines only (no list it could continue).
    let k = i - 1;
    let paragraph = masked[k].trim() !== '';
    for (; k >= 0 && masked[k].trim() !== ''; k--) {
      if (INDENTED_ITEM.test(masked[k]) && k === i - 1) continue;
      // An indented line may be a list item's own paragraph, under which "    - x" nests: not reported.
      if (NOT_PARAGRAPH.test(masked[k]) || /^\s/.test(masked[k])) paragraph = false;
    }
    if (!paragraph || INDENTED_ITEM.test(masked[i - 1])) continue;
    let to = i;
    while (to + 1 < masked.length && INDENTED_ITEM.test(masked[to + 1])) to++;
    const edits = [];
    for (let n = i; n <= to; n++) {
      const start = doc.lines.lineStart(n);
      edits.push({ range: { start, end: start + /^[ \t]*/.exec(masked[n])![0].length }, newText: '' });
    }
    out.push({
      range: { start: lineRange(doc, i).start, end: lineRange(doc, to).end },
      message: `${to > i ? 'These items are' : 'This item is'} indented four spaces or a tab right under a paragraph, so Markdown reads ${to > i ? 'them' : 'it'} as more of that paragraph: one run-on line with the "-" printed. Remove the indentation and leave a blank line above.`,
      fixes: [{ title: 'Remove the indentation and add a blank line above', edits: [...edits, { range: { start: lineRange(doc, i).start, end: lineRange(doc, i).start }, newText: '\n' }] }],
    });
    i = to;
  }
  return out;
}

/** "[Demo] (https://…)": a space between a link's text and its target. */
const SPACED_LINK = /(?<![!\\])\[((?=[^\]\n]*[^\]\s][^\]\n]*[^\]\s])[^\[\]\n]{1,80})\]([ \t]+)\(((?:https?:\/\/|mailto:|www\.)[^()\s]{1,300})\)/g;

/**
 * A link CommonMark does not form: no space may stand between "]" and "(", so "[Demo] (https://…)"
 * prints with its brackets and address, in a Markdown file as in a RenderCV value (`renderer` names
 * who prints it). `line` starts at offset `lineStart` of the document.
 */
export function spacedLinkFindings(line: string, lineStart: number, renderer = 'Markdown'): RuleFinding[] {
  return [...line.matchAll(SPACED_LINK)].map((m) => {
    const gap = lineStart + m.index! + 1 + m[1].length + 1;
    return {
      range: { start: lineStart + m.index!, end: lineStart + m.index! + m[0].length },
      message: `The space between "]" and "(" breaks the link: ${renderer} prints "[${m[1].slice(0, 30)}] (${m[3].slice(0, 30)}…)" as typed. Remove the space.`,
      fixes: [{ title: 'Remove the space', isPreferred: true, safe: true, edits: [{ range: { start: gap, end: gap + m[2].length }, newText: '' }] }],
    };
  });
}

/** The spaced links of a Markdown file, line by line (a heading's missing space after "#" is markdownlint's MD018). */
function spacedLinks(doc: ResumeDocument, masked: readonly string[]): RuleFinding[] {
  return masked.flatMap((line, i) => spacedLinkFindings(line, doc.lines.lineStart(i)));
}

/**
 * The findings of this module (see the top of the file). `masked`: source lines with code, comments and
 * front matter blanked; `pandoc`: isPandocSource.
 */
/**
 * A resume kept for oh-my-cv: its front matter's `header` is a list of items with `text` (and `link`),
 * the contact row the site prints. Its Markdown is rendered with markdown-it and the deflist plugin.
 */
export function builtByOhMyCv(doc: ResumeDocument): boolean {
  const header = doc.frontMatter.data.header;
  return Array.isArray(header) && header.length > 0 && header.every((item) => !!item && typeof item === 'object' && 'text' in item);
}

/** A Hugo shortcode's opening: "{{< figure src=… >}}", "{{% note %}}" (Hugo's own syntax: no other generator writes it). */
export const SHORTCODE_OPENING = /\{\{[<%]/;

/**
 * A page Hugo builds: TOML front matter (`+++`), which Hugo reads (Jekyll does not), or a Hugo shortcode.
 * Hugo's Markdown (Goldmark) renders definition lists and turns "--" into an en dash by default, and
 * runs shortcodes; a template action in the content ("{{ .Params.email }}") it prints as typed.
 */
export function builtByHugo(doc: ResumeDocument): boolean {
  const text = doc.text ?? '';
  return (!!doc.frontMatter.range && text.startsWith('+++')) || SHORTCODE_OPENING.test(text);
}

/** An entry heading of the resume.md template: "### <span>Title, Company</span> <span>Jan 2024 -- May 2025</span>". */
const SPAN_PAIR_HEADING = /^#{2,4}[ \t]+<span>[^<\n]*<\/span>[ \t]*<span>[^<\n]*<\/span>[ \t]*$/gm;

/**
 * A resume kept in the resume.md template's shape, its entry headings two inline spans (title left,
 * dates right, by the template's CSS). Its build script renders it with Python-Markdown and the smarty
 * extension, which sets "--" as an en dash, then prints the page from Chrome.
 */
export function builtByResumeMd(doc: ResumeDocument): boolean {
  return ((doc.text ?? '').match(SPAN_PAIR_HEADING) ?? []).length >= 2;
}

/**
 * A Jekyll page: YAML front matter naming its layout or its permalink, keys only a site generator reads.
 * Jekyll's Markdown (kramdown) renders definition lists ("Term" over ": definition").
 */
export function builtByJekyll(doc: ResumeDocument): boolean {
  return !!doc.frontMatter.range && !(doc.text ?? '').startsWith('+++') && ['layout', 'permalink'].some((key) => key in doc.frontMatter.data);
}

/**
 * A note styled for Obsidian's own rendering: "cssclasses" (or the older "cssclass") in the front matter
 * applies a CSS snippet in Obsidian's reading view and its PDF export and nowhere else, so the person
 * prints the resume from Obsidian, where its wiki links, embeds, callouts, highlights and comments render.
 */
export function printedFromObsidian(doc: ResumeDocument): boolean {
  return Object.keys(doc.frontMatter.data).some((key) => /^cssclass(?:es)?$/i.test(key));
}

/**
 * A Marp slide deck ("marp: true" in its front matter, read from the text when the YAML is broken):
 * Marp Core turns every line break in a paragraph into <br>, so no lines run together.
 */
export function printedFromMarp(doc: ResumeDocument): boolean {
  if (doc.frontMatter.data.marp === true) return true;
  const range = doc.frontMatter.range ?? doc.frontMatter.error?.range;
  return !!range && /^marp:[ \t]*true[ \t]*$/m.test(doc.text.slice(range.start, range.end));
}

/** HackMD's alert box opening (":::info", ":::warning", …, no space): a note written in HackMD. */
const HACKMD_ALERT = /^ {0,3}:{3}(?:info|success|warning|danger|spoiler)\b/;
/** Obsidian's note syntax: a "%% comment %%", a "==highlight==", a line of hash tags, a callout GitHub does not know. */
export const NOTE_COMMENT = /%%(?:(?!%%)[^\n])+%%/g;
const HIGHLIGHT = /(?<![=\w])==(?=\S)[^=\n]{1,80}(?<=\S)==(?![=\w])/g;
/** A line of two or more hash tags ("#job-search #cv"); markdownlint.ts reads it as no heading either. */
export const TAG_LINE = /^[ \t]*#[\p{L}\p{N}_/-]+(?:[ \t]+#[\p{L}\p{N}_/-]+)+[ \t]*$/u;
const CALLOUT = /^[ \t]*>[ \t]*\[!(\w+)\][-+]?(?=[ \t]*\S|[ \t]*$)/;
/** The alerts GitHub renders ("> [!NOTE]" alone on its line); any other callout prints as written. */
const GITHUB_ALERT = /^[ \t]*>[ \t]*\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*$/;

/**
 * A resume kept as an Obsidian note: its comments, highlights, tags and callouts render in Obsidian and
 * print as typed everywhere else the file is shown or converted (GitHub, Pandoc, most previews).
 */
function noteAppSyntax(doc: ResumeDocument, masked: readonly string[]): RuleFinding[] {
  const out: RuleFinding[] = [];
  if (printedFromObsidian(doc)) return out;
  const outside = 'prints as typed outside Obsidian (GitHub, Pandoc, most previews)';
  // HackMD marks "==text==" too: a note written there (its ":::info" boxes show it) keeps its highlights.
  const hackMd = masked.some((l) => HACKMD_ALERT.test(l));
  masked.forEach((line, i) => {
    const start = doc.lines.lineStart(i);
    for (const m of line.matchAll(NOTE_COMMENT)) {
      out.push({ range: { start: start + m.index!, end: start + m.index! + m[0].length }, message: `An Obsidian comment ("${m[0].slice(0, 30)}") ${outside}: delete it, or make it an HTML comment (<!-- … -->), which no renderer shows.`, fixes: [{ title: 'Make it an HTML comment', edits: [{ range: { start: start + m.index!, end: start + m.index! + m[0].length }, newText: `<!-- ${m[0].slice(2, -2).trim()} -->` }] }] });
    }
    for (const m of hackMd ? [] : line.matchAll(HIGHLIGHT)) {
      out.push({ range: { start: start + m.index!, end: start + m.index! + m[0].length }, message: `"${m[0].slice(0, 30)}" is Obsidian's highlight, which ${outside} with its "==": use bold (**…**) instead.`, fixes: [{ title: 'Make it bold', edits: [{ range: { start: start + m.index!, end: start + m.index! + m[0].length }, newText: `**${m[0].slice(2, -2)}**` }] }] });
    }
    if (TAG_LINE.test(line)) out.push({ range: lineRange(doc, i), message: `A line of tags ("${line.trim().slice(0, 30)}") ${outside}: move the tags into the front matter (tags: […]) or delete them.` });
    const callout = CALLOUT.exec(line);
    if (callout && !GITHUB_ALERT.test(line)) out.push({ range: lineRange(doc, i), message: `The callout "[!${callout[1]}]" ${outside}: GitHub shows only [!NOTE], [!TIP], [!IMPORTANT], [!WARNING] and [!CAUTION] alone on their line. Write the title as a plain line.` });
  });
  return out;
}

/**
 * "**Skills: **Go, SQL": a space before the closing "**", and a word right after it. A closer must follow
 * a non-space, so the second "**" opens instead, and with no closer after it both print as typed. Only
 * when no later marker of the same kind on the line could close either.
 */
const SPACE_BEFORE_CLOSER = /(?<![*_\\\w])(\*\*|__)(?=[^\s*_])([^*_\n]{1,60}?)([ \t]+)\1(?=[\p{L}\p{N}])(?![^\n]*\1)/gu;

function spaceBeforeCloser(doc: ResumeDocument, masked: readonly string[]): RuleFinding[] {
  const out: RuleFinding[] = [];
  masked.forEach((line, i) => {
    const start = doc.lines.lineStart(i);
    for (const m of line.matchAll(SPACE_BEFORE_CLOSER)) {
      const from = start + m.index!;
      const closer = from + m[1].length + m[2].length;
      out.push({
        range: { start: from, end: closer + m[3].length + m[1].length },
        message: `The space before the closing "${m[1]}" keeps it from closing, so both "${m[1]}" print as typed: put the space after it ("${m[1]}${m[2].trim()}${m[1]} …").`,
        // Whitespace moves past the marker: the words stay as written.
        fixes: [{ title: `Move the space after the closing "${m[1]}"`, safe: true, isPreferred: true, edits: [{ range: { start: closer, end: closer + m[3].length + m[1].length }, newText: `${m[1]} ` }] }],
      });
    }
  });
  return out;
}

/**
 * "** WORK EXPERIENCE **": a space right inside the opening marker keeps it from opening (an opener
 * must be followed by a non-space), so neither marker makes bold and both print as typed. Word and
 * Google Docs exports write headings so. Only where the line has no other marker of the kind.
 */
const SPACED_MARKERS = /(?<![*_\\\w])(\*\*|__)[ \t]+([^*_\n]{1,60}?\S)([ \t]*)\1(?![*_\w])/g;

function spacedMarkers(doc: ResumeDocument, masked: readonly string[]): RuleFinding[] {
  const out: RuleFinding[] = [];
  masked.forEach((line, i) => {
    if (!line.includes('** ') && !line.includes('__ ')) return;
    const start = doc.lines.lineStart(i);
    for (const m of line.matchAll(SPACED_MARKERS)) {
      if (line.split(m[1]).length - 1 !== 2) continue;
      const range = { start: start + m.index!, end: start + m.index! + m[0].length };
      out.push({
        range,
        message: `The space inside "${m[1]}" keeps it from opening, so "${m[0].trim()}" prints with its asterisks instead of in bold: write "${m[1]}${m[2].trim()}${m[1]}".`,
        // Whitespace only: the words stay as written.
        fixes: [{ title: `Remove the spaces inside "${m[1]}"`, safe: true, isPreferred: true, edits: [{ range, newText: `${m[1]}${m[2].trim()}${m[1]}` }] }],
      });
    }
  });
  return out;
}

/**
 * "BIM Coordinator, Acme, Ankara, July 2021" over "- Present": a date range wrapped before its dash
 * leaves the end on a line of its own, where "- " makes it a list item that prints "• Present".
 */
const WRAPPED_RANGE_END = /^([ \t]*)([-–—])[ \t]+(present|current|now|today|ongoing|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ \t]+(?:19|20)\d\d|(?:19|20)\d\d)[ \t]*$/i;
const ENDS_IN_DATE = /(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ \t]+(?:19|20)\d\d|\b(?:0?[1-9]|1[0-2])\/(?:19|20)\d\d|\b(?:19|20)\d\d)[*_]*[ \t]*$/i;

function wrappedRangeEnds(doc: ResumeDocument, masked: readonly string[]): RuleFinding[] {
  const out: RuleFinding[] = [];
  masked.forEach((line, i) => {
    const m = i > 0 ? WRAPPED_RANGE_END.exec(line) : null;
    if (!m || !ENDS_IN_DATE.test(masked[i - 1]) || LIST_LINE.test(masked[i - 1])) return;
    const prevEnd = doc.lines.lineStart(i - 1) + masked[i - 1].replace(/[ \t]+$/, '').length;
    const range = { start: doc.lines.lineStart(i), end: doc.lines.lineStart(i) + line.length };
    out.push({
      range,
      message: `"${line.trim()}" ends the date range on the line above, but "${m[2]} " opens a list item here, so it prints as a bullet. Put it on the line above.`,
      // The line break becomes a space and the dash an en dash between the dates: the dates are the same.
      fixes: [{ title: 'Join it to the line above', safe: true, isPreferred: true, edits: [{ range: { start: prevEnd, end: range.start + m[0].length }, newText: ` – ${m[3]}` }] }],
    });
  });
  return out;
}

const LIST_LINE = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+\S/;
/** A line that is no paragraph text: blank, a list item, a heading, a quote, a table row, HTML, a fence, a div, a rule. */
const NOT_TEXT = /^\s*$|^ {0,3}(?:[-*+][ \t]|\d{1,9}[.)][ \t]|#|>|\||<|```|~~~|:::|[-*_](?:[ \t]*[-*_]){2,}[ \t]*$)|^(?: {4}|\t)/;

/**
 * In a Pandoc source, a list must follow a blank line: "Duties included:" with "- Ran …" right under it
 * prints the items inside the paragraph, their "- " as text (GitHub renders the list). The finding sits
 * on the paragraph's last line; the fix adds the blank line.
 */
function listsGluedToParagraphs(doc: ResumeDocument, masked: readonly string[]): RuleFinding[] {
  const out: RuleFinding[] = [];
  // A line right under a list item (no blank line between) continues that item; it is no paragraph.
  let inList = false;
  for (let i = 0; i + 1 < masked.length; i++) {
    if (/^\s*$|^ {0,3}#/.test(masked[i])) inList = false;
    else if (LIST_LINE.test(masked[i])) inList = true;
    if (inList || NOT_TEXT.test(masked[i]) || !LIST_LINE.test(masked[i + 1])) continue;
    const at = lineRange(doc, i);
    out.push({
      range: at,
      message: 'Pandoc needs a blank line before a list: without it the items below print inside this paragraph, with their "- " as text. Add a blank line.',
      fixes: [{ title: 'Add a blank line before the list', safe: true, isPreferred: true, edits: [{ range: { start: at.end, end: at.end }, newText: '\n' }] }],
    });
  }
  return out;
}

/** A Pandoc citation ("[@smith2024]", "[see @lee2023, p. 4]"), not a link ("[@ana](https://…)"). */
const CITATION = /\[(?:[^\[\]\n]*?[\s;])?@[\p{L}\d_][\w:.#$%&+?<>~/-]*[^\[\]\n]*\](?![(\[])/gu;

/**
 * A citation key with no bibliography in the front matter: Pandoc prints "(smith2024?)" and GitHub the
 * brackets as typed.
 */
function unresolvedCitations(doc: ResumeDocument, masked: readonly string[]): RuleFinding[] {
  const keys = Object.keys(doc.frontMatter.data).map((k) => k.toLowerCase());
  if (keys.includes('bibliography') || keys.includes('references') || keys.includes('citeproc')) return [];
  const out: RuleFinding[] = [];
  masked.forEach((line, i) => {
    const start = doc.lines.lineStart(i);
    for (const m of line.matchAll(CITATION)) {
      out.push({
        range: { start: start + m.index!, end: start + m.index! + m[0].length },
        message: `The citation "${m[0].slice(0, 40)}" has no bibliography to resolve it: Pandoc prints it as "(key?)" and GitHub as typed. Write the source out (a title, a venue and a year) or add a bibliography.`,
      });
    }
  });
  return out;
}

/** An anchor left by a Google Docs or Word export ("[]{#_heading=h.3znysh7 .anchor}"): Pandoc hides it, GitHub prints it. */
const EXPORT_ANCHOR = /\[\]\{#[^{}\n]{1,80}\}/g;

function exportAnchors(doc: ResumeDocument, masked: readonly string[]): RuleFinding[] {
  const out: RuleFinding[] = [];
  masked.forEach((line, i) => {
    const start = doc.lines.lineStart(i);
    for (const m of line.matchAll(EXPORT_ANCHOR)) {
      const range = { start: start + m.index!, end: start + m.index! + m[0].length };
      out.push({
        range,
        message: `"${m[0].slice(0, 40)}" is an anchor left by a document export: it prints as typed outside Pandoc. Delete it.`,
        // Nothing a reader reads is lost: the anchor only marks a place for links.
        fixes: [{ title: 'Delete the anchor', safe: true, isPreferred: true, edits: [{ range, newText: '' }] }],
      });
    }
  });
  return out;
}

/** A footnote reference "[^label]" (not its definition "[^label]: text" at a line start). */
const FOOTNOTE_REF = /\[\^([^\[\]\s]{1,60})\](?!:)/g;
const FOOTNOTE_DEFINITION = /^ {0,3}\[\^([^\[\]\s]{1,60})\]:/;

/**
 * "GPUs[^gpu]" with no "[^gpu]: …" anywhere: GitHub, Pandoc and the other footnote-aware renderers
 * make a note only from a defined label, so an undefined one prints with its brackets and caret.
 */
function undefinedFootnotes(doc: ResumeDocument, masked: readonly string[]): RuleFinding[] {
  if (!masked.some((l) => l.includes('[^'))) return [];
  const defined = new Set<string>();
  for (const l of masked) {
    const m = FOOTNOTE_DEFINITION.exec(l);
    if (m) defined.add(m[1].toLowerCase());
  }
  const out: RuleFinding[] = [];
  masked.forEach((line, i) => {
    if (!line.includes('[^')) return;
    const base = doc.lines.lineStart(i);
    const definition = FOOTNOTE_DEFINITION.exec(line);
    for (const m of line.matchAll(FOOTNOTE_REF)) {
      if (definition && m.index === line.indexOf('[^')) continue;
      if (defined.has(m[1].toLowerCase())) continue;
      out.push({
        range: { start: base + m.index!, end: base + m.index! + m[0].length },
        message: `The footnote "${m[0]}" has no definition ("${m[0]}: …"), so it prints as typed: add the note or delete the marker.`,
      });
    }
  });
  return out;
}

/** A LaTeX environment opening a line ("\begin{center}"), which Pandoc passes to LaTeX as one raw block. */
const RAW_ENVIRONMENT_START = /^ {0,3}\\begin\{([A-Za-z]+\*?)\}/;
/** Inline Markdown that a raw block prints as typed: strong or plain emphasis, an inline link. */
const RAW_BLOCK_MARKDOWN = /(\*\*|__)(?=\S)[^\n]{0,200}?\S\1|(?<![\w*\\])\*(?=[^\s*])[^*\n]{1,100}?(?<=[^\s*\\])\*(?![\w*])|\[[^\[\]\n]{1,200}\]\([^()\s]{1,500}\)/g;

/**
 * Pandoc reads "\begin{env} … \end{env}" as raw LaTeX (its raw_tex extension) and passes it to LaTeX
 * untouched: Markdown inside, a link or emphasis, prints with its brackets and asterisks in the PDF.
 */
function markdownInRawLatex(doc: ResumeDocument, masked: readonly string[]): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (let i = 0; i < masked.length; i++) {
    const open = RAW_ENVIRONMENT_START.exec(masked[i]);
    if (!open) continue;
    const close = `\\end{${open[1]}}`;
    let j = i;
    for (; j < masked.length; j++) {
      const base = doc.lines.lineStart(j);
      for (const m of masked[j].matchAll(RAW_BLOCK_MARKDOWN)) {
        const link = m[0].startsWith('[');
        out.push({
          range: { start: base + m.index!, end: base + m.index! + m[0].length },
          message: `"${m[0].slice(0, 40)}${m[0].length > 40 ? '…' : ''}" is Markdown inside a raw LaTeX environment (\\begin{${open[1]}}), which Pandoc passes to LaTeX unread: it prints as typed. Write it in LaTeX (${link ? '\\href{url}{text}' : '\\textbf{…} or \\emph{…}'}) or use a fenced div (::: {.${open[1]}}).`,
        });
      }
      if (masked[j].includes(close)) break;
    }
    i = j;
  }
  return out;
}

/** A Pandoc heading attribute ("{-}", "{.unnumbered}", "{#id}") with text after it on the heading line. */
const ATTRIBUTE_MID_HEADING = /^ {0,3}#{1,6}[ \t].*?[ \t](\{[ \t]*(?:-|[.#][\w-]+)[^{}\n]*\})(?=[ \t]*[^\s{])/;

/** Pandoc reads heading attributes only at the end of the line; anywhere else they print as typed. */
function attributesMidHeading(doc: ResumeDocument, masked: readonly string[]): RuleFinding[] {
  const out: RuleFinding[] = [];
  masked.forEach((line, i) => {
    const m = line.includes('{') ? ATTRIBUTE_MID_HEADING.exec(line) : null;
    if (!m) return;
    const at = doc.lines.lineStart(i) + m[0].length - m[1].length;
    out.push({
      range: { start: at, end: at + m[1].length },
      message: `Pandoc reads "${m[1]}" as heading attributes only at the end of the heading line; with text after it, it prints as typed. Move it to the end of the line.`,
    });
  });
  return out;
}

/** HTML elements a browser or GitHub's sanitizer shows (current and long-supported obsolete ones). */
const HTML_ELEMENTS = new Set(
  ('a abbr address area article aside audio b bdi bdo big blockquote body br button caption center cite code col colgroup data dd del ' +
    'details dfn dialog div dl dt em embed fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img ' +
    'input ins kbd label legend li link main map mark meta meter nav noscript object ol optgroup option output p picture pre progress q rp ' +
    'rt ruby s samp script section select small source span strike strong style sub summary sup svg table tbody td template textarea tfoot ' +
    'th thead time title tr track tt u ul var video wbr math').split(' '),
);
/** A CommonMark inline HTML tag: "<name attr="v">", "</name>", "<name/>". */
const INLINE_TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:"[^"\n]*"|'[^'\n]*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/g;

/**
 * "Named alerts <service>-<severity>": Markdown passes an angle-bracketed word through as an HTML tag,
 * and a tag no browser knows shows nothing, so the placeholder vanishes from the page (GitHub strips
 * it; Pandoc drops raw HTML from a PDF). A capitalized self-closing tag is an MDX component, left alone.
 */
function unknownInlineTags(doc: ResumeDocument, masked: readonly string[]): RuleFinding[] {
  const out: RuleFinding[] = [];
  // "<role>Engineer</role>": a custom element that is opened and closed is markup around text that
  // still shows (a stylesheet may style it); only a tag never closed stands for a word of its own.
  const closed = new Set<string>();
  for (const line of masked) if (line.includes('</')) for (const m of line.matchAll(/<\/([A-Za-z][A-Za-z0-9-]*)\s*>/g)) closed.add(m[1].toLowerCase());
  masked.forEach((line, i) => {
    if (!line.includes('<') || HTML_BLOCK_START.test(line)) return;
    const base = doc.lines.lineStart(i);
    for (const m of line.matchAll(INLINE_TAG)) {
      const name = m[2];
      if (HTML_ELEMENTS.has(name.toLowerCase()) || closed.has(name.toLowerCase()) || m[1] || (m[4] && /^[A-Z]/.test(name))) continue;
      if (m.index! > 0 && line[m.index! - 1] === '\\') continue;
      out.push({
        range: { start: base + m.index!, end: base + m.index! + m[0].length },
        message: `"${m[0].slice(0, 40)}" reads as an HTML tag, and no browser knows <${name}>: it vanishes from the rendered resume. Write it in backticks (\`${m[0].slice(0, 30)}\`) or escape the bracket (\\<${name}>).`,
      });
    }
  });
  return out;
}

/**
 * "into __tests__ folders", "the __init__ hook": a name with double underscores on both sides (a dunder
 * identifier) in prose. Markdown reads the underscores as bold markers, so the page shows a bold "tests"
 * and the identifier is lost. In lower case only: "__Led__ the team" is the writer's own bold.
 */
const DUNDER = /(?<![\w\\`])__([a-z][a-z0-9]*(?:_[a-z0-9]+)*)__(?![\w`])/g;

function dunderNames(doc: ResumeDocument, masked: readonly string[]): RuleFinding[] {
  const out: RuleFinding[] = [];
  masked.forEach((line, i) => {
    if (!line.includes('__')) return;
    const base = doc.lines.lineStart(i);
    for (const m of line.matchAll(DUNDER)) {
      out.push({
        range: { start: base + m.index!, end: base + m.index! + m[0].length },
        message: `"${m[0]}" renders as a bold "${m[1]}": Markdown reads the double underscores as bold markers. Write it in backticks (\`${m[0]}\`).`,
      });
    }
  });
  return out;
}

export function syntaxFindings(doc: ResumeDocument, masked: readonly string[], pandoc: boolean): RuleFinding[] {
  const out = [...dunderNames(doc, masked), ...undefinedReferences(doc, masked), ...tableOverflow(doc, masked), ...markdownInHtmlBlocks(doc, masked), ...lazyIndentedItems(doc, masked), ...noteAppSyntax(doc, masked), ...spaceBeforeCloser(doc, masked), ...spacedMarkers(doc, masked), ...wrappedRangeEnds(doc, masked), ...unknownInlineTags(doc, masked), ...spacedLinks(doc, masked)];
  if (!pandoc) out.push(...latexHabits(doc, masked), ...(builtByHugo(doc) || builtByJekyll(doc) ? [] : definitionLists(doc, masked)), ...exportAnchors(doc, masked));
  else out.push(...listsGluedToParagraphs(doc, masked), ...markdownInRawLatex(doc, masked), ...attributesMidHeading(doc, masked));
  out.push(...unresolvedCitations(doc, masked), ...undefinedFootnotes(doc, masked));
  return out;
}
