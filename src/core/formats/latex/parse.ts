// LaTeX resume → ResumeDocument. The unified-latex parser gives the tree with source positions; this
// walk finds sections (\section, \section*, \cvsection), entries (\resumeSubheading, \cventry, plain
// "Company \hfill dates" lines) and bullets (\resumeItem, \item, one-line \cventry descriptions).
// Macros the document defines are classified by what their definition contains (an \item in a
// tabular is an entry heading, a lone \item a bullet), so renamed templates work too.
import { getParser } from '@unified-latex/unified-latex-util-parse';
import type * as Ast from '@unified-latex/unified-latex-types';
import type { DateRange, Entry, MappedText, Profile, ResumeDocument, SectionKind } from '../../document/types';
import type { OffsetRange } from '../../types';
import { headingKind } from '../section-kind';
import { NARRATIVE_KINDS, exactSectionKindOf } from '../../document/section-kinds';
import { DETAIL_LABEL } from '../../document/section-labels';
import { DocumentAssembler, dateRangeFromTwo, dateRangeIn, onlyDatesIn } from '../assemble';
import { CharCollector } from '../mapped-chars';
import {
  attachedArgs,
  collectDefinitions,
  endOf,
  isMacro,
  isSpace,
  siblingArgs,
  someNode,
  startOf,
  substitute,
  type MacroDefinition,
  type Node,
} from './ast';
import { renderInto, renderText, type RenderContext } from './render';
import { escapeLatex } from './escape';
import { boundedLatex } from '../../guards/bounded-latex';
import { swallowingPercent } from '../../text/latex-percent';
import { sliceMapped } from '../../text/mapped';
import { isOpenEnd } from '../../document/dates';
import { isRoleTitle } from '../../document/line-kinds';

type Role = 'section' | 'heading' | 'bullet' | 'list' | 'inline';

const LIST_ENVS = /^(itemize|enumerate|description|cvitems|compactitem|compactenum|highlights|onecolentry|itemize\*|enumerate\*)$/;
// Any class's own section macro spelled "…section" (\ecvsection in europecv, \cvsection, \resumesection,
// \mysection), not a subsection of any spelling (Deedy's \runsubsection names a company).
const SECTION_MACROS = /^(?:(?![a-z]*sub)[a-z]*section\*?|sectiontitle|cvsect)$/i;
/** A hand-written list item's sign: a hyphen, an en dash or a bullet, alone before the item's words. */
const DASH_SIGN = /^(?:-|–|•|·|\*)$/;
/** A bullet printed by a command: \textbullet, $\bullet$'s \bullet, or a class's own ("\coloredbullet", "\mybullet"). */
const BULLET_MACRO = /^(?:textbullet|bullet|textendash|textperiodcentered)$|bullet$/i;
const isDashSign = (n: Node | undefined): boolean =>
  (n?.type === 'string' && DASH_SIGN.test(n.content)) ||
  (n?.type === 'macro' && BULLET_MACRO.test(n.content)) ||
  (n?.type === 'inlinemath' && n.content.filter((c) => !isSpace(c)).length === 1 && isMacro(n.content.find((c) => !isSpace(c)), 'bullet'));
/** Vertical space between hand-made items ("\smallskip", "\vspace{2pt}"): it stands before a sign without being text. */
const SPACING_MACRO = /^(?:smallskip|medskip|bigskip|vspace\*?|vskip|par|noindent)$/;
const isSpacing = (n: Node): boolean => isSpace(n) || isMacro(n, SPACING_MACRO);

/** A row dated only "Current" or "Present": the entry is running, its start is on the row below or unknown. */
function openEndOnly(cell: MappedText): DateRange {
  const raw = cell.text.trim();
  return { raw, range: { start: cell.offsets[0], end: cell.offsets[cell.text.length] }, current: true, formats: [] };
}

/** Text that is mostly a date range ("2018--2023", "09/2025 -- now"): an entry's dates field. */
const isOnlyDates = (m: MappedText): boolean => !!onlyDatesIn(m);
const ENTRY_KINDS: ReadonlySet<SectionKind> = new Set(['experience', 'projects', 'research', 'leadership', 'education', 'other']);

let parser: ReturnType<typeof getParser> | undefined;

/** The unified-latex tree of `text` (empty when the parser gives up). */
export function parseTree(text: string): Ast.Root {
  try {
    parser ??= getParser();
    return parser.parse(text);
  } catch {
    // The parser recovers from unbalanced braces itself; anything else leaves an empty resume.
    return { type: 'root', content: [] };
  }
}

export function parseLatex(text: string): ResumeDocument {
  // Past MAX_LATEX_CHARS only a prefix is parsed (its open environments closed): the parser is slow.
  // "from 42% to 78%}": a "%" typed as text whose comment takes the argument's closing brace is parsed
  // as the author meant it (renders-wrongly reports it), so the item is not lost into the next ones.
  const parsed = boundedLatex(text).text.split('\n').map((l) => {
    // Each in turn: "from 42% to 78%}" holds two.
    for (let at = swallowingPercent(l); at >= 0; at = swallowingPercent(l)) l = l.slice(0, at) + PERCENT_AS_TEXT + l.slice(at + 1);
    return l;
  });
  const root = parseTree(parsed.join('\n'));
  const docEnv = root.content.find((n): n is Ast.Environment => n.type === 'environment' && n.env === 'document');
  const preamble = docEnv ? root.content.slice(0, root.content.indexOf(docEnv)) : [];
  const body = docEnv ? docEnv.content : root.content;
  const defs = collectDefinitions(root.content);
  const walker = new LatexWalker(text, defs, documentClass(preamble));
  walker.walk(body, 0);
  walker.flushLine();
  // Commented-out lines (an old phone number, a template's sample) must not feed the contact search.
  const uncommented = text.replace(/(^|[^\\])%[^\n]*/g, (m, before: string) => before + ' '.repeat(m.length - before.length));
  const doc = walker.assembler.finish('latex', escapeLatex, walker.profile(preamble), uncommented);
  if (parsed.some((l) => l.includes(PERCENT_AS_TEXT))) {
    for (const b of doc.bullets) b.text = b.text.replaceAll(PERCENT_AS_TEXT, '%');
    for (const s of doc.sections) for (const e of s.entries) e.heading.text = e.heading.text.replaceAll(PERCENT_AS_TEXT, '%');
  }
  return doc;
}

