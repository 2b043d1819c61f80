// A posting inside a calendar invitation (an .ics file, RFC 5545): an employer's info session or a
// career-fair slot often carries the whole advertisement in its description. The event read is the
// one whose description is longest; its text becomes the posting, with the event's own link under it.
// The calendar's time zones, attendees, alarms and vendor fields are the container.
//
// No iCalendar library is in the tree and the format's text layer is small: content lines folded at
// 75 octets (a line break then a space or tab continues the line), "NAME;PARAM=…:VALUE", and TEXT
// values with "\n", "\,", "\;" and "\\" escaped.

interface CalendarEvent {
  summary: string;
  description: string;
  url: string;
}

/** The posting inside an iCalendar file as plain text, or undefined when `raw` is no calendar with an event. */
export function postingFromCalendar(raw: string): string | undefined {
  if (!/^(?:\uFEFF)?\s*BEGIN:VCALENDAR\s*$/im.test(raw.slice(0, 200))) return undefined;
  const events = readEvents(raw);
  const best = events.sort((a, b) => b.description.length - a.description.length)[0];
  if (!best?.description.trim()) return undefined;
  // The event's summary names the session ("Info session: …"), not the position: the advertisement
  // inside the description names that, so the summary is left out.
  return [best.description.trim(), best.url].filter(Boolean).join('\n\n');
}

function readEvents(raw: string): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  let event: CalendarEvent | undefined;
  // Nested components (an alarm's own DESCRIPTION) are not the event's.
  let nested = 0;
  for (const line of unfold(raw)) {
    const colon = valueColon(line);
    if (colon < 0) continue;
    const name = line.slice(0, colon).split(';')[0].toUpperCase();
    const value = line.slice(colon + 1);
    if (name === 'BEGIN') {
      if (value.trim().toUpperCase() === 'VEVENT') event = { summary: '', description: '', url: '' };
      else if (event) nested++;
    } else if (name === 'END') {
      if (value.trim().toUpperCase() === 'VEVENT' && event) {
        events.push(event);
        event = undefined;
      } else if (event && nested) nested--;
    } else if (event && !nested) {
      if (name === 'DESCRIPTION') event.description = unescapeText(value);
      else if (name === 'SUMMARY') event.summary = unescapeText(value);
      else if (name === 'URL') event.url = value.trim();
    }
  }
  return events;
}

/** Content lines with their folds undone: a line break followed by one space or tab continues the line. */
function unfold(raw: string): string[] {
  return raw.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
}

/** The colon that ends a content line's name and parameters: the first one outside a quoted parameter value. */
function valueColon(line: string): number {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === ':' && !quoted) return i;
  }
  return -1;
}

/** A TEXT value as written: "\n" (or "\N") a line break, "\," "\;" "\\" the character itself. */
function unescapeText(value: string): string {
  return value.replace(/\\([nN,;\\])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}
