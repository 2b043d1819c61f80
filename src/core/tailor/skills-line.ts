// Reorders the items of a skills line ("**Languages:** Java, Python, Go") so the ones the job asks
// for come first. Items are moved, never edited: each keeps its exact source text.

import { findSkills } from '../skills';
import type { TextEdit } from '../types';

const MARKER = /^[ \t]*(?:[-*+•]|\d{1,9}[.)])[ \t]+/;
const LABEL = /^((?:\*\*|__)?[^:,\n]{1,40}?(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*)/;

interface Item {
  text: string;
  weight: number;
  index: number;
}

/**
 * An edit that reorders one line of a skills section, or undefined when nothing moves.
 * `weightOf` gives the weight of a job keyword (undefined for skills the job does not name).
 */
export function reorderSkillsLine(text: string, lineStart: number, lineEnd: number, weightOf: (skill: string) => number | undefined): TextEdit | undefined {
  const line = text.slice(lineStart, lineEnd);
  if (/^\s*(#|<!--|\|)/.test(line)) return undefined;
  const marker = MARKER.exec(line)?.[0] ?? '';
  const afterMarker = line.slice(marker.length);
  const label = LABEL.exec(afterMarker)?.[0] ?? '';
  const listStart = marker.length + label.length;
  let list = line.slice(listStart);
  const trailing = /[\s.]*$/.exec(list)![0];
  list = list.slice(0, list.length - trailing.length);
  const separator = pickSeparator(list);
  if (!separator) return undefined;
  const pieces = splitTopLevel(list, separator);
  if (pieces.length < 2) return undefined;
  // "Java, Python, and Go": the conjunction stays before whichever item ends up last.
  const conjunction = /^\s*(and|or|&)\s+/i.exec(pieces[pieces.length - 1])?.[1];
  if (conjunction) pieces[pieces.length - 1] = pieces[pieces.length - 1].replace(/^\s*(and|or|&)\s+/i, '');
  const items: Item[] = pieces.map((p, index) => {
    const weights = findSkills(p, { techContext: true })
      .map((m) => weightOf(m.canonical))
      .filter((w): w is number => w !== undefined);
    return { text: p.trim(), weight: weights.length ? Math.max(...weights) : 0, index };
  });
  const sorted = [...items].sort((a, b) => b.weight - a.weight || a.index - b.index);
  if (sorted.every((item, i) => item.index === i)) return undefined;
  const joiner = separator === ',' ? ', ' : ` ${separator} `;
  const texts = sorted.map((i) => i.text);
  if (conjunction) texts[texts.length - 1] = `${conjunction} ${texts[texts.length - 1]}`;
  const start = lineStart + listStart;
  return { range: { start, end: start + list.length }, newText: texts.join(joiner) };
}

function pickSeparator(list: string): string | undefined {
  for (const sep of [',', ';', '|', '·', '•']) if (splitTopLevel(list, sep).length > 1) return sep;
  return undefined;
}

/** Splits at separators outside parentheses and brackets: "AWS (EC2, S3), Docker" → 2 items. */
function splitTopLevel(list: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === sep && depth === 0) {
      out.push(list.slice(from, i));
      from = i + 1;
    }
  }
  out.push(list.slice(from));
  return out.filter((p) => p.trim() !== '');
}
