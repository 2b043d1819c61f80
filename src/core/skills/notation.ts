// The compact notation the taxonomy data is written in, one string per skill:
//
//   "Canonical name|alias|alias"
//
// Alias prefixes:  ^  case-sensitive ("^Angular")
//                  ?  case-sensitive and only in a technical context ("?Go", "?Swift", "?R")
//                  !  no word-form folding ("!networking" must not match "network")
//                  ~  only in a technical context, any case: a product name that is also a person's
//                     or place's name ("~Akka", "~Talos"), whose capitalisation in text varies
// A `*` word inside an alias stands for at most one word ("automating * deployments").
// The canonical name is an alias too (any case, word forms folded), unless a listed alias spells
// it exactly, which lets "?Go" replace the plain "Go". Aliases of one or two letters ("AI", "QA") are always
// case-sensitive so that "it", "qa" or "ai" in prose never match.

import { derivedInstrumentForms, derivedNounForms } from './derive';
import type { Alias, Skill, SkillGroup } from './types';

function parseAlias(raw: string): Alias {
  let text = raw.trim();
  let caseSensitive = false;
  let needsContext = false;
  let noStem = false;
  for (;;) {
    const flag = text[0];
    if (flag === '^') caseSensitive = true;
    else if (flag === '?') caseSensitive = needsContext = true;
    else if (flag === '!') noStem = true;
    else if (flag === '~') needsContext = true;
    else break;
    text = text.slice(1);
  }
  if (/^[\p{L}\p{N}]{1,2}$/u.test(text)) caseSensitive = true;
  // "A-Star", "A-Frame": a name led by the letter that is also the article reads as "a star" in prose
  // ("a star schema", "a frame of reference"), so only the name's own capitals match.
  if (/^[AI]-\p{L}/u.test(text)) caseSensitive = true;
  // Acronyms ("SHAP", "NER") are not words with forms: "shaping" must not match "SHAP".
  if (/^[A-Z0-9]{2,6}$/.test(text) && /[A-Z]/.test(text)) noStem = true;
  return { text, caseSensitive, needsContext, noStem };
}

export function parseEntry(entry: string, group: Pick<SkillGroup, 'kind' | 'category'>): Skill {
  const [name, ...rest] = entry.split('|');
  const aliases = rest.filter((a) => a.trim() !== '').map(parseAlias);
  // The canonical name may carry alias flags ("!initiative": no word-form folding); they belong to
  // the alias, not to the name shown in reports.
  const own = parseAlias(name);
  const canonical = own.text;
  if (!aliases.some((a) => a.text === canonical)) {
    aliases.unshift(own);
  }
  return { name: canonical, kind: group.kind, category: group.category, aliases };
}

export function parseGroups(groups: SkillGroup[]): Skill[] {
  const skills: Skill[] = [];
  for (const group of groups) for (const entry of group.entries) skills.push(parseEntry(entry, group));
  addDerivedForms(skills);
  return skills;
}

/**
 * Soft skills also answer to the noun forms of their adjectival aliases ("proactive" → "proactivity"),
 * and hard skills named as a technique to its instrument ("ion chromatography" → "ion chromatograph";
 * derive.ts), unless some skill already has that alias. The canonical name is a noun already.
 */
function addDerivedForms(skills: Skill[]): void {
  const taken = new Set(skills.flatMap((s) => s.aliases.map((a) => a.text.toLowerCase())));
  for (const skill of skills) {
    // Hard skills named as a technique also answer to its instrument ("ion chromatograph").
    if (skill.kind === 'hard') {
      for (const alias of [...skill.aliases]) {
        for (const form of derivedInstrumentForms(alias.text)) {
          // An instrument listed as a skill of its own ("flow cytometers") keeps its name.
          const lower = form.toLowerCase();
          if (taken.has(lower) || taken.has(`${lower}s`)) continue;
          taken.add(lower);
          skill.aliases.push({ ...alias, text: form });
        }
      }
      continue;
    }
    if (skill.kind !== 'soft') continue;
    for (const alias of [...skill.aliases]) {
      if (alias.text === skill.name) continue;
      for (const form of derivedNounForms(alias.text)) {
        if (taken.has(form.toLowerCase())) continue;
        taken.add(form.toLowerCase());
        skill.aliases.push({ ...alias, text: form });
      }
    }
  }
}
