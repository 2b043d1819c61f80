// A posting kept as the e-mail it came in, saved raw (an .eml file, "Show original" copied whole): RFC 822
// headers, then a MIME body, often multipart (a plain-text part beside an HTML one) and encoded
// quoted-printable ("Descri=C3=A7=C3=A3o", lines broken with "=") or base64. Read as written, every
// requirement is cut mid-word and nothing is in its section. The message is decoded: its From, Subject and
// Date stay as header lines (they name the sender and often the job), its text part is the body.
//
// Written here rather than taken from a MIME library: the posting reader is synchronous (the language
// server reads postings between keystrokes), and the maintained parsers (postal-mime, mailparser) are
// asynchronous only. Only what a saved message needs is read: headers, multipart bodies, the two
// transfer encodings, charsets and encoded words.

interface Part {
  headers: Map<string, string>;
  body: string;
}

/** Header lines a reader of the posting keeps: who sent it, about what, when. */
const KEPT_HEADERS = ['from', 'subject', 'date'];

/** The decoded message when `text` is a raw e-mail with MIME headers; undefined otherwise. */
export function postingFromMime(text: string, htmlToText: (html: string) => string): string | undefined {
  const head = /^([\s\S]*?)\r?\n\r?\n/.exec(text.slice(0, 64 * 1024))?.[1];
  if (!head || !/^mime-version\s*:/im.test(head) || !/^content-type\s*:/im.test(head) || !/^(?:from|subject)\s*:/im.test(head)) return undefined;
  // Every line of the header block is a field or the fold of one: a pasted posting that opens with a
  // "Subject:" line and then its text is no raw message.
  if (!head.split(/\r?\n/).every((l) => /^[!-9;-~]+:/.test(l) || /^[ \t]/.test(l))) return undefined;
  const message = partOf(text);
  const body = textOf(message, htmlToText);
  if (body === undefined) return undefined;
  const kept = KEPT_HEADERS.flatMap((name) => {
    const value = message.headers.get(name);
    return value ? [`${name[0].toUpperCase()}${name.slice(1)}: ${decodeWords(value)}`] : [];
  });
  return `${kept.join('\n')}\n\n${body.trim()}\n`;
}

function partOf(text: string): Part {
  const split = /\r?\n\r?\n/.exec(text);
  const head = split ? text.slice(0, split.index) : text;
  const body = split ? text.slice(split.index + split[0].length) : '';
  const headers = new Map<string, string>();
  let last = '';
  for (const line of head.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && last) headers.set(last, `${headers.get(last)} ${line.trim()}`);
    else {
      const m = /^([^:\s]+)\s*:\s*(.*)$/.exec(line);
      if (!m) continue;
      last = m[1].toLowerCase();
      // The first of a repeated field is the message's own (a forward repeats them in its body).
      if (!headers.has(last)) headers.set(last, m[2].trim());
      else last = '';
    }
  }
  return { headers, body };
}

/** A header's parameter: boundary="…", charset=utf-8. */
function parameter(value: string | undefined, name: string): string | undefined {
  const m = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value ?? '');
  return m ? (m[1] ?? m[2]) : undefined;
}

/** The readable text of a part: its plain text, else its HTML as text; in a multipart, the best part's. */
function textOf(part: Part, htmlToText: (html: string) => string, depth = 0): string | undefined {
  const type = (part.headers.get('content-type') ?? 'text/plain').toLowerCase();
  if (type.startsWith('multipart/')) {
    const boundary = parameter(part.headers.get('content-type'), 'boundary');
    if (!boundary || depth > 8) return undefined;
    const parts = childParts(part.body, boundary).map(partOf);
    const kind = (p: Part) => (p.headers.get('content-type') ?? 'text/plain').toLowerCase();
    // An attachment (a PDF of the ad) is not the message's text.
    const inline = parts.filter((p) => !/^attachment/i.test(p.headers.get('content-disposition') ?? ''));
    const ordered = [...inline.filter((p) => kind(p).startsWith('text/plain')), ...inline.filter((p) => kind(p).startsWith('multipart/')), ...inline.filter((p) => kind(p).startsWith('text/html'))];
    for (const p of ordered) {
      const text = textOf(p, htmlToText, depth + 1);
      if (text?.trim()) return text;
    }
    return undefined;
  }
  if (!type.startsWith('text/')) return undefined;
  const decoded = decodeBody(part.body, part.headers.get('content-transfer-encoding'), parameter(part.headers.get('content-type'), 'charset'));
  return type.startsWith('text/html') ? htmlToText(decoded) : decoded;
}

function childParts(body: string, boundary: string): string[] {
  const out: string[] = [];
  let current: string[] | undefined;
  for (const line of body.split(/\r?\n/)) {
    const trimmed = line.trimEnd();
    if (trimmed === `--${boundary}--`) break;
    if (trimmed === `--${boundary}`) {
      if (current) out.push(current.join('\n'));
      current = [];
    } else current?.push(line);
  }
  if (current) out.push(current.join('\n'));
  return out;
}

function decodeBody(body: string, encoding: string | undefined, charset: string | undefined): string {
  const how = (encoding ?? '').trim().toLowerCase();
  if (how === 'quoted-printable') return bytesToText(quotedPrintableBytes(body), charset);
  if (how === 'base64') return bytesToText(base64Bytes(body), charset);
  return body;
}

const ENCODER = new TextEncoder();

/** Quoted-printable: "=" at a line's end joins it to the next; "=C3" is a byte. Linear in the text. */
function quotedPrintableBytes(text: string): Uint8Array {
  const joined = text.replace(/=\r?\n/g, '');
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const m of joined.matchAll(/=([0-9A-Fa-f]{2})/g)) {
    chunks.push(ENCODER.encode(joined.slice(from, m.index)), Uint8Array.of(parseInt(m[1], 16)));
    from = m.index! + 3;
  }
  chunks.push(ENCODER.encode(joined.slice(from)));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function base64Bytes(text: string): Uint8Array {
  const clean = text.replace(/[^A-Za-z0-9+/=]/g, '');
  try {
    return Uint8Array.from(atob(clean), (c) => c.charCodeAt(0));
  } catch {
    return new Uint8Array();
  }
}

function bytesToText(bytes: Uint8Array, charset: string | undefined): string {
  try {
    return new TextDecoder((charset ?? 'utf-8').trim().toLowerCase()).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** RFC 2047 encoded words in a header: "=?UTF-8?Q?Est=C3=A1gio?=", "=?utf-8?B?…?=". */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_all, charset: string, how: string, data: string) =>
      how.toUpperCase() === 'B' ? bytesToText(base64Bytes(data), charset) : bytesToText(quotedPrintableBytes(data.replace(/_/g, ' ')), charset),
    );
}
