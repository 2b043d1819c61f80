// The string tokens a YAML or JSON front end read bullets from, remembered per document so a fix edit
// can be escaped for the token it lands in (a double-quoted string escapes `"`, a single-quoted one
// doubles `'`). Kept beside the document, not in it: ResumeDocument stays format-neutral.
import type { ResumeDocument } from '../document/types';

export type StringStyle = 'double' | 'single' | 'plain' | 'block' | 'json';

export interface StringToken {
  /** Offsets of the whole token, quotes included. */
  start: number;
  end: number;
  /** Offsets of the content (inside the quotes; after a block header). */
  contentStart: number;
  contentEnd: number;
  style: StringStyle;
  /** The decoded value. */
  value: string;
}

const tokens = new WeakMap<ResumeDocument, StringToken[]>();

export function rememberTokens(doc: ResumeDocument, list: StringToken[]): void {
  tokens.set(
    doc,
    [...list].sort((a, b) => a.start - b.start),
  );
}

/** The string token that holds [start, end), if one does. */
export function tokenAt(doc: ResumeDocument, start: number, end: number): StringToken | undefined {
  for (const t of tokens.get(doc) ?? []) if (t.contentStart <= start && end <= t.contentEnd) return t;
  return undefined;
}
