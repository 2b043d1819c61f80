// A posting in MediaWiki source (a student guild's or a department's wiki "Jobs" page, saved with
// "edit source"): turned into the small HTML page the wiki would show, so the page reader reads it like
// any saved page, including its choice of one position on a page of several. What is converted:
// "== headings ==", '''bold''' and ''italic'', [[internal|links]] (their text), [external links]
// (text and address), "*"/"#" lists, {| tables |}, and an infobox template's named parameters
// ("| company = Acme") as labelled lines. Comments, <ref> notes, magic words and templates without
// named parameters (flags, navigation boxes) print nothing a reader needs, so they go.
import { escapeHtml } from '../text/escape-html';

/** The page a MediaWiki source would render, as HTML; undefined when `raw` is not wikitext. */
export function postingFromWiki(raw: string, hint?: string): string | undefined {
  const named = /\.(?:wiki|mediawiki|wikitext)$/i.test(hint ?? '');
  const headings = raw.match(/^(={2,6})[^=\n].*?\1\s*$/gm)?.length ?? 0;
  const markup = raw.match(/'''|\[\[[^\]\n]+\]\]|^\{\{|^\{\|/gm)?.length ?? 0;
  if (!named && (headings < 2 || markup < 3)) return undefined;
  const lines = dropInvisible(raw).split('\n');
  const html: string[] = [];
  let paragraph: string[] = [];
  const endParagraph = () => {
    if (paragraph.length) html.push(`<p>${paragraph.join(' ')}</p>`);
    paragraph = [];
  };
  let listDepth = 0;
  const closeLists = (to = 0) => {
    for (; listDepth > to; listDepth--) html.push('</ul>');
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heading = /^(={2,6})\s*(.+?)\s*\1\s*$/.exec(line);
    const item = /^([*#]+)\s*(.*)$/.exec(line);
    if (heading) {
      endParagraph();
      closeLists();
      html.push(`<h${heading[1].length}>${inline(heading[2])}</h${heading[1].length}>`);
    } else if (item) {
      endParagraph();
      const depth = item[1].length;
      for (; listDepth < depth; listDepth++) html.push('<ul>');
      closeLists(depth);
      html.push(`<li>${inline(item[2])}</li>`);
    } else if (/^\{\|/.test(line)) {
      endParagraph();
      closeLists();
      const end = lines.findIndex((l, k) => k > i && /^\|\}/.test(l));
      html.push(table(lines.slice(i + 1, end < 0 ? lines.length : end)));
      i = end < 0 ? lines.length : end;
    } else if (/^\{\{[^{}]*$/.test(line)) {
      // A template over several lines: its named parameters, one labelled line each.
      endParagraph();
      closeLists();
      const end = lines.findIndex((l, k) => k > i && /^\}\}\s*$/.test(l));
      for (const field of lines.slice(i + 1, end < 0 ? lines.length : end)) {
        const m = /^\s*\|\s*([^=|]+?)\s*=\s*(.*)$/.exec(field);
        if (m && m[2].trim()) html.push(`<p>${escapeHtml(m[1])}: ${inline(m[2])}</p>`);
      }
      i = end < 0 ? lines.length : end;
    } else if (!line.trim()) {
      endParagraph();
      closeLists();
    } else {
      closeLists();
      const text = inline(line);
      if (text.trim()) paragraph.push(text);
    }
  }
  endParagraph();
  closeLists();
  return `<html><body>\n${html.join('\n')}\n</body></html>`;
}

/** Comments, footnotes, magic words and one-line templates: nothing of them prints as the posting's text. */
function dropInvisible(raw: string): string {
  let text = raw.replace(/<!--[\s\S]*?(?:-->|$)/g, '').replace(/<ref\b[^>]*\/>|<ref\b[^>]*>[\s\S]*?<\/ref>/gi, '').replace(/__[A-Z]+__/g, '');
  // Innermost one-line templates first ({{a|{{b}}}}); a template that opens a line and spans several stays.
  for (let k = 0; k < 5; k++) {
    const next = text.replace(/\{\{[^{}\n]*\}\}/g, '');
    if (next === text) break;
    text = next;
  }
  return text;
}

/** Bold, italic and links of one line, as HTML. */
function inline(wiki: string): string {
  return escapeHtml(wiki)
    .replace(/\[\[(?:[^|\]]*\|)?([^\]]*)\]\]/g, '$1')
    .replace(/\[(https?:\/\/[^\s\]]+)(?:\s+([^\]]*))?\]/g, (_, url: string, text?: string) => (text ? `<a href="${url}">${text}</a> (${url})` : url))
    .replace(/'''(.+?)'''/g, '<b>$1</b>')
    .replace(/''(.+?)''/g, '<i>$1</i>')
    .replace(/&lt;br\s*\/?&gt;/gi, '<br>');
}

/** A wikitable's rows ("|-" between rows, "!" header cells, "|" cells, "||" or "!!" between cells on a line). */
function table(lines: string[]): string {
  const rows: string[][] = [[]];
  for (const line of lines) {
    if (/^\|-/.test(line)) rows.push([]);
    else if (/^\|\+/.test(line)) continue;
    else if (/^[|!]/.test(line)) {
      const cells = line.slice(1).split(/\|\||!!/).map((c) => c.replace(/^[^|]*?\|(?!\|)/, (m) => (/=/.test(m) ? '' : m)).trim());
      rows[rows.length - 1].push(...cells);
    }
  }
  const body = rows.filter((r) => r.length).map((r) => `<tr>${r.map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`);
  return `<table>${body.join('')}</table>`;
}
