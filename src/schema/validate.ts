// validate(): the checks of check.ts, with each problem as a message in the UI language
// (messages.ts). For tools and for server rendering; the elements run check() and load the messages
// only when there is a problem to show.
import { check, checkInSteps } from './check.js';
import type { CheckResult } from './check.js';
import { findJsonBound } from './json-scan.js';
import type { JsonBoundIssue } from './json-scan.js';
import { findingMessages, problemText } from './messages.js';
import type { ValidationResult } from './types.js';

/** A check's result with the text of each problem, built now, in the UI language of the moment. */
function withMessages(result: CheckResult): ValidationResult {
  if (result.ok) return result;
  try {
    const issues = findingMessages(result.issues);
    return result.tooLarge ? { ok: false, tooLarge: true, issues } : { ok: false, issues };
  } catch {
    return { ok: false, issues: [{ path: '', message: 'The document could not be checked.' }] };
  }
}

/**
 * Checks a story document and returns either a fresh copy of it (plain objects and lists, none of the
 * input's own objects) or the problems found, each with its path and a message in the UI language.
 * The work is bounded whatever the input: sizes are checked before contents (a document over a
 * bound is `tooLarge`, with the bound's path), and looking stops after 1,000 problems.
 * Never throws, whatever it is given.
 */
export function validate(input: unknown): ValidationResult {
  return withMessages(check(input));
}

/**
 * validate(), with `pause()` awaited between its steps (the copy, each slice of 250 initiatives), so
 * that a large document does not hold the main thread in one long task. Never rejects.
 */
export async function validateInSteps(input: unknown, pause: () => Promise<void>): Promise<ValidationResult> {
  return withMessages(await checkInSteps(input, pause));
}

/**
 * The first size bound a JSON text exceeds (too many values in all, a list longer than the format
 * allows at its place, an object with more keys than any of the format), with the message the
 * validation would give, or undefined. Not a validator: malformed JSON is left to JSON.parse.
 */
export function scanJsonBounds(text: string): JsonBoundIssue | undefined {
  const bound = findJsonBound(text);
  return bound && { path: bound.path, message: problemText(bound.problem) };
}
