// Builds src/core/skills/data/stack-overflow.ts: technology names from Stack Overflow's tag list, so
// the taxonomy knows the long tail of products, protocols and platforms that postings name
// ("Ethernet", "OpenWrt", "Azure Functions") without anyone adding them one by one.
//
//   npx tsx scripts/build-so-skills.ts TAGS.csv
//
// TAGS.csv: a Stack Exchange Data Explorer export of the Tags table (Id,TagName,Count,…), e.g. the
// copy kept at github.com/IvannKurchenko/karma-plus-plus, src/main/resources/stackexchange/stackoverflow.csv
// (exported 2021). Stack Exchange content is CC BY-SA 4.0; only tag names are taken.
//
// The rules that decide which tags become skills (general, never per posting):
// - popular: at least MIN_COUNT questions;
// - names, not topics: a single-word tag that is an English word ("caching", "camera", "security")
//   is left out — in prose it is a topic as often as a product name;
// - a multi-word tag is kept when its first word is a technology name (an existing skill or a
//   non-English tag: "cpu-architecture") or it is one coined word ("u-boot"); "error-handling" and
//   "power-management" are topics, not names; a hand-written skill plus English words
//   ("android-build") or plus another hand-written skill ("android-wifi") is left out, since as a
//   longer match it would hide the skill itself;
// - tag names have no word forms: aliases are exact (plus a plural), so "remoting" does not meet "remote";
// - no versions ("python-3.x", "angular-8"), no vendor umbrellas (a tag that prefixes many others,
//   "google", "microsoft", names a company, not a skill), nothing the taxonomy already knows.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGroups, SkillMatcher } from '../src/core/skills';
import { SKILL_GROUPS } from '../src/core/skills';
import { STACK_OVERFLOW } from '../src/core/skills/data/stack-overflow';
import { DEVICON } from '../src/core/skills/data/devicon';
import { ONET_GROUPS } from '../src/core/skills/data/onet';
import { display, dropUnfindable, exactForms, isWordy, skillGroupModule } from './skill-tags';

// SO_MIN_COUNT overrides it for an experiment. Measured 2026-12-05 on posting sets 1–29: at 100 (8,977
// entries instead of 3,073) hard R 0.865 → 0.867, P 0.840 → 0.836; corpus R/P −0.002/−0.006. Kept at 500.
const MIN_COUNT = Number(process.env.SO_MIN_COUNT ?? 500);
/** A single-word tag that starts this many other tags is a vendor or umbrella ("google-…"). */
const VENDOR_PREFIXES = 15;

function parseCsv(text: string): { name: string; count: number }[] {
  const rows: { name: string; count: number }[] = [];
  for (const line of text.split(/\r?\n/).slice(1)) {
    const cells = [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"'));
    if (cells.length < 3) continue;
    rows.push({ name: cells[1], count: Number(cells[2]) });
  }
  return rows;
}

function main() {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: npx tsx scripts/build-so-skills.ts TAGS.csv');
    process.exit(2);
  }
  const tags = parseCsv(readFileSync(file, 'utf8'));
  // The hand-written taxonomy only: generated groups (this script's previous output, devicon's,
  // O*NET's, which is built after this one) must not count as "already known".
  const handWritten = SKILL_GROUPS.filter((g) => g !== STACK_OVERFLOW && g !== DEVICON && !ONET_GROUPS.includes(g));
  const existing = new SkillMatcher(parseGroups(handWritten));
  const prefixCount = new Map<string, number>();
  for (const t of tags) {
    const first = t.name.split('-')[0];
    if (first !== t.name) prefixCount.set(first, (prefixCount.get(first) ?? 0) + 1);
  }
  const popular = tags.filter((t) => t.count >= MIN_COUNT).sort((a, b) => b.count - a.count);
  const knownName = (w: string) => !!existing.lookup(w) || (!isWordy(w) && /^[a-z][a-z0-9.+#]*$/.test(w) && w.length > 1);
  const entries: string[] = [];
  const seen = new Set<string>();
  for (const { name } of popular) {
    if (!/^[a-z][a-z0-9.+#-]*$/.test(name)) continue;
    if (/\d\.\d|\.x$|-\d+(?:\.\d+)*$|^\.net-/.test(name)) continue; // versions
    const parts = name.split('-');
    if (parts.length > 3) continue;
    if (existing.lookup(name) || existing.lookup(parts.join(' '))) continue;
    let entry: string | undefined;
    if (parts.length === 1) {
      if ((prefixCount.get(name) ?? 0) >= VENDOR_PREFIXES) continue;
      if (/^\d/.test(name) || name.length < 3) continue; // "3d", "io": too short to be read as names
      // An English word ("caching", "chromium") names a topic as often as a product: left out.
      if (isWordy(name)) continue;
      entry = exactForms(display(name));
    } else {
      if (parts.some((p) => p.length === 0)) continue;
      // "u-boot", "x-ray": a one-letter first part makes one coined name.
      const coined = parts[0].length === 1 && parts.length === 2 && !isWordy(name.replace('-', ''));
      if (!coined && !knownName(parts[0])) continue;
      // "android-build", "azure-functions": a name plus English words is a topic of that name, and as
      // a longer match it would hide the name itself ("Android wireless networking").
      // Kept when the name is not a hand-written skill ("cpu-architecture"), where it hides nothing.
      if (!coined && existing.lookup(parts[0]) && parts.slice(1).every((p) => isWordy(p) || /^\d/.test(p))) continue;
      // "android-wifi": two skills the taxonomy has are a combination, not a third skill.
      if (!coined && existing.lookup(parts[0]) && parts.slice(1).some((p) => existing.lookup(p))) continue;
      // "u-boot" keeps its hyphen (a one-letter part is not a word); others are written with spaces.
      const words = parts.map((p) => existing.lookup(p)?.name ?? display(p));
      entry = exactForms(parts.some((p) => p.length === 1) ? words.join('-') : words.join(' '));
    }
    const key = entry.split('|')[0].toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    entries.push(entry);
  }
  // Every alias must find its own skill (the taxonomy test checks the same): drop an entry whose
  // name the tokenizer splits ("gtk#") or whose plural is another tag ("datatable" + "datatables").
  dropUnfindable(handWritten, STACK_OVERFLOW, entries);
  entries.sort((a, b) => a.localeCompare(b));
  const header = `// GENERATED by scripts/build-so-skills.ts — do not edit by hand; rerun the script.
//
// Source: Stack Overflow tag names (Stack Exchange Data Explorer export of the Tags table, 2021, as
// kept at github.com/IvannKurchenko/karma-plus-plus src/main/resources/stackexchange/stackoverflow.csv).
// License: Stack Exchange content is CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/);
// attribution: Stack Overflow users. Only tag names are used, filtered by the rules in the script
// (at least ${MIN_COUNT} questions, names rather than English topic words, no versions or vendors, nothing
// the hand-written taxonomy already has). Notation: see ../notation.ts.`;
  const out = skillGroupModule(header, 'STACK_OVERFLOW', { kind: 'hard', category: 'tool' }, entries);
  const target = join(__dirname, '..', 'src', 'core', 'skills', 'data', 'stack-overflow.ts');
  writeFileSync(target, out);
  console.log(`${entries.length} entries from ${tags.length} tags → ${target}`);
}

main();
