// Completion at the start of a bullet in a work section: strong action verbs in the tense the role
// needs — base form for a current role ("Lead"), past tense otherwise ("Led").
import { CompletionItemKind, type CompletionItem, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ResumeDocument, Section, SectionKind } from '../core/document/types';
import { extendLexicon, DEFAULT_LEXICON } from '../core/lexicon';
import type { BulletproofConfig } from '../core/config';
import { pastTense } from '../core/text/inflect';
import { TextShift } from './stale-offsets';

/**
 * Sections whose bullets are accomplishments: the same set as isNarrativeKind (core/document/parse.ts),
 * kept here so the server's main thread does not load the Markdown parser for one comparison
 * (test/server/completion-kinds.test.ts checks that both agree).
 */
export const NARRATIVE_KINDS: ReadonlySet<SectionKind> = new Set<SectionKind>(['experience', 'projects', 'research', 'leadership']);

/** Line text before the cursor: a list marker (or pasted glyph) and at most one partial word. */
const BULLET_START = /^[ \t]*(?:[-*+]|\d{1,9}[.)]|[•●▪■◦·‣►▸➢➤–—])[ \t]+([A-Za-z][A-Za-z-]*)?$/;

/** `parsed` may be of an older version than `doc` (the last lint result): the cursor is mapped into its text. */
export function verbCompletions(doc: TextDocument, parsed: ResumeDocument, config: BulletproofConfig, position: Position): CompletionItem[] {
  const before = doc.getText({ start: { line: position.line, character: 0 }, end: position });
  const m = BULLET_START.exec(before);
  if (!m) return [];
  const offset = new TextShift(parsed.text, doc.getText()).toLinted(doc.offsetAt(position));
  const section = sectionAt(parsed, offset);
  if (!section || !NARRATIVE_KINDS.has(section.kind)) return [];
  const current = isCurrentRole(section, offset);
  const typed = m[1] ?? '';
  const replace = { start: { line: position.line, character: position.character - typed.length }, end: position };
  const verbs = [...new Set(extendLexicon(DEFAULT_LEXICON, config.words).strongVerbs.map((v) => v.toLowerCase()))].sort();
  const tense = current ? 'present tense: current role' : 'past tense';
  return verbs.map((base, i) => {
    const word = capitalize(current ? base : pastTense(base));
    return {
      label: word,
      kind: CompletionItemKind.Keyword,
      detail: `Strong action verb (${tense})`,
      sortText: String(i).padStart(5, '0'),
      filterText: word,
      textEdit: { range: replace, newText: word },
    };
  });
}

function sectionAt(doc: ResumeDocument, offset: number): Section | undefined {
  // Sections tile the document, so the last one starting before the cursor holds it.
  return [...doc.sections].reverse().find((s) => s.range.start <= offset);
}

/** The role the cursor is under: the last entry of the section that starts before it. */
function isCurrentRole(section: Section, offset: number): boolean {
  const entry = [...section.entries].reverse().find((e) => e.range.start <= offset);
  return entry?.dates?.current ?? false;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
