// Plain text of a block (Markdown inline content or an HTML element) with each character's source
// offset and its inline style (bold, italic, link). Layout decisions read the style of a whole line:
// a line that is all bold is an entry title, all italic a subtitle, all link a "Demo: …" line.
import type { MappedText } from './types';

export const BOLD = 1;
export const ITALIC = 2;
export const LINK = 4;

export interface StyledText extends MappedText {
  /** Style bits of each character of `text`. */
  styles: number[];
}

export class StyledTextBuilder {
  private chars: string[] = [];
  private offsets: number[] = [];
  private styles: number[] = [];
  private lastEnd = 0;

  /** Appends `value` whose characters sit in `source` from `start`; aligns across escapes and entities. */
  appendAligned(value: string, source: string, start: number, end: number, style: number, collapse = false): void {
    let j = start;
    for (let i = 0; i < value.length; i++) {
      let ch = value[i];
      let k = j;
      while (k < end && source[k] !== ch) k++;
      const at = k < end ? k : Math.min(j, Math.max(start, end - 1));
      if (k < end) j = k + 1;
      if (collapse && /\s/.test(ch)) {
        // HTML: a run of white space reads as one space.
        if (!this.chars.length || /\s/.test(this.chars[this.chars.length - 1])) continue;
        ch = ' ';
      }
      this.push(ch, Math.max(start, at), style);
    }
    this.lastEnd = Math.max(this.lastEnd, end);
  }

  push(ch: string, offset: number, style: number): void {
    this.chars.push(ch);
    this.offsets.push(offset);
    this.styles.push(style);
  }

  /** A synthetic separator (a line break for `<br>`, a space between HTML cells) at one source offset. */
  appendSynthetic(ch: string, offset: number): void {
    const last = this.chars[this.chars.length - 1];
    if (ch === ' ' && (last === undefined || /\s/.test(last))) return;
    if (ch === '\n' && last === ' ') {
      this.chars[this.chars.length - 1] = '\n';
      return;
    }
    this.push(ch, offset, 0);
    this.lastEnd = Math.max(this.lastEnd, offset + 1);
  }

  get length(): number {
    return this.chars.length;
  }

  build(): StyledText {
    const last = this.offsets.length ? this.offsets[this.offsets.length - 1] + 1 : this.lastEnd;
    this.offsets.push(last);
    return { text: this.chars.join(""), offsets: this.offsets, styles: this.styles };
  }
}

export function sliceStyled(m: StyledText, start: number, end: number): StyledText {
  const offsets = m.offsets.slice(start, end);
  offsets.push(end > start ? m.offsets[end - 1] + 1 : m.offsets[start]);
  return { text: m.text.slice(start, end), offsets, styles: m.styles.slice(start, end) };
}

export function trimStyled(m: StyledText): StyledText {
  let s = 0;
  let e = m.text.length;
  while (s < e && /\s/.test(m.text[s])) s++;
  while (e > s && /\s/.test(m.text[e - 1])) e--;
  return s === 0 && e === m.text.length ? m : sliceStyled(m, s, e);
}

/**
 * An empty Pandoc span with attributes at the start of a line ("[]{#_heading=h.1x2y .anchor}"): an anchor
 * a Word or Google Docs export leaves before a heading. Pandoc prints nothing for it, so the line is read
 * without it ("**EXPERIENCE**" stays a bold heading); renders-wrongly still reports it from the source.
 */
