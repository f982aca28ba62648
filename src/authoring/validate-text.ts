// A story document as text, checked: JSON syntax first, then validate(), each problem with its path
// and its line and column in the text, for a command line or an editor that shows problems in place.
import { formatPath, scanJsonBounds, validate } from '../schema/index.js';
import type { StoryDocument } from '../schema/index.js';
import { pathPrefixes, positionFinder, scanJsonPositions } from './json-positions.js';
import type { TextPosition } from './json-positions.js';
import { useAuthoringMessages } from './localize.js';
import * as messages from './messages.js';

/** One problem of a document text: its JSON path (`""` for the document, or for a syntax error), message and place. */
export interface TextProblem {
  path: string;
  message: string;
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units (as editors count); a leading BOM is not counted. */
  column: number;
  /** 0-based offset in the text as given (BOM included), for editors that place by offset. */
  offset: number;
}

export interface TextValidation {
  /** The validated document (a fresh copy), when there is no problem. */
  document?: StoryDocument;
  problems: TextProblem[];
}

/**
 * Parses and validates a story document's text. A syntax error is one problem at the place the text
 * stops being JSON; otherwise every problem validate() finds, placed at the value its path names (or,
 * for something missing, at the nearest enclosing value that is there).
 */
export function validateText(text: string): TextValidation {
  useAuthoringMessages();
  const at = positionFinder(text);
  const scan = scanJsonPositions(text);
  if (scan.syntax) {
    return { problems: [{ path: '', message: messages.jsonSyntax(scan.syntax.problem), ...at(scan.syntax.offset) }] };
  }
  const place = (path: string): TextPosition => {
    const exact = scan.values.get(path);
    if (exact !== undefined) return at(exact);
    const prefixes = pathPrefixes(path);
    for (let index = prefixes.length - 2; index >= 0; index--) {
      const offset = scan.values.get(prefixes[index]!);
      if (offset !== undefined) return at(offset);
    }
    return at(scan.values.get('') ?? 0);
  };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Over a size bound: refused before parsing, as the elements do.
  const bound = scanJsonBounds(body);
  if (bound) {
    const path = formatPath(bound.path);
    return { problems: [{ path, message: bound.message, ...place(path) }] };
  }
  const result = validate(JSON.parse(body) as unknown);
  if (result.ok) return { document: result.document, problems: [] };
  return { problems: result.issues.map((issue) => ({ path: issue.path, message: issue.message, ...place(issue.path) })) };
}
