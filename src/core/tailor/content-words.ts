// Content words of a sentence, stemmed, for "how close is this bullet to that posting line":
// function words and the words every posting and resume share ("experience", "team") carry no signal.

import { stem, tokenize } from '../skills';

const STOP = new Set(
  (
    'a an the and or but nor of to in on at for with by from as into onto over under via per than then that this ' +
    'these those it its is are was were be been being have has had do does did will would can could should may ' +
    'might must shall our your their his her my we you they i me us them who whom which what when where why how ' +
    'all any each every some such other more most less least many much few several various new also just only ' +
    'very well not no yes up out about across within without while during after before both either neither ' +
    'experience experiences year years work working worked team teams ability able strong strongly skill skills ' +
    'knowledge understanding including include includes using use used like etc plus preferred required ' +
    'qualification qualifications responsibility responsibilities role job candidate candidates opportunity ' +
    'company customer customers product products business one two three first people part level high great good ' +
    'excellent demonstrated proven related relevant equivalent practical minimum basic professional environment'
  ).split(' '),
);

export function contentStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const t of tokenize(text)) {
    if (t.punct || t.lower.length < 3 || STOP.has(t.lower) || /^\d/.test(t.lower)) continue;
    out.add(stem(t.lower));
  }
  return out;
}

export function sharedStems(a: Set<string>, b: Set<string>): string[] {
  const out: string[] = [];
  for (const x of a) if (b.has(x)) out.push(x);
  return out;
}
