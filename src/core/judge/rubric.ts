// Signals the corpus rubric names as vague in so many words, so they decide a verdict on their own
// (judge.ts: a model's `decisive` list) instead of being one weight among thousands: each fires on a
// few dozen corpus bullets at most, too few for the regularised model to weigh them as the rubric does.
// `npm run train` adds them to the decisive signals the fit finds; `npm run eval` measures the same.
//
// Issue #12, round eight: nested person-grouped CV, the shipped design with these deciding alone
// against without them — see docs/vague-detection.md for the figures.
export const RUBRIC_DECISIVE_SIGNALS: readonly string[] = [
  // "etc.", "and so on", "and more": the rubric's generic-object criterion lists them by name.
  'rule:open-ending',
  // A trait of the writer ("team player", "detail-oriented"): the rubric's self-description examples.
  'self:trait',
  // A verbless opening on a duty or membership noun ("Member of…", "Responsibilities included…"):
  // the rubric's "Part of the … team", "Duties included", "In charge of".
  'opening-duty-noun',
  // Not learning as the main verb ("Studied…", "Shadowed…"): it measured well on the corpus, but
  // "Studied chromatin accessibility in …" is how researchers write a project, and alone it flagged
  // such bullets on the invented sets; the model still weighs it as one feature.
];
