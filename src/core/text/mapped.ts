// Plain text of a Markdown span with each character's source offset, so rules can match words on
// clean text and still underline the exact source characters.
import type { MappedText } from '../document/types';
import type { OffsetRange } from '../types';

/** Longest run of removed source characters between two text characters: an entity is at most 33. */
const MAX_SKIPPED = 64;
const isBlank = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

export class MappedTextBuilder {
  private chars: string[] = [];
  private offsets: number[] = [];
  private lastEnd = 0;

  /** Appends `value` whose characters sit in `source` from `start`; aligns across escapes and entities. */
  appendAligned(value: string, source: string, start: number, end: number): void {
    let j = start;
    for (let i = 0; i < value.length; i++) {
      const ch = value[i];
      let k = j;
      // Skip source characters that the parser removed (backslash escapes, entity syntax, the
      // indentation and `>` of continuation lines). A character the parser made up (U+FFFD for NUL,
      // a decoded entity) is not in the source: the search gives up after MAX_SKIPPED characters
      // other than whitespace, so such characters cannot make this quadratic.
      let skipped = 0;
      while (k < end && source[k] !== ch && skipped <= MAX_SKIPPED) {
        if (!isBlank(source.charCodeAt(k))) skipped++;
        k++;
      }
      if (k < end && source[k] !== ch) k = end;
      const at = k < end ? k : Math.min(j, end - 1);
      this.chars.push(ch);
      this.offsets.push(Math.max(start, at));
      if (k < end) j = k + 1;
    }
    this.lastEnd = Math.max(this.lastEnd, end);
  }

  /** Appends a synthetic character (a line break for `<br>`) mapped to one source offset. */
  appendSynthetic(ch: string, offset: number): void {
    this.chars.push(ch);
    this.offsets.push(offset);
    this.lastEnd = Math.max(this.lastEnd, offset + 1);
  }

  build(): MappedText {
    const last = this.offsets.length ? this.offsets[this.offsets.length - 1] + 1 : this.lastEnd;
    return { text: this.chars.join(''), offsets: [...this.offsets, last] };
  }
}

/** Source range of plain-text characters [start, end) of a mapped text. */
export function sourceRange(m: MappedText, start: number, end: number): OffsetRange {
  if (end <= start) {
    const at = m.offsets[Math.min(start, m.offsets.length - 1)];
    return { start: at, end: at };
  }
  return { start: m.offsets[start], end: m.offsets[end - 1] + 1 };
}

/** A slice of a mapped text as its own mapped text. */
export function sliceMapped(m: MappedText, start: number, end: number): MappedText {
  const offsets = m.offsets.slice(start, end);
  offsets.push(end > start ? m.offsets[end - 1] + 1 : m.offsets[start]);
  return { text: m.text.slice(start, end), offsets };
}

/** Trims whitespace at both ends, keeping the mapping. */
export function trimMapped(m: MappedText): MappedText {
  let s = 0;
  let e = m.text.length;
  while (s < e && /\s/.test(m.text[s])) s++;
  while (e > s && /\s/.test(m.text[e - 1])) e--;
  return s === 0 && e === m.text.length ? m : sliceMapped(m, s, e);
}
