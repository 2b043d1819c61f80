// Applying edits to text (fix-all, tests, editors through the server), choosing what fix-all may
// apply (safe fixes only), and two helpers every rule can use so an edit leaves grammatical text:
// `deletionEdit` (delete words without leaving "()", doubled spaces, a dangling comma or a lower-case
// sentence start) and `fixDamage` (the same checks, run on any fix before it may count as safe).
import type { Finding, Fix, OffsetRange, TextEdit } from './types';

/** Applies non-overlapping edits; throws on overlap, since that means a fix is wrong. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.range.start < at) throw new Error(`Overlapping edits at offset ${e.range.start}`);
    out += text.slice(at, e.range.start) + e.newText;
    at = e.range.end;
  }
  return out + text.slice(at);
}

/** The fix fix-all applies for a finding: its preferred safe fix, else its only safe fix. Never a suggestion. */
export function autoFix(finding: Finding): Fix | undefined {
  const safe = finding.fixes.filter((x) => x.safe);
  return safe.find((x) => x.isPreferred) ?? (safe.length === 1 ? safe[0] : undefined);
}

/** Edits of every finding's safe fix that do not overlap an earlier one (fix-all, fix on save). */
export function fixAllEdits(findings: readonly Finding[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  const taken: OffsetRange[] = [];
  const sorted = [...findings].sort((a, b) => a.range.start - b.range.start);
  for (const f of sorted) {
    const fix = autoFix(f);
    if (!fix) continue;
    const clashes = fix.edits.some((e) =>
      taken.some((t) => (e.range.start < t.end && t.start < e.range.end) || (e.range.start === t.start && e.range.end === t.end)),
    );
    if (clashes) continue;
    for (const e of fix.edits) {
      chosen.push(e);
      taken.push(e.range);
    }
  }
  return chosen;
}

/** Text after applying fix-all once. */
export function applyFixes(text: string, findings: readonly Finding[]): string {
  return applyEdits(text, fixAllEdits(findings));
}

// ---------------------------------------------------------------------------------------------
// Grammatical deletions

const LINE_LEAD = /^[ \t]*(?:>[ \t]*)*(?:(?:[-*+]|\d{1,9}[.)]|[•●▪■◦·‣►▸➢➤–—])[ \t]+)?(?:[*_]{1,3})?$/;

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEndOf(text: string, offset: number): number {
  const n = text.indexOf('\n', offset);
  return n < 0 ? text.length : n;
}

