// A posting inside a news feed (RSS 2.0 or Atom, as a careers site's job board publishes its openings):
// each <item> or <entry> is one opening. The one read is the one whose title shares the most words with
// the file's name, else the first; it becomes a small page: its title, its link, its job fields
// ("job_listing:company") as labelled lines, then its full content (content:encoded, content, or the
// description). The channel's own title, image, generator and build dates are the container.
// Parsed with sax, a streaming XML parser, so CDATA, entities and namespaced names read as XML means them.
import { parser } from 'sax';
import { bestNamed } from './named-choice';
import { containedPage } from './contained-page';

interface FeedItem {
  title: string;
  link: string;
  content: string;
  fields: [string, string][];
  /** Which body element gave `content`. */
  contentFrom?: string;
}

/** Child elements that hold the item's body, best first. */
const BODY = ['content:encoded', 'content', 'description', 'summary'];
/** Namespaced job fields worth a line: "job_listing:company" → "Company: …". */
const JOB_FIELD = /(?:^|:)(company|employer|hiring_?organi[sz]ation|location|job_?type|employment_?type|deadline|closing_?date|salary|reference|job_?id)$/i;

/** The posting inside a feed as HTML, or undefined when `raw` is no RSS or Atom feed with items. */
export function postingFromFeed(raw: string, hint?: string): string | undefined {
  const head = raw.slice(0, 2000).trimStart();
  if (!/^(?:\uFEFF)?(?:<\?xml[^>]*\?>\s*(?:<\?xml-stylesheet[^>]*\?>\s*)?)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)\b/i.test(head)) return undefined;
  const items = readItems(raw);
  if (!items?.length) return undefined;
  const at = hint ? bestNamed(items.map((i) => i.title), hint) : undefined;
  const item = items[at ?? 0];
  return containedPage({ title: item.title, url: item.link, fields: item.fields, body: item.content });
}

function readItems(raw: string): FeedItem[] | undefined {
  const items: FeedItem[] = [];
  const p = parser(false, { lowercase: true });
  let item: FeedItem | undefined;
  // The item's child being read, and how deep inside it (its own markup in an escaped body is text).
  let child: string | undefined;
  let depth = 0;
  let text = '';
  p.onerror = () => {
    // A feed with a stray character still holds its items: go on past the error.
    p.error = null;
    p.resume();
  };
  p.onopentag = (tag) => {
    if (tag.name === 'item' || tag.name === 'entry') {
      item = { title: '', link: '', content: '', fields: [] };
      return;
    }
    if (!item) return;
    depth++;
    if (depth === 1) {
      child = tag.name;
      text = '';
      // Atom: <link rel="alternate" href="…"/>.
      if (tag.name === 'link' && tag.attributes.href && (!tag.attributes.rel || tag.attributes.rel === 'alternate')) item.link ||= tag.attributes.href;
    }
  };
  const take = (t: string) => {
    if (item && child) text += t;
  };
  p.ontext = take;
  p.oncdata = take;
  p.onclosetag = (name) => {
    if (!item) return;
    if (name === 'item' || name === 'entry') {
      items.push(item);
      item = undefined;
      depth = 0;
      return;
    }
    depth--;
    if (depth > 0 || !child) return;
    const value = text.trim();
    if (child === 'title') item.title = value.replace(/\s+/g, ' ');
    else if (child === 'link' && value) item.link ||= value;
    else if (BODY.includes(child) && value && (!item.content || BODY.indexOf(child) < BODY.indexOf(item.contentFrom ?? 'summary'))) {
      item.content = value;
      item.contentFrom = child;
    } else if (JOB_FIELD.test(child) && value && value.length <= 200) item.fields.push([fieldName(child), value.replace(/\s+/g, ' ')]);
    child = undefined;
  };
  try {
    p.write(raw).close();
  } catch {
    return items.length ? items : undefined;
  }
  return items;
}

/** "job_listing:job_type" → "Job type". */
function fieldName(tag: string): string {
  const local = tag.replace(/^.*:/, '').replace(/_/g, ' ');
  return local.charAt(0).toUpperCase() + local.slice(1);
}
