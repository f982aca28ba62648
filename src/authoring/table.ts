// Rows of a spreadsheet (CSV or TSV as Excel and LibreOffice save them, or cells copied from one)
// as entries of a story document. The first row names the fields; `field:lang` columns hold a text's
// translations; `author.name` reaches into a nested object. Each bad cell is reported at its row and
// column, with validate()'s message where the document's rules are broken.
import Papa from 'papaparse';
import { isLanguageTag, validate } from '../schema/index.js';
import type { StoryDocument } from '../schema/index.js';
import { pathPrefixes } from './json-positions.js';
import { useAuthoringMessages } from './localize.js';
import * as messages from './messages.js';

/** A table as rows of cells, and the delimiter it was found to use. */
export interface ParsedTable {
  rows: string[][];
  delimiter: string;
}

/** A problem at a cell, in spreadsheet terms: row 1 is the header, column 1 is A. Column 0: the row as a whole; row 0: the table or the document as a whole. */
export interface TableProblem {
  row: number;
  column: number;
  /** The column's name in the header, when the problem is in one column. */
  columnName?: string;
  message: string;
  /** The path in the document that validate() reported, when the problem comes from it. */
  path?: string;
}

/** What a table becomes: entries of the story document, or the problems that keep it from being one. */
export interface TableImport {
  /** The document with the rows added, validated (a fresh copy); undefined when there is any problem. */
  document: StoryDocument | undefined;
  /** Entries added (rows that were not empty). */
  added: number;
  problems: TableProblem[];
}

/** What a table's rows become. */
export type TableKind = 'initiatives' | 'facts' | 'quotes' | 'sources';

/** How a cell becomes a value: plain text, a translatable text, a list, or a fact's number-or-text. */
type FieldKind = 'string' | 'text' | 'list' | 'value';

const FIELDS: Record<TableKind, Record<string, FieldKind>> = {
  initiatives: {
    id: 'string',
    title: 'text',
    start: 'string',
    end: 'string',
    category: 'string',
    status: 'string',
    summary: 'text',
    outcome: 'text',
    partners: 'list',
    sources: 'list',
  },
  facts: { kind: 'string', label: 'text', value: 'value', unit: 'string', approx: 'string', asOf: 'string', note: 'text', sources: 'list' },
  quotes: { id: 'string', text: 'text', lang: 'string', 'author.name': 'string', 'author.role': 'text', date: 'string', context: 'text', sources: 'list' },
  sources: { id: 'string', title: 'string', publisher: 'string', url: 'string', date: 'string', lang: 'string' },
};

/** Columns a table of each kind must have (an empty `id` is made from the title). */
const REQUIRED: Record<TableKind, string[]> = {
  initiatives: ['title'],
  facts: ['value'],
  quotes: ['text', 'author.name'],
  sources: ['title'],
};

/** Where the entries go in the document. */
const PLACE: Record<TableKind, string> = { initiatives: 'initiatives', facts: 'city.facts', quotes: 'quotes', sources: 'sources' };

/** The field an id is made from when a row has none, and the id's stem when that gives nothing. */
const ID_FROM: Partial<Record<TableKind, { field: string; stem: string }>> = {
  initiatives: { field: 'title', stem: 'initiative' },
  quotes: { field: 'author.name', stem: 'quote' },
  sources: { field: 'title', stem: 'source' },
};

const DELIMITERS = [',', ';', '\t'];

