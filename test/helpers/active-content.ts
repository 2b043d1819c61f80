// Reads an HTML page the way a browser does (parse5 follows the HTML standard's parsing rules, so
// tricks like `<scr<script>ipt>` or entity-encoded URLs are judged by what they become, not by how
// they look) and lists everything in it that could run code or load something from elsewhere.
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Elements that run code, embed other documents, load resources, submit or redirect. */
const ACTIVE_ELEMENTS = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'base', 'link', 'form',
  'input', 'button', 'svg', 'math', 'audio', 'video', 'source', 'track', 'picture', 'template', 'noscript',
]);

/** Attributes whose value is a URL. */
const URL_ATTRIBUTES = new Set([
  'href', 'src', 'srcset', 'action', 'formaction', 'data', 'poster', 'background', 'xlink:href', 'cite',
  'longdesc', 'ping', 'manifest', 'codebase', 'lowsrc', 'dynsrc', 'srcdoc',
]);

/** URL attributes the browser fetches on its own (not only when the reader clicks). */
const LOADING_ATTRIBUTES = new Set(['src', 'srcset', 'data', 'poster', 'background', 'lowsrc', 'dynsrc', 'codebase', 'manifest']);

/** The only inline images a page may carry: raster data URLs (an SVG data URL may hold script). */
const SAFE_IMAGE_DATA = /^data:image\/(png|jpe?g|gif|webp);base64,/i;

/** What a browser compares when it reads a URL's scheme: no whitespace or controls, any case. */
const normalizedUrl = (value: string) => value.replace(/[\u0000-\u0020\u007f]+/g, '').toLowerCase();

/** CSS that fetches or runs: imports, url(), old IE expressions and bindings. */
const ACTIVE_CSS = /@import|url\s*\(|expression\s*\(|-moz-binding|behavior\s*:/i;

export interface ActiveContentOptions {
  /** The page's own stylesheet (the renderer's print CSS) is allowed; anything else in <style> is not. */
  allowStyleElements?: number;
  /** The meta elements the page itself sets. */
  allowedMeta?: (el: Element) => boolean;
}

const defaultAllowedMeta = (el: Element) => {
  const name = attr(el, 'name')?.toLowerCase();
  const equiv = attr(el, 'http-equiv')?.toLowerCase();
  if (attr(el, 'charset') !== undefined && el.attrs.length === 1) return true;
  if (equiv === 'content-security-policy') return true;
  return equiv === undefined && (name === 'referrer' || name === 'viewport');
};

export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* elements(child);
  // A <template>'s content lives in a separate fragment.
  if ('content' in node && node.content) yield* elements(node.content);
}

/** Every active or loading thing in `html`, one line each; empty when the page is inert. */
export function activeContent(html: string, options: ActiveContentOptions = {}): string[] {
  const problems: string[] = [];
  const allowedMeta = options.allowedMeta ?? defaultAllowedMeta;
  let styles = 0;
  for (const el of elements(parse(html))) {
    const tag = el.tagName.toLowerCase();
    if (ACTIVE_ELEMENTS.has(tag)) problems.push(`<${tag}> element`);
    if (tag === 'meta' && !allowedMeta(el)) problems.push(`<meta ${el.attrs.map((a) => `${a.name}="${a.value}"`).join(' ')}>`);
    if (tag === 'style') {
      styles++;
      const css = el.childNodes.map((c) => ('value' in c ? c.value : '')).join('');
      if (styles > (options.allowStyleElements ?? 0)) problems.push('<style> element');
      if (ACTIVE_CSS.test(css)) problems.push(`<style> that loads or runs: ${css.match(ACTIVE_CSS)![0]}`);
    }
    for (const { name, value } of el.attrs) {
      const attribute = name.toLowerCase();
      if (attribute.startsWith('on')) problems.push(`<${tag} ${attribute}> event handler`);
      if (attribute === 'style' && ACTIVE_CSS.test(value)) problems.push(`<${tag} style> that loads or runs`);
      if (!URL_ATTRIBUTES.has(attribute)) continue;
      const url = normalizedUrl(value);
      if (attribute === 'srcdoc') problems.push(`<${tag} srcdoc> embedded document`);
      else if (/^(javascript|vbscript|livescript):/.test(url)) problems.push(`<${tag} ${attribute}="${value}"> script URL`);
      else if (url.startsWith('data:') && !(tag === 'img' && attribute === 'src' && SAFE_IMAGE_DATA.test(url))) {
        problems.push(`<${tag} ${attribute}="${value.slice(0, 40)}"> data URL`);
      } else if (LOADING_ATTRIBUTES.has(attribute) && !url.startsWith('data:')) {
        // Relative, protocol-relative and absolute URLs all make a request.
        problems.push(`<${tag} ${attribute}="${value}"> loads a resource`);
      }
    }
  }
  return problems;
}

/** The page's Content-Security-Policy meta elements (values as written). */
export function cspMetas(html: string): string[] {
  const out: string[] = [];
  for (const el of elements(parse(html))) {
    if (el.tagName === 'meta' && attr(el, 'http-equiv')?.toLowerCase() === 'content-security-policy') out.push(attr(el, 'content') ?? '');
  }
  return out;
}

export type CspDirectives = Map<string, string[]>;

export function parseCsp(policy: string): CspDirectives {
  const directives: CspDirectives = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    // The first occurrence of a directive wins; later duplicates are ignored by browsers.
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Fetch directives that fall back to default-src when absent. */
const FETCH_DIRECTIVES = ['script-src', 'script-src-elem', 'script-src-attr', 'style-src', 'img-src', 'font-src', 'connect-src', 'media-src', 'object-src', 'frame-src', 'child-src', 'worker-src', 'manifest-src'];

/**
 * Why `policy` is weaker than "nothing runs, nothing loads from the network": default-src 'none',
 * no script source at all, no remote source for any fetch directive, base-uri and form-action locked.
 * Empty when the policy is that strict.
 */
export function cspWeaknesses(policy: string): string[] {
  const csp = parseCsp(policy);
  const problems: string[] = [];
  if (csp.get('default-src')?.join(' ') !== "'none'") problems.push(`default-src is not 'none' (${csp.get('default-src')?.join(' ') ?? 'missing'})`);
  for (const directive of ['script-src', 'script-src-elem', 'script-src-attr']) {
    const sources = csp.get(directive);
    if (sources && sources.join(' ') !== "'none'") problems.push(`${directive} allows ${sources.join(' ')}`);
  }
  for (const directive of FETCH_DIRECTIVES) {
    for (const source of csp.get(directive) ?? []) {
      const s = source.toLowerCase();
      const remote = s === '*' || /^(https?|wss?|ftp):?/.test(s) || s.includes('.') || s === "'unsafe-eval'" || s === "'strict-dynamic'";
      // 'self' is a remote origin for a page served from a host, and every local file for file://.
      if (remote || s === "'self'") problems.push(`${directive} allows ${source}`);
    }
  }
  for (const directive of ['base-uri', 'form-action']) {
    if (csp.get(directive)?.join(' ') !== "'none'") problems.push(`${directive} is not 'none'`);
  }
  return problems;
}