/** Stands for a text "%" while parsing: one UTF-16 unit, so every offset stays the source's. */
const PERCENT_AS_TEXT = '\uFF05';

/** Commands that only move the text: a heading line may carry them. */
const SPACING = /^(?:vspace\*?|hspace\*?|noindent|medskip|smallskip|bigskip|vfill|hfill|par|centering|raggedright)$/;
const EMPHASIS = /^(?:textbf|textsc|bfseries|scshape|large|Large|LARGE|huge|Huge|uppercase|MakeUppercase)$/;

/**
 * The title nodes of a line that is nothing but an emphasised title: `\textbf{Skills}`,
 * `{\large\bfseries Education}`, `\textbf{\large Projects}`; undefined for a line with other text.
 */
function boldTitle(nodes: Node[], depth = 0): Node[] | undefined {
  const printed = nodes.filter((n) => !isSpace(n) && n.type !== 'comment' && !isMacro(n, SPACING));
  if (!printed.length || depth > 3) return undefined;
  if (printed.length === 1) {
    const only = printed[0];
    if (only.type === 'group') return boldTitle(only.content, depth + 1) ?? (someNode(only.content, (n) => isMacro(n, EMPHASIS)) ? only.content : undefined);
    if (isMacro(only, EMPHASIS)) {
      const args = attachedArgs(only as Ast.Macro);
      const body = args[args.length - 1];
      return body ? boldTitle(body, depth + 1) ?? body : undefined;
    }
    return undefined;
  }
  // {\large\bfseries Education}: switches, then the words.
  const switches = printed.filter((n) => isMacro(n, EMPHASIS) && !attachedArgs(n as Ast.Macro).length);
  return depth > 0 && switches.length && printed.every((n) => switches.includes(n) || n.type === 'string') ? printed.filter((n) => !switches.includes(n)) : undefined;
}

/** A title that names a resume section ("Work Experience", "Education"), not a width or a name. */
function namesSection(title: string): boolean {
  const kind = title.trim() && title.length <= 60 ? headingKind(title.trim()) : undefined;
  return !!kind && kind !== 'header';
}

function documentClass(preamble: Node[]): string {
  const dc = preamble.find((n) => isMacro(n, 'documentclass')) as Ast.Macro | undefined;
  const args = dc ? attachedArgs(dc) : [];
  return args.length ? args[args.length - 1].map((n) => (n.type === 'string' ? n.content : '')).join('') : '';
}

class LatexWalker {
  readonly assembler: DocumentAssembler;
  private readonly ctx: RenderContext;
  private line: Node[] = [];
  /** The last table row that opened an entry from a date cell, for the row under it. */
  private datedRow: { entry: Entry; dateCell: MappedText } | undefined;
  private headerNodes: Node[] = [];
  private roles = new Map<string, Role>();
  /** Class commands read as entry headings because a call gave a name and dates: which argument held the dates. */
  private datedHeadingMacros = new Map<string, number>();

  constructor(
    private readonly text: string,
    private readonly defs: Map<string, MacroDefinition>,
    private readonly docClass: string,
  ) {
    this.assembler = new DocumentAssembler(text);
    this.ctx = { defs };
  }

  private get kind(): SectionKind {
    return this.assembler.currentSection.kind;
  }

  walk(list: Node[], depth: number): void {
    for (let i = 0; i < list.length; i++) {
      const node = list[i];
      if (this.kind === 'header' && this.assembler.sections.length === 1) this.headerNodes.push(node);
      if (node.type === 'parbreak') {
        this.flushLine();
        continue;
      }
      if (node.type === 'environment') {
        this.flushLine();
        this.environment(node, depth);
        continue;
      }
      // "\explanationdetail{ \smallskip \coloredbullet\ Built … }": a class's block of hand-made items, each line a bullet.
      if (node.type === 'group' && ENTRY_KINDS.has(this.kind) && this.holdsDashLines(node.content)) {
        this.flushLine();
        this.walk(node.content, depth);
        this.flushLine();
        continue;
      }
      if (node.type === 'group' && someNode(node.content, (n) => this.isStructural(n))) {
        // {\small \item …}: a group around list items is only formatting.
        this.flushLine();
        this.walk(node.content, depth);
        continue;
      }
      if (node.type !== 'macro') {
        if (node.type !== 'comment') this.line.push(node);
        continue;
      }
      i = this.macro(node, list, i, depth);
    }
  }

  /** An argument written as a hand-made list: two or more source lines of it open with a dash or a bullet sign. */
  private holdsDashLines(nodes: Node[]): boolean {
    const starts = this.sourceLineStarts(nodes);
    const signs = nodes.filter((n, k) => isDashSign(n) && (starts[k] || !nodes.slice(0, k).some((p) => !isSpacing(p))));
    // One sign a command prints ("\coloredbullet") opening its source line is an item already; a lone "-"
    // may be a hyphen, and a sign inside an argument on its command's line ("\entry{…}{\textperiodcentered\ Acme}") is decoration.
    return signs.length >= 2 || signs.some((n) => n.type !== 'string' && this.opensSourceLine(n));
  }

  /** Whether only spaces stand between the start of the node's source line and the node. */
  private opensSourceLine(node: Node): boolean {
    const at = startOf(node);
    if (at === undefined) return false;
    const lineStart = this.text.lastIndexOf('\n', at - 1) + 1;
    return !this.text.slice(lineStart, at).trim();
  }

  /** For each node, whether a line break in the source stands between it and the last non-space node before it. */
  private sourceLineStarts(nodes: Node[]): boolean[] {
    let previous: Node | undefined;
    return nodes.map((n) => {
      const starts = previous !== undefined && /\n\s*$/.test(this.text.slice(this.sourceEnd(previous) ?? 0, startOf(n) ?? 0));
      if (!isSpace(n)) previous = n;
      return starts;
    });
  }

  private isStructural(n: Node): boolean {
    return isMacro(n, 'item') || (n.type === 'environment' && LIST_ENVS.test(n.env)) || (n.type === 'macro' && this.roleOf((n as Ast.Macro).content) !== 'inline');
  }

