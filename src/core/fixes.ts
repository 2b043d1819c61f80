// Applying edits to text: used by fix-all, by tests that check every fix applies cleanly, and by
// editors through the server.
import type { Finding, TextEdit } from './types';

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

/** Edits of every finding's preferred fix that do not overlap an earlier one (fix-all). */
export function fixAllEdits(findings: readonly Finding[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  const taken: { start: number; end: number }[] = [];
  const sorted = [...findings].sort((a, b) => a.range.start - b.range.start);
  for (const f of sorted) {
    const fix = f.fixes.find((x) => x.isPreferred);
    if (!fix) continue;
    const clashes = fix.edits.some((e) =>
      taken.some((t) => e.range.start < t.end && t.start < e.range.end || (e.range.start === t.start && e.range.end === t.end)),
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
