// Builds src/core/skills/data/devicon.ts: technology names from devicon's list of developer icons,
// a maintained list (updated through 2025) that knows products newer than the 2021 Stack Overflow
// tag export behind data/stack-overflow.ts ("DuckDB", "Tauri", "Zustand").
//
//   npx tsx scripts/build-devicon-skills.ts DEVICON.json [COMMIT] [DATE]
//
// DEVICON.json: devicon.json from github.com/devicons/devicon (MIT license); COMMIT and DATE are
// written into the generated file's header so the data can be traced.
//
// The rules that decide which icons become skills (general, never per posting), those of
// build-so-skills.ts where they apply:
// - names, not topics: a name that is an English word ("harbor", "ghost", "sanity") is left out;
// - exact spelling, no plural (product names are not pluralised; a plural could be a person's name);
// - no companies and sites: an icon tagged as a brand, company, social site, website, chat or sign-in
//   provider ("facebook", "behance") names a vendor or a place, not a skill, and so does a name other
//   icons use as a tag ("jetbrains", "google": an umbrella);
// - one written form per name: devicon squashes names ("raspberrypi"), so a name is kept when it is
//   one word, or when an alternative name spells it out letter for letter ("pfSense"); a name
//   ending in "js" is also read as "<name>.js" ("SolidJS" / "Solid.js");
// - nothing the taxonomy (hand-written or Stack Overflow) already knows, no versions ("windows11");
// - a name written as a plain word ("Akka", "Talos", "Jule") or in capitals alone ("APL", "ORY") can
//   be a person, a place or a company ("Johns Hopkins APL", "Cisco Talos", "report to Jeet"), so it
//   counts only in a technical context, in any case ("~", notation.ts); a name with a shape of its
//   own ("DuckDB", "pfSense", "Stencil.js", "K3os") counts as written;
// - NOT_WRITTEN_SO: icons whose name cannot be turned back into the way people write it (below).

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGroups, SkillMatcher, SKILL_GROUPS } from '../src/core/skills';
import { DEVICON } from '../src/core/skills/data/devicon';
import { ONET_GROUPS } from '../src/core/skills/data/onet';
import { display, dropUnfindable, isWordy, skillGroupModule } from './skill-tags';

interface Icon {
  name: string;
  altnames?: string[];
  tags?: string[];
}

/** Tags that mark a company, a web site or a sign-in provider rather than a technology. */
const NOT_TECHNOLOGY = new Set(['brand', 'company', 'social', 'website', 'auth', 'chat', 'organization', 'iconset', 'online-platform']);

/**
 * Icons whose squashed name is not how the product is written, and whose alternative names do not
 * give the spelling either, so the entry could never match real text (a dead entry).
 */
const NOT_WRITTEN_SO = new Map([
  ['vertx', 'written "Vert.x"; the dot is not recoverable from "vertx" or "eclipsevertx"'],
  ['threedsmax', 'written "3ds Max"; "threeds" spells the digit out'],
]);

/** A written name that is also an ordinary capitalised word or an all-capitals abbreviation. */
const PLAIN_WORD = /^(?:[A-Z][a-z]+|[A-Z]{2,})$/;

/** The alias for a written name: exact spelling; only in a technical context when it is a plain word. */
const aliasFor = (written: string) => (PLAIN_WORD.test(written) ? `~!${written}` : `!${written}`);

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The name as people write it: an alternative name that spells it out ("pfSense"), else capitalised
 * with a database's "DB" and a JavaScript library's ".js" written as usual ("DuckDB", "Stencil.js"). */
function writtenName(icon: Icon): string {
  const spelled = (icon.altnames ?? []).find((a) => squash(a) === icon.name && /[A-Z]/.test(a) && !/\s/.test(a));
  if (spelled) return spelled;
  const m = /^(.{3,}?)(db|js)$/.exec(icon.name);
  if (m) return m[2] === 'db' ? `${display(m[1])}DB` : `${display(m[1])}.js`;
  return display(icon.name);
}

/**
 * A squashed phrase ("raspberrypi", "dotnetcore", "objectivec", "artixlinux"): text writes it apart
 * or under a spelling we cannot recover, so it is left out. It splits into words, each an English
 * word or a known name of three letters or more; the last may be shorter ("pi", "c") or, when it
 * is a known name of four letters or more, follow any head ("artix" + "linux"). "duckdb" has no
 * such split ("db" is neither), so it stays one name.
 */