  private environment(node: Ast.Environment, depth: number): void {
    if (LIST_ENVS.test(node.env)) return this.list(node.content, depth + 1);
    // \begin{rSubsection}{Acme}{2020 -- 2022}{Engineer}{City} \item … \end{rSubsection} (resume.cls):
    // an entry environment — two groups or more open it as the entry's heading, its \items are bullets,
    // bare or in a list (\begin{cvsubsection}{Intern}{Acme}{2026} \begin{itemize} … in the McDowell CV).
    const groups: Node[][] = [];
    let at = 0;
    for (; at < node.content.length; at++) {
      const n = node.content[at];
      if (n.type === 'whitespace' || n.type === 'comment') continue;
      if (n.type !== 'group') break;
      groups.push(n.content);
    }
    if (groups.length >= 2 && node.content.slice(at).some((n) => isMacro(n, 'item') || (n.type === 'environment' && LIST_ENVS.test(n.env)))) {
      this.flushLine();
      const lastGroup = node.content.slice(0, at).reverse().find((n) => n.type === 'group');
      this.heading(node.env, groups, { start: startOf(node) ?? 0, end: (lastGroup && endOf(lastGroup)) ?? startOf(node) ?? 0 }, node.content, at - 1);
      return this.list(node.content.slice(at), depth + 1);
    }
    // \begin{cvlist}{Work Experience} (currvita), \begin{rSection}{Experience}: an environment whose
    // first group is a section's title opens that section.
    const firstGroup = node.content.find((n) => n.type !== 'whitespace' && n.type !== 'comment');
    const titled = firstGroup?.type === 'group' && (/section/i.test(node.env) || namesSection(renderText(firstGroup.content, this.ctx, 0).text));
    if (titled) {
      // Templates such as \begin{rSection}{Experience}: the title is the first group.
      const first = node.content.findIndex((n) => n.type !== 'whitespace');
      const title = node.content[first];
      if (title?.type === 'group') {
        this.openSection(title.content, { start: startOf(node) ?? 0, end: endOf(title) ?? startOf(node) ?? 0 });
        return this.walk(node.content.slice(first + 1), depth);
      }
    }
    this.walk(node.content, depth);
  }

  private macro(node: Ast.Macro, list: Node[], i: number, depth: number): number {
    const name = node.content;
    if (name === '\\' || name === 'newline' || name === 'linebreak') {
      this.flushLine();
      return i;
    }
    if (SECTION_MACROS.test(name) || name === 'subsection' || name === 'subsection*') {
      this.flushLine();
      const attached = attachedArgs(node);
      const { args, next } = attached.length ? { args: [], next: i + 1 } : siblingArgs(list, i, 1);
      const title = attached.length ? attached[attached.length - 1] : args[0]?.content ?? [];
      const end = attached.length ? endOf(node) : endOf(args[0] ?? node);
      const range = { start: startOf(node) ?? 0, end: end ?? startOf(node) ?? 0 };
      if (name === 'subsection' && this.kind !== 'header') this.heading(name, [title], range, list, next - 1);
      else this.openSection(title, range);
      return next - 1;
    }
    if (name === 'item') {
      this.flushLine();
      return this.bareItem(list, i, depth);
    }
    if (name === 'begin' || name === 'end') {
      // \begin{itemize} inside a macro body or left unbalanced: a list boundary.
      this.flushLine();
      const { next } = siblingArgs(list, i, 1);
      return next - 1;
    }
    let role = this.roleOf(name);
    // A class's own entry command, defined outside the file ("\entry{dates}{title}{employer}{\begin{itemize}…}"):
    // three arguments or more, one of them a list (or lines opening with "- "), are an entry heading with its description.
    if (role === 'inline' && !this.defs.has(name) && !attachedArgs(node).length) {
      const { args } = siblingArgs(list, i, 6);
      const holdsList = (g: Ast.Group) => someNode(g.content, (n) => isMacro(n, 'item') || (n.type === 'environment' && LIST_ENVS.test(n.env))) || this.holdsDashLines(g.content);
      // Four arguments or more, one of them only a date range ("\entry{2018--2023}{BSc}{Institute}{…}"), are an entry's heading too.
      const texts = args.map((g) => renderText(g.content, this.ctx, 0));
      const dateAt = texts.findIndex(isOnlyDates);
      const dated = dateAt >= 0;
      const entryShaped = args.some(holdsList) || (args.length >= 4 && dated);
      // "\datedexperience{Acme}{May 2026 -- Aug 2026}" opening its source line: a name and its dates are an entry's heading.
      const named = texts.some((t) => !!t.text.trim() && !isOnlyDates(t));
      const namedAndDated = args.length >= 2 && dated && named && this.opensSourceLine(node);
      // The same command with its date left empty ("\datedexperience{High school}{}") heads an entry too:
      // the argument that held the dates is empty, the others are not.
      const emptyAt = this.datedHeadingMacros.get(name);
      const sameAsDated = emptyAt !== undefined && args.length >= 2 && !!texts[emptyAt] && !texts[emptyAt].text.trim() && texts.some((t, k) => k !== emptyAt && !!t.text.trim()) && this.opensSourceLine(node);
      // (Not the Europass classes: their "\ecvitem{Dates}{…}" is a labelled row of a form, read line by line.)
      if ((namedAndDated || sameAsDated) && ENTRY_KINDS.has(this.kind) && !/^europ/i.test(this.docClass)) {
        role = 'heading';
        if (namedAndDated) this.datedHeadingMacros.set(name, dateAt);
      }
      if (args.length >= 3 && entryShaped && !args.slice(0, -1).every((g) => !renderText(g.content, this.ctx, 0).text.trim())) role = 'heading';
    }
    if (role === 'inline') {
      this.line.push(node);
      return i;
    }
    this.flushLine();
    if (role === 'list') return i;
    const def = this.defs.get(name);
    const wanted = def ? Math.max(0, def.params - (def.optionalFirst ? 1 : 0)) : name === 'cventry' ? 6 : 8;
    const attached = attachedArgs(node);
    const { args, next } = attached.length ? { args: [], next: i + 1 } : siblingArgs(list, i, wanted);
    const argNodes = attached.length ? attached : args.map((g) => g.content);
    const range = { start: startOf(node) ?? 0, end: endOf(args[args.length - 1] ?? node) ?? startOf(node) ?? 0 };
    if (role === 'section') this.openSection(argNodes[argNodes.length - 1] ?? [], range);
    else if (role === 'heading') this.heading(name, argNodes, range, list, next - 1);
    else this.bulletMacro(name, def, argNodes, args, range, depth);
    return next - 1;
  }

