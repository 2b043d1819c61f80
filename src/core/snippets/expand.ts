// Expands a VS Code snippet body to plain text, the way the editor would insert it if the user
// accepted every default. Used to check snippets outside the editor (tests, previews, LSP
// completion). Covers the syntax VS Code documents: $1, ${1}, ${1:default} (nested), ${1|a,b|},
// $0, $VAR, ${VAR}, ${VAR:default}, and backslash escapes. Transforms (${1/re/fmt/}) are parsed
// and reported but not applied: no snippet of ours uses them.

export type SnippetNode =
  | { kind: 'text'; value: string }
  | { kind: 'tabstop'; index: number; children: SnippetNode[]; choices?: string[] }
  | { kind: 'variable'; name: string; children?: SnippetNode[] };

export interface TabStop {
  index: number;
  /** Default text with nested placeholders expanded by their own defaults ('' for a bare `$1`). */
  defaultText: string;
  choices?: string[];
}

export interface ExpandOptions {
  /** Text for a tab stop; return undefined to keep its default (first choice for a choice list). */
  fill?: (stop: TabStop) => string | undefined;
  /** Values of snippet variables such as CURRENT_YEAR. */
  variables?: Record<string, string>;
}

export interface Expansion {
  text: string;
  /** One per tab-stop index, in order of first appearance. */
  tabStops: TabStop[];
  /** Variables with no value given and no default (VS Code would insert their name). */
  unknownVariables: string[];
}

export class SnippetSyntaxError extends Error {}

/** Parses a snippet body (lines joined with '\n' when given as an array). */
export function parseSnippet(body: string | string[]): SnippetNode[] {
  const text = Array.isArray(body) ? body.join('\n') : body;
  const parser = new Parser(text);
  const nodes = parser.parseSequence(new Set());
  if (parser.pos < text.length) throw new SnippetSyntaxError(`unexpected '${text[parser.pos]}' at ${parser.pos}`);
  return nodes;
}

export function expandSnippet(body: string | string[], options: ExpandOptions = {}): Expansion {
  const nodes = parseSnippet(body);
  const stops = collectTabStops(nodes);
  const unknownVariables: string[] = [];
  const values = new Map<number, string>();
  const inProgress = new Set<number>();

  // A tab stop's value is decided once and mirrored everywhere it appears, as in the editor.
  const valueOf = (index: number): string => {
    const known = values.get(index);
    if (known !== undefined) return known;
    if (inProgress.has(index)) throw new SnippetSyntaxError(`tab stop $${index} contains itself`);
    inProgress.add(index);
    const stop = stops.get(index)!;
    const filled = options.fill?.(stop.info);
    const value = filled ?? (stop.info.choices ? stop.info.choices[0] : render(stop.defining));
    inProgress.delete(index);
    values.set(index, value);
    return value;
  };

  const render = (list: SnippetNode[]): string =>
    list
      .map((node) => {
        if (node.kind === 'text') return node.value;
        if (node.kind === 'tabstop') return valueOf(node.index);
        const value = options.variables?.[node.name];
        if (value !== undefined) return value;
        if (node.children) return render(node.children);
        unknownVariables.push(node.name);
        return node.name;
      })
      .join('');

  // Default texts are computed after all stops are known, so nested defaults can refer to later ones.
  for (const stop of stops.values())
    stop.info.defaultText = stop.info.choices ? stop.info.choices[0] : renderDefaults(stop.defining, stops, options.variables);
  const text = render(nodes);
  return { text, tabStops: [...stops.values()].map((s) => s.info), unknownVariables };
}

interface StopRecord {
  info: TabStop;
  /** Children of the occurrence that carries the default (the first one with any). */
  defining: SnippetNode[];
}

function collectTabStops(nodes: SnippetNode[]): Map<number, StopRecord> {
  const stops = new Map<number, StopRecord>();
  const visit = (list: SnippetNode[]) => {
    for (const node of list) {
      if (node.kind === 'tabstop') {
        const record = stops.get(node.index);
        if (!record) stops.set(node.index, { info: { index: node.index, defaultText: '', choices: node.choices }, defining: node.children });
        else if (!record.defining.length && !record.info.choices) {
          record.defining = node.children;
          record.info.choices = node.choices;
        }
        visit(node.children);
      } else if (node.kind === 'variable' && node.children) visit(node.children);
    }
  };
  visit(nodes);
  return stops;
}

