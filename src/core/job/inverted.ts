// A compound written inside out: "the management of configuration, packaging and releasing" names
// configuration management, package management and release management; "tuning of queries" names
// query tuning. The phrase "<head> of <items>" is read as "<item> <head>" for each item of the list,
// and counts only when the taxonomy knows that compound — the taxonomy decides, the grammar proposes.

import { lookupSkill } from '../skills';
import type { SkillMention } from '../skills/types';
import type { Sentence } from './requirements';

/**
 * "<head> of <list>": a head noun, "of", then up to a clause end or a preposition. Case-sensitive:
 * the items are lower-case words (practices), so a list of capitalised names ("of Billing, Search,
 * Payments": product areas) is not read as practices; only the head may open a sentence.
 */
const HEAD_OF_LIST = /\b([A-Za-z][a-z]{3,})\s+of\s+((?:[a-z][a-z-]*)(?:(?:,\s*|\s+)(?:and\s+|or\s+)?[a-z][a-z-]*){0,8})/g;
/** Words that end the list: the sentence goes on ("testing in CI", "models for ranking"). */
const LIST_STOP = /^(?:to|for|in|on|with|by|from|into|across|at|via|using|that|which|while|is|are|the|a|an|our|your|their|its)$/i;
/** Heads that are not a practice ("years of", "knowledge of", "one of"). */
const NOT_A_HEAD = /^(?:years?|months?|knowledge|understanding|experience|familiarity|awareness|ability|some|most|many|none|each|part|lots?|kinds?|types?|sorts?|variety|range|number|degree|level|aspects?|areas?|fields?|principles|fundamentals|basics|concepts|parts?|point)$/i;

/** Noun forms an -ing item may stand for in a compound: "deploying" → deploy, deployment. */
function nounForms(word: string): string[] {
  const m = /^([a-z]+?)(?:ing)$/.exec(word);
  if (!m) return [word];
  const base = m[1];
  return [word, base, `${base}ment`, `${base}ion`, `${base}ation`, `${base}e`];
}

/**
 * The compounds, and the mentions they replace: the bare head ("automation") is part of the compound,
 * not an ask of its own. An item read alone stays ("testing" asks for testing too).
 */
export function findInvertedCompounds(sentence: Sentence, mentions: SkillMention[]): { found: SkillMention[]; replaced: SkillMention[] } {
  const out: SkillMention[] = [];
  const replaced: SkillMention[] = [];
  const taken = (start: number, end: number) => out.some((m) => start < m.end && end > m.start);
  const within = (start: number, end: number) => mentions.filter((x) => x.start >= start && x.end <= end);
  for (const m of sentence.text.matchAll(HEAD_OF_LIST)) {
    const head = m[1].toLowerCase();
    if (NOT_A_HEAD.test(head)) continue;
    const headStart = sentence.start + m.index!;
    const before = out.length;
    let offset = sentence.start + m.index! + m[0].length - m[2].length;
    for (const piece of m[2].split(/(,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)/)) {
      const item = piece.trim();
      if (!item || /^[,\s]*(?:and|or)?\s*$/.test(piece)) {
        offset += piece.length;
        continue;
      }
      const words = item.split(/\s+/);
      const stop = words.findIndex((w) => LIST_STOP.test(w));
      // A single word or a two-word noun phrase; past a preposition the sentence has moved on. A
      // gerund's own object is not part of the compound ("deploying web apps" → deployment).
      const upTo = stop < 0 ? words : words.slice(0, stop);
      const kept = /ing$/.test(upTo[0] ?? '') ? upTo.slice(0, 1) : upTo;
      if (!kept.length || kept.length > 2) break;
      const start = offset + piece.indexOf(item);
      // The end of the last kept word where it stands (the words may be apart by tabs or several spaces).
      const end = start + (kept.length === 1 ? kept[0].length : /^\S+\s+\S+/.exec(item)![0].length);
      const last = kept[kept.length - 1];
      const lead = kept.slice(0, -1).join(' ');
      const skill = nounForms(last)
        .map((form) => lookupSkill(`${lead ? `${lead} ` : ''}${form} ${head}`))
        .find((s) => s && s.kind === 'hard');
      if (skill && !taken(start, end)) {
        out.push({ canonical: skill.name, kind: skill.kind, category: skill.category, start, end, text: sentence.text.slice(start - sentence.start, end - sentence.start), alias: skill.name, exact: false, elided: true });
      }
      if (stop >= 0 || kept.length < upTo.length) break;
      offset += piece.length;
    }
    if (out.length > before) replaced.push(...within(headStart, headStart + m[1].length));
  }
  return { found: out, replaced };
}
