// The first step of validate(): a fresh, plain copy of whatever the caller handed in, holding only
// JSON values. Everything hostile stops here, each with an issue at its path: getters and Proxies
// that throw, cycles, deep nesting, functions and other non-JSON values, NaN and Infinity, and the
// keys `__proto__`, `constructor` and `prototype` (JSON.parse makes `__proto__` an own key).
//
// Size is bounded before anything is examined: a list's length and an object's key count are
// checked before their first item is read, and the first bound exceeded (too many values in the
// document, a list longer than the format allows there, an object wider than any the format has)
// stops the copy at once. The schema then runs over a tree of bounded size.
import * as problems from './problems.js';
import type { Problem } from './problems.js';
import { MAX_INITIATIVES, MAX_KEYS, MAX_LIST, MAX_TEXT, MAX_VALUES } from './limits.js';

export type PathKey = string | number;
export type ReportIssue = (path: readonly PathKey[], problem: Problem) => void;

/** Nesting the copy goes into; a valid document needs 6 levels. */
export const MAX_DEPTH = 64;
/** Longest list or widest object inside an `x-` value. */
const MAX_EXTENSION_ENTRIES = 10_000;
/** Bounds on the value of one `x-` key. */
export const MAX_EXTENSION_DEPTH = 32;
const MAX_EXTENSION_VALUES = 10_000;
const MAX_EXTENSION_CHARS = 200_000;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A dropped value: an issue has been reported at its path. */
const DROPPED = Symbol('dropped');
/** Thrown through the copy to end it: a size bound was exceeded, or enough issues were found. */
const STOP = Symbol('stop');

interface ExtensionBudget {
  path: PathKey[];
  depth: number;
  values: number;
  chars: number;
  reported: boolean;
}

/** What the copy made of the input. */
export interface JsonCopy {
  /** The copy; undefined when the copy stopped. */
  value: unknown;
  /** A size bound was exceeded: the copy stopped there, and the issue says which bound. */
  tooLarge: boolean;
  /** The copy stopped early (too large, or `enough()` said so): the rest of the input was not read. */
  stopped: boolean;
}

/**
 * A plain copy of `input` made of JSON values only (objects are fresh `{}`, lists fresh `[]`), with
 * an issue reported for everything left out. Stops at the first size bound exceeded, or once
 * `enough()` says enough issues have been found. Never throws for any input.
 */
export function copyJson(input: unknown, report: ReportIssue, enough: () => boolean = () => false): JsonCopy {
  let values = 0;
  let tooLarge = false;
  const ancestors = new Set<object>();
  /** The path of the value being copied; copied only when an issue is reported. */
  const path: PathKey[] = [];

  const drop = (problem: Problem): typeof DROPPED => {
    report([...path], problem);
    if (enough()) throw STOP;
    return DROPPED;
  };

  const stopTooLarge = (message: Problem, at: readonly PathKey[]): never => {
    tooLarge = true;
    report([...at], message);
    throw STOP;
  };

  const extensionTooLarge = (extension: ExtensionBudget): typeof DROPPED => {
    if (!extension.reported) {
      report(extension.path, problems.extensionTooLarge());
      if (enough()) throw STOP;
    }
    extension.reported = true;
    return DROPPED;
  };

  function copy(value: unknown, depth: number, extension: ExtensionBudget | undefined): unknown {
    if (++values > MAX_VALUES) stopTooLarge(problems.documentTooLarge(), []);
    if (extension && (++extension.values > MAX_EXTENSION_VALUES || depth - extension.depth >= MAX_EXTENSION_DEPTH)) {
      return extensionTooLarge(extension);
    }
    switch (typeof value) {
      case 'string':
        if (value.length > MAX_TEXT) return drop(problems.tooLong(value.length, MAX_TEXT));
        if (extension && (extension.chars += value.length) > MAX_EXTENSION_CHARS) return extensionTooLarge(extension);
        return value;
      case 'number':
        return Number.isFinite(value) ? value : drop(problems.notFinite(value));
      case 'boolean':
        return value;
      case 'undefined':
        // The schema says what is missing at the root; inside a list, a hole or undefined has no JSON form.
        return depth === 0 ? undefined : drop(problems.missingValue());
      case 'object':
        if (value === null) return null;
        break;
      default:
        return drop(problems.notJson(typeof value));
    }
    if (depth >= MAX_DEPTH) return drop(problems.tooDeep(MAX_DEPTH));
    if (ancestors.has(value)) return drop(problems.circular());
    ancestors.add(value);
    try {
      return Array.isArray(value) ? copyList(value, depth, extension) : copyObject(value, depth, extension);
    } catch (error) {
      if (error === STOP) throw error;
      return drop(problems.unreadable());
    } finally {
      ancestors.delete(value);
    }
  }

  function copyList(list: readonly unknown[], depth: number, extension: ExtensionBudget | undefined): unknown {
    const length = list.length;
    if (typeof length !== 'number' || !(length >= 0)) return drop(problems.unreadable());
    // The longest list the format allows here: 2,000 initiatives, 200 of everything else.
    const bound = extension ? MAX_EXTENSION_ENTRIES : depth === 1 && path[0] === 'initiatives' ? MAX_INITIATIVES : MAX_LIST;
    if (length > bound) {
      if (extension) return extensionTooLarge(extension);
      stopTooLarge(problems.tooManyItems(length, bound), path);
    }
    const output: unknown[] = [];
    for (let index = 0; index < length; index++) {
      path.push(index);
      let copied: unknown;
      try {
        copied = copy(list[index], depth + 1, extension);
      } catch (error) {
        if (error === STOP) throw error;
        copied = drop(problems.unreadable());
      } finally {
        path.pop();
      }
      // Keep the indexes: a dropped item leaves undefined, which the schema reports at the same path (and is deduplicated).
      output.push(copied === DROPPED ? undefined : copied);
    }
    return output;
  }

  function copyObject(object: object, depth: number, extension: ExtensionBudget | undefined): unknown {
    const keys = Object.keys(object);
    if (keys.length > (extension ? MAX_EXTENSION_ENTRIES : MAX_KEYS)) {
      if (extension) return extensionTooLarge(extension);
      stopTooLarge(problems.tooManyKeys(keys.length, MAX_KEYS), path);
    }
    const output: Record<string, unknown> = {};
    for (const key of keys) {
      if (key.length > MAX_TEXT) {
        drop(problems.tooLong(key.length, MAX_TEXT));
        continue;
      }
      path.push(key);
      try {
        const copied = copyProperty(object as Record<string, unknown>, key, depth, extension);
        if (copied !== DROPPED && copied !== undefined) output[key] = copied;
      } finally {
        path.pop();
      }
    }
    return output;
  }

  function copyProperty(object: Record<string, unknown>, key: string, depth: number, extension: ExtensionBudget | undefined): unknown {
    if (FORBIDDEN_KEYS.has(key)) return drop(problems.forbiddenKey(key));
    let value: unknown;
    try {
      value = object[key];
    } catch {
      return drop(problems.unreadable());
    }
    // As in JSON.stringify, a property that is undefined is absent.
    if (value === undefined) return undefined;
    const budget = extension ?? (key.startsWith('x-') ? { path: [...path], depth: depth + 1, values: 0, chars: 0, reported: false } : undefined);
    return copy(value, depth + 1, budget);
  }

  try {
    const copied = copy(input, 0, undefined);
    return { value: copied === DROPPED ? undefined : copied, tooLarge: false, stopped: false };
  } catch (error) {
    if (error !== STOP) throw error;
    return { value: undefined, tooLarge, stopped: true };
  }
}
