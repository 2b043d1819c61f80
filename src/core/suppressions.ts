// Inline comments that turn rules off, the last configuration layer:
//   <!-- bulletproof-disable-next-line weak-opening -->   the next line
//   <!-- bulletproof-disable-line filler-word -->         this line
//   <!-- bulletproof-disable missing-metric -->  …  <!-- bulletproof-enable missing-metric -->
// No rule ids means every rule.
import type { Comment, LineIndex } from './document/types';
import type { Finding } from './types';

const DIRECTIVE = /<!--\s*bulletproof-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->/gi;

interface Region {
  /** Rule ids, or undefined for all. */
  ids?: Set<string>;
  /** With `ids` undefined: rules re-enabled inside a blanket disable. */
  except?: Set<string>;
  fromLine: number;
  toLine: number;
}

type OpenRegion = Omit<Region, 'toLine'>;

export function parseSuppressions(comments: readonly Comment[], lines: LineIndex): Region[] {
  const regions: Region[] = [];
  const open: OpenRegion[] = [];
  const sorted = [...comments].sort((a, b) => a.range.start - b.range.start);
  for (const c of sorted) {
    DIRECTIVE.lastIndex = 0;
    for (let m = DIRECTIVE.exec(c.text); m; m = DIRECTIVE.exec(c.text)) {
      const kind = m[1].toLowerCase();
      const list = m[2].split(/[\s,]+/).filter(Boolean);
      const ids = list.length ? new Set(list) : undefined;
      const line = lines.positionAt(c.range.start + m.index).line;
      const endLine = lines.positionAt(c.range.end).line;
      if (kind === 'disable-next-line') regions.push({ ids, fromLine: endLine + 1, toLine: endLine + 1 });
      else if (kind === 'disable-line') regions.push({ ids, fromLine: line, toLine: line });
      else if (kind === 'disable') open.push({ ids, fromLine: line });
      else closeRegions(open, ids, line, regions);
    }
  }
  for (const o of open) regions.push({ ...o, toLine: Number.MAX_SAFE_INTEGER });
  return regions;
}

/** `enable` without ids closes every open region; with ids it re-enables just those rules. */
function closeRegions(open: OpenRegion[], ids: Set<string> | undefined, line: number, out: Region[]) {
  for (let i = open.length - 1; i >= 0; i--) {
    const o = open[i];
    if (!ids) {
      out.push({ ...o, toLine: line });
      open.splice(i, 1);
    } else if (!o.ids) {
      // A blanket disable stays; the re-enabled rules are carved out from here on.
      out.push({ ...o, toLine: line });
      open.splice(i, 1);
      open.push({ fromLine: line + 1, except: new Set([...(o.except ?? []), ...ids]) });
    } else {
      const remaining = new Set([...o.ids].filter((id) => !ids.has(id)));
      if (remaining.size !== o.ids.size) {
        out.push({ ...o, toLine: line });
        open.splice(i, 1);
        if (remaining.size) open.push({ ids: remaining, fromLine: line });
      }
    }
  }
}

export function isSuppressed(finding: Finding, startLine: number, regions: readonly Region[]): boolean {
  return regions.some((r) => {
    if (startLine < r.fromLine || startLine > r.toLine) return false;
    if (r.except?.has(finding.ruleId)) return false;
    return !r.ids || r.ids.has(finding.ruleId);
  });
}
