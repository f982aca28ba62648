import { validate } from '../schema/index.js';
import { useServerLocale } from '../i18n/localization.js';
import type { StoryDocument } from '../schema/index.js';

/** Which element to render. */
export type StoryElementName = 'city-profile' | 'timeline' | 'quote';

/** What to render of a document, and in which language. */
export interface StoryRenderOptions {
  /** The element: `city-profile`, `timeline` or `quote`. */
  element: StoryElementName;
  /** For `quote`: the id of the quote (default: the document's first quote). */
  quote?: string;
  /**
   * The language of the page the markup goes into: labels, numbers and dates in it (when civic-story
   * has the UI language, else English), document texts picked for it. Default: English labels.
   */
  lang?: string;
}

/** The validated document; a server-side caller gets every issue in one error. */
export function validated(input: unknown): StoryDocument {
  const result = validate(input);
  if (result.ok) return result.document;
  const issues = result.issues.map((issue) => `${issue.path || '(document)'}: ${issue.message}`).join('; ');
  throw new TypeError(`civic-story: the story document has errors: ${issues}`);
}

/** Text for HTML text content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * JSON to place inside a `<script>` element (`application/json` or `application/ld+json`): `<`, `>`
 * and `&` become `\u003c`, `\u003e`, `\u0026`, so no `</script>` or `<!--` can end or change it, and
 * U+2028/2029 are escaped for old parsers. It parses back to the same value.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * @lit/localize announces a locale change on `window`, which Node does not have: while it changes
 * locale, `window` is a bare EventTarget, removed again afterwards (so code that tests for `window` to
 * tell a browser from a server is not misled between renders).
 */
async function withWindow<T>(task: () => Promise<T>): Promise<T> {
  const scope = globalThis as { window?: unknown };
  if (scope.window !== undefined) return task();
  scope.window = new EventTarget();
  try {
    return await task();
  } finally {
    delete scope.window;
  }
}

/** Renders run one after another: the UI locale they render in is global to the process. */
let queue: Promise<unknown> = Promise.resolve();

/** Runs a render with the UI locale for `lang` (English when not given or not shipped), after the renders before it. */
export function inServerLocale<T>(lang: string | undefined, task: () => T | Promise<T>): Promise<T> {
  const result = queue.then(async () => {
    await withWindow(() => useServerLocale(lang || 'en'));
    return task();
  });
  queue = result.catch(() => undefined);
  return result;
}

/** Sets the UI locale for `lang` in Node, for a process that speaks one language at a time (the `civic-story` command). */
export function useNodeLocale(lang: string): Promise<unknown> {
  return withWindow(() => useServerLocale(lang || 'en'));
}
