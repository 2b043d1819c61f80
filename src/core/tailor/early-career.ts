// Is this a student's or a new graduate's resume? Then recruiters expect one page. Read from the
// graduation date (front matter, else the latest Education entry): still ahead, or at most a year ago.

import { parseDay } from '../referral/dates';
import type { ResumeDocument } from '../document/types';

export function isEarlyCareer(doc: ResumeDocument, today: Date): boolean {
  const month = today.getFullYear() * 12 + today.getMonth();
  const fromProfile = doc.profile.graduation ? parseDay(doc.profile.graduation) : undefined;
  let graduation = fromProfile ? fromProfile.year * 12 + fromProfile.month : undefined;
  if (graduation === undefined) {
    const ends = doc.sections
      .filter((s) => s.kind === 'education')
      .flatMap((s) => s.entries)
      .map((e) => (e.dates?.current ? Infinity : e.dates?.end))
      .filter((m): m is number => m !== undefined);
    if (ends.length) graduation = Math.max(...ends);
  }
  if (graduation === undefined) return false;
  return graduation >= month - 12;
}
