// Small memos for the pure, costly steps of building a ResumeDocument that see the same input again
// after a keystroke: the front matter's YAML (unchanged while a bullet is typed) and the date search
// over each line. The server rebuilds the whole document after every edit; these answer from memory
// for everything that did not change.
import { parseDocument, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';

type YamlOptions = ParseOptions & DocumentOptions & SchemaOptions;
let lastYaml: { source: string; options: string; doc: ReturnType<typeof parseDocument> } | undefined;

/**
 * yaml's `parseDocument`, remembered for the last source. The Document is shared between calls:
 * callers read it (`errors`, `toJS()`, which builds fresh values), never change it.
 */
export function parseYamlDocument(source: string, options?: YamlOptions): ReturnType<typeof parseDocument> {
  const key = JSON.stringify(options ?? {});
  if (lastYaml?.source === source && lastYaml.options === key) return lastYaml.doc;
  const doc = parseDocument(source, options);
  lastYaml = { source, options: key, doc };
  return doc;
}

const textMemos: Map<string, unknown>[] = [];

/** Stands for an `undefined` answer in a memo, so a hit is one `get` (a miss and an undefined answer differ). */
const NONE = Symbol('none');

/** Forgets every memo of this module (benchmarks of a cold lint). */
export function clearTextMemos(): void {
  lastYaml = undefined;
  for (const m of textMemos) m.clear();
}

/**
 * `fn` remembered per string argument for one `owner` at a time (a lexicon's word list): the answer
 * is a pure function of the owner and the text, and a call with another owner starts over.
 */
export function memoByTextOf<O extends object, R>(fn: (owner: O, text: string) => R, capacity = 4000, maxLength = 1000): (owner: O, text: string) => R {
  const memo = new Map<string, R | typeof NONE>();
  textMemos.push(memo);
  let last: O | undefined;
  return (owner: O, text: string) => {
    if (text.length > maxLength) return fn(owner, text);
    if (owner !== last) {
      memo.clear();
      last = owner;
    }
    // One lookup per hit: the texts are new strings after every keystroke, so each lookup hashes them.
    const hit = memo.get(text);
    if (hit !== undefined) return hit === NONE ? (undefined as R) : hit;
    const result = fn(owner, text);
    if (memo.size >= capacity) memo.clear(); // a new document: start over rather than track recency
    memo.set(text, result === undefined ? NONE : result);
    return result;
  };
}

/** `fn` remembered per string argument (short strings only, at most `capacity` of them at a time). */
export function memoByText<R>(fn: (text: string) => R, capacity = 4000, maxLength = 1000): (text: string) => R {
  const owner = {};
  const remembered = memoByTextOf((_: object, text: string) => fn(text), capacity, maxLength);
  return (text: string) => remembered(owner, text);
}
