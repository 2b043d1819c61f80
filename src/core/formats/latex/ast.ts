// Small helpers over the unified-latex AST: positions, arguments, the macros a document defines, and
// the arguments of macros the parser does not know (they follow as sibling groups).
import type * as Ast from '@unified-latex/unified-latex-types';

export type Node = Ast.Node;

export function startOf(node: Node): number | undefined {
  return node.position?.start.offset;
}
export function endOf(node: Node): number | undefined {
  return node.position?.end.offset;
}

export function isMacro(node: Node | undefined): node is Ast.Macro;
export function isMacro(node: Node | undefined, name: string | RegExp): boolean;
export function isMacro(node: Node | undefined, name?: string | RegExp): boolean {
  if (!node || node.type !== 'macro') return false;
  if (name === undefined) return true;
  return typeof name === 'string' ? node.content === name : name.test(node.content);
}

export function isSpace(node: Node): boolean {
  return node.type === 'whitespace' || node.type === 'comment' || node.type === 'parbreak';
}

/** The mandatory (`{…}`) arguments the parser attached to a macro it knows. */
export function attachedArgs(node: Ast.Macro): Node[][] {
  return (node.args ?? []).filter((a) => a.openMark === '{').map((a) => a.content);
}

/** A user-defined macro from the preamble: `\newcommand{\name}[n][default]{body}`. */
export interface MacroDefinition {
  name: string;
  params: number;
  /** The first parameter is optional (`[default]`): callers give n-1 braced arguments. */
  optionalFirst: boolean;
  body: Node[];
}

const DEFINERS = /^(?:newcommand|renewcommand|providecommand|DeclareRobustCommand)$/;

/** `\newcommand` and friends anywhere in the document (the preamble normally). */
export function collectDefinitions(nodes: Node[]): Map<string, MacroDefinition> {
  const defs = new Map<string, MacroDefinition>();
  const visit = (list: Node[]) => {
    for (let i = 0; i < list.length; i++) {
      const node = list[i];
      if (isMacro(node, DEFINERS)) {
        const args = (node as Ast.Macro).args ?? [];
        // Parser signature: starred, ?, name, numArgs, default, body.
        const nameNode = args[2]?.content.find((n) => n.type === 'macro') as Ast.Macro | undefined;
        const numText = (args[3]?.content ?? []).map((n) => (n.type === 'string' ? n.content : '')).join('');
        const body = args[5]?.content;
        if (nameNode && body) {
          defs.set(nameNode.content, {
            name: nameNode.content,
            params: Number.parseInt(numText, 10) || 0,
            optionalFirst: (args[4]?.content.length ?? 0) > 0 || args[4]?.openMark === '[',
            body,
          });
        }
      } else if (node.type === 'environment' && node.env !== 'document') {
        // Definitions inside groups or environments of the preamble still count.
        visit(node.content);
      } else if (node.type === 'group') {
        visit(node.content);
      }
    }
  };
  visit(nodes);
  return defs;
}

/**
 * Arguments of a macro the parser left bare: the `{…}` groups that follow it, only whitespace and
 * comments between. Returns the groups and the index after the last one consumed.
 */
export function siblingArgs(list: Node[], index: number, max: number): { args: Ast.Group[]; next: number } {
  const args: Ast.Group[] = [];
  let i = index + 1;
  let next = i;
  while (i < list.length && args.length < max) {
    const node = list[i];
    if (node.type === 'group') {
      args.push(node);
      next = i + 1;
    } else if (node.type === 'whitespace' || node.type === 'comment') {
      // keep looking
    } else if (node.type === 'string' && node.content === '[' && args.length === 0) {
      // An optional argument `[…]` the parser did not attach: skip to its `]`.
      let j = i + 1;
      while (j < list.length && !(list[j].type === 'string' && (list[j] as Ast.String).content === ']')) j++;
      if (j >= list.length) break;
      i = j;
    } else break;
    i++;
  }
  return { args, next };
}

/** Replaces `#1`…`#9` in a macro body by the call's arguments (one level of expansion). */
export function substitute(body: Node[], args: Node[][]): Node[] {
  const out: Node[] = [];
  for (let i = 0; i < body.length; i++) {
    const node = body[i];
    if (node.type === 'string' && node.content === '#') {
      const next = body[i + 1];
      if (next?.type === 'string' && /^\d/.test(next.content)) {
        const n = Number(next.content[0]);
        out.push(...(args[n - 1] ?? []));
        if (next.content.length > 1) out.push({ ...next, content: next.content.slice(1), position: undefined });
        i++;
        continue;
      }
    }
    if (node.type === 'string' && /^#\d/.test(node.content)) {
      out.push(...(args[Number(node.content[1]) - 1] ?? []));
      continue;
    }
    // Body nodes lose their positions: they sit in the preamble, not where the macro is called, so
    // their characters (a literal ": " between two arguments) map to the call site instead.
    if (node.type === 'group') out.push({ ...node, position: undefined, content: substitute(node.content, args) });
    else if (node.type === 'environment' || node.type === 'mathenv')
      out.push({ ...node, position: undefined, content: substitute(node.content, args) } as Node);
    else if (node.type === 'inlinemath' || node.type === 'displaymath')
      out.push({ ...node, position: undefined, content: substitute(node.content, args) });
    else if (node.type === 'macro')
      out.push({ ...node, position: undefined, args: node.args?.map((a) => ({ ...a, content: substitute(a.content, args) })) });
    else out.push({ ...node, position: undefined } as Node);
  }
  return out;
}

/** Every node of a tree, depth first (for "does this body contain an \item" questions). */
export function someNode(nodes: Node[], test: (n: Node) => boolean, depth = 0): boolean {
  if (depth > 40) return false;
  for (const node of nodes) {
    if (test(node)) return true;
    if ('content' in node && Array.isArray(node.content) && someNode(node.content as Node[], test, depth + 1)) return true;
    if (node.type === 'macro' && node.args && node.args.some((a) => someNode(a.content, test, depth + 1))) return true;
  }
  return false;
}
