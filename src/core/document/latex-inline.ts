// Raw LaTeX inside a Markdown resume (R Markdown / pandoc sources: `\textbf{Role}\hfill 2021`,
// `\flushleft{\large{\textbf{EDUCATION}}}`, a `longtable` of dated rows with `\item` lists) reads as what
// the PDF shows: formatting commands keep their text and style (\textbf → bold, \textit → italic,
// \href{u}{x} → linked x), line-breaking commands become line breaks, `\item` becomes a bullet glyph,
// layout commands and their arguments vanish, `%` comments are dropped. Every character keeps its
// source offset, so findings still land on the right word.
//
// The input is the inline text Markdown already produced (its escapes consumed: `\\` reads `\`, `\&`
// reads `&`), so the source text is consulted to tell `\\` (a line break) and `\&` (an ampersand) from a
// command and a table column separator.
import { BOLD, ITALIC, LINK, type StyledText } from './styled-text';

/** Commands whose arguments are layout, not text: dropped with every argument that follows. */
const DROP = new Set([
  'vspace', 'vskip', 'hspace', 'hskip', 'label', 'ref', 'pageref', 'cite', 'includegraphics', 'setlength', 'addtolength',
  'color', 'rule', 'begin', 'end', 'setcounter', 'addtocounter', 'definecolor', 'fontsize', 'pagestyle', 'thispagestyle',
  'extracolsep', 'renewcommand', 'newcommand', 'usepackage', 'input', 'include', 'titlerule', 'phantom', 'hphantom', 'vphantom',
]);
/** Argument counts of the dropped commands that take more than one. */
const DROP_ARGS: Record<string, number> = { rule: 2, setlength: 2, addtolength: 2, setcounter: 2, addtocounter: 2, fontsize: 2, definecolor: 3, newcommand: 2, renewcommand: 2 };
/** Layout commands that take no argument (or whose argument is the text itself) and print nothing. */
const SILENT = new Set([
  'maketitle', 'noindent', 'centering', 'raggedright', 'raggedleft', 'flushleft', 'flushright', 'center', 'large', 'Large',
  'LARGE', 'huge', 'Huge', 'small', 'footnotesize', 'scriptsize', 'tiny', 'normalsize', 'normalfont', 'empty', 'relax',
  'bfseries', 'itshape', 'em', 'sffamily', 'ttfamily', 'rmfamily', 'scshape', 'upshape', 'mdseries', 'selectfont',
  'underline', 'textsc', 'texttt', 'textrm', 'textsf', 'textnormal', 'textup', 'textmd', 'mbox', 'uppercase', 'MakeUppercase',
  'title', 'author', 'date', 'section', 'subsection', 'subsubsection', 'paragraph', 'textcolor', 'colorbox', 'fbox',
  'parbox', 'makebox', 'raisebox', 'resizebox', 'scalebox', 'hbox', 'vbox', 'strut', 'protect', 'displaystyle',
]);
/** Commands whose first argument is a width, a colour or a URL: skipped, the text argument kept. */
const SKIP_FIRST_ARG = new Set(['parbox', 'makebox', 'raisebox', 'textcolor', 'colorbox', 'href', 'resizebox', 'scalebox']);
const BREAKS = new Set(['newline', 'linebreak', 'par', 'break', 'cr', 'tabularnewline', 'newpage', 'pagebreak', 'smallskip', 'medskip', 'bigskip']);
const SPACES = new Set(['hfill', 'hfil', 'quad', 'qquad', 'enspace', 'enskip', 'thinspace', 'space', 'vfill', 'nobreakspace']);
const STYLE: Record<string, number> = { textbf: BOLD, bf: BOLD, bfseries: BOLD, textit: ITALIC, emph: ITALIC, it: ITALIC, itshape: ITALIC, textsl: ITALIC, href: LINK, url: LINK };
const SYMBOLS: Record<string, string> = {
  textasciitilde: '~', textbar: '|', textbullet: '•', textendash: '–', textemdash: '—', ldots: '…', dots: '…', textellipsis: '…',
  textbackslash: '\\', textless: '<', textgreater: '>', LaTeX: 'LaTeX', TeX: 'TeX', textquoteright: '’', textquoteleft: '‘',
  textdegree: '°', euro: '€', textsuperscript: '', sim: '~', cdot: '·', times: '×', to: '→', rightarrow: '→', bullet: '•',
};

/** A command name ≥ 2 letters after a backslash: the cheap test before any work. */
const LATEX_COMMAND = /\\[A-Za-z]{2,}/;

export function hasLatex(text: string): boolean {
  return LATEX_COMMAND.test(text);
}

interface Group {
  style: number;
  /** Characters of this group are dropped (a layout argument). */
  drop: boolean;
}

