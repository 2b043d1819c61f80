// Bilingual postings (Canadian federal and Quebec employers, Swiss, Belgian) print the whole text twice,
// once per language. The second copy repeats every skill under headings no English rule reads, so it
// must not extend the English section above it. Function words are a closed class: a line made of
// another language's articles, prepositions and pronouns is in that language, whatever its nouns
// (text/function-words.ts counts them).
import { functionWords } from '../text/function-words';

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
