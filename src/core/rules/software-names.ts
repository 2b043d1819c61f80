// Where a line names software technology, by the skills taxonomy (core/skills: languages, frameworks,
// databases, cloud and devops tools, with their ambiguity flags), so rules do not keep their own list.
import { HAND_WRITTEN_SKILL_GROUPS, SkillMatcher, parseGroups, type SkillCategory } from '../skills';

/** Taxonomy categories whose members are software one builds with or runs; not data tools (Excel), design tools or concepts. */
const SOFTWARE_CATEGORIES = new Set<SkillCategory>(['language', 'web', 'backend', 'mobile', 'database', 'ml', 'cloud', 'devops', 'testing']);

export interface SoftwareName {
  start: number;
  end: number;
  canonical: string;
  /** Also a plain word or a name ("React", "Swift", "Phoenix"): trust it only in a technical slot. */
  ambiguous: boolean;
}

const memo = new Map<string, SoftwareName[]>();

// The hand-written software groups only, not the generated Stack Overflow and Devicon lists: a matcher
// over them builds in tens of milliseconds instead of ~200 on the first lint.
let matcher: SkillMatcher | undefined;
function softwareMatcher(): SkillMatcher {
  return (matcher ??= new SkillMatcher(parseGroups(HAND_WRITTEN_SKILL_GROUPS.filter((g) => SOFTWARE_CATEGORIES.has(g.category)))));
}

/** The software technologies a text names, ambiguous ones included and flagged. */
export function softwareNames(text: string): SoftwareName[] {
  const hit = memo.get(text);
  if (hit) return hit;
  const found = softwareMatcher()
    .find(text, { kinds: ['hard'], techContext: true, includeElided: false })
    .filter((m) => SOFTWARE_CATEGORIES.has(m.category))
    .map((m) => ({ start: m.start, end: m.end, canonical: m.canonical, ambiguous: !!m.ambiguous || m.text !== m.alias && !m.exact }));
  if (memo.size > 2000) memo.clear();
  memo.set(text, found);
  return found;
}