/** True when `offset` begins a sentence: only a list marker or emphasis before it on its line, or after ". ". */
function startsSentence(text: string, offset: number): boolean {
  const before = text.slice(lineStartOf(text, offset), offset);
  return LINE_LEAD.test(before) || /[.!?]["”’)]?[ \t]+$/.test(before);
}

/**
 * An edit deleting source characters [start, end) — a word or a phrase — that leaves the sentence
 * tidy: one space between the words around it (none before punctuation), brackets that would be left
 * empty go too, a comma that would dangle goes too, and a sentence that would start with a lower-case
 * letter gets it capitalised (not names such as "iOS" or "eBay": then `tidy` is false and the deletion
 * should be offered only as a suggestion).
 */
export function deletionEdit(text: string, start: number, end: number): TextEdit & { tidy: boolean } {
  const lineStart = lineStartOf(text, start);
  const lineEnd = lineEndOf(text, end);
  let s = start;
  let e = end;
  const isSpace = (c: string | undefined) => c === ' ' || c === '\t';
  const opening = startsSentence(text, start);
  // Spaces: take the ones after; at the end of the line or before punctuation, the ones before
  // (never the space after a list marker at the start of a sentence).
  if (isSpace(text[e])) {
    while (e < lineEnd && isSpace(text[e])) e++;
    if (!opening && (e === lineEnd || /[,.;:!?)\]]/.test(text[e]))) while (s > lineStart && isSpace(text[s - 1])) s--;
  } else if (!opening && (e === lineEnd || /[,.;:!?)\]]/.test(text[e] ?? ''))) {
    while (s > lineStart && isSpace(text[s - 1])) s--;
  }
  // Brackets left empty: "(really)" → "", with one of the spaces around it.
  for (;;) {
    const open = text[s - 1];
    const close = text[e];
    if (!((open === '(' && close === ')') || (open === '[' && close === ']'))) break;
    s--;
    e++;
    if (isSpace(text[e])) while (e < lineEnd && isSpace(text[e])) e++;
    else while (s > lineStart && isSpace(text[s - 1])) s--;
  }
  // A comma left dangling: "X, really, and Y" → "X, and Y"; "Really, X" → "X".
  const prev = text.slice(lineStart, s).replace(/[ \t]+$/, '');
  if (prev.endsWith(',') && (e === lineEnd || /^[ \t]*[,.;:!?)]/.test(text.slice(e)))) {
    s = lineStart + prev.length - 1;
    while (e < lineEnd && isSpace(text[e]) && (e + 1 === lineEnd || !/[\p{L}\p{N}]/u.test(text[e + 1]))) e++;
    if (text[e] === ',') e++;
    if (/^[ \t]*[.;:!?)]/.test(text.slice(e))) while (e < lineEnd && isSpace(text[e])) e++;
  } else if (startsSentence(text, s) && text[e] === ',') {
    e++;
    while (e < lineEnd && isSpace(text[e])) e++;
  }
  // A sentence that now starts with a lower-case letter.
  if (startsSentence(text, s) && /\p{Ll}/u.test(text[e] ?? '')) {
    const word = /^[\p{L}\p{N}'’.-]*/u.exec(text.slice(e))![0];
    if (/\p{Lu}/u.test(word.slice(1))) return { range: { start: s, end: e }, newText: '', tidy: false };
    return { range: { start: s, end: e + 1 }, newText: text[e].toUpperCase(), tidy: true };
  }
  return { range: { start: s, end: e }, newText: '', tidy: true };
}

// ---------------------------------------------------------------------------------------------
// Damage checks: what a fix must never leave behind.

const DAMAGE: [string, RegExp][] = [
  ['empty brackets', /\(\s*\)|\[\s+\]|\[\]\(/g],
  ['doubled space', /(?<=[^\s>|]) {2,}(?=[^\s|])/g],
  ['dangling comma', /,[ \t]*[,.;:)]|\([ \t]*,|^[ \t]*(?:[-*+][ \t]+)?,/gm],
  ['lower-case sentence start', /(?:^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+|[a-z]{2}[.!?][ \t]+)(?=\p{Ll}{2})/gmu],
];

function count(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    n++;
    if (m[0].length === 0) re.lastIndex++;
  }
  return n;
}

/**
 * What applying `edits` to `text` would break on the lines it touches — more empty brackets, doubled
 * spaces, dangling commas or lower-case sentence starts than before — or undefined when nothing.
 * Compares only the touched lines (near the edits), so it costs the size of the fix, not of the document.
 */
export function fixDamage(text: string, edits: readonly TextEdit[]): string | undefined {
  if (!edits.length) return undefined;
  // The touched lines, but at most 200 characters either side: the patterns are local, and a long
  // single-line document must not make each check cost its whole length.
  const first = Math.min(...edits.map((e) => e.range.start));
  const last = Math.max(...edits.map((e) => e.range.end));
  const from = Math.max(lineStartOf(text, first), first - 200);
  const to = Math.min(lineEndOf(text, last), last + 200);
  const before = text.slice(from, to);
  let after: string;
  try {
    after = applyEdits(before, edits.map((e) => ({ range: { start: e.range.start - from, end: e.range.end - from }, newText: e.newText })));
  } catch {
    return 'overlapping edits';
  }
  for (const [name, re] of DAMAGE) if (count(after, re) > count(before, re)) return name;
  return undefined;
}
