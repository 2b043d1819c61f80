// Bilingual postings (Canadian federal and Quebec employers, Swiss, Belgian) print the whole text twice,
// once per language. The second copy repeats every skill under headings no English rule reads, so it
// must not extend the English section above it. Function words are a closed class: a line made of
// another language's articles, prepositions and pronouns is in that language, whatever its nouns.

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

/** A line written in another language than English: at least four words, mostly foreign function words. */
export function isOtherLanguageLine(line: string): boolean {
  const { other, english, words } = functionWords(line);
  return words >= 4 && other >= 3 && other > 2 * english;
}

/**
 * A line written in English: at least four words, two of English's function words and more of them than
 * of another language's. A line of names, code or numbers is neither English nor another language.
 */
export function isEnglishLine(line: string): boolean {
  const { other, english, words } = functionWords(line);
  return words >= 4 && english >= 2 && english > other;
}

/**
 * English function words that are function words of those languages too: German "in", "an"; Spanish,
 * Portuguese and Italian "a"; Portuguese "as"; French "on"; and the "(a)" of Spanish "Biólogo(a)". They
 * tell no language apart.
 */
const SHARED = new Set(['a', 'an', 'in', 'as', 'on']);

function functionWords(text: string): { other: number; english: number; words: number } {
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

/** Two letters of a script other than Latin: Han, kana, Hangul, Cyrillic, Greek, Arabic, Hebrew, Thai, Devanagari. */
const OTHER_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Devanagari}]{2}/u;

/**
 * "Junior Developer / Développeur(se) junior (nouveau diplômé)": the part after the slash is the title's
 * translation when it has another language's function words and none of English's, and the part
 * before has none of the other's.
 */
export function dropTranslatedHalf(title: string): string {
  const scripts = title.split(/\s*／\s*|\s+[/|]\s+/);
  // "FPGA Design Engineer ／ FPGA設計エンジニア": one half in Latin letters, the other in another script.
  if (scripts.length === 2) {
    const latin = scripts.filter((p) => /[A-Za-z]{2}/.test(p) && !OTHER_SCRIPT.test(p));
    if (latin.length === 1 && scripts.some((p) => OTHER_SCRIPT.test(p))) return latin[0].trim();
  }
  const parts = title.split(/\s+\/\s+/);
  if (parts.length !== 2) return title;
  const [left, right] = parts.map(functionWords);
  if (right.words >= 3 && right.other >= 1 && right.english === 0 && left.words >= 2 && left.other === 0) return parts[0];
  // "Programmeur(se) gameplay / Gameplay Programmer": a French title written first, known by its
  // inclusive ending ("(se)", "(e)", "·e") or a foreign function word, before an English one without either.
  const foreign = (p: string, w: ReturnType<typeof functionWords>) => (INCLUSIVE_ENDING.test(p) || w.other >= 1) && w.english === 0;
  if (foreign(parts[0], left) && !foreign(parts[1], right) && !INCLUSIVE_ENDING.test(parts[1]) && right.other === 0 && right.words >= 2) return parts[1];
  return title;
}

/** French inclusive writing of a job title: "Programmeur(se)", "Analyste-programmeur(euse)", "Développeur·se". */
const INCLUSIVE_ENDING = /\p{L}(?:\((?:e|se|ne|euse|rice|trice|ère)\)|·(?:e|se|euse|rice)\b)/u;
