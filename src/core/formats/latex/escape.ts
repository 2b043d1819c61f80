// Plain text → LaTeX source that prints it: the ten special characters escaped, so an inserted word
// can never open a group, start a comment or run a command, and <, >, | written as text commands.
const LATEX_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  // In the default OT1 font encoding (no \usepackage[T1]{fontenc}, as in Jake's template) a bare <, >
  // or | prints as ¡, ¿ or an em dash; the text commands print right in every encoding.
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '|': '\\textbar{}',
};

export function escapeLatex(text: string): string {
  return (
    text
      .replace(/[\\{}%&$#_~^<>|]/g, (c) => LATEX_SPECIAL[c])
      // TeX ligatures: "--" prints as a dash and `` '' as curly quotes; an empty group keeps them apart.
      .replace(/([-`'])(?=\1)/g, '$1{}')
  );
}
