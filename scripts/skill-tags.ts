// Shared by the scripts that turn lists of technology names into taxonomy entries
// (build-so-skills.ts: Stack Overflow tags; build-devicon-skills.ts: devicon's icon list;
// build-asked-skills.ts: what the blind posting sets asked for). Each
// generated group keeps the same rules: names rather than English topic words, exact spellings,
// and every alias must find its own skill.

import { parseGroups, SkillMatcher } from '../src/core/skills';
import type { SkillGroup } from '../src/core/skills';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const english = new Set<string>(require('an-array-of-english-words') as string[]);

/** An English word: in prose it names a topic as often as a product ("caching", "harbor"). */
export const isWordy = (w: string) => /^[a-z]+$/.test(w) && english.has(w);

/** Display spelling: short consonant clusters are acronyms ("usb" → USB), others capitalised. */
export function display(part: string): string {
  if (/^[a-z]{1,3}$/.test(part) || (/^[a-z]{2,5}$/.test(part) && !/[aeiouy]/.test(part))) return part.toUpperCase();
  return part[0].toUpperCase() + part.slice(1);
}

/** "Ethernet" → "Ethernet|!Ethernet|!Ethernets": exact spelling and plural, no stemming. */
export function exactForms(name: string): string {
  const plural = /[sx]$|[^a-z]$/i.test(name) ? '' : `|!${name}s`;
  return `${name}|!${name}${plural}`;
}

/**
 * Drops, in place, every entry with an alias that does not find its own skill when `entries` are
 * added to `base` as `group` (the taxonomy test checks the same): a name the tokenizer splits
 * ("gtk#") or whose plural is another entry ("datatable" + "datatables").
 */
export function dropUnfindable(base: readonly SkillGroup[], group: SkillGroup, entries: string[]): void {
  for (let round = 0; round < 5; round++) {
    const matcher = new SkillMatcher(parseGroups([...base, { ...group, entries }]));
    const bad = new Set<string>();
    for (const skill of matcher.skills.slice(matcher.skills.length - entries.length)) {
      for (const alias of skill.aliases) {
        const whole = matcher.find(alias.text, { techContext: true, includeElided: false }).find((m) => m.start === 0 && m.end === alias.text.length);
        if (!whole || whole.canonical !== skill.name) bad.add(skill.name);
      }
    }
    if (!bad.size) break;
    for (let k = entries.length - 1; k >= 0; k--) if (bad.has(entries[k].split('|')[0])) entries.splice(k, 1);
  }
}

/**
 * The text of a generated taxonomy module under src/core/skills/data: its header comment (source,
 * license, the rules applied), then the group as `export const <name>`, one entry a line.
 */
export function skillGroupModule(header: string, name: string, group: Pick<SkillGroup, 'kind' | 'category'>, entries: readonly string[]): string {
  return `${header}
import type { SkillGroup } from '../types';

export const ${name}: SkillGroup = {
  kind: '${group.kind}',
  category: '${group.category}',
  entries: [
${entries.map((e) => `    ${JSON.stringify(e)},`).join('\n')}
  ],
};
`;
}
