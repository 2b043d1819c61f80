// How much of a resume is about the stack a posting asks for.
//
// Keyword points alone cannot tell apart two resumes that each show the asked language and framework
// once: one whose projects are all backend services in that stack, and one where the stack is a single
// entry among many in another. The stack focus is the share of the resume's experience, project and
// research entries whose bullets or tech line show at least one required or preferred hard skill of
// the posting (named, implied by a more specific skill, or one of an asked category's examples). It
// is counted over entries, not mentions, so repeating a name in one entry does not raise it.

import type { Entry, ResumeDocument, SectionKind } from '../document/types';
import type { ResumeMention } from './resume-skills';
import { entryLabel } from './resume-skills';
import type { KeywordMatch, StackFocus } from './types';

/** Sections whose entries are the person's work. Leadership and activities are left out: a club role is rarely about a stack. */
const WORK_KINDS: ReadonlySet<SectionKind> = new Set<SectionKind>(['experience', 'projects', 'research']);

/** The focus is worth this share of the keyword points (a resume entirely about the stack earns all of it). */
export const FOCUS_SHARE_OF_POINTS = 0.2;

/** A hard skill the posting asks for (required or preferred). */
const isAskedHard = (k: KeywordMatch) => k.kind === 'hard' && k.weight > 0 && k.importance !== 'other';

/** Keywords that decide whether an entry is on the stack: asked hard skills the resume meets. */
export function stackKeywords(keywords: KeywordMatch[]): KeywordMatch[] {
  return keywords.filter((k) => isAskedHard(k) && k.found && !k.narrowed);
}

/**
 * The stack focus of a resume for the matched keywords, worth `maxPoints` (undefined when the posting
 * asks for no required or preferred hard skill, so there is no stack to be focused on).
 */
export function stackFocus(doc: ResumeDocument, keywords: KeywordMatch[], mentions: ResumeMention[], maxPoints: number): StackFocus | undefined {
  if (!keywords.some(isAskedHard)) return undefined;
  const onStack = stackKeywords(keywords);
  const inside = (e: Entry, start: number) => start >= e.range.start && start < e.range.end;
  let entries = 0;
  const labels: string[] = [];
  for (const section of doc.sections) {
    if (!WORK_KINDS.has(section.kind)) continue;
    for (const entry of section.entries) {
      const hasContent = entry.bullets.length > 0 || mentions.some((m) => m.kind === 'hard' && inside(entry, m.start));
      if (!hasContent) continue;
      entries++;
      if (onStack.some((k) => k.locations.some((l) => inside(entry, l.start)))) labels.push(entryLabel(entry));
    }
  }
  const share = entries ? labels.length / entries : 0;
  return { entries, onStack: labels.length, onStackEntries: labels, share: round2(share), points: round2(share * maxPoints), maxPoints: round2(maxPoints) };
}

const round2 = (n: number) => Math.round(n * 100) / 100;
