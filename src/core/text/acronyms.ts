// Acronyms spelt out by the words right before them: "Statistical Process Control (SPC)", "very high
// frequency (VHF)". Shared by the posting reader (a defined term is a skill; a product's module code is
// not an abbreviation) and the rules (a filler word that opens a spelt-out term is part of its name).

/** Small words an expansion may hold without giving a letter: "Quality of Service (QoS)". */
const SKIPPABLE = new Set(['and', '&', 'of', 'for', 'the', 'to', 'in', 'on', 'as', 'a', 'an', 'with', 'by']);
/** How many words before the parenthesis an expansion may reach. */
const MAX_WORDS = 10;
/** The letters an acronym spells: its capitals and digits ("GD&T" → GDT, "KPIs" → KPI, "QoS" → QS). */
export function lettersOf(acronym: string): string | undefined {
  const bare = acronym.replace(/s$/, (s) => (/[A-Z]{2}s$/.test(acronym) ? '' : s));
  const letters = bare.replace(/[^A-Z0-9]/g, '');
  if (letters.replace(/[0-9]/g, '').length < 2) return undefined;
  // "(Required)", "(Optional)": a capitalised word is not an acronym; most of its letters are capitals.
  if (bare.replace(/[^a-z]/g, '').length > letters.length) return undefined;
  return letters;
}

/**
 * The words before `end` whose initials spell `letters`, from the last letter back. A word gives its
 * initial, or the capitals inside it ("JavaScript" → JS); hyphenated and slashed parts count as words
 * ("Test-Driven"); small words may be skipped. Every other word must give its letters.
 */
export function expansionBefore(text: string, end: number, letters: string): { start: number; end: number } | undefined {
  const before = text.slice(Math.max(0, end - 160), end);
  const offset = end - before.length;
  const words = [...before.matchAll(/[A-Za-z0-9&]+(?:['’][a-z]+)?/g)].map((m) => ({ text: m[0], start: offset + m.index!, end: offset + m.index! + m[0].length }));
  // Only words right before the parenthesis, with nothing but spaces, hyphens and slashes between them.
  let first = words.length;
  while (first > 0 && words.length - first < MAX_WORDS + 4) {
    const w = words[first - 1];
    const gap = text.slice(w.end, first < words.length ? words[first].start : end);
    if (!/^[\s/-]*$/.test(gap) || (first === words.length && !/^\s*$/.test(gap))) break;
    first--;
  }
  const run = words.slice(first);
  // Match letters right to left; memoised search over (word index, letter index).
  const memo = new Map<string, number | undefined>();
  const match = (w: number, l: number): number | undefined => {
    // Returns the index of the first word used when letters[0..l) are spelled by run[..w).
    if (l === 0) return w;
    if (w === 0) return undefined;
    const key = `${w},${l}`;
    if (memo.has(key)) return memo.get(key);
    const word = run[w - 1].text;
    let result: number | undefined;
    const options = new Set<string>([word[0].toUpperCase()]);
    const caps = word.replace(/[^A-Z0-9]/g, '');
    if (caps.length > 1 && /^[A-Z0-9]/.test(word)) options.add(caps);
    if (/^[0-9]+$/.test(word)) options.add(word);
    for (const o of options) {
      if (result !== undefined) break;
      if (o.length <= l && letters.slice(l - o.length, l) === o) {
        const r = match(w - 1, l - o.length);
        if (r !== undefined) result = r;
      }
    }
    if (result === undefined && SKIPPABLE.has(word.toLowerCase()) && l < letters.length) result = match(w - 1, l);
    memo.set(key, result);
    return result;
  };
  // The last word must give the last letter (no skipped word right before the parenthesis).
  const startWord = match(run.length, letters.length);
  if (startWord === undefined) return undefined;
  const used = run.slice(startWord);
  if (!used.length || SKIPPABLE.has(used[0].text.toLowerCase()) || SKIPPABLE.has(used[used.length - 1].text.toLowerCase())) return undefined;
  return { start: used[0].start, end: used[used.length - 1].end };
}

/**
 * The span of the words right before `end` (where the bracket opens) whose initials spell `acronym`,
 * or undefined when they do not or `acronym` is no acronym.
 */
export function spelledOutBefore(text: string, end: number, acronym: string): { start: number; end: number } | undefined {
  const letters = lettersOf(acronym);
  return letters ? expansionBefore(text, end, letters) : undefined;
}
