// Acronyms a posting defines: "Statistical Process Control (SPC)", "Geometric Dimensioning and
// Tolerancing (GD&T)". When the letters in the parentheses are the initials of the words right before
// them, the writer has named a concept and given it a short form; in a requirement sentence that
// concept is a skill asked for, whether or not the taxonomy knows it. Later bare uses of the acronym
// in the same posting ("SPC charts") are the same concept. Read from the shape of the text, no list
// of skills: an acronym whose letters do not line up with the words before it ("(US)", "(optional)",
// "(5+ years)", "(e.g. Jira)") defines nothing.

import type { OffsetRange } from '../types';
import { expansionBefore, lettersOf } from '../text/acronyms';
import type { Sentence } from './requirements';
import type { PhraseMention } from './phrases';

export interface AcronymDefinition {
  /** The short form as written: "GD&T", "SPC". */
  acronym: string;
  /** The words it stands for, as written: "Geometric Dimensioning and Tolerancing". */
  expansion: string;
  /** Offsets of the expansion in the text (the parenthesis follows it). */
  start: number;
  end: number;
}

/** "(SPC)", "(GD&T)", "(CI/CD)", "(KPIs)": two to eight capitals, with "&", "/", "-" or digits inside. */
const PAREN_ACRONYM = /\(([A-Z][A-Za-z0-9&/-]{1,11})\)/g;
/**
 * Short forms that name places, degrees or employers rather than knowledge: an organisation's name
 * ("Canadian Armed Forces (CAF)", "Ontario Medical Association (OMA)") ends in a word of this kind.
 */
const NOT_KNOWLEDGE_HEAD =
  /^(?:forces?|association|institute|institution|council|department|university|college|school|agency|society|board|commission|organi[sz]ation|corporation|company|corp|inc|ltd|llc|group|foundation|ministry|office|bureau|centre|center|authority|union|states|kingdom|nations|government|administration|program|programme|team|partners|hospital|clinic|network|laborator(?:y|ies)|bank|fund|engineer|developer|manager|analyst|scientist|intern|specialist|architect|officer|director|lead|coordinator|technician|assistant|representative|consultant|permit|visa|opportunity|opportunities|employer|average|equivalent)$/i;
/**
 * Sentences about who may apply rather than what they know ("a Grade Point Average (GPA) of 3.0",
 * "a Post-Graduation Work Permit (PGWP)"): their defined terms are conditions, not skills.
 */
const ELIGIBILITY = /\b(?:graduat\w*|degree|enrol(?:l?ed|l?ment)|year of study|semester|authori[sz]ed|authori[sz]ation|sponsorship|visa|citizens?|citizenship|permit|clearance|grade point|GPA|equal (?:employment )?opportunit(?:y|ies)|employment equity|accommodations?)\b/i;
/** Degrees and credentials are who may apply, not what they know (requirements.ts reads them). */
const DEGREE_WORD = /^(?:bachelor|master|doctor|associate|diploma|certificate|degree)s?$/i;

/** Every acronym the text defines by spelling it out right before it. */
export function findAcronymDefinitions(text: string, from = 0, to = text.length): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  PAREN_ACRONYM.lastIndex = 0;
  for (const m of text.slice(from, to).matchAll(PAREN_ACRONYM)) {
    const acronym = m[1];
    const letters = lettersOf(acronym);
    if (!letters) continue;
    const at = from + m.index!;
    const span = expansionBefore(text, at, letters);
    if (!span) continue;
    const expansion = text.slice(span.start, span.end).replace(/\s+/g, ' ');
    const words = expansion.split(/[\s/-]+/);
    const head = words[words.length - 1];
    // One word is no expansion ("JavaScript (JS)" is a name and its nickname, which the taxonomy has).
    if (words.length < 2 || NOT_KNOWLEDGE_HEAD.test(head) || NOT_KNOWLEDGE_HEAD.test(head.replace(/s$/, '')) || words.some((w) => DEGREE_WORD.test(w))) continue;
    // Proper names: every word capitalised and the acronym a known place or body is left to the
    // employer and address readers; an expansion in capitals ("ACME CORP (AC)") is a name, not a term.
    if (words.every((w) => /^[A-Z0-9&]+$/.test(w))) continue;
    out.push({ acronym, expansion, start: span.start, end: span.end });
  }
  return out;
}

