// Collects the characters a reader sees, each with the source offset it came from, then normalises
// typography (TeX dashes and quotes) and whitespace the way a rendered PDF shows them.
import type { MappedText } from '../document/types';

export class CharCollector {
  private chars: string[] = [];
  private offsets: number[] = [];
  /** Indices before which TeX forms no ligature (`-{}-` prints two hyphens). */
  private breaks = new Set<number>();

  boundary(): void {
    this.breaks.add(this.chars.length);
  }

  push(ch: string, offset: number): void {
    for (const c of ch) {
      this.chars.push(c);
      this.offsets.push(offset);
    }
  }

  /** Characters copied verbatim from the source, one offset each. */
  pushSource(text: string, start: number): void {
    for (let i = 0; i < text.length; i++) {
      this.chars.push(text[i]);
      this.offsets.push(start + i);
    }
  }

  /** The characters collected so far, each with its source offset, before any normalising. */
  entries(): { chars: readonly string[]; offsets: readonly number[] } {
    return { chars: this.chars, offsets: this.offsets };
  }

  get length(): number {
    return this.chars.length;
  }

  lastOffset(): number | undefined {
    return this.offsets[this.offsets.length - 1];
  }

  /** Combines a diacritic with the character just pushed ("\'e" → "é"). */
  combineLast(mark: string): void {
    const i = this.chars.length - 1;
    if (i >= 0) this.chars[i] = (this.chars[i] + mark).normalize('NFC');
  }

  /**
   * Plain text: `---` → —, `--` → –, ``` `` ```/`''` → “ ”, `~` → space (when `tex`), whitespace runs
   * collapsed to one space, trimmed. `end` is the source offset just after the span.
   */
  build(end: number, tex: boolean): MappedText {
    const out = new CharCollector();
    const c = this.chars;
    for (let i = 0; i < c.length; i++) {
      const here = this.offsets[i];
      const joined = (k: number) => !this.breaks.has(i + k);
      if (tex && c[i] === '-' && c[i + 1] === '-' && joined(1)) {
        if (c[i + 2] === '-' && joined(2)) {
          out.push('—', here);
          i += 2;
        } else {
          out.push('–', here);
          i += 1;
        }
        continue;
      }
      if (tex && c[i] === '`' && c[i + 1] === '`' && joined(1)) {
        out.push('“', here);
        i++;
        continue;
      }
      if (tex && c[i] === "'" && c[i + 1] === "'" && joined(1)) {
        out.push('”', here);
        i++;
        continue;
      }
      const ch = c[i];
      if (/\s/.test(ch)) {
        if (out.length === 0 || out.chars[out.length - 1] === ' ') continue;
        out.push(' ', here);
        continue;
      }
      out.push(ch, here);
    }
    while (out.length && out.chars[out.length - 1] === ' ') {
      out.chars.pop();
      out.offsets.pop();
    }
    const last = out.offsets.length ? out.offsets[out.offsets.length - 1] + 1 : end;
    return { text: out.chars.join(''), offsets: [...out.offsets, Math.max(last, out.offsets.length ? last : end)] };
  }
}

/** Several mapped texts read as one line, " | " between them (each separator maps to the part after it). */
export function joinMapped(parts: MappedText[], at: number): MappedText {
  const out = new CharCollector();
  parts.forEach((p, k) => {
    if (k > 0) out.push(' | ', p.offsets[0] ?? at);
    for (let i = 0; i < p.text.length; i++) out.push(p.text[i], p.offsets[i]);
  });
  return out.build(at, false);
}