/** Renders the LaTeX in `input` (Markdown inline text mapped onto `source`); returns it unchanged when it holds none. */
export function renderLatexInline(input: StyledText, source: string): StyledText {
  if (!hasLatex(input.text)) return input;
  const { text, offsets, styles } = input;
  const out: StyledText = { text: '', offsets: [], styles: [] };
  const chars: string[] = [];
  const push = (ch: string, offset: number, style: number) => {
    chars.push(ch);
    out.offsets.push(offset);
    out.styles.push(style);
  };
  const stack: Group[] = [{ style: 0, drop: false }];
  const top = () => stack[stack.length - 1];
  // Groups that open next: each `{` takes the first pending entry (its style, dropped or not).
  let pending: Group[] = [];
  let i = 0;
  const skipSpaces = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  };
  /** Skips an optional `[...]` argument. */
  const skipOptional = () => {
    const save = i;
    skipSpaces();
    if (text[i] !== '[') {
      i = save;
      return;
    }
    const close = text.indexOf(']', i);
    if (close < 0 || close - i > 80) {
      i = save;
      return;
    }
    i = close + 1;
  };
  while (i < text.length) {
    const ch = text[i];
    const at = offsets[i];
    const style = styles[i] | top().style;
    if (ch === '\\') {
      const name = /^[A-Za-z]+/.exec(text.slice(i + 1, i + 40))?.[0];
      if (!name) {
        // Markdown read `\\` as `\`: a LaTeX line break, perhaps with a `[-0.1cm]` spacing argument.
        i++;
        if (source[at] === '\\' && source[at + 1] === '\\') {
          skipOptional();
          if (!top().drop) push('\n', at, 0);
        } else if (i < text.length && /[,;: ]/.test(text[i])) {
          i++;
          if (!top().drop) push(' ', at, 0);
        }
        continue;
      }
      i += 1 + name.length;
      if (text[i] === '*') i++;
      if (/^fa[A-Z]/.test(name)) continue; // a FontAwesome icon prints a glyph, not words
      const drop = top().drop;
      if (name === 'item') {
        skipOptional();
        if (!drop) {
          push('\n', at, 0);
          push('•', at, 0);
          push(' ', at, 0);
        }
        continue;
      }
      if (BREAKS.has(name)) {
        if (!drop) push('\n', at, 0);
        continue;
      }
      if (SPACES.has(name)) {
        if (!drop) push(' ', at, 0);
        continue;
      }
      if (name in SYMBOLS) {
        if (text[i] === '{' && text[i + 1] === '}') i += 2;
        if (!drop && SYMBOLS[name]) push(SYMBOLS[name], at, style);
        continue;
      }
      if (DROP.has(name)) {
        // All the argument groups that follow (`\begin{longtable}{@{}ll}`, `\rule{1cm}{0.5pt}`).
        skipOptional();
        let args = 0;
        while (text[i] === '{' || (args > 0 && text[i] === '[')) {
          if (text[i] === '[') {
            skipOptional();
            continue;
          }
          const end = matchingBrace(text, i);
          if (end < 0) break;
          i = end + 1;
          args++;
          // `\begin{tabular}{ll}`: the environment's own arguments (column spec, width) go too.
          if (name !== 'begin' && args >= (DROP_ARGS[name] ?? 1)) break;
        }
        if (!drop && (name === 'begin' || name === 'end')) push('\n', at, 0);
        continue;
      }
      const bit = STYLE[name] ?? 0;
      skipOptional();
      if (SKIP_FIRST_ARG.has(name) && text[i] === '{') {
        const end = matchingBrace(text, i);
        if (end > 0) i = end + 1;
        skipOptional();
      }
      if (name === 'url') {
        pending.push({ style: LINK, drop: false });
        continue;
      }
      if (bit && (name === 'bfseries' || name === 'itshape' || name === 'bf' || name === 'it')) {
        top().style |= bit; // a declaration: the rest of the group
        continue;
      }
      if (bit || SILENT.has(name) || text[i] === '{') {
        if (text[i] === '{') pending.push({ style: bit, drop: false });
        continue;
      }
      // An unknown command without an argument: not LaTeX we can read (a Windows path?), keep it as text.
      for (let k = i - name.length - 1; k < i; k++) if (!drop) push(text[k], offsets[k], styles[k] | top().style);
      continue;
    }
    if (ch === '{') {
      const next = pending.shift() ?? { style: 0, drop: false };
      stack.push({ style: top().style | next.style, drop: top().drop || next.drop });
      i++;
      continue;
    }
    if (ch === '}') {
      if (stack.length > 1) stack.pop();
      i++;
      continue;
    }
    if (ch === '%' && source[at - 1] !== '\\') {
      // A comment runs to the end of the line and swallows the line break.
      while (i < text.length && text[i] !== '\n') i++;
      i++;
      continue;
    }
    if (ch === '&' && source[at] === '&' && source[at - 1] !== '\\' && !/^&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i.test(source.slice(at, at + 10))) {
      // A table column separator: the cells of a row read as one line.
      if (!top().drop) push(' ', at, 0);
      i++;
      continue;
    }
    if (!top().drop) push(ch, at, style);
    i++;
  }
  out.text = chars.join('');
  out.offsets.push(offsets[offsets.length - 1] ?? 0);
  return out;
}

/** Index of the `}` closing the `{` at `open`, or -1. */
function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let k = open; k < text.length && k < open + 2000; k++) {
    if (text[k] === '\\') {
      k++;
      continue;
    }
    if (text[k] === '{') depth++;
    else if (text[k] === '}' && --depth === 0) return k;
  }
  return -1;
}
