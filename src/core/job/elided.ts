// Products written without their platform's name once the platform has been named: "deploys to
// Azure with Functions and Logic Apps", "AWS (Lambda, Glue)". A capitalised word after a platform
// mention in the same sentence counts as that platform's product when the taxonomy knows the
// joined name ("Azure Functions") — the taxonomy decides, so "using Teams" after Azure adds nothing
// unless "Azure Teams" is a skill.

import { lookupSkill } from '../skills';
import type { SkillMention } from '../skills/types';
import type { Sentence } from './requirements';

const CAPITALISED = /\b[A-Z][A-Za-z0-9]*(?:\s+[A-Z][A-Za-z0-9]*)?/g;

export function findElidedProducts(sentence: Sentence, mentions: SkillMention[]): SkillMention[] {
  const platforms = mentions.filter((m) => m.kind === 'hard' && !m.elided);
  if (!platforms.length) return [];
  const out: SkillMention[] = [];
  // Which characters of the sentence a mention already holds, and the platforms in the order they end:
  // read once, so a sentence of thousands of words costs linear time, not words × mentions.
  const held = new Uint8Array(sentence.text.length);
  const hold = (m: { start: number; end: number }) => held.fill(1, Math.max(0, m.start - sentence.start), Math.max(0, m.end - sentence.start));
  for (const m of mentions) hold(m);
  const taken = (start: number, end: number) => held.subarray(start - sentence.start, end - sentence.start).includes(1);
  const byEnd = [...platforms].sort((a, b) => a.end - b.end);
  let ended = 0;
  for (const w of sentence.text.matchAll(CAPITALISED)) {
    const start = sentence.start + w.index!;
    while (ended < byEnd.length && byEnd[ended].end <= start) ended++;
    // One or two words: "Cloud Services" and "Queues" alike; the longer reading first.
    const words = w[0].split(/\s+/);
    for (const n of words.length > 1 ? [2, 1] : [1]) {
      const text = words.slice(0, n).join(' ');
      const end = start + (n === 1 ? words[0].length : w[0].length);
      if (taken(start, end)) continue;
      // The platform named last before this word (the one that ends last; of two ending together, the later one).
      const platform = ended ? byEnd[ended - 1] : undefined;
      if (!platform) break;
      const skill = lookupSkill(`${platform.canonical} ${text}`);
      if (!skill || skill.name.toLowerCase() === platform.canonical.toLowerCase() || skill.kind !== 'hard') continue;
      if (!skill.name.toLowerCase().startsWith(platform.canonical.toLowerCase() + ' ')) continue;
      out.push({ canonical: skill.name, kind: skill.kind, category: skill.category, start, end, text, alias: skill.name, exact: false, elided: true });
      hold({ start, end });
      break;
    }
  }
  return out;
}
