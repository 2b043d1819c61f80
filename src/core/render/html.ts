// Markdown resume → one self-contained, print-ready HTML page.
//
// Safe by construction: raw HTML in the Markdown is dropped (remark-rehype without
// allowDangerousHtml), the tree is sanitized (rehype-sanitize: no scripts, event handlers or
// javascript: URLs), images that are not inline data are replaced by their alt text, and a
// Content-Security-Policy forbids scripts and every remote load. Nothing in the page fetches.

import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Root as MdastRoot, Parent as MdastParent, RootContent as MdastContent } from 'mdast';
import type { Profile } from '../document/types';
import { escapeHtml } from '../text/escape-html';
import { withProfileHeader } from './header';
import { printCss, type Paper } from './style';

export type { Paper };

export interface RenderOptions {
  /** Page size for print and PDF (default letter). */
  paper?: Paper;
  /** Document title; defaults to the first heading. */
  title?: string;
  /** The resume's profile (front matter, header): its name and contacts open the page when the Markdown header lacks them. */
  profile?: Profile;
  /** One-page mode's form step (style.ts DENSITIES): 0 is the default look. */
  density?: number;
}

export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const schema = {
  ...defaultSchema,
  // Headings keep their own ids (no "user-content-" clobbering needed in a standalone page).
  clobberPrefix: '',
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'], src: ['data'] },
};

/** Replaces images that would load from anywhere but an inline data URL with their alt text. */
function dropExternalImages() {
  return (tree: Root) => {
    const visit = (node: Root | Element) => {
      node.children = node.children.flatMap((child): (RootContent | ElementContent)[] => {
        if (child.type !== 'element') return [child];
        if (child.tagName === 'img') {
          const src = String(child.properties?.src ?? '');
          if (!/^data:image\/(png|jpe?g|gif|webp);base64,/i.test(src)) {
            const alt = String(child.properties?.alt ?? '');
            return alt ? [{ type: 'text', value: alt }] : [];
          }
        }
        visit(child);
        return [child];
      }) as typeof node.children;
    };
    visit(tree);
  };
}

/** Wraps the part before the first h2 in <header> and each h2 with what follows in <section>. */
function semanticSections() {
  return (tree: Root) => {
    const out: RootContent[] = [];
    let current: Element | undefined;
    const header: Element = { type: 'element', tagName: 'header', properties: {}, children: [] };
    for (const node of tree.children) {
      if (node.type === 'element' && node.tagName === 'h2') {
        current = { type: 'element', tagName: 'section', properties: {}, children: [node] };
        out.push(current);
      } else if (current) current.children.push(node as ElementContent);
      else header.children.push(node as ElementContent);
    }
    const hasHeader = header.children.some((c) => c.type !== 'text' || c.value.trim());
    tree.children = hasHeader ? [header, ...out] : out;
  };
}

const RAW_CONTAINER = /^<(script|style|iframe|object|embed|template|noscript|textarea|title)\b[^>]*>$/i;

/**
 * Raw HTML tags are dropped one by one, so the text between an inline `<script>` and `</script>`
 * would survive as visible text. Drop the siblings between such a pair on the Markdown tree, where
 * code spans and fenced code are their own nodes and stay untouched.
 */
function dropRawContainerText() {
  return (tree: MdastRoot) => {
    const visit = (node: MdastParent) => {
      const kept: MdastContent[] = [];
      let closing: RegExp | undefined;
      for (const child of node.children as MdastContent[]) {
        if (closing) {
          if (child.type === 'html' && closing.test(child.value)) closing = undefined;
          continue;
        }
        const open = child.type === 'html' ? RAW_CONTAINER.exec(child.value.trim()) : null;
        if (open) {
          closing = new RegExp(`^</${open[1]}\\s*>$`, 'i');
          continue;
        }
        if ('children' in child) visit(child as MdastParent);
        kept.push(child);
      }
      node.children = kept as typeof node.children;
    };
    visit(tree);
  };
}

const processor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml', 'toml'])
  .use(remarkGfm)
  .use(dropRawContainerText)
  .use(remarkRehype)
  .use(rehypeSanitize, schema)
  .use(dropExternalImages)
  .use(semanticSections)
  .use(rehypeStringify);

/** The resume body as sanitized HTML (no document wrapper). */
export function markdownToHtmlFragment(markdown: string): string {
  return String(processor.processSync(markdown));
}

export function renderHtml(source: string, options: RenderOptions = {}): string {
  const markdown = options.profile ? withProfileHeader(source, options.profile) : source;
  const body = markdownToHtmlFragment(markdown);
  const title = options.title ?? firstHeading(markdown) ?? 'Resume';
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${printCss(options.paper ?? 'letter', options.density ?? 0)}</style>`,
    '</head>',
    '<body>',
    '<main class="resume">',
    body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function firstHeading(markdown: string): string | undefined {
  const m = /^#\s+(.+?)\s*#*\s*$/m.exec(markdown.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, ''));
  const text = m?.[1].replace(/<(script|style)\b[^>]*>[^<]*<\/\1\s*>/gi, '').replace(/<[^>]*>/g, '').replace(/[*_`]/g, '');
  return text?.trim() || undefined;
}

export { escapeHtml };