  /** What a command does in the resume: known names first, else what its definition contains. */
  private roleOf(name: string, seen = 0): Role {
    const cached = this.roles.get(name);
    if (cached) return cached;
    let role: Role = 'inline';
    const def = this.defs.get(name);
    if (def && seen < 3) {
      const has = (test: (n: Node) => boolean) => someNode(def.body, test);
      const nested = (r: Role) => has((n) => isMacro(n) && n.content !== name && this.defs.has(n.content) && this.roleOf(n.content, seen + 1) === r);
      if (has((n) => isMacro(n, /^section\*?$/))) role = 'section';
      // "\newcommand{\sect}[1]{{\large\bfseries #1}\rule{\linewidth}{0.5pt}}": one argument set large
      // or bold over a rule is a hand-made section heading.
      else if (def.params === 1 && has((n) => isMacro(n, /^(?:rule|hrule|hrulefill|titlerule)$/)) && has((n) => isMacro(n, /^(?:large|Large|LARGE|huge|bfseries|scshape|textbf|textsc)$/))) role = 'section';
      else if ((has((n) => isMacro(n, 'item')) || nested('bullet')) && def.params >= 2 && (has(isTabular) || def.params >= 3)) role = 'heading';
      else if (nested('heading')) role = 'heading';
      else if ((has((n) => isMacro(n, 'item')) || nested('bullet')) && def.params >= 1) role = 'bullet';
      else if (def.params === 0 && has((n) => isMacro(n, /^(begin|end)$/) || (n.type === 'environment' && LIST_ENVS.test(n.env)))) role = 'list';
      // A command the file defines and names for its job ("\resheading{Education}" printing a shaded bar,
      // "\ressubheading{Acme}{City}{Intern}{2024}" a table of fields): read by its name when its body says
      // nothing more, one argument a section's title, several an entry's heading.
      else if (/(?:heading|header|title)$/i.test(name) && !/sub/i.test(name) && def.params === 1 && has((n) => isMacro(n, /^(?:large|Large|LARGE|huge|bfseries|scshape|textbf|textsc|section|MakeUppercase)$/))) role = 'section';
      else if (/heading$/i.test(name) && def.params >= 2) role = 'heading';
    } else if (/ListStart$|ListEnd$/i.test(name)) role = 'list';
    else if (/heading$|^cventry$|^cvevent$|^cvdoubleitem$|^resumeEntry|^datedsubsection$|^cvproject|^cvhonor$/i.test(name)) role = 'heading';
    else if (/^resume(Sub)*Item$|^cvlistitem$|^cvitem$/i.test(name)) role = 'bullet';
    this.roles.set(name, role);
    return role;
  }

  private openSection(titleNodes: Node[], range: OffsetRange): void {
    const title = renderText(titleNodes, this.ctx, range.end).text;
    this.assembler.section(headingKind(title) ?? 'other', title, range, range.start);
  }

  /** An entry heading macro: its arguments are organisation, role, dates, location; a last argument with a list is the description. */
  private heading(name: string, args: Node[][], range: OffsetRange, list: Node[], lastIndex: number): void {
    void list;
    void lastIndex;
    const structural = (nodes: Node[]) =>
      someNode(nodes, (n) => isMacro(n, 'item') || (n.type === 'environment' && LIST_ENVS.test(n.env)) || (n.type === 'macro' && ['bullet', 'heading'].includes(this.roleOf((n as Ast.Macro).content)))) ||
      this.holdsDashLines(nodes);
    // moderncv's \cventry{dates}{title}{employer}{city}{grade}{description}; awesome-cv's has 5 arguments.
    const isModernCvEntry = name === 'cventry' && (this.docClass === 'moderncv' || args.length >= 6);
    const descIndex = isModernCvEntry ? 5 : name === 'cventry' && args.length === 5 ? 4 : -1;
    const fields: { text: MappedText; index: number }[] = [];
    args.forEach((nodes, index) => {
      if (index === descIndex || structural(nodes)) return;
      const end = nodes.length ? endOf(nodes[nodes.length - 1]) ?? range.end : range.end;
      fields.push({ text: renderText(nodes, this.ctx, end), index });
    });
    const dateField = fields.find((f) => f.text.text && isOnlyDates(f.text));
    // The start and the end in two arguments ("{Present}{Title}…{Sep 2025}"): one range, neither a text field.
    const endField = dateField && fields.find((f) => f !== dateField && f.text.text && dateRangeFromTwo(dateField.text, f.text));
    const twoFieldDates = endField && dateRangeFromTwo(dateField.text, endField.text);
    const textFields = fields.filter((f) => f !== dateField && f !== endField && f.text.text);
    const heading = joinMapped(fields.filter((f) => f.text.text).map((f) => f.text), range);
    let title = textFields[0]?.text.text.split(/\s+\|\s+/)[0];
    let organisation = textFields[1]?.text.text;
    let role: string | undefined = textFields[1]?.text.text;
    let location: string | undefined = textFields[2]?.text.text;
    // Class-defined entries put the role first: moderncv/awesome-cv \cventry, altacv's
    // \cvevent{role}{organisation}{dates}{location}.
    const roleFirst = name === 'cventry' || name === 'cvevent';
    if (/^resumeSubheading$/i.test(name) || !roleFirst) {
      // Jake's-style \resumeSubheading{organisation}{dates}{role}{location}: the first row is
      // organisation and dates-or-place, the second role and place-or-dates, in whichever order the
      // person put the dates.
      organisation = textFields[0]?.text.text;
      const second = textFields.find((f) => f.index === 2);
      role = (second ?? textFields[1])?.text.text;
      location = textFields.find((f) => f !== textFields[0] && f !== second && f.index !== 0)?.text.text;
      // "{Present}{Research Assistant}{Harlow Lab}…" (awesome-source-cv's \experience): the first text is the job title.
      if (organisation && role && (dateField?.index === 0 || endField?.index === 0) && isRoleTitle(organisation) && !isRoleTitle(role)) [organisation, role] = [role, organisation];
    } else {
      role = textFields[0]?.text.text;
      organisation = textFields[1]?.text.text;
    }
    if (/project/i.test(name)) {
      organisation = title;
      role = undefined;
    }
    // awesome-cv's \cvhonor{award}{issuer or event}{place}{date}: an award or credential, no role.
    if (/^cvhonor$/i.test(name)) {
      organisation = textFields[1]?.text.text;
      role = undefined;
      location = textFields[2]?.text.text;
    }
    title ??= organisation;
    this.assembler.openEntry(
      { heading: { ...heading, range }, title, organisation, role, location, dates: twoFieldDates ?? (dateField ? dateRangeIn(dateField.text) : dateRangeIn(heading)) },
      range,
    );
    const before = this.assembler.bullets.length;
    args.forEach((nodes, index) => {
      if (index === descIndex || structural(nodes)) this.walk(nodes, 0);
    });
    this.flushLine();
    // moderncv one-line items: a description without a list, in a narrative section, reads as a bullet.
    if (descIndex >= 0 && this.assembler.bullets.length === before && NARRATIVE_KINDS.has(this.kind)) {
      const nodes = args[descIndex] ?? [];
      this.addBullet(nodes, 0);
    }
  }