function renderDefaults(list: SnippetNode[], stops: Map<number, StopRecord>, variables?: Record<string, string>, depth = 0): string {
  if (depth > 50) throw new SnippetSyntaxError('tab stop defaults contain each other in a cycle');
  return list
    .map((node) => {
      if (node.kind === 'text') return node.value;
      if (node.kind === 'variable') return variables?.[node.name] ?? (node.children ? renderDefaults(node.children, stops, variables, depth + 1) : node.name);
      const stop = stops.get(node.index)!;
      return stop.info.choices ? stop.info.choices[0] : renderDefaults(stop.defining, stops, variables, depth + 1);
    })
    .join('');
}

class Parser {
  pos = 0;
  constructor(private readonly text: string) {}

  /** Reads nodes until one of `stopChars` (unescaped) or the end. */
  parseSequence(stopChars: Set<string>): SnippetNode[] {
    const nodes: SnippetNode[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push({ kind: 'text', value: text });
      text = '';
    };
    while (this.pos < this.text.length) {
      const ch = this.text[this.pos];
      if (ch === '\\' && this.pos + 1 < this.text.length && '$}\\'.includes(this.text[this.pos + 1])) {
        text += this.text[this.pos + 1];
        this.pos += 2;
      } else if (stopChars.has(ch)) break;
      else if (ch === '$') {
        const node = this.parseDollar();
        if (node) {
          flush();
          nodes.push(node);
        } else {
          text += ch; // a lone '$' is literal text, as in VS Code
          this.pos++;
        }
      } else {
        text += ch;
        this.pos++;
      }
    }
    flush();
    return nodes;
  }

  private parseDollar(): SnippetNode | undefined {
    const start = this.pos;
    const rest = this.text.slice(this.pos + 1);
    const simple = /^(\d+)|^([A-Za-z_][A-Za-z_0-9]*)/.exec(rest);
    if (simple) {
      this.pos += 1 + simple[0].length;
      return simple[1] !== undefined ? { kind: 'tabstop', index: Number(simple[1]), children: [] } : { kind: 'variable', name: simple[2] };
    }
    const braced = /^\{(?:(\d+)|([A-Za-z_][A-Za-z_0-9]*))/.exec(rest);
    if (!braced) return undefined;
    this.pos += 1 + braced[0].length;
    const isStop = braced[1] !== undefined;
    const next = this.text[this.pos];
    if (next === '}') {
      this.pos++;
      return isStop ? { kind: 'tabstop', index: Number(braced[1]), children: [] } : { kind: 'variable', name: braced[2] };
    }
    if (next === ':') {
      this.pos++;
      const children = this.parseSequence(new Set(['}']));
      this.expect('}', start);
      return isStop ? { kind: 'tabstop', index: Number(braced[1]), children } : { kind: 'variable', name: braced[2], children };
    }
    if (next === '|' && isStop) {
      this.pos++;
      const choices = this.parseChoices(start);
      return { kind: 'tabstop', index: Number(braced[1]), children: [], choices };
    }
    if (next === '/') throw new SnippetSyntaxError(`transforms are not supported (at ${start})`);
    throw new SnippetSyntaxError(`unterminated '\${' at ${start}`);
  }

  private parseChoices(start: number): string[] {
    const choices: string[] = [];
    let current = '';
    while (this.pos < this.text.length) {
      const ch = this.text[this.pos];
      if (ch === '\\' && this.pos + 1 < this.text.length && ',|$}\\'.includes(this.text[this.pos + 1])) {
        current += this.text[this.pos + 1];
        this.pos += 2;
      } else if (ch === ',') {
        choices.push(current);
        current = '';
        this.pos++;
      } else if (ch === '|' && this.text[this.pos + 1] === '}') {
        choices.push(current);
        this.pos += 2;
        return choices;
      } else {
        current += ch;
        this.pos++;
      }
    }
    throw new SnippetSyntaxError(`unterminated choice list at ${start}`);
  }

  private expect(ch: string, start: number): void {
    if (this.text[this.pos] !== ch) throw new SnippetSyntaxError(`expected '${ch}' to close '\${' at ${start}`);
    this.pos++;
  }
}
