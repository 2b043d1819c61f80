// Section kind of a heading in a LaTeX/RenderCV resume. The shared classifier is strict about words it
// does not know; headings in these formats are longer and freer ("Extra-Curricular Activities and
// Positions of Responsibility"), so when it finds no kind, the head noun of the first conjunct — its last
// word — decides, the way a reader parses a noun phrase ("Outreach Activities" → activities).
import type { SectionKind } from '../document/types';
import { normalizeHeading, sectionKindOf } from '../document/section-kinds';

const CONJUNCTION = /^(?:and|or|y|e|et|und|with)$/;

export function headingKind(title: string): SectionKind | undefined {
  const direct = sectionKindOf(title);
  if (direct) return direct;
  const words = normalizeHeading(title).split(/[\s-]+/).filter(Boolean);
  if (!words.length || words.length > 8) return undefined;
  const cut = words.findIndex((w, i) => i > 0 && CONJUNCTION.test(w));
  const first = cut > 0 ? words.slice(0, cut) : words;
  if (first.length > 4) return undefined;
  const head = sectionKindOf(first[first.length - 1]);
  return head && head !== 'header' && head !== 'other' ? head : undefined;
}
