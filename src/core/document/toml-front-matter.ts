// TOML front matter: the `+++` block Hugo and Zola pages open with (`title = "…"`, `[params]`).
// Read with smol-toml, a TOML 1.0 parser without dependencies; its values come back as the YAML reader's
// would (dates as the text written), so the profile and the rules read both kinds alike.
import { parse, TomlError } from 'smol-toml';
import type { FrontMatter } from './types';
import type { OffsetRange } from '../types';

/** Dates as written ("2026-11-30T20:15:00-06:00"), arrays and tables as plain JSON values. */
function plainValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(plainValue);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainValue(v)]));
  return value;
}

/** The front matter of a `+++` block: its data, or an error placed on the line the parser stopped at. */
export function tomlFrontMatter(value: string, r: OffsetRange, text: string): FrontMatter {
  try {
    return { data: plainValue(parse(value)) as Record<string, unknown>, range: r };
  } catch (err) {
    const bodyStart = text.indexOf(value, r.start);
    let at = r.start;
    let end = r.end;
    if (err instanceof TomlError && bodyStart >= 0) {
      const lineStart = value.split('\n').slice(0, err.line - 1).join('\n').length + (err.line > 1 ? 1 : 0);
      at = bodyStart + lineStart;
      end = at + (value.slice(lineStart).split('\n')[0].length || 1);
    }
    const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
    return { data: {}, range: r, error: { message: `Front matter is not valid TOML: ${message}`, range: { start: at, end: Math.max(end, at + 1) } } };
  }
}
