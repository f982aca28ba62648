// Size bounds read off JSON text before it is parsed. JSON.parse cannot be stopped half-way, and
// parsing half a million small values takes a quarter of a second; one linear pass over the text
// (strings are skipped with indexOf) finds the first list, object or document over the bounds that
// the copy in json-copy.ts applies, so such a document is refused without being parsed.
import { MAX_INITIATIVES, MAX_KEYS, MAX_LIST, MAX_VALUES } from './limits.js';
import * as problems from './problems.js';
import type { Problem } from './problems.js';
import type { PathKey } from './json-copy.js';

/** The first size bound a JSON text exceeds: where, and the message the copy would give. */
export interface JsonBoundIssue {
  path: PathKey[];
  message: string;
}

/** The same, with the problem in place of its message (see problems.ts). */
export interface JsonBound {
  path: PathKey[];
  problem: Problem;
}

interface Level {
  list: boolean;
  /** Items (lists) or keys (objects) seen so far. */
  count: number;
  /** The key of the current member (objects), as raw JSON text. */
  key: string;
  /** Inside an `x-` value: the copy has its own, separate budget there. */
  extension: boolean;
}

const QUOTE = 34;
const COMMA = 44;
const COLON = 58;
const OPEN_LIST = 91;
const CLOSE_LIST = 93;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;

/** A raw JSON key as a string (a key with escapes is decoded; one that does not decode stays raw). */
function decodeKey(raw: string): string {
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

/**
 * The first size bound `text` exceeds (too many values in all, a list longer than the format allows
 * at its place, an object with more keys than any of the format), or undefined. Not a validator:
 * malformed JSON is left to JSON.parse.
 */
export function findJsonBound(text: string): JsonBound | undefined {
  const stack: Level[] = [];
  let values = 0;
  // A list or object over its bound: the scan goes on to its end only to count its items for the message.
  let over: { level: Level; depth: number; path: PathKey[]; bound: number } | undefined;
  const pathOf = (levels: readonly Level[]): PathKey[] => levels.map((level) => (level.list ? level.count - 1 : decodeKey(level.key)));
  const overflow = (): JsonBound | undefined => {
    if (!over) return undefined;
    const { level, path, bound } = over;
    return { path, problem: level.list ? problems.tooManyItems(level.count, bound) : problems.tooManyKeys(level.count, bound) };
  };
  // A value starts: count it, and the item of the list it is in.
  const startValue = (): JsonBound | undefined => {
    if (over) {
      if (stack.length === over.depth && stack[stack.length - 1]!.list) stack[stack.length - 1]!.count += 1;
      return undefined;
    }
    if (++values > MAX_VALUES) return { path: [], problem: problems.documentTooLarge() };
    const parent = stack[stack.length - 1];
    if (parent?.list) {
      parent.count += 1;
      if (parent.extension) return undefined;
      const bound = stack.length === 2 && stack[0]!.key === 'initiatives' ? MAX_INITIATIVES : MAX_LIST;
      if (parent.count > bound) over = { level: parent, depth: stack.length, path: pathOf(stack.slice(0, -1)), bound };
    }
    return undefined;
  };
  const length = text.length;
  let expectKey = false;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      let end = text.indexOf('"', i + 1);
      while (end > 0) {
        let backslashes = 0;
        while (text.charCodeAt(end - 1 - backslashes) === 92) backslashes += 1;
        if (backslashes % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
      if (end < 0) return overflow();
      const top = stack[stack.length - 1];
      if (expectKey && top && !top.list) {
        top.key = text.slice(i + 1, end);
        if (!over || stack.length === over.depth) top.count += 1;
        if (!over && !top.extension && top.count > MAX_KEYS) over = { level: top, depth: stack.length, path: pathOf(stack.slice(0, -1)), bound: MAX_KEYS };
        expectKey = false;
      } else {
        const issue = startValue();
        if (issue) return issue;
      }
      i = end;
    } else if (c === OPEN_LIST || c === OPEN_OBJECT) {
      const issue = startValue();
      if (issue) return issue;
      const parent = stack[stack.length - 1];
      const extension = !!parent && (parent.extension || (!parent.list && parent.key.startsWith('x-')));
      stack.push({ list: c === OPEN_LIST, count: 0, key: '', extension });
      expectKey = c === OPEN_OBJECT;
    } else if (c === CLOSE_LIST || c === CLOSE_OBJECT) {
      if (over && stack.length === over.depth) return overflow();
      stack.pop();
      expectKey = false;
    } else if (c === COMMA) {
      expectKey = stack[stack.length - 1]?.list === false;
    } else if (c === COLON) {
      expectKey = false;
    } else if (c > 32 && !expectKey) {
      // A number, true, false or null: count it, then skip to its end.
      const issue = startValue();
      if (issue) return issue;
      while (i + 1 < length) {
        const next = text.charCodeAt(i + 1);
        if (next === COMMA || next === CLOSE_LIST || next === CLOSE_OBJECT || next <= 32) break;
        i += 1;
      }
    }
  }
  return overflow();
}
