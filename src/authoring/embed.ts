// The paste-ready HTML for a page without a build step: the CDN bundle's script, the element with the
// document (inline or by URL) and its no-JavaScript fallback, and the document's JSON-LD.
import { validate } from '../schema/index.js';
import type { StoryDocument } from '../schema/index.js';
import { escapeHtml, scriptJson } from '../ssr/common.js';
import { fallbackMarkup } from '../ssr/fallback.js';
import { jsonLdGraph } from '../ssr/json-ld.js';
import { useAuthoringMessages } from './localize.js';
import * as messages from './messages.js';

/** Where README.md tells page authors to copy the bundle to: replace it with your site's own path. */
export const DEFAULT_BUNDLE_URL = '/assets/civic-story.bundle.js';

export interface EmbedOptions {
  /** The element: `city-profile`, `timeline` or `quote`. */
  element: 'city-profile' | 'timeline' | 'quote';
  /** For `quote`: the id of the quote (default: the document's first quote). */
  quote?: string;
  /** The URL of the document on your site: the element loads it (`src`) instead of carrying it inline. */
  src?: string;
  /** The URL of `civic-story.bundle.js` on your site (default `/assets/civic-story.bundle.js`). */
  bundle?: string;
  /**
   * The language of the page the snippet goes into: the element gets it as its `lang`, and the
   * fallback and JSON-LD pick the document's texts for it. The fallback's labels, numbers and dates
   * are in the UI locale active when this runs.
   */
  lang?: string;
}

/**
 * A snippet to paste into a page: `<script type="module" src>` for the bundle, the element with the
 * document as inline JSON (`<` written `\u003c`) or its `src`, the plain HTML fallback inside it, and
 * `<script type="application/ld+json">`. Every value is escaped for its place. Throws a TypeError
 * (message in the UI language) when the document is not valid or has no such quote.
 */
export function embedSnippet(document: StoryDocument, options: EmbedOptions): string {
  useAuthoringMessages();
  const result = validate(document);
  if (!result.ok) {
    const first = result.issues[0];
    throw new TypeError(messages.invalidDocument(result.issues.length, first ? `${first.path || '(document)'}: ${first.message}` : ''));
  }
  // `$schema` names a file beside the document for editors; on a page it means nothing.
  const story: StoryDocument = { ...result.document };
  delete story.$schema;
  const { element } = options;
  if (element === 'quote' && options.quote && !(story.quotes ?? []).some((quote) => quote.id === options.quote)) {
    throw new TypeError(messages.noQuote(options.quote));
  }
  const tag = `civic-${element}`;
  const attributes = [
    options.src ? ` src="${escapeHtml(options.src)}"` : '',
    element === 'quote' && options.quote ? ` quote="${escapeHtml(options.quote)}"` : '',
    options.lang ? ` lang="${escapeHtml(options.lang)}"` : '',
  ].join('');
  const inline = options.src ? '' : `\n  <script type="application/json">${scriptJson(story)}</script>`;
  // Validated once, above: the fallback (which throws on an unknown element) and the JSON-LD take it as it is.
  const fallback = fallbackMarkup(story, { element, quote: options.quote, lang: options.lang });
  return [
    `<script type="module" src="${escapeHtml(options.bundle || DEFAULT_BUNDLE_URL)}"></script>`,
    `<${tag}${attributes}>${inline}`,
    fallback ? `  ${fallback}` : '',
    `</${tag}>`,
    `<script type="application/ld+json">${scriptJson(jsonLdGraph(story, { lang: options.lang }))}</script>`,
    '',
  ]
    .filter((line, index, lines) => line !== '' || index === lines.length - 1)
    .join('\n');
}