const PANDOC_ANCHOR = /^\[\]\{#[^{}\n]{0,200}\}\s*/;

/** The lines of a text (split at `\n`), trimmed, empty ones dropped. */
export function styledLines(m: StyledText): StyledText[] {
  const out: StyledText[] = [];
  let from = 0;
  for (let i = 0; i <= m.text.length; i++) {
    if (i === m.text.length || m.text[i] === '\n') {
      let line = trimStyled(sliceStyled(m, from, i));
      const anchor = PANDOC_ANCHOR.exec(line.text);
      if (anchor && anchor[0].length < line.text.length) line = sliceStyled(line, anchor[0].length, line.text.length);
      if (line.text) out.push(line);
      from = i + 1;
    }
  }
  return out;
}

/** Joins consecutive lines of one source text into one span: the text between them is kept, its
 * line breaks read as spaces (so offsets still map every character exactly). */
export function spanOf(whole: StyledText, first: StyledText, last: StyledText): StyledText {
  const start = whole.offsets.indexOf(first.offsets[0]);
  const endOffset = last.offsets[last.text.length - 1];
  const end = whole.offsets.lastIndexOf(endOffset) + 1;
  if (start < 0 || end <= start) return first;
  const s = sliceStyled(whole, start, end);
  return { ...s, text: s.text.replace(/[\r\n]/g, ' ') };
}

/** Every letter or digit of the text carries `bit` (and there is at least one). */
export function allStyled(m: StyledText, bit: number): boolean {
  let seen = false;
  for (let i = 0; i < m.text.length; i++) {
    if (!/[\p{L}\p{N}]/u.test(m.text[i])) continue;
    if (!(m.styles[i] & bit)) return false;
    seen = true;
  }
  return seen;
}

/** The first letter or digit carries `bit`. */
export function startsStyled(m: StyledText, bit: number): boolean {
  for (let i = 0; i < m.text.length; i++) if (/[\p{L}\p{N}]/u.test(m.text[i])) return !!(m.styles[i] & bit);
  return false;
}

/** Characters of the leading run that carries `bit` (e.g. the bold lead-in "**Acme**, 2021"). */
export function leadingStyledLength(m: StyledText, bit: number): number {
  let i = 0;
  while (i < m.text.length && (m.styles[i] & bit || /\s/.test(m.text[i]))) i++;
  return i;
}

export function plain(m: StyledText): MappedText {
  return { text: m.text, offsets: m.offsets };
}

/**
 * Pandoc's inline attributes, which Word-to-Markdown conversion leaves everywhere: a bracketed span
 * "[Staff Nurse]{.underline}" reads as its words, and an attribute block after an image or a link
 * ("![](photo.jpg){width="1in"}") as nothing. An underlined or small-caps span is emphasis, which the
 * layout reads as bold does: a line that is all of it is a title. `source` tells what precedes a block.
 */
const PANDOC_SPAN = /\[([^[\]\n]{1,200})\]\{([.#][\w-]+(?:\s+[^{}\n]*)?|[\w-]+=[^{}\n]*)\}/g;
const ATTRIBUTES_AFTER = /^\{(?:[.#][\w-]+|[\w-]+=)[^{}\n]*\}/;
const EMPHASIS_CLASS = /(?:^|\s)\.(?:underline|smallcaps|mark)\b/;

export function renderPandocAttributes(input: StyledText, source: string): StyledText {
  const { text } = input;
  if (!text.includes(']{') && !text.includes('{')) return input;
  const drop = new Uint8Array(text.length);
  const emphasise = new Uint8Array(text.length);
  let found = false;
  for (const m of text.matchAll(PANDOC_SPAN)) {
    const at = m.index!;
    // A Markdown link "[x](url)" never matches (its brackets are gone from the text); a literal "[" in the source must be one.
    if (source[input.offsets[at]] !== '[') continue;
    found = true;
    drop[at] = 1;
    for (let i = at + 1 + m[1].length; i < at + m[0].length; i++) drop[i] = 1;
    if (EMPHASIS_CLASS.test(m[2])) for (let i = at + 1; i <= at + m[1].length; i++) emphasise[i] = 1;
  }
  for (let i = text.indexOf('{'); i >= 0; i = text.indexOf('{', i + 1)) {
    if (drop[i]) continue;
    const prev = source[input.offsets[i] - 1];
    const m = ATTRIBUTES_AFTER.exec(text.slice(i));
    if (!m || (prev !== ')' && prev !== ']')) continue;
    found = true;
    for (let k = i; k < i + m[0].length; k++) drop[k] = 1;
  }
  if (!found) return input;
  const out: StyledText = { text: '', offsets: [], styles: [] };
  const chars: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (drop[i]) continue;
    chars.push(text[i]);
    out.offsets.push(input.offsets[i]);
    out.styles.push(input.styles[i] | (emphasise[i] ? BOLD : 0));
  }
  out.text = chars.join('');
  return out;
}
