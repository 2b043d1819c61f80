// The skills taxonomy and its matcher: `findSkills(text)` returns every skill mention with exact
// offsets; `lookupSkill(name)` maps a name or alias to its canonical skill.

import { parseGroups } from './notation';
import { SkillMatcher } from './matcher';
import type { FindSkillsOptions, Skill, SkillGroup, SkillMention } from './types';
import { BACKEND, LANGUAGES, MOBILE, WEB } from './data/software';
import { DATA, DATABASES, MACHINE_LEARNING } from './data/data';
import { CLOUD, DEVOPS, NETWORKING, SECURITY, SYSTEMS } from './data/infrastructure';
import { CONCEPTS, DESIGN, DOMAINS, EMBEDDED, PRACTICES, TESTING, TOOLS } from './data/engineering';
import { DISCIPLINES } from './data/disciplines';
import { SOFT_SKILLS } from './data/soft';
import { BROADER, BROADER_BY_CATEGORY } from './data/broader';
import { STACK_OVERFLOW } from './data/stack-overflow';
import { DEVICON } from './data/devicon';
import { ONET_GROUPS } from './data/onet';
import { ASKED } from './data/asked';
import { PRACTICE_OF_TOOLS } from './data/practices';

export type { Alias, FindSkillsOptions, Skill, SkillCategory, SkillGroup, SkillKind, SkillMention } from './types';
export { SkillMatcher } from './matcher';
export { parseEntry, parseGroups } from './notation';
export { tokenize, type Token } from './tokenize';
export { stem } from './stem';
export { PRACTICE_OF_TOOLS, type PracticeOfTools } from './data/practices';

/** The hand-written groups (no generated public-data lists): a smaller matcher for rules that need only these. */
export const HAND_WRITTEN_SKILL_GROUPS: readonly SkillGroup[] = [
  LANGUAGES,
  WEB,
  BACKEND,
  MOBILE,
  DATABASES,
  DATA,
  MACHINE_LEARNING,
  CLOUD,
  DEVOPS,
  SYSTEMS,
  NETWORKING,
  SECURITY,
  PRACTICES,
  CONCEPTS,
  TESTING,
  TOOLS,
  DESIGN,
  EMBEDDED,
  DOMAINS,
  DISCIPLINES,
  SOFT_SKILLS,
];

export const SKILL_GROUPS: readonly SkillGroup[] = [
  ...HAND_WRITTEN_SKILL_GROUPS,
  // Generated from public data, last so that the hand-written entries above win any shared alias.
  STACK_OVERFLOW,
  DEVICON,
  // O*NET's technology and tool examples (trades, labs, plants, finance): after every other source, so
  // the names above keep their canonical spelling wherever an O*NET name overlaps them.
  ...ONET_GROUPS,
  // The methods, standards and practices two or more annotated blind posting sets asked for and the
  // lists above lack (scripts/build-asked-skills.ts): last, so every other source keeps its spelling.
  ASKED,
];

let defaultMatcher: SkillMatcher | undefined;

/** The built-in taxonomy's matcher, built on first use (a few milliseconds) and shared. */
export function getSkillMatcher(): SkillMatcher {
  return (defaultMatcher ??= new SkillMatcher(parseGroups([...SKILL_GROUPS])));
}

/** A matcher over the built-in taxonomy plus extra entries in the same notation (user config). */
export function createSkillMatcher(extra: SkillGroup[] = []): SkillMatcher {
  return new SkillMatcher(parseGroups([...SKILL_GROUPS, ...extra]));
}

export const allSkills = (): readonly Skill[] => getSkillMatcher().skills;

export function findSkills(text: string, options?: FindSkillsOptions): SkillMention[] {
  return getSkillMatcher().find(text, options);
}

export function lookupSkill(name: string): Skill | undefined {
  return getSkillMatcher().lookup(name);
}

let broaderIndex: Map<string, string[]> | undefined;

/**
 * Umbrella skills a specific skill shows: PostgreSQL → databases, relational databases, SQL; and the
 * practice a tool is for (data/practices.ts): GDB → debugging.
 */
export function broaderSkills(canonical: string): string[] {
  if (!broaderIndex) {
    const index = new Map<string, Set<string>>();
    const add = (specific: string, umbrella: string) => {
      if (specific === umbrella) return;
      const set = index.get(specific) ?? new Set<string>();
      set.add(umbrella);
      index.set(specific, set);
    };
    for (const [umbrella, specifics] of Object.entries(BROADER)) for (const s of specifics) add(s, umbrella);
    for (const { practice, tools } of PRACTICE_OF_TOOLS) for (const tool of tools) add(tool, practice);
    for (const [umbrella, categories] of Object.entries(BROADER_BY_CATEGORY)) {
      for (const skill of allSkills()) if (categories.includes(skill.category)) add(skill.name, umbrella);
    }
    broaderIndex = new Map([...index].map(([k, v]) => [k, [...v]]));
  }
  return broaderIndex.get(canonical) ?? [];
}
