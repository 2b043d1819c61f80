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
  const taken = (start: number, end: number) => [...mentions, ...out].some((m) => start < m.end && end > m.start);
  for (const w of sentence.text.matchAll(CAPITALISED)) {
    const start = sentence.start + w.index!;
    // One or two words: "Cloud Services" and "Queues" alike; the longer reading first.
    const words = w[0].split(/\s+/);
    for (const n of words.length > 1 ? [2, 1] : [1]) {
      const text = words.slice(0, n).join(' ');
      const end = start + (n === 1 ? words[0].length : w[0].length);
      if (taken(start, end)) continue;
      const platform = [...platforms].reverse().find((p) => p.end <= start);
      if (!platform) break;
      const skill = lookupSkill(`${platform.canonical} ${text}`);
      if (!skill || skill.name.toLowerCase() === platform.canonical.toLowerCase() || skill.kind !== 'hard') continue;
      if (!skill.name.toLowerCase().startsWith(platform.canonical.toLowerCase() + ' ')) continue;
      out.push({ canonical: skill.name, kind: skill.kind, category: skill.category, start, end, text, alias: skill.name, exact: false, elided: true });
      break;
    }
  }
  return out;
}

/** A list item that is a name: one or two capitalised words ("Queues", "Cloud Services"). */
const PRODUCT_NAME = /^[A-Z][A-Za-z0-9]*(?:\s+[A-Z][A-Za-z0-9]*)?$/;
const ITEM_SEPARATOR = /\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+/g;

/**
 * The other names in the list of a platform's products ("built on Azure with Functions, Cosmos DB,
 * Event Grid and Relays"): once one item is that platform's product by the taxonomy (an elided mention), a
 * bare capitalised item beside it in the same list is another one, named with the platform ("Azure
 * Queues") even when the taxonomy lacks it. The list runs over names only; a phrase ends it.
 */
export function findListedProducts(sentence: Sentence, mentions: SkillMention[]): { keyword: string; start: number; end: number }[] {
  const elided = mentions.filter((m) => m.elided && m.kind === 'hard' && m.canonical.endsWith(` ${m.text}`));
  if (!elided.length) return [];
  const items: { text: string; start: number; end: number }[] = [];
  let last = 0;
  for (const m of sentence.text.matchAll(ITEM_SEPARATOR)) {
    items.push({ text: sentence.text.slice(last, m.index!), start: sentence.start + last, end: sentence.start + m.index! });
    last = m.index! + m[0].length;
  }
  items.push({ text: sentence.text.slice(last), start: sentence.start + last, end: sentence.start + sentence.text.length });
  const out: { keyword: string; start: number; end: number }[] = [];
  // Taken by another reading, unless a generic concept (a lower-case canonical name) reads exactly the
  // item ("Cloud Services" as cloud computing): in the platform's list it is the platform's product.
  const covered = (start: number, end: number) => mentions.some((m) => start < m.end && end > m.start && !(m.start === start && m.end === end && /^[a-z]/.test(m.canonical)));
  for (const product of elided) {
    const platform = product.canonical.slice(0, product.canonical.length - product.text.length - 1);
    const at = items.findIndex((i) => i.start <= product.start && product.end <= i.end);
    if (at < 0) continue;
    for (const step of [-1, 1]) {
      for (let k = at + step; k >= 0 && k < items.length; k += step) {
        const name = items[k].text.trim().replace(/[.!?]$/, '');
        if (!PRODUCT_NAME.test(name)) break;
        const start = items[k].start + items[k].text.indexOf(name);
        const end = start + name.length;
        if (!covered(start, end) && !out.some((o) => o.start === start)) out.push({ keyword: `${platform} ${name}`, start, end });
      }
    }
  }
  return out;
}