function isSquashedPhrase(name: string, known: (s: string) => boolean): boolean {
  const word = (p: string) => p.length >= 3 && (isWordy(p) || known(p));
  const tail = (p: string) => word(p) || (p.length <= 2 && (isWordy(p) || known(p))) || isSquashedPhrase(p, known);
  for (let k = 3; k <= name.length - 1; k++) {
    const head = name.slice(0, k);
    const rest = name.slice(k);
    if (word(head) && tail(rest)) return true;
    if (rest.length >= 4 && known(rest)) return true;
  }
  return false;
}

function main() {
  const [file, commit = 'unknown', date = 'unknown'] = process.argv.slice(2);
  if (!file) {
    console.error('usage: npx tsx scripts/build-devicon-skills.ts DEVICON.json [COMMIT] [DATE]');
    process.exit(2);
  }
  const icons = JSON.parse(readFileSync(file, 'utf8')) as Icon[];
  // O*NET's groups are built after this one (from what it leaves), so they are not "already known".
  const baseGroups = SKILL_GROUPS.filter((g) => g !== DEVICON && !ONET_GROUPS.includes(g));
  const existing = new SkillMatcher(parseGroups(baseGroups));
  const usedAsTag = new Set(icons.flatMap((i) => i.tags ?? []).map(squash));
  const known = (s: string) => !!existing.lookup(s);
  const entries: string[] = [];
  const seen = new Set<string>();
  for (const icon of icons) {
    const name = icon.name;
    if (!/^[a-z][a-z0-9]*$/.test(name) || name.length < 3 || NOT_WRITTEN_SO.has(name)) continue;
    if (!icon.tags?.length || icon.tags.some((t) => NOT_TECHNOLOGY.has(t.toLowerCase()))) continue;
    if (usedAsTag.has(name)) continue;
    if (/[a-z]\d+$/.test(name) && !/^[a-z]\d/.test(name)) continue; // versions: "windows11", "ie10"
    const jsBase = name.endsWith('js') && name.length > 4 ? name.slice(0, -2) : undefined;
    if (isWordy(name)) continue;
    // Squashed names of several words ("unrealengine", "azuresqldatabase") are written apart in text;
    // without the spelled-out form they could not be matched, so only names written as one word pass.
    const altSpaced = (icon.altnames ?? []).some((a) => /\s/.test(a) && squash(a) === name);
    if (altSpaced || (!jsBase && !name.endsWith('db') && isSquashedPhrase(name, known))) continue;
    const names = [name, ...(icon.altnames ?? []), ...(jsBase ? [`${jsBase}.js`, jsBase] : [])];
    if (names.some((n) => known(n) || known(n.replace(/js$/, '.js')))) continue;
    const written = writtenName(icon);
    // Exact spelling only, no plural: product names are not pluralised, and a plural form could be a
    // person's name ("Jule" → "Jules").
    let entry = `${written}|${aliasFor(written)}`;
    if (jsBase) {
      // "solidjs": the squashed form and the dotted one are the same name.
      entry += written === `${display(jsBase)}.js` ? `|!${name}` : `|!${display(jsBase)}.js`;
      // The bare base counts as the name only when it is no English word ("deno", not "solid").
      if (!isWordy(jsBase) && jsBase.length >= 3) entry += `|${aliasFor(display(jsBase))}`;
    }
    const key = written.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    entries.push(entry);
  }
  dropUnfindable(baseGroups, DEVICON, entries);
  entries.sort((a, b) => a.localeCompare(b));
  const header = `// GENERATED by scripts/build-devicon-skills.ts — do not edit by hand; rerun the script.
//
// Source: devicon's icon list, devicon.json at github.com/devicons/devicon, commit ${commit} (${date}).
// License: MIT (Copyright (c) 2015 konpa; https://github.com/devicons/devicon/blob/master/LICENSE).
// Only icon names and their alternative names are used, filtered by the rules in the script (names
// rather than English words, no companies, sites or umbrellas, one-word names, nothing the
// hand-written or Stack Overflow taxonomy already has). Notation: see ../notation.ts.`;
  const out = skillGroupModule(header, 'DEVICON', { kind: 'hard', category: 'tool' }, entries);
  const target = join(__dirname, '..', 'src', 'core', 'skills', 'data', 'devicon.ts');
  writeFileSync(target, out);
  console.log(`${entries.length} entries from ${icons.length} icons → ${target}`);
}

main();
