// Fitting a draft into its channel's limit without breaking it: first give up optional parts in a
// fixed order (least useful first) and put back whatever still fits, then shorten the longest
// free-text fields a word at a time, and only as a last resort cut the text at a word boundary.

import { placeholderReserve } from './placeholders';
import { dropLastWord, truncateAtWord } from './text';

export interface FitRequest<K extends string, F extends string> {
  limit: number;
  fields: Record<K, string>;
  /** Fields that may be shortened (long titles, names, schools). */
  shrinkable: readonly K[];
  /** Optional parts that are on, in the order they are given up. */
  optional: readonly F[];
  build: (fields: Record<K, string>, on: ReadonlySet<F>) => string;
}

/** Text plus the room its placeholders need once filled in. */
export function fits(text: string, limit: number): boolean {
  return text.length + placeholderReserve(text) <= limit;
}

export function fitDraft<K extends string, F extends string>(req: FitRequest<K, F>): string {
  const on = new Set(req.optional);
  const fields = { ...req.fields };
  // A shortened field ends in "…"; its sentence's full stop would only repeat it.
  const render = () => req.build(fields, on).replace(/…\./g, '…');
  if (fits(render(), req.limit)) return render();

  const dropped: F[] = [];
  for (const flag of req.optional) {
    on.delete(flag);
    dropped.push(flag);
    if (fits(render(), req.limit)) break;
  }
  // Still too long without any optional part: shorten the longest shrinkable field, a word at a time.
  while (!fits(render(), req.limit)) {
    const longest = [...req.shrinkable]
      .filter((k) => !fields[k].startsWith('['))
      .sort((a, b) => fields[b].length - fields[a].length)
      .find((k) => dropLastWord(fields[k]));
    if (!longest) break;
    fields[longest] = dropLastWord(fields[longest]) as string;
  }
  if (!fits(render(), req.limit)) {
    const text = render();
    return truncateAtWord(text, req.limit - placeholderReserve(text));
  }
  // Put back the most useful dropped parts that fit now that less useful ones are gone.
  for (const flag of [...dropped].reverse()) {
    on.add(flag);
    if (!fits(render(), req.limit)) on.delete(flag);
  }
  return render();
}