/** A bare use of a defined acronym: the exact capitals as a whole word, optionally plural. */
function usesOf(acronym: string, text: string): RegExp {
  const escaped = acronym.replace(/[.*+?^${}()|[\]\\/&-]/g, (c) => (c === '&' || c === '-' ? c : `\\${c}`));
  return new RegExp(`(?<![A-Za-z0-9&/-])${escaped}s?(?![A-Za-z0-9&-])`, 'g');
}

/** Written as a phrase (lower case) unless a word has a name's shape: "SystemVerilog Assertions". */
const keywordOf = (expansion: string) => (/[a-z0-9][A-Z]|[0-9]/.test(expansion) ? expansion : expansion.toLowerCase());

const overlaps = (r: OffsetRange, start: number, end: number) => start < r.end && end > r.start;

/**
 * Reads the requirement sentences of one posting in order: each acronym defined in one of them is a
 * skill concept named by its expansion (a resume may show it by either form), and each later bare
 * use in a requirement sentence is the same concept. Nothing the taxonomy already matched there, and
 * nothing in the ranges to skip (the employer's name, an address), is read again. `read` returns the
 * sentence's phrase mentions (phrases.ts) with these added, less the phrases an expansion replaces.
 */
export class AcronymReader {
  private readonly defined = new Map<string, string>(); // acronym → keyword

  read(sentence: Sentence, covered: OffsetRange[], skip: OffsetRange[] = [], phrases: PhraseMention[] = []): PhraseMention[] {
    const out: PhraseMention[] = [];
    const definitions = (ELIGIBILITY.test(sentence.text) ? [] : findAcronymDefinitions(sentence.text)).map((d) => ({ ...d, start: d.start + sentence.start, end: d.end + sentence.start }));
    // Phrases read inside an expansion are its pieces ("failure mode", "effects analysis" of "Failure
    // Mode and Effects Analysis (FMEA)"): the definition names the whole concept instead.
    const within = (p: PhraseMention) => definitions.some((d) => p.start >= d.start && p.end <= d.end && !covered.some((r) => r.start <= d.start && r.end >= d.end));
    const kept = phrases.filter((p) => !within(p));
    const taken = (start: number, end: number) => [...covered, ...skip, ...kept, ...out].some((r) => overlaps(r, start, end));
    for (const d of definitions) {
      const parenAt = sentence.text.indexOf(`(${d.acronym})`, d.end - sentence.start);
      const acronymStart = sentence.start + parenAt + 1;
      // A longer phrase read there already ("statistical process control (SPC) charts") names the
      // concept; later uses of the acronym are that phrase.
      const phrase = kept.find((p) => overlaps(p, d.start, d.end) && !/[()]/.test(p.keyword));
      if (phrase && !this.defined.has(d.acronym)) this.defined.set(d.acronym, phrase.keyword);
      // The taxonomy knows it under either form: its own reading stands. A skill inside the expansion
      // ("SystemVerilog" in "SystemVerilog Assertions (SVA)") is a modifier of a longer concept.
      const whole = covered.some((r) => r.start <= d.start && r.end >= d.end);
      const elsewhere = [...skip, ...kept, ...out].some((r) => overlaps(r, d.start, d.end));
      if (whole || elsewhere || taken(acronymStart, acronymStart + d.acronym.length)) continue;
      const keyword = this.defined.get(d.acronym) ?? keywordOf(d.expansion);
      this.defined.set(d.acronym, keyword);
      out.push({ keyword, examples: [d.acronym], start: d.start, end: d.end, source: 'phrase' });
    }
    for (const [acronym, keyword] of this.defined) {
      for (const m of sentence.text.matchAll(usesOf(acronym, sentence.text))) {
        const start = sentence.start + m.index!;
        const end = start + m[0].length;
        // The definition's own parenthesis is part of the mention already.
        if (sentence.text[m.index! - 1] === '(' && sentence.text[m.index! + m[0].length] === ')' && out.some((o) => o.keyword === keyword && o.end <= start && start - o.end <= 2)) continue;
        if (taken(start, end)) continue;
        out.push({ keyword, examples: [acronym], start, end, source: 'phrase' });
      }
    }
    return [...kept, ...out];
  }
}
