// Decoding YAML and JSON string tokens character by character, so each character of the value keeps
// the source offset it came from: `\"` and `\u00e9` map to where their escape starts, folded line breaks
// become one space, block scalars lose their indentation.
import type { MappedText } from '../document/types';
import { CharCollector } from './mapped-chars';

const SIMPLE_ESCAPES: Record<string, string> = {
  n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '"': '"', '\\': '\\', '/': '/', '0': '\0', a: '\x07', e: '\x1b',
  v: '\v', ' ': ' ', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', '\t': '\t',
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/**
 * A double-quoted string's content (between the quotes) starting at `base`: JSON and YAML escapes.
 * `fold`: YAML folds line breaks inside the quotes into spaces.
 */
export function decodeDoubleQuoted(src: string, base: number, out: CharCollector, fold: boolean): void {
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\' && i + 1 < src.length) {
      const e = src[i + 1];
      if (e in HEX_LENGTH) {
        const hex = src.slice(i + 2, i + 2 + HEX_LENGTH[e]);
        const code = Number.parseInt(hex, 16);
        out.push(Number.isFinite(code) ? String.fromCodePoint(code) : '', base + i);
        i += 1 + HEX_LENGTH[e];
        continue;
      }
      if (fold && (e === '\n' || e === '\r')) {
        // An escaped line break joins the lines without a space.
        i++;
        while (i + 1 < src.length && /[\r\n \t]/.test(src[i + 1])) i++;
        continue;
      }
      out.push(SIMPLE_ESCAPES[e] ?? e, base + i);
      i++;
      continue;
    }
    if (fold && (c === '\n' || c === '\r')) {
      out.push(' ', base + i);
      while (i + 1 < src.length && /[\r\n \t]/.test(src[i + 1])) i++;
      continue;
    }
    out.push(c, base + i);
  }
}

/** A single-quoted YAML scalar's content: `''` is one quote; line breaks fold. */
export function decodeSingleQuoted(src: string, base: number, out: CharCollector): void {
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === "'" && src[i + 1] === "'") {
      out.push("'", base + i);
      i++;
    } else if (c === '\n' || c === '\r') {
      out.push(' ', base + i);
      while (i + 1 < src.length && /[\r\n \t]/.test(src[i + 1])) i++;
    } else out.push(c, base + i);
  }
}

/** A plain or block YAML scalar: characters as written; line breaks and indentation read as spaces. */
export function decodePlain(src: string, base: number, out: CharCollector): void {
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\n' || c === '\r') {
      out.push(' ', base + i);
      while (i + 1 < src.length && /[\r\n \t]/.test(src[i + 1])) i++;
    } else out.push(c, base + i);
  }
}

/**
 * Markdown that RenderCV renders inside strings (`**b**`, `*i*`, `_i_`, `[text](url)`): the markers are
 * dropped from the text a reader sees; the kept characters keep their offsets.
 */
export function stripInlineMarkdown(m: MappedText): MappedText {
  const drop = new Uint8Array(m.text.length);
  const mark = (from: number, to: number) => drop.fill(1, from, to);
  for (const x of m.text.matchAll(/\[([^\]\n]*)\]\(([^)\s]*)\)/g)) {
    mark(x.index, x.index + 1);
    mark(x.index + 1 + x[1].length, x.index + x[0].length);
  }
  for (const x of m.text.matchAll(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g)) {
    mark(x.index, x.index + 2);
    mark(x.index + x[0].length - 2, x.index + x[0].length);
  }
  for (const x of m.text.matchAll(/(?<![\w*])([*_])(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![\w*])/g)) {
    if (drop[x.index]) continue;
    mark(x.index, x.index + 1);
    mark(x.index + x[0].length - 1, x.index + x[0].length);
  }
  if (!drop.some((d) => d)) return m;
  const out = new CharCollector();
  for (let i = 0; i < m.text.length; i++) if (!drop[i]) out.push(m.text[i], m.offsets[i]);
  return out.build(m.offsets[m.text.length], false);
}

// Escaping for insertion into a string token: what a fix's newText must become to stay one string.

export function escapeJsonString(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}

export function escapeYamlDouble(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}

export function escapeYamlSingle(text: string): string {
  return text.replace(/'/g, "''").replace(/[\r\n]+/g, ' ');
}
