// civic-story/authoring: what a person needs to write a story document and put it on a page, for the
// `civic-story` command and the story editor alike. Runs in browsers and in Node; no DOM needed.
export { parseTable, importTable } from './table.js';
export type { ParsedTable, TableImport, TableKind, TableProblem } from './table.js';
export { embedSnippet, DEFAULT_BUNDLE_URL } from './embed.js';
export type { EmbedOptions } from './embed.js';
export { starterDocument } from './starter.js';
export type { StarterOptions } from './starter.js';
export { validateText } from './validate-text.js';
export type { TextProblem, TextValidation } from './validate-text.js';
export { scanJsonPositions, positionFinder } from './json-positions.js';
export type { JsonScan, TextPosition } from './json-positions.js';
