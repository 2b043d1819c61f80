// The parts of a Markdown resume that are not narrative bullets but that a one-page edit may shorten:
// the paragraphs of a summary, the items of a certificates or awards list, the rows of a table, the
// sub-blocks of a skills section ("### Python" with its notes). Found on the Markdown tree (mdast,
// the same parse the document uses), each as whole source lines, so cutting one leaves valid Markdown.

import type { List, ListItem, Nodes, RootContent, Table } from 'mdast';
import { parseMarkdown } from '../document/markdown';
import type { ResumeDocument, Section } from '../document/types';
import type { OffsetRange } from '../types';

export interface Unit {
  section: Section;
  range: OffsetRange;
  kind: 'paragraph' | 'item' | 'row' | 'block';
  /** Plain-ish text for the report's label. */
  text: string;
}

const start = (n: Nodes) => n.position?.start.offset ?? 0;
const end = (n: Nodes) => n.position?.end.offset ?? 0;

/** Whole lines from the line holding `from` through the line break after `to`. */
function lines(text: string, from: number, to: number): OffsetRange {
  const s = text.lastIndexOf('\n', from - 1) + 1;
  const nl = text.indexOf('\n', Math.max(to - 1, s));
  return { start: s, end: nl < 0 ? text.length : nl + 1 };
}

/**
 * Units of the sections `include` accepts, in source order. Education gives only its paragraphs
 * (a degree's description), never an entry.
 */
export function unitsOf(doc: ResumeDocument, include: (s: Section) => boolean): Unit[] {
  const tree = parseMarkdown(doc.text);
  const out: Unit[] = [];
  for (const section of doc.sections) {
    if (!include(section)) continue;
    const from = section.headingRange?.end ?? section.range.start;
    const nodes = tree.children.filter((n) => start(n) >= from && end(n) <= section.range.end && n.type !== 'yaml');
    out.push(...sectionUnits(doc.text, section, nodes));
  }
  return out;
}

function sectionUnits(text: string, section: Section, nodes: RootContent[]): Unit[] {
  const out: Unit[] = [];
  const unit = (kind: Unit['kind'], from: number, to: number) => {
    const range = lines(text, from, to);
    out.push({ section, range, kind, text: text.slice(range.start, range.end) });
  };
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    // The name at the top of the header; in Education the entries themselves (only their prose is a unit).
    if (n.type === 'heading' && (!section.headingRange || section.kind === 'education')) continue;
    if (n.type === 'heading') {
      // A sub-heading owns what follows it up to the next heading of its level or above.
      let j = i + 1;
      while (j < nodes.length && !(nodes[j].type === 'heading' && (nodes[j] as { depth: number }).depth <= n.depth)) j++;
      unit('block', start(n), end(nodes[j - 1]));
      i = j - 1;
    } else if (section.kind === 'education') {
      if (n.type === 'paragraph') unit('paragraph', start(n), end(n));
    } else if (n.type === 'list') {
      for (const item of (n as List).children as ListItem[]) unit('item', start(item), end(item));
    } else if (n.type === 'table') {
      // The header row and the delimiter row stay; body rows are units.
      for (const row of (n as Table).children.slice(1)) unit('row', start(row), end(row));
    } else if (n.type === 'paragraph' || n.type === 'blockquote' || n.type === 'code' || n.type === 'html') {
      if (n.type === 'html' && /^\s*<!--/.test(n.value)) continue;
      unit(n.type === 'paragraph' ? 'paragraph' : 'block', start(n), end(n));
    }
  }
  return out;
}
