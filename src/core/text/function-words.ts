// Function words are a closed class: a text made of another language's articles, prepositions and
// pronouns is in that language, whatever its nouns. Counted for a posting's lines (job/language.ts)
// and for a whole resume (rules/regional-english.ts).

const ENGLISH = new Set(
  'the a an and or of to in for with on at by from as is are be will you your we our this that these it its who which into not can must have has'.split(' '),
);

// French, Spanish, Portuguese and German function words that are not also English words.
const OTHER = new Set(
  [
    // French
    'le la les des du un une et ou de au aux en dans pour par sur avec sans vous votre vos nous notre nos est sont être qui que dont ce cette ces leur leurs il elle ils elles se sa son ses ne pas plus',
    // Spanish / Portuguese
    'el los las del al y o en con para por sin su sus usted nuestro nuestra nuestros es son ser que como una unos unas lo da do dos das na no nas nos em um uma ao pela pelo você seu sua',
    // German
    'der die das den dem des ein eine einen einem und oder mit für von zu im bei auf aus ist sind sie wir unser unsere ihr ihre nicht auch',
  ]
    .join(' ')
    .split(' ')
    // Words English uses too ("no", "do", "die", "son") prove nothing.
    .filter((w) => !ENGLISH.has(w) && !['no', 'do', 'die', 'son', 'sin', 'al', 'em', 'um', 'na', 'da', 'ser'].includes(w)),
);

/**
 * English function words that are function words of those languages too: German "in", "an"; Spanish,
 * Portuguese and Italian "a"; Portuguese "as"; French "on"; and the "(a)" of Spanish "Biólogo(a)". They
 * tell no language apart.
 */
const SHARED = new Set(['a', 'an', 'in', 'as', 'on']);

/** How many of the text's words are function words of English, and of French, Spanish, Portuguese or German. */
export function functionWords(text: string): { other: number; english: number; words: number } {
  const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  let other = 0;
  let english = 0;
  for (const raw of words) {
    const w = raw.replace(/^[dlcjmnst]'/, () => (other++, ''));
    if (OTHER.has(w)) other++;
    else if (ENGLISH.has(w) && !SHARED.has(w)) english++;
  }
  return { other, english, words: words.length };
}
