// Where each value of a JSON text starts, by its path as validate() writes it (`initiatives[3].start`),
// and where a text stops being JSON. One pass over the text with an explicit stack (no recursion, so
// deep nesting cannot overflow it); the values themselves are left to JSON.parse.
import { formatPath } from '../schema/index.js';
import type { PathKey } from '../schema/json-copy.js';

/** A place in a text: 1-based line and column (UTF-16 code units, as editors count), and the 0-based offset. */
export interface TextPosition {
  line: number;
  column: number;
  offset: number;
}

/** Why the text is not JSON, and where. */
export type JsonSyntaxProblem =
  | { kind: 'empty' }
  | { kind: 'end' }
  | { kind: 'value' | 'comma-list' | 'comma-object' | 'key' | 'colon' | 'after-end'; found: string }
  | { kind: 'string-end' | 'string-escape' | 'string-control'; found: string };

export interface JsonScan {
  /** Value offsets by path (the document itself is `""`), up to a nesting depth of 64. */
  values: Map<string, number>;
  /** The first syntax problem and its offset, when the text is not JSON. */
  syntax?: { problem: JsonSyntaxProblem; offset: number };
}

/** Nesting below which no positions are kept (validate() stops copying at 64 levels). */
const MAX_RECORDED_DEPTH = 66;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const WORD = /[A-Za-z0-9_$+.-]+/y;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** The token at `offset` as a reader would name it: a word, or one character (a surrogate pair kept whole). */
function tokenAt(text: string, offset: number): string {
  WORD.lastIndex = offset;
  const word = WORD.exec(text);
  if (word) return word[0].slice(0, 20);
  return String.fromCodePoint(text.codePointAt(offset) ?? 0);
}

/** Scans `text` (a leading BOM is skipped) for value positions and the first syntax problem. */
export function scanJsonPositions(text: string): JsonScan {
  const values = new Map<string, number>();
  const length = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const path: PathKey[] = [];
  const frames: boolean[] = []; // true: a list, false: an object
  let state: 'value' | 'value-or-end' | 'key-or-end' | 'key' | 'colon' | 'after' = 'value';
  let pendingKey: string | undefined;
  const fail = (problem: JsonSyntaxProblem, offset: number): JsonScan => ({ values, syntax: { problem, offset } });

  for (;;) {
    while (i < length && isSpace(text.charCodeAt(i))) i += 1;
    if (i >= length) {
      if (state === 'after' && frames.length === 0) return { values };
      return fail(values.size === 0 && state === 'value' ? { kind: 'empty' } : { kind: 'end' }, length);
    }
    const c = text.charCodeAt(i);
    switch (state) {
      case 'value-or-end':
        if (c === 93) {
          path.pop();
          frames.pop();
          i += 1;
          state = 'after';
          continue;
        }
        state = 'value';
        continue;
      case 'key-or-end':
        if (c === 125) {
          frames.pop();
          i += 1;
          state = 'after';
          continue;
        }
        state = 'key';
        continue;
      case 'key': {
        if (c !== 34) return fail({ kind: 'key', found: tokenAt(text, i) }, i);
        const end = scanString(text, i);
        if (typeof end !== 'number') return fail(end.problem, end.offset);
        const raw = text.slice(i, end);
        pendingKey = JSON.parse(raw) as string;
        i = end;
        state = 'colon';
        continue;
      }
      case 'colon':
        if (c !== 58) return fail({ kind: 'colon', found: tokenAt(text, i) }, i);
        path.push(pendingKey ?? '');
        i += 1;
        state = 'value';
        continue;
      case 'after': {
        const list = frames[frames.length - 1];
        if (list === undefined) return fail({ kind: 'after-end', found: tokenAt(text, i) }, i);
        if (c === 44) {
          if (list) {
            (path[path.length - 1] as number) += 1;
            state = 'value';
          } else {
            path.pop();
            state = 'key';
          }
          i += 1;
          continue;
        }
        if ((list && c === 93) || (!list && c === 125)) {
          path.pop();
          frames.pop();
          i += 1;
          continue;
        }
        return fail({ kind: list ? 'comma-list' : 'comma-object', found: tokenAt(text, i) }, i);
      }
      case 'value': {
        if (path.length <= MAX_RECORDED_DEPTH) values.set(formatPath(path), i);
        if (c === 123 || c === 91) {
          frames.push(c === 91);
          i += 1;
          if (c === 91) {
            path.push(0);
            state = 'value-or-end';
          } else {
            state = 'key-or-end';
          }
          continue;
        }
        if (c === 34) {
          const end = scanString(text, i);
          if (typeof end !== 'number') return fail(end.problem, end.offset);
          i = end;
        } else if (c === 45 || (c >= 48 && c <= 57)) {
          NUMBER.lastIndex = i;
          const number = NUMBER.exec(text);
          WORD.lastIndex = i;
          const word = WORD.exec(text);
          // `01`, `1.`, `1e`, `-`: a number JSON does not have.
          if (!number || (word && word[0].length > number[0].length)) return fail({ kind: 'value', found: tokenAt(text, i) }, i);
          i += number[0].length;
        } else if (text.startsWith('true', i) || text.startsWith('null', i) || text.startsWith('false', i)) {
          const literal = text.startsWith('false', i) ? 5 : 4;
          WORD.lastIndex = i;
          if ((WORD.exec(text)?.[0].length ?? 0) > literal) return fail({ kind: 'value', found: tokenAt(text, i) }, i);
          i += literal;
        } else {
          return fail({ kind: 'value', found: tokenAt(text, i) }, i);
        }
        state = 'after';
        continue;
      }
    }
  }
}