  private bulletMacro(name: string, def: MacroDefinition | undefined, argNodes: Node[][], groups: Ast.Group[], range: OffsetRange, depth: number): void {
    let mapped: MappedText;
    if (def) {
      const body = substitute(def.body, def.optionalFirst ? [[], ...argNodes] : argNodes);
      mapped = renderText(body, this.ctx, range.end);
      // "\resumeItem{}{Worked on …}": with its title left empty the template prints only its own ": "
      // before the text (renders-wrongly reports it); the bullet's words start after it.
      const lead = argNodes.length >= 2 && !renderText(argNodes[0], this.ctx, range.end).text.trim() ? /^[\s:–—-]+/.exec(mapped.text) : null;
      if (lead) mapped = sliceMapped(mapped, lead[0].length, mapped.text.length);
    } else if (/^cvitem$/i.test(name) && argNodes.length >= 2) {
      // moderncv \cvitem{label}{text}: a bullet only in narrative sections, read "label: text".
      if (!NARRATIVE_KINDS.has(this.kind)) return;
      const label = renderText(argNodes[0], this.ctx, range.end);
      const body = renderText(argNodes[1], this.ctx, range.end);
      mapped = label.text ? joinMapped([label, body], range, ': ') : body;
    } else {
      mapped = joinMapped(argNodes.map((a) => renderText(a, this.ctx, range.end)), range, ': ');
    }
    const first = groups[0] ?? undefined;
    const last = groups[groups.length - 1] ?? undefined;
    const content =
      first && last && startOf(first) !== undefined && endOf(last) !== undefined
        ? { start: startOf(first)! + 1, end: endOf(last)! - 1 }
        : { start: mapped.offsets[0] ?? range.start, end: mapped.offsets[mapped.text.length] ?? range.end };
    this.assembler.bullet(mapped, content, /sub/i.test(name) ? depth + 1 : depth, { start: range.start, end: range.start + name.length + 1 });
  }

  /** Items of a list environment (or of one a macro opened). */
  private list(content: Node[], depth: number): void {
    this.walk(content, depth);
    this.flushLine();
  }

  /**
   * An `\item`: inside a list environment the parser attaches its body as the last argument; a bare
   * one (a list opened by a macro) runs to the next \item, list or structural command. The text up
   * to a nested list or structural command is the bullet; the rest is walked.
   */
  private bareItem(list: Node[], i: number, depth: number): number {
    const item = list[i] as Ast.Macro;
    const attachedBody = item.args?.length ? item.args[item.args.length - 1] : undefined;
    let nodes: Node[];
    let last = i;
    if (attachedBody && attachedBody.openMark === '' && attachedBody.content.length) nodes = attachedBody.content;
    else {
      nodes = [];
      let j = i + 1;
      for (; j < list.length; j++) {
        const n = list[j];
        if (isMacro(n, 'item') || isMacro(n, /^(begin|end)$/) || (n.type === 'macro' && SECTION_MACROS.test((n as Ast.Macro).content))) break;
        nodes.push(n);
      }
      last = j - 1;
    }
    const cut = nodes.findIndex((n) => this.isStructural(n) || (n.type === 'group' && someNode(n.content, (x) => this.isStructural(x))));
    const own = cut < 0 ? nodes : nodes.slice(0, cut);
    const marker = { start: startOf(item) ?? 0, end: endOf(item) ?? 0 };
    const mapped = renderText(own, this.ctx, marker.end);
    // "\item[Sep 2020 -- May 2025] Electrician, Acme Ltd." over a nested list (simplecv's topic list, a
    // description list of roles): the item's label and line are an entry heading, its list the bullets.
    const label = cut >= 0 ? item.args?.find((a) => a.openMark === '[' && a.content.length) : undefined;
    const labelText = label ? renderText(label.content, this.ctx, marker.end) : undefined;
    const dated = labelText?.text && mapped.text && dateRangeIn(labelText) ? joinMapped([labelText, mapped], { start: labelText.offsets[0], end: mapped.offsets[mapped.text.length] }) : undefined;
    // tccv's eventlist "\item{Sep 2025 -- present}{Employer, City}{Role}": an item made of brace groups
    // only, one of them dates, is an entry's heading in the groups' order (dates, organisation, role).
    const groups = own.filter((n) => !isSpace(n) && n.type !== 'comment');
    if (!dated && this.kind !== 'header' && groups.length >= 2 && groups.every((n) => n.type === 'group')
      && groups.some((g) => isOnlyDates(renderText((g as Ast.Group).content, this.ctx, 0)))) {
      const range = { start: startOf(item) ?? 0, end: endOf(groups[groups.length - 1]) ?? marker.end };
      this.heading('item', groups.map((g) => (g as Ast.Group).content), range, list, last);
      if (cut >= 0) this.walk(nodes.slice(cut), depth);
      return last;
    }
    if (dated && this.kind !== 'header') {
      const range = { start: dated.offsets[0], end: dated.offsets[dated.text.length] };
      this.assembler.openEntry({ heading: { ...dated, range }, title: mapped.text.split(/,\s*/)[0], dates: dateRangeIn(dated) }, range);
    } else if (mapped.text && this.kind === 'education' && dateRangeIn(mapped)) {
      const range = { start: mapped.offsets[0], end: mapped.offsets[mapped.text.length] };
      this.assembler.openEntry({ heading: { ...mapped, range }, title: mapped.text.split(/\s+[–|-]\s+|,\s*/)[0], dates: dateRangeIn(mapped) }, range);
    } else if (!(cut >= 0 && /:$/.test(mapped.text))) this.addMapped(mapped, depth, marker, own);
    // (An item that only introduces a nested list, "Highlights:", is a label, not a bullet.)
    if (cut >= 0) this.walk(nodes.slice(cut), depth);
    return last;
  }

