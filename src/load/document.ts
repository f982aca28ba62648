// What the loader does to a validated document before a view or a listener sees it.
import type { StoryDocument } from '../schema/index.js';
import { resolveUrl } from '../schema/index.js';

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
