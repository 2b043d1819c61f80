// Calendar days as ISO strings: the day of a Date as "YYYY-MM-DD" in the local time zone (the day the user
// sees), and the months since year 0 of such a string.
// Core never reads the clock: the edges (CLI, language server) call this with `new Date()` and pass
// the result as LintOptions.today.

const pad = (n: number) => String(n).padStart(2, '0');

export function isoDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Months since year 0 of a "YYYY-MM(-DD)" date, or undefined. */
export function monthsOf(date: unknown): number | undefined {
  if (typeof date !== 'string') return undefined;
  const m = /^((?:19|20)\d\d)-(0[1-9]|1[0-2])/.exec(date.trim());
  return m ? Number(m[1]) * 12 + Number(m[2]) - 1 : undefined;
}
