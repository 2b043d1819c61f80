// A YAML scalar's text with each character mapped to its source offset, and the bullet made of it:
// shared by the RenderCV reader and the reader of other YAML resume schemas.
import type { Scalar } from 'yaml';
import type { MappedText } from '../../document/types';
import type { OffsetRange } from '../../types';
import type { DocumentAssembler } from '../assemble';
import { CharCollector } from '../mapped-chars';
import { decodeDoubleQuoted, decodePlain, decodeSingleQuoted, stripInlineMarkdown } from '../strings';
import type { StringToken } from '../string-tokens';

export interface ScalarText {
  mapped: MappedText;
  token: StringToken;
}

/**
 * A date field's value as the author wrote it, with its range: YAML loads a plain "2022.10" as the
 * number 2022.1, a month the author did not mean, so a plain scalar is read from the source.
 */
export function dateField(text: string, s: ScalarText | undefined): { raw: string; range: OffsetRange } | undefined {
  if (!s) return undefined;
  const raw = s.token.style === 'plain' ? text.slice(s.token.contentStart, s.token.contentEnd).trim() : s.token.value;
  return { raw, range: { start: s.token.start, end: s.token.end } };
}

export function addBullet(text: string, node: Scalar, assembler: DocumentAssembler, strings: StringToken[]): void {
  const s = scalarText(text, node);
  if (!s || !s.mapped.text) return;
  strings.push(s.token);
  const mapped = stripInlineMarkdown(s.mapped);
  assembler.bullet(mapped, { start: s.token.contentStart, end: s.token.contentEnd }, 0, markerBefore(text, s.token.start));
}

/** The `- ` of a sequence item just before a token, when there is one. */
function markerBefore(text: string, at: number) {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return text[i] === '-' ? { start: i, end: i + 1 } : undefined;
}

/** A scalar's value with each character mapped to its source offset, by the scalar's style. */
export function scalarText(text: string, node: Scalar): ScalarText | undefined {
  if (!node.range || typeof node.value !== 'string') {
    if (!node.range || node.value === null || node.value === undefined) return undefined;
  }
  const [start, valueEnd] = node.range;
  const raw = text.slice(start, valueEnd);
  const out = new CharCollector();
  let contentStart = start;
  let contentEnd = valueEnd;
  let style: StringToken['style'] = 'plain';
  if (node.type === 'QUOTE_DOUBLE') {
    style = 'double';
    contentStart = start + 1;
    contentEnd = valueEnd - 1;
    decodeDoubleQuoted(raw.slice(1, -1), contentStart, out, true);
  } else if (node.type === 'QUOTE_SINGLE') {
    style = 'single';
    contentStart = start + 1;
    contentEnd = valueEnd - 1;
    decodeSingleQuoted(raw.slice(1, -1), contentStart, out);
  } else if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
    style = 'block';
    const nl = raw.search(/\r?\n/);
    contentStart = nl < 0 ? valueEnd : start + nl + (raw[nl] === '\r' ? 2 : 1);
    decodePlain(text.slice(contentStart, valueEnd), contentStart, out);
  } else {
    decodePlain(raw, start, out);
  }
  const mapped = out.build(contentEnd, false);
  return { mapped, token: { start, end: valueEnd, contentStart, contentEnd, style, value: String(node.value) } };
}

