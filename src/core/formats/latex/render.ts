// What a reader of the PDF sees in a run of LaTeX nodes, with each character's source offset:
// formatting commands keep their text (\textbf{x} → x, \href{u}{x} → x), escapes and symbols resolve
// (\% → %, $|$ → |, $\sim$ → ~), spacing commands become spaces, layout commands vanish.
import type * as Ast from '@unified-latex/unified-latex-types';
import type { MappedText } from '../../document/types';
import { CharCollector } from '../mapped-chars';
import { attachedArgs, siblingArgs, startOf, substitute, type MacroDefinition, type Node } from './ast';

/** Commands whose arguments are layout, not text. */
const DROP = new Set([
  'vspace', 'vskip', 'label', 'ref', 'pageref', 'cite', 'includegraphics', 'setlength', 'addtolength', 'color',
  'pagestyle', 'thispagestyle', 'titlerule', 'rule', 'newpage', 'clearpage', 'pagebreak', 'fontsize',
  'usepackage', 'documentclass', 'input', 'include', 'setcounter', 'definecolor', 'setlist', 'titleformat',
  'titlespacing', 'newcommand', 'renewcommand', 'providecommand', 'def', 'geometry', 'hypersetup', 'item',
  'begin', 'end', 'photo', 'moderncvstyle', 'moderncvcolor', 'nopagenumbers', 'linespread', 'addtocounter',
  'setmainfont', 'setsansfont', 'urlstyle', 'raggedbottom', 'raggedright', 'centering', 'fancyhf', 'fancyfoot',
  'fancyhead', 'pdfgentounicode', 'input', 'colorlet', 'setmonofont', 'newenvironment', 'renewenvironment',
]);

/** A TeX number or length: "0", "2em", "-1.5pt". */
const TEX_VALUE = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:pt|em|ex|cm|mm|in|bp|sp|pc|dd|cc|mu)?$/;

/** Commands that print as a space. */
const SPACES = new Set(['\\', 'hfill', 'quad', 'qquad', 'newline', 'linebreak', 'hspace', 'hskip', ',', ';', ':', ' ', 'enspace', 'enskip', 'thinspace', 'space', 'tabularnewline', 'par', 'cr', 'break', 'hfil', 'vfill', 'smallskip', 'medskip', 'bigskip']);

const SYMBOLS: Record<string, string> = {
  '%': '%', '&': '&', $: '$', '#': '#', _: '_', '{': '{', '}': '}', '-': '', '/': '', '@': '',
  textbar: '|', textasciitilde: '~', textasciicircum: '^', texttimes: '×', textbackslash: '\\', textless: '<', textgreater: '>', textbullet: '•',
  textendash: '–', textemdash: '—', textcopyright: '©', textregistered: '®', texttrademark: '™', textdegree: '°',
  LaTeX: 'LaTeX', TeX: 'TeX', LaTeXe: 'LaTeX2e', ldots: '…', dots: '…', cdots: '⋯', textellipsis: '…',
  sim: '~', cdot: '·', bullet: '•', times: '×', to: '→', rightarrow: '→', leftarrow: '←', Rightarrow: '⇒',
  longrightarrow: '⟶', leftrightarrow: '↔', uparrow: '↑', downarrow: '↓', leq: '≤', le: '≤', geq: '≥', ge: '≥',
  approx: '≈', pm: '±', infty: '∞', mid: '|', vert: '|', S: '§', ss: 'ß', o: 'ø', O: 'Ø', ae: 'æ', AE: 'Æ',
  euro: '€', pounds: '£', textpounds: '£', textquoteleft: '‘', textquoteright: '’', textquotedblleft: '“',
  textquotedblright: '”', slash: '/', neq: '≠', ne: '≠', star: '⋆', ast: '∗', circ: '∘', checkmark: '✓',
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', lambda: 'λ', mu: 'μ', pi: 'π', rho: 'ρ',
  sigma: 'σ', tau: 'τ', phi: 'φ', omega: 'ω', theta: 'θ', Delta: 'Δ', Sigma: 'Σ', Omega: 'Ω',
};

const ACCENTS: Record<string, string> = {
  "'": '\u0301', '`': '\u0300', '^': '\u0302', '"': '\u0308', '~': '\u0303', '=': '\u0304', '.': '\u0307',
  c: '\u0327', v: '\u030C', u: '\u0306', H: '\u030B', k: '\u0328', r: '\u030A',
};

export interface RenderContext {
  defs: Map<string, MacroDefinition>;
  /** Expansion depth of user macros (the issue asks for one level; a little more is harmless). */
  depth?: number;
}

const MAX_EXPANSION = 3;

