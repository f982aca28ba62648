// The first step of validate(): a fresh, plain copy of whatever the caller handed in, holding only
// JSON values. Everything hostile stops here, each with an issue at its path: getters and Proxies
// that throw, cycles, deep nesting, huge lists, functions and other non-JSON values, NaN and
// Infinity, and the keys `__proto__`, `constructor` and `prototype` (JSON.parse makes `__proto__`
// an own key). The schema then runs over a tree it can walk without surprises.
import * as messages from './messages.js';
import { MAX_TEXT } from './limits.js';

export type PathKey = string | number;
export type ReportIssue = (path: readonly PathKey[], message: string) => void;

/** Nesting the copy goes into; a valid document needs 6 levels. */
export const MAX_DEPTH = 64;
/** Values in the whole document (some 10 MB of JSON): copying that many takes a fraction of a second. */
const MAX_VALUES = 500_000;
/** Longest list or widest object copied; the schema then applies each list's own bound. */
const MAX_ENTRIES = 10_000;
/** Bounds on the value of one `x-` key. */
export const MAX_EXTENSION_DEPTH = 32;
const MAX_EXTENSION_VALUES = 10_000;
const MAX_EXTENSION_CHARS = 200_000;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A dropped value: an issue has been reported at its path. */
const DROPPED = Symbol('dropped');

interface ExtensionBudget {
  path: PathKey[];
  depth: number;
  values: number;
  chars: number;
  reported: boolean;
}

class JsonCopier {
  private values = 0;
  private tooLargeReported = false;
  private readonly ancestors = new Set<object>();
  /** The path of the value being copied; copied only when an issue is reported. */
  private readonly path: PathKey[] = [];

  constructor(private readonly report: ReportIssue) {}

  copy(value: unknown, depth: number, extension: ExtensionBudget | undefined): unknown {
    if (++this.values > MAX_VALUES) {
      if (!this.tooLargeReported) this.report([], messages.documentTooLarge());
      this.tooLargeReported = true;
      return DROPPED;
    }
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
    } catch {
      return this.drop(messages.unreadable());
    } finally {
      this.ancestors.delete(value);
    }
  }

  private copyList(list: readonly unknown[], depth: number, extension: ExtensionBudget | undefined): unknown {
    const length = list.length;
    if (typeof length !== 'number' || !(length >= 0)) return this.drop(messages.unreadable());
    if (length > MAX_ENTRIES) return this.drop(messages.tooManyItems(length, MAX_ENTRIES));
    const copy: unknown[] = [];
    for (let index = 0; index < length; index++) {
      this.path.push(index);
      let copied: unknown;
      try {
        copied = this.copy(list[index], depth + 1, extension);
      } catch {
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
    if (keys.length > MAX_ENTRIES) return this.drop(messages.tooManyItems(keys.length, MAX_ENTRIES));
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
    return DROPPED;
  }

  private extensionTooLarge(extension: ExtensionBudget): typeof DROPPED {
    if (!extension.reported) this.report(extension.path, messages.extensionTooLarge());
    extension.reported = true;
    return DROPPED;
  }
}

/**
 * A plain copy of `input` made of JSON values only (objects are fresh `{}`, lists fresh `[]`), with
 * an issue reported for everything left out. Never throws for any input.
 */
export function copyJson(input: unknown, report: ReportIssue): unknown {
  const copied = new JsonCopier(report).copy(input, 0, undefined);
  return copied === DROPPED ? undefined : copied;
}
