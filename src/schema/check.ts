import { copyJson } from './json-copy.js';
import type { PathKey } from './json-copy.js';
import { escapeInvisible } from './escape.js';
import { MAX_ISSUES, MAX_ISSUES_FOUND } from './limits.js';
import * as problems from './problems.js';
import type { Problem } from './problems.js';
import { InitiativeRule, StoryRule, checkReferences, run } from './schema.js';
import type { Findings } from './schema.js';
import type { StoryDocument } from './types.js';

/** A problem found, at its path; the text comes later (messages.ts), when it is shown. See ValidationIssue. */
export interface Finding {
  path: string;
  problem: Problem;
  more?: number;
}

/** What check() finds: validate()'s result, with problems in place of messages. */
export type CheckResult = { ok: true; document: StoryDocument } | { ok: false; issues: Finding[]; tooLarge?: true };

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/** `["initiatives", 3, "start"]` as `initiatives[3].start`; the whole document is `""`. Odd keys are quoted: `city.name["a b"]`. */
export function formatPath(path: readonly PathKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (IDENTIFIER.test(key)) text += text ? `.${key}` : key;
    else text += `[${escapeInvisible(JSON.stringify(key.length > 60 ? `${key.slice(0, 60)}…` : key))}]`;
  }
  return text;
}

/** Initiatives checked in one step: the steps of a large document each take some 30 ms. */
const SLICE = 250;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The work of check() in steps: it yields between the copy and each slice of the initiatives, so
 * that a caller can let the page run in between (see checkInSteps).
 */
function* checkSteps(input: unknown): Generator<void, CheckResult> {
  // One issue per path (the first found there is the most telling), at most MAX_ISSUES kept.
  const issues: Finding[] = [];
  const paths = new Set<string>();
  const findings: Findings = {
    report(path, problem) {
      const text = formatPath(path);
      if (paths.has(text)) return;
      paths.add(text);
      if (issues.length < MAX_ISSUES) issues.push({ path: text, problem });
    },
    enough: () => paths.size >= MAX_ISSUES_FOUND,
  };
  /** The issues, the last one saying how many more there are; `stopped`: looking stopped before the end, so that count is a lower bound. */
  const failure = (stopped: boolean): Finding[] => {
    if (paths.size <= MAX_ISSUES && !stopped) return issues;
    const shown = issues.slice(0, MAX_ISSUES - 1);
    const more = paths.size - shown.length;
    shown.push({ path: '', problem: stopped ? problems.moreIssuesStopped(more) : problems.moreIssues(more), more });
    return shown;
  };
  const copy = copyJson(input, findings.report, findings.enough);
  if (copy.stopped) return copy.tooLarge ? { ok: false, tooLarge: true, issues: failure(false) } : { ok: false, issues: failure(true) };
  const story = copy.value;
  const initiatives = isObject(story) ? story['initiatives'] : undefined;
  let output: unknown;
  if (!isObject(story) || !Array.isArray(initiatives) || initiatives.length <= SLICE) {
    output = run(StoryRule, story, [], findings);
  } else {
    // The document without its initiatives, then the initiatives slice by slice, then the rules
    // across the whole document (issues already found for the rest have the same paths: kept once).
    yield;
    output = run(StoryRule, { ...story, initiatives: [] }, [], findings);
    const checked: unknown[] = [];
    for (let start = 0; start < initiatives.length && !findings.enough(); start += SLICE) {
      yield;
      const end = Math.min(start + SLICE, initiatives.length);
      for (let index = start; index < end && !findings.enough(); index++) checked.push(run(InitiativeRule, initiatives[index], ['initiatives', index], findings));
    }
    if (isObject(output)) {
      output['initiatives'] = checked;
      checkReferences(output, findings);
    }
  }
  return paths.size ? { ok: false, issues: failure(findings.enough()) } : { ok: true, document: output as StoryDocument };
}

/**
 * validate() without the text: the problems found, each with its path and the name and values of its
 * message (messages.ts turns them into text). Never throws, whatever it is given.
 */
export function check(input: unknown): CheckResult {
  return guarded(() => {
    const steps = checkSteps(input);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  });
}

/**
 * check(), with `pause()` awaited between its steps (the copy, each slice of 250 initiatives), so
 * that a large document does not hold the main thread in one long task. Never rejects.
 */
export async function checkInSteps(input: unknown, pause: () => Promise<void>): Promise<CheckResult> {
  const steps = checkSteps(input);
  for (;;) {
    const step = guarded(() => steps.next());
    if ('ok' in step) return step;
    if (step.done) return step.value;
    await pause();
  }
}

function guarded<T>(work: () => T): T | CheckResult {
  try {
    return work();
  } catch {
    return { ok: false, issues: [{ path: '', problem: problems.internalError() }] };
  }
}
