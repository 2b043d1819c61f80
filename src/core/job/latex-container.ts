// A posting written as LaTeX source (a research group's advert kept in a shared editor, a department's
// template): read as the text the PDF prints, in Markdown shape so the posting reader finds its parts.
// Sectioning commands become "## " headings, \item a "- " bullet, paragraphs and "\\" line breaks
// lines; the document's own macros (\newcommand{\deadline}{…}) are expanded by the resume reader's
// renderer, and comments (an old deadline, a removed requirement) are not read. The page header and
// footer (\lhead, \rfoot …: often the employer's name and the advert's link) follow as lines at the end.
import type * as Ast from '@unified-latex/unified-latex-types';
import { parseTree } from '../formats/latex/parse';
import { attachedArgs, collectDefinitions, isMacro, siblingArgs, type Node } from '../formats/latex/ast';
import { renderText, type RenderContext } from '../formats/latex/render';

const SECTIONING = /^(?:part|chapter|section|subsection|subsubsection|paragraph|subparagraph)\*?$/;
const LINE_BREAKS = new Set(['\\', 'newline', 'linebreak', 'par']);
const HEADER_FOOTER = /^(?:[lcr](?:head|foot)|fancy(?:head|foot))$/;

/** The posting inside LaTeX source as Markdown-shaped text, or undefined when `raw` is no LaTeX document. */
export function postingFromLatex(raw: string): string | undefined {
  if (!/\\documentclass\b|\\begin\{document\}/.test(raw.slice(0, 20000))) return undefined;
  const root = parseTree(raw);
  const docEnv = root.content.find((n): n is Ast.Environment => n.type === 'environment' && n.env === 'document');
  if (!docEnv) return undefined;
  const ctx: RenderContext = { defs: collectDefinitions(root.content) };
  const out = new LatexLines(ctx);
  out.walk(docEnv.content);
  out.flush();
  // The page header and footer, from the preamble.
  const preamble = root.content.slice(0, root.content.indexOf(docEnv));
  for (const [i, n] of preamble.entries()) {
    if (n.type !== 'macro' || !HEADER_FOOTER.test(n.content)) continue;
    // Without fancyhdr's signature the parser leaves the argument as the next group.
    const attached = attachedArgs(n);
    const arg = attached.length ? attached[attached.length - 1] : siblingArgs(preamble, i, 1).args[0]?.content;
    const text = arg ? renderText(arg, ctx, 0).text : '';
    if (text.trim()) out.line(text);
  }
  const text = out.text();
  return text.trim() ? text : undefined;
}

class LatexLines {
  private lines: string[] = [];
  private pending: Node[] = [];
  private prefix = '';

  constructor(private readonly ctx: RenderContext) {}

  text(): string {
    return this.lines.join('\n').replace(/\n{3,}/g, '\n\n');
  }

  line(text: string): void {
    this.lines.push(text);
  }

  flush(): void {
    const text = this.pending.length ? renderText(this.pending, this.ctx, 0).text.trim() : '';
    if (text) this.lines.push(this.prefix + text);
    else if (this.prefix) this.lines.push('');
    this.pending = [];
    this.prefix = '';
  }

  walk(nodes: Node[]): void {
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i];
      if (n.type === 'parbreak') {
        this.flush();
        this.lines.push('');
      } else if (n.type === 'comment') {
        continue;
      } else if (n.type === 'environment') {
        this.flush();
        this.walk(n.content);
        this.flush();
      } else if (n.type === 'macro' && SECTIONING.test(n.content)) {
        this.flush();
        const attached = attachedArgs(n);
        const { args, next } = attached.length ? { args: [], next: i + 1 } : siblingArgs(nodes, i, 1);
        const title = attached.length ? attached[attached.length - 1] : args[0]?.content ?? [];
        const text = renderText(title, this.ctx, 0).text.trim();
        if (text) this.lines.push('', `## ${text}`, '');
        i = next - 1;
      } else if (isMacro(n, 'item')) {
        this.flush();
        this.prefix = '- ';
        // \item[label] text: the label leads the line. The parser attaches the item's text as its last
        // argument (with no brackets) when it can; else the text follows as siblings.
        const args = (n as Ast.Macro).args ?? [];
        const label = args.find((a) => a.openMark === '[' && a.content.length);
        if (label) this.pending.push(...label.content, { type: 'whitespace', content: ' ' } as unknown as Node);
        const body = args[args.length - 1];
        if (body && body.openMark === '' && body.content.length) {
          this.walk(body.content);
          this.flush();
        }
      } else if (n.type === 'macro' && LINE_BREAKS.has(n.content)) {
        this.flush();
      } else if (n.type === 'group' && n.content.some((c) => c.type === 'parbreak' || isMacro(c, 'item') || (c.type === 'macro' && LINE_BREAKS.has(c.content)))) {
        // A group that holds paragraphs or lines ("{\large Title\\ Subtitle}") is walked, not printed as one line.
        this.flush();
        this.walk(n.content);
        this.flush();
      } else {
        this.pending.push(n);
      }
    }
  }
}