/** Rows and problems of a table's text: papaparse with the delimiter guessed, a BOM and a `sep=` line honoured. */
function readTable(text: string): { rows: string[][]; delimiter: string; problems: TableProblem[] } {
  let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Excel writes `sep=;` as a first line to name the delimiter.
  const sep = /^sep=(.)\r?\n/.exec(body);
  const offset = sep ? 1 : 0;
  if (sep) body = body.slice(sep[0].length);
  const result = Papa.parse<string[]>(body, {
    delimiter: sep?.[1] ?? guessDelimiter(body),
    skipEmptyLines: false,
    header: false,
    dynamicTyping: false,
  });
  // A line break inside a quoted cell is kept as \n, whatever the file's line ends.
  const rows = result.data.map((row) => row.map((cell) => String(cell ?? '').replace(/\r\n?/g, '\n')));
  // The line break after the last row leaves one empty row.
  while (rows.length && rows[rows.length - 1]!.every((cell) => cell === '')) rows.pop();
  const problems = result.errors
    .filter((error) => error.code !== 'UndetectableDelimiter')
    .map((error) => ({
      row: (error.row ?? 0) + 1 + offset,
      column: 0,
      message: error.code === 'MissingQuotes' || error.code === 'InvalidQuotes' ? messages.unclosedQuote() : messages.unreadableRow(),
    }));
  return { rows, delimiter: result.meta.delimiter || ',', problems };
}

/**
 * The delimiter of a table: the one of comma, semicolon and tab that its first row (outside quotes)
 * has most of; a comma when it has none. (Papaparse's own guess needs rows of equal length and is
 * thrown by the empty row after a final line break.)
 */
function guessDelimiter(body: string): string {
  const counts = new Map(DELIMITERS.map((delimiter) => [delimiter, 0]));
  let quoted = false;
  for (const char of body) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best = ',';
  for (const [delimiter, count] of counts) if (count > counts.get(best)!) best = delimiter;
  return best;
}

/**
 * A CSV or TSV text as rows of cells: comma, semicolon or tab found by itself (a `sep=;` first line,
 * as Excel writes, is honoured), a UTF-8 BOM dropped, quoted cells with line breaks and doubled
 * quotes read as the spreadsheet meant them. Empty rows at the end are dropped.
 */
export function parseTable(text: string): ParsedTable {
  const { rows, delimiter } = readTable(text);
  return { rows, delimiter };
}

interface Column {
  index: number;
  name: string;
  field: string;
  lang?: string;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** An id from a title: lowercase ASCII letters, digits and `-`. */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
}

/** A list cell: items separated by `;` or line breaks. */
const listItems = (cell: string): string[] =>
  cell
    .split(/[;\n]/)
    .map((item) => item.trim())
    .filter(Boolean);

const NUMBER = /^[-+]?\d+(?:[.,](\d+))?$/;

/**
 * Rows of a table as entries of a story document (`initiatives`, the city's `facts`, `quotes` or
 * `sources`), appended to `into` (else to an empty document: `{ "version": 1 }`, with a city named
 * "[City]" for facts). See docs/cli.md for the column rules.
 */