export function renderText(nodes: Node[], ctx: RenderContext, end: number): MappedText {
  const out = new CharCollector();
  new Renderer(out, ctx).nodes(nodes);
  return out.build(end, true);
}

/** Renders into an existing collector (several arguments joined into one heading). */
export function renderInto(out: CharCollector, nodes: Node[], ctx: RenderContext): void {
  new Renderer(out, ctx).nodes(nodes);
}

class Renderer {
  private accent: string | undefined;

  constructor(
    private readonly out: CharCollector,
    private readonly ctx: RenderContext,
  ) {}

  /** Where a character without a source position (from a macro body) is mapped: just after the last real one. */
  private anchor(node: Node): number {
    const own = startOf(node);
    if (own !== undefined) return own;
    const last = this.out.lastOffset();
    return last === undefined ? 0 : last + 1;
  }

  private char(ch: string, offset: number): void {
    this.out.push(ch, offset);
    if (this.accent && ch.trim()) {
      this.out.combineLast(this.accent);
      this.accent = undefined;
    }
  }

  nodes(list: Node[]): void {
    for (let i = 0; i < list.length; i++) i = this.node(list, i);
  }

  /** Renders list[i]; returns the index of the last node it consumed. */
  private node(list: Node[], i: number): number {
    const node = list[i];
    switch (node.type) {
      case 'string': {
        const start = startOf(node);
        for (let k = 0; k < node.content.length; k++) {
          const ch = node.content[k] === '~' ? ' ' : node.content[k];
          this.char(ch, start !== undefined ? start + k : this.anchor(node));
        }
        return i;
      }
      case 'whitespace':
      case 'parbreak':
        this.out.push(' ', this.anchor(node));
        return i;
      case 'comment':
        return i;
      case 'verb':
        this.out.push(node.content, this.anchor(node));
        return i;
      case 'group':
        // "\ecvtitle{Mar 2025 -- present}{Junior Engineer}": groups back to back are a macro's separate
        // arguments, which its template sets apart (columns, lines); their words do not run together.
        if (list[i - 1]?.type === 'group') this.out.push(' ', this.anchor(node));
        this.out.boundary();
        this.nodes(node.content as Node[]);
        this.out.boundary();
        return i;
      case 'inlinemath':
      case 'displaymath':
      case 'environment':
      case 'mathenv':
        this.nodes(node.content as Node[]);
        return i;
      case 'macro':
        return this.macro(node, list, i);
      default:
        return i;
    }
  }

  private macro(node: Ast.Macro, list: Node[], i: number): number {
    const name = node.content;
    const at = this.anchor(node);
    const def = this.ctx.defs.get(name);
    if (def && (this.ctx.depth ?? 0) < MAX_EXPANSION) {
      const needed = Math.max(0, def.params - (def.optionalFirst ? 1 : 0));
      const { args, next } = siblingArgs(list, i, needed);
      const given = args.map((g) => g.content);
      const body = substitute(def.body, def.optionalFirst ? [[], ...given] : given);
      new Renderer(this.out, { ...this.ctx, depth: (this.ctx.depth ?? 0) + 1 }).nodes(body);
      return needed ? next - 1 : i;
    }
    if (name in ACCENTS && !/^[a-zA-Z]{2,}$/.test(name)) {
      const args = attachedArgs(node);
      this.accent = ACCENTS[name];
      if (args.length) this.nodes(args[args.length - 1]);
      return i;
    }
    if (name in SYMBOLS) {
      // An escape maps to the escaped character (the last of `\%`), as Markdown escapes do.
      const offset = startOf(node) !== undefined && name.length === 1 ? at + 1 : at;
      if (SYMBOLS[name]) this.char(SYMBOLS[name], offset);
      return i;
    }
    if (SPACES.has(name)) {
      this.out.push(' ', at);
      return i;
    }
    if (DROP.has(name) || /^fa[A-Z]|^fa$|icon$/i.test(name)) return i;
    // "\hangindent=2em", "\tabcolsep=4pt": a TeX parameter set to a number or length prints nothing.
    const valueAt = list[i + 1]?.type === 'string' && (list[i + 1] as Ast.String).content === '=' ? (list[i + 2]?.type === 'whitespace' ? i + 3 : i + 2) : -1;
    if (valueAt > 0 && list[valueAt]?.type === 'string' && TEX_VALUE.test((list[valueAt] as Ast.String).content)) return valueAt;
    const args = attachedArgs(node);
    // Formatting commands (\textbf, \emph, \href{url}{text}, \textcolor{c}{text}): the last argument is the text.
    if (args.length) this.nodes(args[args.length - 1]);
    return i;
  }
}
