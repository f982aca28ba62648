import * as v from 'valibot';
import { copyJson } from './json-copy.js';
import type { PathKey } from './json-copy.js';
import { MAX_ISSUES } from './limits.js';
import * as messages from './messages.js';
import { StorySchema } from './schema.js';
import type { ValidationIssue, ValidationResult } from './types.js';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/** `["initiatives", 3, "start"]` as `initiatives[3].start`; the whole document is `""`. Odd keys are quoted: `city.name["a b"]`. */
export function formatPath(path: readonly PathKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (IDENTIFIER.test(key)) text += text ? `.${key}` : key;
    else text += `[${JSON.stringify(key.length > 60 ? `${key.slice(0, 60)}…` : key)}]`;
  }
  return text;
}

/** The issues of one run: one per path (the first found there is the most telling), at most MAX_ISSUES. */
class IssueList {
  private readonly issues: ValidationIssue[] = [];
  private readonly paths = new Set<string>();
  private total = 0;

  add(path: readonly PathKey[], message: string): void {
    const text = formatPath(path);
    if (this.paths.has(text)) return;
    this.paths.add(text);
    this.total += 1;
    if (this.issues.length < MAX_ISSUES) this.issues.push({ path: text, message });
  }

  get size(): number {
    return this.total;
  }

  list(): ValidationIssue[] {
    if (this.total <= MAX_ISSUES) return this.issues;
    const shown = this.issues.slice(0, MAX_ISSUES - 1);
    const more = this.total - shown.length;
    shown.push({ path: '', message: messages.moreIssues(more), more });
    return shown;
  }
}

const pathKeys = (path: readonly v.IssuePathItem[] | undefined): PathKey[] =>
  (path ?? []).map((item) => (typeof item.key === 'number' ? item.key : String(item.key)));

/**
 * Checks a story document and returns either a fresh copy of it (plain objects and lists, none of the
 * input's own objects) or every problem found, each with its path and a message in the UI language.
 * Never throws, whatever it is given.
 */
export function validate(input: unknown): ValidationResult {
  try {
    const issues = new IssueList();
    const copy = copyJson(input, (path, message) => issues.add(path, message));
    const result = v.safeParse(StorySchema, copy);
    for (const issue of result.issues ?? []) issues.add(pathKeys(issue.path), issue.message);
    if (result.success && issues.size === 0) return { ok: true, document: result.output };
    return { ok: false, issues: issues.list() };
  } catch {
    let message = 'The document could not be checked.';
    try {
      message = messages.internalError();
    } catch {
      // Keep the English text.
    }
    return { ok: false, issues: [{ path: '', message }] };
  }
}