  private addBullet(nodes: Node[], depth: number, marker?: OffsetRange): void {
    const end = nodes.length ? endOf(nodes[nodes.length - 1]) ?? 0 : 0;
    this.addMapped(renderText(nodes, this.ctx, end), depth, marker, nodes);
  }

  /**
   * `nodes`: the source the text came from. The bullet's range runs to the end of its last node, not of
   * its last printed character, so it never stops inside `\LaTeX`, before the `}` of `\textbf{…}`, the
   * closing `$` of `$|$` or the second hyphen of `--`.
   */
  private addMapped(mapped: MappedText, depth: number, marker?: OffsetRange, nodes: Node[] = []): void {
    if (!mapped.text) return;
    const lastNode = [...nodes].reverse().find((n) => !isSpace(n));
    const nodeEnd = lastNode ? this.sourceEnd(lastNode) : undefined;
    const textEnd = mapped.offsets[mapped.text.length];
    const start = mapped.offsets[0];
    // (Only as far as it closes what the range opened: `\item {text}` keeps the group's brace outside.)
    const end = nodeEnd !== undefined && nodeEnd > textEnd && !closesOuterGroup(this.text, start, nodeEnd) ? nodeEnd : textEnd;
    const range = { start, end };
    this.assembler.bullet(mapped, range, Math.max(0, depth - 1), marker);
  }

  /** Where a node ends in the source, its arguments included (the parser's position stops at a macro's name). */
  private sourceEnd(n: Node, depth = 0): number | undefined {
    const end = endOf(n);
    if (n.type !== 'macro' || !n.args?.length || end === undefined || depth > 20) return end;
    let at = end;
    for (const a of n.args) {
      if (!a.openMark || !a.closeMark) continue;
      const last = a.content.length ? this.sourceEnd(a.content[a.content.length - 1], depth + 1) : undefined;
      const close = this.text.indexOf(a.closeMark, Math.max(at, last ?? at));
      if (close < 0) return at;
      at = close + 1;
    }
    return at;
  }

  /**
   * "\spacedlowsmallcaps{Education}\vspace{1em}": a style command from a package the file loads, its one
   * argument a sibling group (the parser knows nothing of the command), and nothing after it on its
   * source line but spacing. (Not "\cvitem{Skills}{…}" cut at its second argument.) The caller still
   * asks the words to name a section.
   */
  private styledTitle(nodes: Node[]): Node[] | undefined {
    const printed = nodes.filter((n) => !isSpace(n) && n.type !== 'comment' && !isMacro(n, SPACING));
    const [command, argument] = printed;
    if (printed.length !== 2 || command.type !== 'macro' || attachedArgs(command).length || argument.type !== 'group') return undefined;
    const end = this.sourceEnd(argument);
    if (end === undefined) return undefined;
    const lineEnd = this.text.indexOf('\n', end);
    const rest = this.text.slice(end, lineEnd < 0 ? undefined : lineEnd);
    if (!/^(?:\s|\\(?:vspace\*?|hspace\*?|medskip|smallskip|bigskip|par|noindent)\b(?:\{[^{}]*\})?|%.*)*$/.test(rest)) return undefined;
    // A subsection command names an entry ("\runsubsection{Cascade University}"), and a title that only
    // ends in a section's word is an entry's name: the words must be a section's name as they stand.
    if (/sub/i.test((command as Ast.Macro).content) || !exactSectionKindOf(renderText(argument.content, this.ctx, 0).text.trim())) return undefined;
    return boldTitle(argument.content, 1) ?? argument.content;
  }

  /** A paragraph line outside lists: in an entry section, a line with dates opens an entry. */
  flushLine(): void {
    const nodes = this.line;
    this.line = [];
    if (!nodes.length) return;
    // A plain article's headings: a line that is only a bold or large title ("\textbf{EXPERIENCE}\\")
    // naming a resume section opens that section, as \section would.
    const title = boldTitle(nodes) ?? this.styledTitle(nodes);
    if (title) {
      const mapped = renderText(title, this.ctx, endOf(nodes[nodes.length - 1]) ?? 0);
      if (mapped.text && mapped.text.split(/\s+/).length <= 4 && headingKind(mapped.text)) {
        this.openSection(title, { start: startOf(nodes.find((n) => !isSpace(n)) ?? nodes[0]) ?? 0, end: this.sourceEnd(nodes[nodes.length - 1]) ?? 0 });
        return;
      }
    }
    if (this.kind === 'header' || !ENTRY_KINDS.has(this.kind)) return;
    // "- Built … \\" lines in an entry's description (Friggeri's \entry{dates}{title}{org}{…}): each a bullet.
    const items = this.dashItems(nodes);
    if (items) {
      for (const item of items) this.addBullet(item, 1, { start: startOf(item[0]) ?? 0, end: startOf(item[0]) ?? 0 });
      return;
    }
    const end = endOf(nodes[nodes.length - 1]) ?? 0;
    const mapped = renderText(nodes, this.ctx, end);
    const previous = this.datedRow;
    this.datedRow = undefined;
    const dateCell = this.leadingDateCell(nodes, mapped);
    if (previous && dateCell && this.continuesDatedRow(previous, dateCell, nodes)) return;
    const dates = mapped.text.length <= 200 ? dateRangeIn(mapped) ?? (dateCell && isOpenEnd(dateCell.text) ? openEndOnly(dateCell) : undefined) : undefined;
    // "GPA: 3.82/4.00 • Dean's List (Fall 2024, Spring 2025)": a labelled detail of the entry above, whatever dates it holds.
    if (!dates || DETAIL_LABEL.test(mapped.text) || this.isDatedDetail(mapped, dates)) return;
    const range = { start: mapped.offsets[0], end: mapped.offsets[mapped.text.length] };
    const rest = (mapped.text.slice(0, mapped.text.indexOf(dates.raw)) || mapped.text).split(/\s+[|–—]\s+|\s*,\s+/).map((s) => s.trim()).filter(Boolean);
    const entry = this.assembler.openEntry({ heading: { ...mapped, range }, title: rest[0], organisation: rest[1] ?? rest[0], role: rest[0], dates }, range);
    if (dateCell) this.datedRow = { entry, dateCell };
  }

