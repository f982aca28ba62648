// What the loader does to a validated document before a view or a listener sees it.
import type { StoryDocument } from '../schema/types.js';
import { check, formatPath } from '../schema/check.js';
import type { CheckResult, Finding } from '../schema/check.js';
import { findJsonBound } from '../schema/json-scan.js';
import { resolveUrl } from '../schema/url.js';

/** Lets nothing change the document after validation: not a listener of civic-load, not a view. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/**
 * The validated copy as the element keeps it: with its relative URLs (image, links, sources)
 * resolved against `base`, the URL the document was fetched from, and frozen. Without a base (`.data`
 * or inline JSON), URLs stay as written and resolve against the page.
 */
export function settleDocument(document: StoryDocument, base: string | undefined): Readonly<StoryDocument> {
  if (base) {
    const city = document.city;
    if (city?.image) city.image.src = resolveUrl(city.image.src, base);
    for (const link of city?.links ?? []) link.href = resolveUrl(link.href, base);
    for (const source of document.sources ?? []) if (source.url) source.url = resolveUrl(source.url, base);
  }
  return deepFreeze(document);
}

/** A validation result whose document is settled: the frozen copy every element given the input shares. */
export type SettledResult = { ok: true; document: Readonly<StoryDocument> } | Extract<CheckResult, { ok: false }>;

/** The result with its document settled (no base: URLs stay as written). */
export const settleResult = (result: CheckResult): SettledResult => (result.ok ? { ok: true, document: settleDocument(result.document, undefined) } : result);

/**
 * The objects given as `.data` in this turn of the event loop, with what their validation came to.
 * A page or framework that gives one object to several elements at once (in one script, one render)
 * has it validated once, and every element gets the same frozen copy. The map lives until the
 * microtasks of the turn have run, no longer: an object edited and given again later is read again,
 * as it always was (the element keeps the copy it made, so editing the object changes nothing until
 * it is given again).
 */
let givenThisTurn: WeakMap<object, SettledResult> | undefined;

/** check() for a `.data` value, once per object per turn (see givenThisTurn). */
export function validateData(input: unknown): SettledResult {
  if (typeof input !== 'object' || input === null) return settleResult(check(input));
  if (!givenThisTurn) {
    givenThisTurn = new WeakMap();
    queueMicrotask(() => {
      givenThisTurn = undefined;
    });
  }
  let result = givenThisTurn.get(input);
  if (!result) {
    result = settleResult(check(input));
    givenThisTurn.set(input, result);
  }
  return result;
}

/** The issue when JSON text is over a size bound of the format (read off the text, before parsing it). */
export function boundIssue(text: string): Finding | undefined {
  const bound = findJsonBound(text);
  return bound && { path: formatPath(bound.path), problem: bound.problem };
}

export function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}
