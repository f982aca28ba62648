// civic-story/ssr: server rendering in Node. The elements' markup with declarative shadow DOM (the same
// view functions as in the browser), a plain HTML fallback, and schema.org JSON-LD.
export { renderStory } from './render.js';
export { renderFallback } from './fallback.js';
export type { FallbackOptions } from './fallback.js';
export { jsonLd, jsonLdData } from './json-ld.js';
export type { JsonLdGraph, JsonLdOptions } from './json-ld.js';
export { escapeHtml, scriptJson } from './common.js';
export type { StoryElementName, StoryRenderOptions } from './common.js';