  /**
   * "Graduated from June 2022, thesis defended in October with grade 10": a sentence under a dated entry
   * heading, its date inside the words rather than at either end, tells of the entry above; it opens none.
   */
  private isDatedDetail(mapped: MappedText, dates: DateRange): boolean {
    const entry = this.assembler.currentEntry;
    if (!entry?.dates || entry.bullets.length || entry.section !== this.assembler.currentSection) return false;
    const at = mapped.text.indexOf(dates.raw);
    if (at < 0) return false;
    const words = (t: string) => t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    return words(mapped.text) >= 10 && words(mapped.text.slice(0, at)) >= 1 && words(mapped.text.slice(at + dates.raw.length)) >= 4;
  }

  /** A table row's first cell when it holds only a date or a word for now ("Current & Research Assistant at …"). */
  private leadingDateCell(nodes: Node[], mapped: MappedText): MappedText | undefined {
    if (!nodes.some((n) => n.type === 'string' && n.content === '&')) return undefined;
    const at = mapped.text.indexOf('&');
    if (at <= 0) return undefined;
    const cell = sliceMapped(mapped, 0, at);
    const trimmed = cell.text.trimEnd();
    const text = sliceMapped(cell, 0, trimmed.length);
    return isOpenEnd(trimmed) || isOnlyDates(text) ? text : undefined;
  }

  /**
   * The Plasmati-style two-row dates: "Current & Research Assistant at …" over "Sep 2025 & …", or
   * "Aug 2026 & Intern at …" over "May 2026 & \begin{itemize}". The second row's date is the start of the
   * entry the first row opened, when its other cell is empty or small print (a detail line, not another
   * entry's title) or the first row's date was a word for now.
   */
  private continuesDatedRow(previous: { entry: Entry; dateCell: MappedText }, dateCell: MappedText, nodes: Node[]): boolean {
    const { entry } = previous;
    if (this.assembler.currentEntry !== entry || entry.bullets.length) return false;
    const dates = dateRangeFromTwo(previous.dateCell, dateCell);
    // The upper row holds the end: the lower row's date is where the range starts.
    if (!dates || dates.start === undefined || dates.start !== dateRangeIn(dateCell)?.start) return false;
    const after = nodes.slice(nodes.findIndex((n) => n.type === 'string' && n.content === '&') + 1).filter((n) => !isSpace(n));
    const detail = !after.length || isMacro(after[0], /^(?:footnotesize|small|scriptsize|tiny)$/) || isOpenEnd(previous.dateCell.text);
    if (!detail) return false;
    entry.dates = dates;
    return true;
  }

  /**
   * A line of text written as a list by hand: it opens with a dash or a bullet sign ("- Built …"), and
   * each further source line that opens with one starts another item (LaTeX would print them as one
   * paragraph without `\\`; renders-wrongly says so). The items' nodes, without their signs.
   */
  private dashItems(nodes: Node[]): Node[][] | undefined {
    const first = nodes.findIndex((n) => !isSpacing(n));
    if (!isDashSign(nodes[first]) || !nodes.slice(first + 1).some((n) => !isSpace(n))) return undefined;
    const starts = this.sourceLineStarts(nodes);
    const items: Node[][] = [];
    let current: Node[] | undefined;
    for (const [k, n] of nodes.entries()) {
      if (isDashSign(n) && (k === first || starts[k])) {
        items.push((current = []));
        continue;
      }
      if (current && (current.length || !isSpace(n))) current.push(n);
    }
    const kept = items.filter((item) => item.some((n) => !isSpace(n)));
    return kept.length ? kept : undefined;
  }

  /** Name and contact links: moderncv/awesome-cv commands in the preamble, else the header's largest text and its \href targets. */
  profile(preamble: Node[]): Profile {
    const profile: Profile = {};
    const argText = (m: Ast.Macro, list: Node[], i: number, n: number) => {
      const attached = attachedArgs(m);
      const groups = attached.length ? attached : siblingArgs(list, i, n).args.map((g) => g.content);
      return groups.map((g) => renderText(g, this.ctx, 0).text);
    };
    const scan = (list: Node[], depth = 0) => {
      list.forEach((n, i) => {
        // altacv's \personalinfo{\email{…}\phone{…}}: contact commands inside another command or a group.
        if (depth < 4 && n.type === 'group') scan(n.content, depth + 1);
        if (!isMacro(n)) return;
        const name = n.content;
        if (depth < 4 && !/^(?:newcommand|renewcommand|providecommand|def|DeclareRobustCommand)$/.test(name) && !CONTACT_COMMANDS.test(name)) {
          for (const a of n.args ?? []) scan(a.content, depth + 1);
        }
        if (name === 'name' || name === 'author') profile.name ??= argText(n, list, i, 2).join(' ').trim() || undefined;
        // moderncv's \firstname{…} \familyname{…} (older versions).
        else if (name === 'firstname') firstName = argText(n, list, i, 1)[0];
        else if (name === 'familyname' || name === 'lastname') familyName = argText(n, list, i, 1)[0];
        else if (name === 'email') profile.email ??= argText(n, list, i, 1)[0];
        else if (name === 'phone' || name === 'mobile') profile.phone ??= argText(n, list, i, 1).pop();
        else if (name === 'homepage') profile.website ??= argText(n, list, i, 1)[0];
        else if (name === 'social' || name === 'github' || name === 'linkedin') {
          // \social[github]{name}: the parser does not know \social, so `[github]` follows as plain strings.
          const optional = (n.args ?? []).find((a) => a.openMark === '[');
          const bracket = list[i + 1]?.type === 'string' && (list[i + 1] as Ast.String).content === '[' ? list[i + 2] : undefined;
          const kind = optional
            ? renderText(optional.content, this.ctx, 0).text.toLowerCase()
            : bracket?.type === 'string' ? bracket.content.toLowerCase() : name;
          const value = argText(n, list, i, 1).pop();
          if (kind === 'github' && value) profile.github ??= value;
          if (kind === 'linkedin' && value) profile.linkedin ??= value;
        }
      });
    };
    let firstName: string | undefined;
    let familyName: string | undefined;
    scan(preamble);
    scan(this.headerNodes);
    if (firstName || familyName) profile.name ??= [firstName, familyName].filter(Boolean).join(' ').trim() || undefined;
    // Icons label the header's contacts (\faPhone 555…, \href{…}{\faGlobe site}): what the icon says
    // wins over a guess from the URL, so a GitHub page behind a globe is the website.
    const labelled = iconLabelledContacts(this.headerNodes, (nodes) => renderText(nodes, this.ctx, 0).text);
    profile.phone ??= labelled.phone;
    profile.website ??= labelled.website;
    // Links in the header: mailto:, tel:, LinkedIn, GitHub, else the first one is the website.
    const links: string[] = [];
    const collectLinks = (nodes: Node[]) =>
      someNode(nodes, (n) => {
        if (isMacro(n, /^(href|url)$/)) {
          const args = attachedArgs(n as Ast.Macro);
          if (args.length) links.push(args[0].map((x) => (x.type === 'string' ? x.content : x.type === 'macro' && x.content.length === 1 ? x.content : '')).join(''));
        }
        return false;
      });
    collectLinks(this.headerNodes);
    for (const url of links) {
      if (/^mailto:/i.test(url)) profile.email ??= url.replace(/^mailto:/i, '');
      else if (/^tel:/i.test(url)) profile.phone ??= url.replace(/^tel:/i, '');
      else if (/linkedin\.com/i.test(url)) profile.linkedin ??= url;
      else if (/github\.com/i.test(url)) profile.github ??= url;
      else if (/^(https?:|www\.)/i.test(url)) profile.website ??= url;
    }
    profile.name ??= this.headerName();
    return profile;
  }

