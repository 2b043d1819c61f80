// Quick fixes answer at once from the last lint result, like hover and completion, instead of waiting
// for the lint of what was just typed (on a large document that lint takes a good part of a second).
// The result is of an older text: its findings, fix edits, bullets and front matter are mapped to the
// text as it is now across the one region that differs, and whatever overlaps that region is dropped
// (its text is no longer what was linted, so neither its finding nor its edit can be trusted).
// Mapped: what src/server/code-actions.ts reads (findings with their fixes; the document's text,
// lines, bullet and marker ranges and front matter range). The rest of the document is the old one.
import type { LintResult } from '../core/lint';
import type { Finding, Fix, OffsetRange } from '../core/types';
import { createLineIndex } from '../core/text/line-index';
import { TextShift } from './stale-offsets';

/** `result` mapped to `current`, or undefined when the edit touched the front matter (the file-wide comment goes after it). */
export function resultForCurrentText(result: LintResult, current: string): LintResult | undefined {
  const shift = new TextShift(result.document.text, current);
  if (shift.unchanged) return result;
  const range = (r: OffsetRange) => shift.rangeToCurrent(r.start, r.end);
  const doc = result.document;
  const frontMatterRange = doc.frontMatter.range && range(doc.frontMatter.range);
  if (doc.frontMatter.range && !frontMatterRange) return undefined;
  const findings = result.findings.flatMap((f): Finding[] => {
    const r = range(f.range);
    if (!r) return [];
    const fixes = f.fixes.flatMap((fix): Fix[] => {
      const edits = fix.edits.map((e) => ({ ...e, range: range(e.range) }));
      return edits.every((e) => e.range) ? [{ ...fix, edits: edits.map((e) => ({ ...e, range: e.range! })) }] : [];
    });
    return [{ ...f, range: r, fixes }];
  });
  const bullets = doc.bullets.flatMap((b) => {
    const r = range(b.range);
    const marker = b.markerRange && range(b.markerRange);
    return !r || (b.markerRange && !marker) ? [] : [{ ...b, range: r, ...(marker ? { markerRange: marker } : {}) }];
  });
  return {
    ...result,
    findings,
    document: { ...doc, text: current, lines: createLineIndex(current), bullets, frontMatter: { ...doc.frontMatter, range: frontMatterRange } },
  };
}
