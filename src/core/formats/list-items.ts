// Markdown list items written inside one YAML block string ("summary: |" over "- Built …" lines), as
// YAMLResume and Jekyll theme data files keep an entry's bullets: each item is a bullet of its own,
// mapped to its source characters. Lines that are no item (a "### Key project" caption, a paragraph)
// are not bullets; an indented line under an item continues it.
import type { MappedText } from '../document/types';
import type { OffsetRange } from '../types';
import { CharCollector } from './mapped-chars';

export interface ListItemText {
  mapped: MappedText;
  range: OffsetRange;
  markerRange: OffsetRange;
}

const ITEM = /^([ \t]*)([-*+•]|\d{1,2}[.)])[ \t]+(?=\S)/;

/** The list items in source[start, end), or [] when no line there opens one. */
export function listItemsIn(source: string, start: number, end: number): ListItemText[] {
  const items: ListItemText[] = [];
  let current: { out: CharCollector; indent: number; marker: OffsetRange; from: number; to: number } | undefined;
  const close = () => {
    if (current) items.push({ mapped: current.out.build(current.to, false), range: { start: current.from, end: current.to }, markerRange: current.marker });
    current = undefined;
  };
  let at = start;
  while (at < end) {
    const nl = source.indexOf('\n', at);
    const lineEnd = nl < 0 || nl > end ? end : nl;
    const line = source.slice(at, lineEnd).replace(/\r$/, '');
    const item = ITEM.exec(line);
    if (item) {
      close();
      const textStart = at + item[0].length;
      const markerStart = at + item[1].length;
      current = { out: new CharCollector(), indent: item[1].length, marker: { start: markerStart, end: markerStart + item[2].length }, from: textStart, to: at + line.length };
      current.out.pushSource(line.slice(item[0].length), textStart);
    } else if (current && line.trim() && /^[ \t]*/.exec(line)![0].length > current.indent) {
      // A wrapped line of the item above.
      const lead = /^[ \t]*/.exec(line)![0].length;
      current.out.push(' ', at + lead - 1);
      current.out.pushSource(line.slice(lead), at + lead);
      current.to = at + line.length;
    } else close();
    at = lineEnd + 1;
  }
  close();
  return items;
}
