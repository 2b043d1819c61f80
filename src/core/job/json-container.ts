// A posting saved as JSON (a kanban card, an issue, a job board's API answer): the posting is the
// document's longest text, named by its object's title field. Ids, hashes, settings and comments
// around it are the container, not the posting.
import { containedPage } from './contained-page';

/** Keys that name the object the text belongs to, most telling first. */
const TITLE_KEYS = ['title', 'jobTitle', 'job_title', 'headline', 'name', 'subject', 'summary'];
/** Keys that hold the object's own address. */
const URL_KEYS = ['absolute_url', 'hostedUrl', 'applyUrl', 'apply_url', 'url', 'shortUrl', 'link', 'permalink'];
/** Below this many characters no string is a posting's text. */
const MIN_BODY = 200;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * The posting inside a JSON document, as Markdown or HTML text ("# Title" then the body), or
 * undefined when the input is no JSON or holds no text long enough to be a posting.
 */
export function postingFromJson(raw: string): string | undefined {
  const trimmed = raw.trim();
  if (!/^[[{]/.test(trimmed) || !/[\]}]$/.test(trimmed)) return undefined;
  let value: Json;
  try {
    value = JSON.parse(trimmed) as Json;
  } catch {
    return undefined;
  }
  const best = longestText(value);
  if (!best || best.text.trim().length < MIN_BODY) return undefined;
  const title = fieldOf(best.owner, TITLE_KEYS, (v) => v.length <= 200 && !v.includes('\n') && v !== best.text);
  const url = fieldOf(best.owner, URL_KEYS, (v) => /^https?:\/\/\S+$/.test(v));
  // A board's API escapes its HTML ("&lt;p&gt;"): unescaped, the page reader takes it as HTML.
  const body = /&lt;\/?[a-z][a-z0-9]*[\s&]/i.test(best.text) && !/<\/?[a-z][a-z0-9]*[\s>]/i.test(best.text) ? unescapeHtml(best.text) : best.text;
  if (/<\/?(?:p|div|ul|li|h[1-6]|br)\b/i.test(body)) {
    return containedPage({ title, url, body });
  }
  // The object's own address under its title, where a saved page prints its address.
  return [title ? `# ${title}` : '', url ?? '', body.trim()].filter(Boolean).join('\n\n') + '\n';
}

/** The longest string in the document and the object that holds it. */
function longestText(root: Json): { text: string; owner: { [key: string]: Json } } | undefined {
  let best: { text: string; owner: { [key: string]: Json } } | undefined;
  // An explicit stack: a deep document must not exhaust the call stack.
  const stack: { value: Json; owner?: { [key: string]: Json } }[] = [{ value: root }];
  while (stack.length) {
    const { value, owner } = stack.pop()!;
    if (typeof value === 'string') {
      if (owner && (!best || value.length > best.text.length)) best = { text: value, owner };
    } else if (Array.isArray(value)) {
      for (const item of value) stack.push({ value: item, owner });
    } else if (value && typeof value === 'object') {
      for (const key of Object.keys(value)) stack.push({ value: value[key], owner: value });
    }
  }
  return best;
}

function fieldOf(owner: { [key: string]: Json }, keys: string[], accept: (value: string) => boolean): string | undefined {
  for (const key of keys) {
    const v = owner[key];
    if (typeof v === 'string' && v.trim() && accept(v.trim())) return v.trim();
  }
  return undefined;
}

function unescapeHtml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}
