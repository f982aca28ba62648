// The first step of validate(): a fresh, plain copy of whatever the caller handed in, holding only
// JSON values. Everything hostile stops here, each with an issue at its path: getters and Proxies
// that throw, cycles, deep nesting, functions and other non-JSON values, NaN and Infinity, and the
// keys `__proto__`, `constructor` and `prototype` (JSON.parse makes `__proto__` an own key).
//
// Size is bounded before anything is examined: a list's length and an object's key count are
// checked before their first item is read, and the first bound exceeded (too many values in the
// document, a list longer than the format allows there, an object wider than any the format has)
// stops the copy at once. The schema then runs over a tree of bounded size.
import * as messages from './messages.js';
import { MAX_INITIATIVES, MAX_KEYS, MAX_LIST, MAX_TEXT, MAX_VALUES } from './limits.js';

export type PathKey = string | number;
export type ReportIssue = (path: readonly PathKey[], message: string) => void;

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

class JsonCopier {
  private values = 0;
  tooLarge = false;
  private readonly ancestors = new Set<object>();
  /** The path of the value being copied; copied only when an issue is reported. */
  private readonly path: PathKey[] = [];

  constructor(
    private readonly report: ReportIssue,
    private readonly enough: () => boolean,
  ) {}

  copy(value: unknown, depth: number, extension: ExtensionBudget | undefined): unknown {
    if (++this.values > MAX_VALUES) this.stopTooLarge(messages.documentTooLarge(), []);
    if (extension && (++extension.values > MAX_EXTENSION_VALUES || depth - extension.depth >= MAX_EXTENSION_DEPTH)) {
      return this.extensionTooLarge(extension);
    }
    switch (typeof value) {
      case 'string':
        if (value.length > MAX_TEXT) return this.drop(messages.tooLong(value.length, MAX_TEXT));
        if (extension && (extension.chars += value.length) > MAX_EXTENSION_CHARS) return this.extensionTooLarge(extension);
        return value;
      case 'number':
        return Number.isFinite(value) ? value : this.drop(messages.notFinite(value));
      case 'boolean':
        return value;
      case 'undefined':
        // The schema says what is missing at the root; inside a list, a hole or undefined has no JSON form.
        return depth === 0 ? undefined : this.drop(messages.missingValue());
      case 'object':
        if (value === null) return null;
        break;
      default:
        return this.drop(messages.notJson(typeof value));
    }
    if (depth >= MAX_DEPTH) return this.drop(messages.tooDeep(MAX_DEPTH));
    if (this.ancestors.has(value)) return this.drop(messages.circular());
    this.ancestors.add(value);
    try {
      return Array.isArray(value) ? this.copyList(value, depth, extension) : this.copyObject(value, depth, extension);
    } catch (error) {
      if (error === STOP) throw error;
      return this.drop(messages.unreadable());
    } finally {
      this.ancestors.delete(value);
    }
  }

  /** The longest list the format allows here: 2,000 initiatives, 200 of everything else. */
  private listBound(depth: number, extension: ExtensionBudget | undefined): number {
    if (extension) return MAX_EXTENSION_ENTRIES;
    return depth === 1 && this.path[0] === 'initiatives' ? MAX_INITIATIVES : MAX_LIST;
  }

  private copyList(list: readonly unknown[], depth: number, extension: ExtensionBudget | undefined): unknown {
    const length = list.length;
    if (typeof length !== 'number' || !(length >= 0)) return this.drop(messages.unreadable());
    const bound = this.listBound(depth, extension);
    if (length > bound) {
      if (extension) return this.extensionTooLarge(extension);
      this.stopTooLarge(messages.tooManyItems(length, bound), this.path);
    }
    const copy: unknown[] = [];
    for (let index = 0; index < length; index++) {
      this.path.push(index);
      let copied: unknown;
      try {
        copied = this.copy(list[index], depth + 1, extension);
      } catch (error) {
        if (error === STOP) throw error;
        copied = this.drop(messages.unreadable());
      } finally {
        this.path.pop();
      }
      // Keep the indexes: a dropped item leaves undefined, which the schema reports at the same path (and is deduplicated).
      copy.push(copied === DROPPED ? undefined : copied);
    }
    return copy;
  }

  private copyObject(object: object, depth: number, extension: ExtensionBudget | undefined): unknown {
    const keys = Object.keys(object);
    if (keys.length > (extension ? MAX_EXTENSION_ENTRIES : MAX_KEYS)) {
      if (extension) return this.extensionTooLarge(extension);
      this.stopTooLarge(messages.tooManyKeys(keys.length, MAX_KEYS), this.path);
    }
    const copy: Record<string, unknown> = {};
    for (const key of keys) {
      if (key.length > MAX_TEXT) {
        this.drop(messages.tooLong(key.length, MAX_TEXT));
        continue;
      }
      this.path.push(key);
      try {
        const copied = this.copyProperty(object as Record<string, unknown>, key, depth, extension);
        if (copied !== DROPPED && copied !== undefined) copy[key] = copied;
      } finally {
        this.path.pop();
      }
    }
    return copy;
  }

  private copyProperty(object: Record<string, unknown>, key: string, depth: number, extension: ExtensionBudget | undefined): unknown {
    if (FORBIDDEN_KEYS.has(key)) return this.drop(messages.forbiddenKey(key));
    let value: unknown;
    try {
      value = object[key];
    } catch {
      return this.drop(messages.unreadable());
    }
    // As in JSON.stringify, a property that is undefined is absent.
    if (value === undefined) return undefined;
    const budget = extension ?? (key.startsWith('x-') ? { path: [...this.path], depth: depth + 1, values: 0, chars: 0, reported: false } : undefined);
    return this.copy(value, depth + 1, budget);
  }

  private drop(message: string): typeof DROPPED {
    this.report([...this.path], message);
    if (this.enough()) throw STOP;
    return DROPPED;
  }

  private stopTooLarge(message: string, path: readonly PathKey[]): never {
    this.tooLarge = true;
    this.report([...path], message);
    throw STOP;
  }

  private extensionTooLarge(extension: ExtensionBudget): typeof DROPPED {
    if (!extension.reported) {
      this.report(extension.path, messages.extensionTooLarge());
      if (this.enough()) throw STOP;
    }
    extension.reported = true;
    return DROPPED;
  }
}

/**
 * A plain copy of `input` made of JSON values only (objects are fresh `{}`, lists fresh `[]`), with
 * an issue reported for everything left out. Stops at the first size bound exceeded, or once
 * `enough()` says enough issues have been found. Never throws for any input.
 */
export function copyJson(input: unknown, report: ReportIssue, enough: () => boolean = () => false): JsonCopy {
  const copier = new JsonCopier(report, enough);
  try {
    const copied = copier.copy(input, 0, undefined);
    return { value: copied === DROPPED ? undefined : copied, tooLarge: false, stopped: false };
  } catch (error) {
    if (error !== STOP) throw error;
    return { value: undefined, tooLarge: copier.tooLarge, stopped: true };
  }
}
