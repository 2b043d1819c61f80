// Rich text that resume builders store as HTML inside a JSON string (Reactive Resume's `summary`:
// "<ul><li><p>Built …</p></li></ul>", or "<p>- Led …\n- Cut …</p>"): the list items a reader sees,
// each with its characters mapped to the source. Tags are dropped, entities decoded to the offset of
// their "&", whitespace collapsed as the page shows it.
import type { MappedText } from '../document/types';
import { CharCollector } from './mapped-chars';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'", ndash: '–', mdash: '—' };

/** Whether the text holds HTML markup a builder wrote (a paragraph, a list, a line break). */
export function looksLikeHtml(text: string): boolean {
  return /<(?:p|ul|ol|li|br|div|strong|em)\b[^>]*>/i.test(text);
}

/**
 * The items of a decoded string (characters with offsets): each `<li>`, else each "- " line of a
 * paragraph written as a list, else each paragraph.
 */
export function htmlItems(chars: readonly string[], offsets: readonly number[]): MappedText[] {
  const text = chars.join('');
  const spans: [number, number][] = [];
  const items = [...text.matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/gi)];
  if (items.length) {
    for (const x of items) spans.push([x.index! + x[0].indexOf('>') + 1, x.index! + x[0].length - '</li>'.length]);
  } else {
    const paragraphs = [...text.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/gi)];
    const blocks: [number, number][] = paragraphs.length ? paragraphs.map((x) => [x.index! + x[0].indexOf('>') + 1, x.index! + x[0].length - '</p>'.length]) : [[0, text.length]];
    for (const [from, to] of blocks) {
      const lines = [...text.slice(from, to).matchAll(/[^\n]+|(?:<br\s*\/?>)/gi)].filter((l) => !/^<br/i.test(l[0]));
      const marked = lines.filter((l) => /^\s*[-•*]\s+\S/.test(l[0]));
      if (marked.length >= 2) for (const l of marked) spans.push([from + l.index! + l[0].search(/[-•*]/) + 1, from + l.index! + l[0].length]);
      else spans.push([from, to]);
    }
  }
  return spans.map(([from, to]) => plainText(text, offsets, from, to)).filter((m) => m.text);
}

function plainText(text: string, offsets: readonly number[], from: number, to: number): MappedText {
  const out = new CharCollector();
  for (let i = from; i < to; i++) {
    if (text[i] === '<') {
      const close = text.indexOf('>', i);
      if (close >= 0 && close < to) {
        out.push(' ', offsets[i]);
        i = close;
        continue;
      }
    }
    if (text[i] === '&') {
      const entity = /^&(#?\w{2,6});/.exec(text.slice(i, i + 9));
      if (entity && ENTITIES[entity[1]]) {
        out.push(ENTITIES[entity[1]], offsets[i]);
        i += entity[0].length - 1;
        continue;
      }
    }
    out.push(text[i], offsets[i]);
  }
  return out.build(offsets[to - 1] + 1, false);
}
