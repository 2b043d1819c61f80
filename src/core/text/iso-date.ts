// The calendar day of a Date as "YYYY-MM-DD", in the local time zone (the day the user sees).
// Core never reads the clock: the edges (CLI, language server) call this with `new Date()` and pass
// the result as LintOptions.today.

const pad = (n: number) => String(n).padStart(2, '0');

export function isoDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
