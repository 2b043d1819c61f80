// A deliberately light stemmer: enough to make word forms meet ("designing", "designed", "design";
// "architectures", "architecture"; "debugging", "debug") without the aggressive conflations of a
// full Porter stemmer. It runs on both sides of a comparison (taxonomy aliases and text), so the
// stems only need to be consistent, not pretty.

const NO_UNDOUBLE = new Set(['l', 's', 'z']);

function undouble(w: string): string {
  const last = w[w.length - 1];
  if (w.length > 3 && last === w[w.length - 2] && /[bcdfgkmnprt]/.test(last) && !NO_UNDOUBLE.has(last)) {
    return w.slice(0, -1);
  }
  return w;
}

/** Only alphabetic words of four letters or more are stemmed; everything else is kept as is. */
export function isStemmable(lower: string): boolean {
  return lower.length >= 4 && /^[a-z]+$/.test(lower);
}

export function stem(lower: string): string {
  if (!isStemmable(lower)) return lower;
  let w = lower;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);

  if (w.endsWith('ing') && w.length - 3 >= 3) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length - 2 >= 3) w = undouble(w.slice(0, -2));

  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}