export function importTable(text: string, as: TableKind, into?: unknown): TableImport {
  useAuthoringMessages();
  const fields = FIELDS[as];
  if (!fields) throw new TypeError(`civic-story: cannot import a table as "${String(as)}" (initiatives, facts, quotes or sources).`);
  const { rows, problems } = readTable(text);
  const fail = (): TableImport => ({ document: undefined, added: 0, problems });

  // The document to add to.
  let base: Record<string, unknown>;
  if (into === undefined) {
    base = as === 'facts' ? { version: 1, city: { name: '[City]' } } : { version: 1 };
  } else {
    const checked = validate(into);
    if (!checked.ok) {
      for (const issue of checked.issues) problems.push({ row: 0, column: 0, message: messages.intoInvalid(issue.path, issue.message), path: issue.path });
      return fail();
    }
    base = checked.document as unknown as Record<string, unknown>;
  }
  const documentLang = typeof base['lang'] === 'string' ? base['lang'] : undefined;

  const header = rows[0];
  if (!header || header.every((cell) => cell.trim() === '')) {
    problems.push({ row: 1, column: 0, message: messages.tableEmpty() });
    return fail();
  }

  // The header: one column per field, `field:lang` per translation, `x-…` for data of one's own.
  const columns: Column[] = [];
  const seen = new Set<string>();
  header.forEach((cell, index) => {
    const name = cell.trim();
    const column = index + 1;
    if (!name) {
      if (rows.slice(1).some((row) => (row[index] ?? '').trim() !== '')) problems.push({ row: 1, column, message: messages.unnamedColumn() });
      return;
    }
    const colon = name.lastIndexOf(':');
    const field = colon > 0 ? name.slice(0, colon) : name;
    const lang = colon > 0 ? name.slice(colon + 1) : undefined;
    if (!Object.hasOwn(fields, field) && !field.startsWith('x-')) {
      problems.push({ row: 1, column, columnName: name, message: messages.unknownColumn(name, Object.keys(fields)) });
      return;
    }
    if (lang !== undefined) {
      const kind = fields[field];
      if (kind !== 'text' && kind !== 'value') {
        problems.push({ row: 1, column, columnName: name, message: messages.notTranslatable(name) });
        return;
      }
      if (!isLanguageTag(lang)) {
        problems.push({ row: 1, column, columnName: name, message: messages.columnLanguage(name) });
        return;
      }
    }
    const key = lang === undefined ? field : `${field}:${lang.toLowerCase()}`;
    if (seen.has(key)) {
      problems.push({ row: 1, column, columnName: name, message: messages.duplicateColumn(name) });
      return;
    }
    seen.add(key);
    columns.push({ index, name, field, ...(lang !== undefined ? { lang } : {}) });
  });
  // A plain `title` beside `title:nl` is in the document's language; without one, it cannot be placed.
  for (const column of columns) {
    if (column.lang === undefined && columns.some((other) => other.field === column.field && other.lang !== undefined) && !documentLang) {
      problems.push({ row: 1, column: column.index + 1, columnName: column.name, message: messages.mixedColumns(column.name) });
    }
  }
  for (const field of REQUIRED[as]) {
    if (!columns.some((column) => column.field === field)) problems.push({ row: 1, column: 0, columnName: field, message: messages.missingColumn(field) });
  }
  if (problems.length) return fail();

  // The rows.
  const entries: Record<string, unknown>[] = [];
  const entryRows: number[] = [];
  const existing = (): unknown[] => {
    const list = as === 'facts' ? (base['city'] as Record<string, unknown> | undefined)?.['facts'] : base[as];
    return Array.isArray(list) ? list : [];
  };
  const ids = new Set(existing().flatMap((entry) => (isObject(entry) && typeof entry['id'] === 'string' ? [entry['id']] : [])));
  rows.slice(1).forEach((row, rowIndex) => {
    const rowNumber = rowIndex + 2;
    if (row.every((cell) => cell.trim() === '')) return;
    const entry: Record<string, unknown> = {};
    const set = (field: string, value: unknown): void => {
      const [outer, inner] = field.split('.') as [string, string | undefined];
      if (inner === undefined) entry[outer] = value;
      else entry[outer] = { ...((entry[outer] as Record<string, unknown> | undefined) ?? {}), [inner]: value };
    };
    const get = (field: string): unknown => {
      const [outer, inner] = field.split('.') as [string, string | undefined];
      return inner === undefined ? entry[outer] : (entry[outer] as Record<string, unknown> | undefined)?.[inner];
    };
    for (const column of columns) {
      const raw = row[column.index] ?? '';
      const cell = raw.trim();
      if (!cell) continue;
      const kind = fields[column.field] ?? 'string';
      if (column.lang !== undefined || ((kind === 'text' || kind === 'value') && columns.some((other) => other.field === column.field && other.lang !== undefined))) {
        const lang = column.lang ?? documentLang ?? '';
        const current = get(column.field);
        set(column.field, { ...(isObject(current) ? current : {}), [lang]: cell });
        continue;
      }
      if (kind === 'list') {
        set(column.field, listItems(cell));
      } else if (kind === 'value') {
        const number = NUMBER.exec(cell.replace(/[\s\u00a0\u202f]/g, ''));
        if (number) {
          // `86.000` or `1,500`: a thousands separator or three decimals? Refuse to guess.
          if (number[1]?.length === 3 && !/^[-+]?0[.,]/.test(cell)) {
            problems.push({ row: rowNumber, column: column.index + 1, columnName: column.name, message: messages.ambiguousNumber(cell) });
            continue;
          }
          set(column.field, Number(cell.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.')));
        } else {
          set(column.field, cell);
        }
      } else {
        set(column.field, cell);
      }
    }
    // An id made from the title (or the author), unique in the list.
    const idRule = ID_FROM[as];
    if (idRule && entry['id'] === undefined) {
      const source = get(idRule.field);
      const from = typeof source === 'string' ? source : isObject(source) ? String(Object.values(source)[0] ?? '') : '';
      const stem = slug(from) || idRule.stem;
      let id = stem;
      for (let n = 2; ids.has(id); n++) id = `${stem}-${n}`;
      entry['id'] = id;
    }
    if (typeof entry['id'] === 'string') ids.add(entry['id']);
    entries.push(entry);
    entryRows.push(rowNumber);
  });
  if (!entries.length && !problems.length) problems.push({ row: 2, column: 0, message: messages.tableNoRows() });
  if (problems.length) return fail();

  // The document with the entries, checked as a whole.
  const document: Record<string, unknown> = structuredClone(base);
  let first: number;
  if (as === 'facts') {
    const city = document['city'] as Record<string, unknown>;
    const facts = Array.isArray(city['facts']) ? (city['facts'] as unknown[]) : [];
    first = facts.length;
    city['facts'] = [...facts, ...entries];
  } else {
    const list = Array.isArray(document[as]) ? (document[as] as unknown[]) : [];
    first = list.length;
    document[as] = [...list, ...entries];
  }
  const result = validate(document);
  if (result.ok) return { document: result.document, added: entries.length, problems: [] };

  // Each issue at the cell it comes from, when its path is in an added entry.
  const place = PLACE[as];
  const columnOf = (rest: string): Column | undefined => {
    // `.title`, `.title.nl`, `.title["en-GB"]`, `.sources[1]`, `.author.name`: the longest field that starts it.
    const segments = pathPrefixes(rest);
    const keys = segments.map((segment, index) => segment.slice(index ? segments[index - 1]!.length : 0)).map(pathKey);
    for (let take = Math.min(keys.length, 2); take >= 1; take--) {
      const field = keys.slice(0, take).join('.');
      if (!Object.hasOwn(fields, field) && !field.startsWith('x-')) continue;
      const lang = keys[take];
      return (
        (lang !== undefined ? columns.find((column) => column.field === field && column.lang?.toLowerCase() === lang.toLowerCase()) : undefined) ??
        columns.find((column) => column.field === field && column.lang === undefined) ??
        columns.find((column) => column.field === field)
      );
    }
    return undefined;
  };
  for (const issue of result.issues) {
    const match = new RegExp(`^${place.replace('.', '\\.')}\\[(\\d+)\\](.*)$`).exec(issue.path);
    const index = match ? Number(match[1]) - first : -1;
    if (!match || index < 0 || index >= entries.length) {
      problems.push({ row: 0, column: 0, message: issue.path ? `${issue.path}: ${issue.message}` : issue.message, path: issue.path });
      continue;
    }
    const column = match[2] ? columnOf(match[2]) : undefined;
    problems.push({
      row: entryRows[index]!,
      column: column ? column.index + 1 : 0,
      ...(column ? { columnName: column.name } : {}),
      message: issue.message,
      path: issue.path,
    });
  }
  // In the order a person reads the table: row by row, left to right (the document's own problems first).
  problems.sort((a, b) => a.row - b.row || a.column - b.column);
  return { document: undefined, added: 0, problems };
}

/** One segment of a formatted path as its key: `.title` is `title`, `[3]` is `3`, `["en-GB"]` is `en-GB`. */
function pathKey(segment: string): string {
  if (segment.startsWith('.')) return segment.slice(1);
  if (segment.startsWith('["')) {
    try {
      return JSON.parse(segment.slice(1, -1)) as string;
    } catch {
      return segment;
    }
  }
  if (segment.startsWith('[')) return segment.slice(1, -1);
  return segment;
}
