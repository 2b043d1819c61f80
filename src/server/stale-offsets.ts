// Hover and completion answer at once from the last lint result, which may be of an older version
// of the document (the lint of what was just typed is still debounced or running). Its offsets are
// offsets into the text it linted, not into the document as it is now: used as they are, a bullet
// typed at the end of a section has its cursor offset land in the next section of the old parse
// (no verbs offered there). This maps offsets between the two texts across the one region that
// differs (common prefix and suffix; typing between two lints edits one place, or a few close ones).

export class TextShift {
  private readonly prefix: number;
  /** Length of the common suffix (never overlapping the prefix in either text). */
  private readonly suffix: number;

  constructor(
    private readonly linted: string,
    private readonly current: string,
  ) {
    const max = Math.min(linted.length, current.length);
    let p = 0;
    if (linted !== current) {
      while (p < max && linted.charCodeAt(p) === current.charCodeAt(p)) p++;
    } else {
      p = max;
    }
    let s = 0;
    while (s < max - p && linted.charCodeAt(linted.length - 1 - s) === current.charCodeAt(current.length - 1 - s)) s++;
    this.prefix = p;
    this.suffix = s;
  }

  get unchanged(): boolean {
    return this.linted === this.current;
  }

  /**
   * The linted-text offset of an offset in the current text. Inside the edited region the answer is
   * the region's end in the linted text: where the old text resumes, so a cursor at the end of what
   * was typed stays in the section it was typed in.
   */
  toLinted(offset: number): number {
    if (offset <= this.prefix) return offset;
    const fromEnd = this.current.length - offset;
    if (fromEnd <= this.suffix) return this.linted.length - fromEnd;
    return this.linted.length - this.suffix;
  }

  /**
   * The current-text range of a linted-text range, or undefined when it overlaps the region that was
   * edited (its text is no longer what was linted; a range that only touches the region is kept).
   */
  rangeToCurrent(start: number, end: number): { start: number; end: number } | undefined {
    const editedEnd = this.linted.length - this.suffix;
    if (end > this.prefix && start < editedEnd) return undefined;
    const s = this.toCurrent(start);
    const e = this.toCurrent(end);
    return s === undefined || e === undefined ? undefined : { start: s, end: e };
  }

  /** The current-text offset of a linted-text offset; undefined inside the region that was edited. */
  toCurrent(offset: number): number | undefined {
    if (offset <= this.prefix) return offset;
    const fromEnd = this.linted.length - offset;
    if (fromEnd <= this.suffix) return this.current.length - fromEnd;
    return undefined;
  }
}