/** The offset after the string that starts at `start` (a `"`), or why it is not a JSON string. */
function scanString(text: string, start: number): number | { problem: JsonSyntaxProblem; offset: number } {
  const length = text.length;
  let i = start + 1;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (c === 34) return i + 1;
    if (c < 32) return { problem: { kind: 'string-control', found: text[i] ?? '' }, offset: i };
    if (c === 92) {
      const next = text[i + 1] ?? '';
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return { problem: { kind: 'string-escape', found: text.slice(i, i + 6) }, offset: i };
        i += 6;
        continue;
      }
      if (!'"\\/bfnrt'.includes(next) || next === '') return { problem: { kind: 'string-escape', found: text.slice(i, i + 2) }, offset: i };
      i += 2;
      continue;
    }
    i += 1;
  }
  return { problem: { kind: 'string-end', found: '' }, offset: start };
}

/** Line and column of offsets in one text: `\n`, `\r\n` and a lone `\r` each end a line. A BOM is not a column. */
export function positionFinder(text: string): (offset: number) => TextPosition {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    const lineStart = starts[low]!;
    const skip = low === 0 ? bom : 0;
    return { line: low + 1, column: Math.max(offset - lineStart - skip, 0) + 1, offset };
  };
}

/**
 * The segments of a path as formatPath() writes it: `initiatives[3].title["en-GB"]` is `initiatives`,
 * `[3]`, `.title`, `["en-GB"]`. Used to look up the nearest ancestor that is in the text.
 */
export function pathPrefixes(path: string): string[] {
  const prefixes: string[] = [];
  let i = 0;
  while (i < path.length) {
    if (path[i] === '[') {
      if (path[i + 1] === '"') {
        // A JSON string up to its closing quote, then `]`.
        let j = i + 2;
        while (j < path.length && path[j] !== '"') j += path[j] === '\\' ? 2 : 1;
        i = j + 2;
      } else {
        const close = path.indexOf(']', i);
        i = close < 0 ? path.length : close + 1;
      }
    } else {
      let j = i + (path[i] === '.' ? 1 : 0);
      while (j < path.length && path[j] !== '.' && path[j] !== '[') j += 1;
      i = j;
    }
    prefixes.push(path.slice(0, i));
  }
  return prefixes;
}
