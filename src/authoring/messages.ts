// Messages of the authoring tools (JSON syntax, spreadsheet import, embed), in the UI language of the
// moment they are built. Names of columns, keys and characters are quoted and never translated.
import { msg, str } from '@lit/localize';
import { count } from '../i18n/plural.js';
import { quotedInput as q } from '../schema/messages.js';
import type { JsonSyntaxProblem } from './json-positions.js';


/** A JSON syntax problem as a sentence. */
export function jsonSyntax(problem: JsonSyntaxProblem): string {
  switch (problem.kind) {
    case 'empty':
      return msg('The text is empty: a story document is a JSON object like {"version": 1, …}.', { id: 'authoring.json.empty' });
    case 'end':
      return msg('Not valid JSON: the text ends before the document is complete (a closing } or ] or a " is missing).', { id: 'authoring.json.end' });
    case 'value': {
      const found = q(problem.found);
      return msg(str`Not valid JSON: a value was expected here (text in double quotes, a number, true, false, null, { … } or [ … ]), found ${found}.`, {
        id: 'authoring.json.value',
      });
    }
    case 'comma-list': {
      const found = q(problem.found);
      return msg(str`Not valid JSON: expected a comma or ] here, found ${found}.`, { id: 'authoring.json.comma-list' });
    }
    case 'comma-object': {
      const found = q(problem.found);
      return msg(str`Not valid JSON: expected a comma or } here, found ${found}.`, { id: 'authoring.json.comma-object' });
    }
    case 'key': {
      const found = q(problem.found);
      return problem.found === '}'
        ? msg('Not valid JSON: a comma after the last member of an object is not allowed.', { id: 'authoring.json.trailing-comma' })
        : msg(str`Not valid JSON: expected a key in double quotes here, found ${found}.`, { id: 'authoring.json.key' });
    }
    case 'colon': {
      const found = q(problem.found);
      return msg(str`Not valid JSON: expected a colon after the key, found ${found}.`, { id: 'authoring.json.colon' });
    }
    case 'after-end': {
      const found = q(problem.found);
      return msg(str`Not valid JSON: the text goes on after the end of the document: ${found}.`, { id: 'authoring.json.after-end' });
    }
    case 'string-end':
      return msg('Not valid JSON: this text is not closed with a double quote.', { id: 'authoring.json.string-end' });
    case 'string-escape': {
      const found = q(problem.found);
      return msg(str`Not valid JSON: ${found} is not an escape JSON knows (write \\\\ for a backslash).`, { id: 'authoring.json.string-escape' });
    }
    case 'string-control':
      return msg('Not valid JSON: a line break or tab inside text must be written \\n or \\t.', { id: 'authoring.json.string-control' });
  }
}

export function tableEmpty(): string {
  return msg('The table is empty: its first row names the columns (for example id, title, start).', { id: 'authoring.table.empty' });
}

export function tableNoRows(): string {
  return msg('The table has no rows below its first row (the column names).', { id: 'authoring.table.no-rows' });
}

export function unknownColumn(name: string, known: readonly string[]): string {
  const column = q(name);
  const list = known.join(', ');
  return msg(str`Unknown column ${column}. The columns are: ${list} (and x-… for data of your own).`, { id: 'authoring.table.unknown-column' });
}

export function duplicateColumn(name: string): string {
  const column = q(name);
  return msg(str`The column ${column} appears twice.`, { id: 'authoring.table.duplicate-column' });
}

export function unnamedColumn(): string {
  return msg('This column has values but no name in the first row.', { id: 'authoring.table.unnamed-column' });
}

export function columnLanguage(name: string): string {
  const column = q(name);
  return msg(str`Column ${column}: after the colon comes a language tag, as in title:nl or title:en.`, { id: 'authoring.table.column-lang' });
}

export function notTranslatable(name: string): string {
  const column = q(name);
  return msg(str`Column ${column}: this field is not a text in several languages, so it takes no :language.`, { id: 'authoring.table.not-translatable' });
}

export function mixedColumns(name: string): string {
  const column = q(name);
  const example = q(`${name}:en`);
  return msg(str`Column ${column} has no language, beside columns with one, and the document has no "lang" to tell it: name it like ${example}.`, {
    id: 'authoring.table.mixed',
  });
}

export function missingColumn(name: string): string {
  const column = q(name);
  return msg(str`The column ${column} is missing: every row needs one.`, { id: 'authoring.table.missing-column' });
}

export function ambiguousNumber(text: string): string {
  const value = q(text);
  return msg(str`${value} could be read as a whole number or as a decimal: write it without a thousands separator (86000), or with one or two decimals.`, {
    id: 'authoring.table.ambiguous-number',
  });
}

export function unclosedQuote(): string {
  return msg('A quoted value is not closed: a double quote is missing.', { id: 'authoring.table.quotes' });
}

export function unreadableRow(): string {
  return msg('This row could not be read as a row of the table.', { id: 'authoring.table.unreadable' });
}

export function intoInvalid(path: string, problem: string): string {
  const place = path || '(document)';
  return msg(str`The document to add the rows to has a problem of its own; fix it first. ${place}: ${problem}`, { id: 'authoring.table.into-invalid' });
}

export function invalidDocument(total: number, first: string): string {
  const problems = count(total);
  return msg(str`The story document has problems (${problems}); the first: ${first}`, { id: 'authoring.embed.invalid' });
}

export function noQuote(id: string): string {
  const quote = q(id);
  return msg(str`The document has no quote with the id ${quote}.`, { id: 'authoring.embed.no-quote' });
}