  /** The header's name: text set in \Huge/\LARGE/\Large (Jake's \textbf{\Huge \scshape Name}). */
  private headerName(): string | undefined {
    let found: Node[] | undefined;
    const visit = (nodes: Node[], depth: number): void => {
      if (found || depth > 12) return;
      const big = nodes.findIndex((n) => isMacro(n, /^(Huge|huge|LARGE|Large|large|scshape)$/));
      if (big >= 0) {
        found = nodes.slice(big + 1);
        const text = renderText(found, this.ctx, 0).text;
        if (/[\p{L}]/u.test(text) && !/@/.test(text)) return;
        found = undefined;
      }
      for (const n of nodes) {
        if (n.type === 'group' || n.type === 'environment') visit(n.content as Node[], depth + 1);
        else if (n.type === 'macro') for (const a of n.args ?? []) visit(a.content, depth + 1);
      }
    };
    visit(this.headerNodes, 0);
    if (!found) return undefined;
    const text = renderText(found, this.ctx, 0).text;
    return text.split(/\s{2,}|\s*[|]\s*/)[0].trim() || undefined;
  }
}

/** True when [start, end) closes a brace it did not open (escaped braces do not count). */
function closesOuterGroup(text: string, start: number, end: number): boolean {
  let depth = 0;
  for (let i = start; i < end; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth < 0) return true;
  }
  return false;
}

const CONTACT_COMMANDS = /^(?:name|author|firstname|familyname|lastname|email|phone|mobile|homepage|social|github|linkedin)$/;

// Icon commands (fontawesome, marvosym) that say what the contact next to them is.
const PHONE_ICON = /^(?:fa(?:Phone|Mobile|Whatsapp)\w*|Mobilefone|Telefon|mobilesymbol|phonesymbol)$/i;
const WEBSITE_ICON = /^(?:fa(?:Globe\w*|Home|Link|ExternalLink\w*|Chrome|Firefox|Blog|Rss\w*)|Mundus|homepagesymbol)$/i;
const PHONE_DIGITS = /\+?\(?\d[\d\s().-]{5,}\d/;

/**
 * Contacts a header marks with an icon: the number after a phone icon, the link whose text shows a
 * globe or home icon. `\faIcon{phone}` names its icon in an argument; `\raisebox{…}\faPhone` holds it.
 */
function iconLabelledContacts(header: Node[], text: (nodes: Node[]) => string): { phone?: string; website?: string } {
  const found: { phone?: string; website?: string } = {};
  const iconName = (n: Node): string => {
    if (!isMacro(n)) return '';
    if (n.content === 'faIcon') {
      const arg = attachedArgs(n)[0];
      return arg ? `fa${text(arg).replace(/[^a-z]/gi, '')}` : '';
    }
    return n.content;
  };
  const holds = (n: Node, re: RegExp) => re.test(iconName(n)) || someNode([n], (m) => re.test(iconName(m)));
  const visit = (list: Node[], depth: number): void => {
    if (depth > 12) return;
    list.forEach((n, i) => {
      if (!found.phone && !isMacro(n, 'href') && holds(n, PHONE_ICON) && !PHONE_DIGITS.test(text([n]))) {
        // An icon (or a box around one) with the number after it, up to the next link, icon or break.
        const after: Node[] = [];
        for (const m of list.slice(i + 1)) {
          if (isMacro(m, /^(?:href|url|\\|newline)$/) || m.type === 'parbreak' || (m.type === 'macro' && /^fa/.test(iconName(m)))) break;
          after.push(m);
        }
        const digits = PHONE_DIGITS.exec(text(after));
        if (digits) found.phone = digits[0].trim();
      }
      if (isMacro(n, 'href')) {
        const args = attachedArgs(n as Ast.Macro);
        const url = (args[0] ?? []).map((x) => (x.type === 'string' ? x.content : x.type === 'macro' && x.content.length === 1 ? x.content : '')).join('');
        if (url && !found.website && /^(?:https?:|www\.)/i.test(url) && someNode(args[1] ?? [], (m) => WEBSITE_ICON.test(iconName(m)))) found.website = url;
      }
      if (n.type === 'group' || n.type === 'environment') visit(n.content as Node[], depth + 1);
      else if (n.type === 'macro') for (const a of n.args ?? []) visit(a.content, depth + 1);
    });
  };
  visit(header, 0);
  return found;
}

function isTabular(n: Node): boolean {
  return (n.type === 'environment' && /tabular/.test(n.env)) || isMacro(n, /^(begin)$/) || (n.type === 'string' && n.content === '&') || isMacro(n, 'hfill');
}

/** Several mapped texts as one, joined by a separator mapped to where the next part starts. */
function joinMapped(parts: MappedText[], range: OffsetRange, separator = ' | '): MappedText {
  const out = new CharCollector();
  parts.forEach((p, k) => {
    if (k > 0) out.push(separator, p.offsets[0] ?? range.end);
    for (let i = 0; i < p.text.length; i++) out.push(p.text[i], p.offsets[i]);
  });
  const built = out.build(range.end, false);
  return built;
}

export { renderInto };
