// Incremental work between two lints of an edited document: the Markdown parse reuses unchanged
// blocks (markdown-reuse.ts), the document build remembers its pure steps (memo.ts), and the judge
// and markdownlint keep their own per-bullet and per-chunk memos.
import { clearReuseMemo } from './markdown-reuse';
import { clearTextMemos } from './memo';

export { reuseStats } from './markdown-reuse';
export { documentReuseStats } from './document-reuse';

/** Forgets every incremental memo of the parse, so the next lint is cold (benchmarks, tests). */
export function clearParseMemos(): void {
  clearReuseMemo();
  clearTextMemos();
}
