// Whether two schools are the same, conservatively: a wrong "fellow alum" line is an invented fact,
// so only equal names (ignoring case, accents, punctuation and "the") and acronyms of the full name match.

const MINOR_WORDS = new Set(['of', 'the', 'at', 'and', 'in', 'for', 'de']);

function normalize(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[.,'’()-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/** "UCLA", "M.I.T." → the letters; undefined for a name that is not an acronym. */
function acronym(name: string): string | undefined {
  const letters = name.trim().replace(/\./g, '');
  return /^[A-Z]{2,8}$/.test(letters) ? letters : undefined;
}

function initials(name: string): string {
  return normalize(name)
    .split(' ')
    .filter((w) => w && !MINOR_WORDS.has(w))
    .map((w) => w[0])
    .join('')
    .toUpperCase();
}

export function sameSchool(a: string | undefined, b: string | undefined): boolean {
  if (!a?.trim() || !b?.trim()) return false;
  if (normalize(a) === normalize(b)) return true;
  const [acrA, acrB] = [acronym(a), acronym(b)];
  if (acrA && !acrB) return initials(b) === acrA;
  if (acrB && !acrA) return initials(a) === acrB;
  return false;
}
