// Offsets ↔ line/column through one index per document. Columns count UTF-16 code units, as LSP does.
import type { LineIndex } from '../document/types';

export function createLineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  const lineEnd = (line: number) => {
    let end = line + 1 < starts.length ? starts[line + 1] : text.length;
    if (end > starts[line] && text.charCodeAt(end - 1) === 10) end--;
    if (end > starts[line] && text.charCodeAt(end - 1) === 13) end--;
    return end;
  };
  return {
    lineCount: starts.length,
    positionAt(offset) {
      const o = Math.max(0, Math.min(offset, text.length));
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= o) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo, character: o - starts[lo] };
    },
    offsetAt({ line, character }) {
      if (line < 0) return 0;
      if (line >= starts.length) return text.length;
      return Math.min(starts[line] + Math.max(0, character), lineEnd(line));
    },
    lineStart: (line) => starts[Math.max(0, Math.min(line, starts.length - 1))],
    lineText: (line) => text.slice(starts[line], lineEnd(line)),
  };
}
