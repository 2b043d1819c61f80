// The class of an honours degree, as British, Irish, Indian, Singaporean, Malaysian, Hong Kong,
// Australian and New Zealand degrees state it ("Second Class (Lower) Honours", "2:1", "First Class").
// A posting names the lowest class it takes ("at least a Second Class (Lower) Honours"); a resume
// names the class earned. Classes rank first > upper second > lower second > third > pass.

export interface HonoursClass {
  rank: number;
  name: string;
}

const CLASSES: [number, string, RegExp][] = [
  [4, 'first-class honours', /\b(?:first[- ]class|1st[- ]class)\b|\bfirst\s+honours\b/i],
  [3, 'upper-second-class honours', /\b(?:upper[- ]second|second[- ]upper|second[- ]class\s*[,(]?\s*(?:upper|div(?:ision)?\.?\s*(?:1|i|one))\b\)?|2\s*:\s*1|2:i)(?!\d)/i],
  [2, 'lower-second-class honours', /\b(?:lower[- ]second|second[- ]lower|second[- ]class\s*[,(]?\s*(?:lower|div(?:ision)?\.?\s*(?:2|ii|two))\b\)?|2\s*:\s*2|2:ii)(?!\d)/i],
  [1, 'third-class honours', /\b(?:third[- ]class|3rd[- ]class)\b|\bthird\s+honours\b/i],
];

/** Every class a text names, highest first. */
function classesIn(text: string): HonoursClass[] {
  return CLASSES.filter(([, , re]) => re.test(text)).map(([rank, name]) => ({ rank, name }));
}

/** The lowest class a posting's degree sentence accepts: the class it names (the bar), or undefined. */
export function requiredHonoursClass(askText: string): HonoursClass | undefined {
  const named = classesIn(askText);
  return named.length ? named[named.length - 1] : undefined;
}

/** The class a resume's education states, the highest when several degrees do. */
export function earnedHonoursClass(educationText: string): HonoursClass | undefined {
  return classesIn(educationText)[0];
}
