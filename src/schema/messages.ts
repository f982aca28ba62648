// Validation messages, for a web editor who pasted a document: the text of each problem a check
// finds (problems.ts names them). Each is built by a function, when the problem is shown, so it comes
// out in the UI language of that moment. The elements load this module only when there is a problem
// to show; validate() (civic-story/schema) imports it.
// Quotation marks, separators and numbers come from the messages and Intl, so each language writes
// its own; key names of the format are placeholders, quoted and never translated.
import { msg, str } from '@lit/localize';
import { count, messageLocale, plural } from '../i18n/plural.js';
import { escapeInvisible } from './escape.js';
import { wantErrorStrings } from '../i18n/error-strings.js';
import type { Problem, ProblemName } from './problems.js';
import type { Finding } from './check.js';
import type { ValidationIssue } from './types.js';

export { escapeInvisible };

// Whatever imports the messages (validate(), the tools, an element with an error to show) wants them
// in the UI language: each UI locale civic-story loads from now on brings their translations.
wantErrorStrings();

const SHOWN_LENGTH = 40;

/** User input as it appears in a message: at most 40 characters, control and bidi characters escaped. */
export function shown(text: string): string {
  let cut = text.length > SHOWN_LENGTH ? text.slice(0, SHOWN_LENGTH) : text;
  // Do not leave half of a surrogate pair at the cut.
  if (cut.length < text.length && /[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const escaped = escapeInvisible(cut);
  return cut.length < text.length ? `${escaped}…` : escaped;
}

/** Text between the quotation marks of the UI language: “text”, „Text“, « texte », ”text”. */
export function quoted(text: string): string {
  return msg(str`“${text}”`, { id: 'schema.quoted' });
}

/** User input quoted as it appears in a message: shown(), then quoted(). */
export const quotedInput = (text: string): string => quoted(shown(text));

/** A key of the format, quoted and untranslated: “version”. */
const key = (name: string): string => quoted(name);

/** A value as it appears after "got": `“text”`, `42`, `true`, `null`, "a list", "an object", "nothing". */
export function described(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return quotedInput(value);
    case 'number':
    case 'boolean':
      return String(value);
    case 'undefined':
      return msg('nothing', { id: 'schema.got-nothing' });
    case 'object':
      if (value === null) return 'null';
      return Array.isArray(value) ? msg('a list', { id: 'schema.got-list' }) : msg('an object', { id: 'schema.got-object' });
    default:
      return typeof value;
  }
}


export const notADocument = (input: unknown): string =>
  msg(str`Expected a story document: a JSON object like {"version": 1, …}, got ${described(input)}.`, { id: 'schema.not-a-document' });

export const missingVersion = (): string => {
  const version = key('version');
  return msg(str`Missing required key ${version}. Add "version": 1 to the document.`, { id: 'schema.version-missing' });
};

export const unsupportedVersion = (input: unknown): string =>
  msg(str`Unsupported version ${described(input)}: only version 1 (the number) is supported.`, { id: 'schema.version' });

export const missingKey = (name: string): string => {
  const keyName = quotedInput(name);
  return msg(str`Missing required key ${keyName}.`, { id: 'schema.missing-key' });
};

export const unknownKey = (name: string): string => {
  const keyName = quotedInput(name);
  return msg(str`Unknown key ${keyName}. Keys that are not part of the format must start with x-.`, { id: 'schema.unknown-key' });
};

export const forbiddenKey = (name: string): string => {
  const keyName = quotedInput(name);
  return msg(str`The key ${keyName} is not allowed.`, { id: 'schema.forbidden-key' });
};

export const expectedObject = (input: unknown): string => msg(str`Expected an object { … }, got ${described(input)}.`, { id: 'schema.object' });

export const expectedList = (input: unknown): string => msg(str`Expected a list [ … ], got ${described(input)}.`, { id: 'schema.list' });

export const expectedString = (input: unknown): string => msg(str`Expected text, got ${described(input)}.`, { id: 'schema.string' });

export const expectedText = (input: unknown): string =>
  msg(str`Expected text, or translations like {"en": "…", "nl": "…"}, got ${described(input)}.`, { id: 'schema.text' });

export const expectedNumberOrText = (input: unknown): string =>
  msg(str`Expected a number or text, got ${described(input)}.`, { id: 'schema.number-or-text' });

export const notFinite = (input: unknown): string =>
  msg(str`Expected a finite number, got ${described(input)}.`, { id: 'schema.not-finite' });

// Counts of too long texts and of problems left out are never 0: no zero form.
export const tooLong = (length: number, max: number): string => {
  const [given, limit] = [count(length), count(max)];
  return plural(length, {
    one: () => msg(str`Too long: ${given} character; the limit is ${limit}.`, { id: 'schema.too-long.one' }),
    two: () => msg(str`Too long: two characters; the limit is ${limit}.`, { id: 'schema.too-long.two' }),
    few: () => msg(str`Too long: ${given} characters; the limit is ${limit}.`, { id: 'schema.too-long.few' }),
    many: () => msg(str`Too long: ${given} characters; the limit is ${limit}.`, { id: 'schema.too-long.many' }),
    other: () => msg(str`Too long: ${given} characters; the limit is ${limit}.`, { id: 'schema.too-long.other' }),
  });
};

export const tooManyItems = (length: number, max: number): string => {
  const [given, limit] = [count(length), count(max)];
  return msg(str`Too many entries: ${given}; the limit is ${limit}.`, { id: 'schema.too-many' });
};

export const tooManyKeys = (length: number, max: number): string => {
  const [given, limit] = [count(length), count(max)];
  return msg(str`Too many keys: ${given}; the limit is ${limit}.`, { id: 'schema.too-many-keys' });
};

export const emptyTranslations = (): string =>
  msg('Add at least one language, like {"en": "…"}, or write plain text.', { id: 'schema.text-empty' });

export const tooManyLanguages = (length: number, max: number): string => {
  const [given, limit] = [count(length), count(max)];
  return msg(str`Too many languages: ${given}; the limit is ${limit}.`, { id: 'schema.too-many-languages' });
};

export const languageTag = (input: unknown): string =>
  typeof input === 'string'
    ? msg(str`${quotedInput(input)} is not a language tag like en, nl or pt-BR.`, { id: 'schema.lang' })
    : msg(str`Expected a language tag like en, nl or pt-BR, got ${described(input)}.`, { id: 'schema.lang-type' });

export const dateShape = (input: unknown): string =>
  msg(str`Expected a date like 2016, 2016-10 or 2016-10-15, got ${described(input)}.`, { id: 'schema.date' });

export const dateNotInCalendar = (input: unknown): string =>
  msg(str`${described(input)} is not a date in the calendar.`, { id: 'schema.date-calendar' });

export const dateOrOngoing = (input: unknown): string =>
  msg(str`Expected a date like 2016, 2016-10 or 2016-10-15, or ${quoted('ongoing')}, got ${described(input)}.`, { id: 'schema.date-or-ongoing' });

export const endBeforeStart = (end: string, start: string): string =>
  msg(str`The end (${shown(end)}) is before the start (${shown(start)}).`, { id: 'schema.end-before-start' });

export const unsafeUrl = (input: unknown): string =>
  msg(str`Only http:, https: or relative links are allowed, got ${described(input)}.`, { id: 'schema.url' });

export function country(input: unknown): string {
  if (typeof input === 'string' && input.length === 2 && input !== input.toUpperCase()) {
    const capitals = shown(input.toUpperCase());
    return msg(str`Country codes are written in capitals: ${quoted(capitals)}, not ${described(input)}.`, { id: 'schema.country-case' });
  }
  return msg(str`Expected a two-letter country code like BE, NL or SE, got ${described(input)}.`, { id: 'schema.country' });
}

const lists = new Map<string, Intl.ListFormat>();

export const oneOf = (options: readonly string[], input: unknown): string => {
  const locale = messageLocale();
  let list = lists.get(locale);
  if (!list) {
    list = new Intl.ListFormat(locale, { type: 'disjunction' });
    lists.set(locale, list);
  }
  const choices = list.format(options.map(quoted));
  return msg(str`Expected one of ${choices}, got ${described(input)}.`, { id: 'schema.one-of' });
};

export const id = (input: unknown): string => {
  const [min, max] = [count(1), count(100)];
  return msg(str`Expected an id: ${min} to ${max} letters, digits, ".", "_", ":" or "-", starting with a letter or digit; got ${described(input)}.`, {
    id: 'schema.id',
  });
};

export const category = (input: unknown): string => {
  const [example, max] = [quoted('youth-work'), count(40)];
  return msg(str`Expected a category like ${example}: up to ${max} lowercase letters, digits and "-"; got ${described(input)}.`, {
    id: 'schema.category',
  });
};

export const factNeedsLabel = (): string => {
  const [kind, label] = [key('kind'), key('label')];
  return msg(str`A fact without ${kind} needs ${label}.`, { id: 'schema.fact-label' });
};

export const duplicateId = (value: string): string => {
  const idValue = quotedInput(value);
  return msg(str`The id ${idValue} is used twice in this list; ids must be unique.`, { id: 'schema.duplicate-id' });
};

export const unknownSource = (value: string): string => {
  const [idValue, sources] = [quotedInput(value), key('sources')];
  return msg(str`No source has the id ${idValue}. Add it to ${sources} or fix the id.`, { id: 'schema.unknown-source' });
};

export const notJson = (type: string): string =>
  msg(str`Only JSON values (text, numbers, true or false, null, lists and objects) are allowed, got ${type}.`, { id: 'schema.not-json' });

export const missingValue = (): string => msg('Expected a value, got nothing.', { id: 'schema.missing-value' });

export const tooDeep = (max: number): string => {
  const limit = count(max);
  return msg(str`Nested too deeply: the limit is ${limit} levels.`, { id: 'schema.too-deep' });
};

export const extensionTooLarge = (): string => {
  const [levels, values] = [count(32), count(10_000)];
  return msg(str`This x- value is too large: keep extension data small (at most ${levels} levels deep and ${values} values).`, {
    id: 'schema.x-too-large',
  });
};

export const documentTooLarge = (): string => msg('The document is too large to check.', { id: 'schema.too-large' });

export const circular = (): string => msg('This value contains itself (a circular reference).', { id: 'schema.circular' });

export const unreadable = (): string => msg('This value could not be read.', { id: 'schema.unreadable' });

export const moreIssues = (n: number): string => {
  const more = count(n);
  return plural(n, {
    one: () => msg(str`…and ${more} more problem.`, { id: 'schema.more-issues.one' }),
    two: () => msg('…and two more problems.', { id: 'schema.more-issues.two' }),
    few: () => msg(str`…and ${more} more problems.`, { id: 'schema.more-issues.few' }),
    many: () => msg(str`…and ${more} more problems.`, { id: 'schema.more-issues.many' }),
    other: () => msg(str`…and ${more} more problems.`, { id: 'schema.more-issues.other' }),
  });
};

export const moreIssuesStopped = (n: number): string => {
  const more = count(n);
  return msg(str`…and more than ${more} more problems; checking stopped here.`, { id: 'schema.more-issues-stopped' });
};

export const internalError = (): string => msg('The document could not be checked.', { id: 'schema.internal' });

/** The message of each problem, by the name problems.ts gives it. */
const texts: Record<ProblemName, (...args: never[]) => string> = {
  notADocument,
  missingVersion,
  unsupportedVersion,
  missingKey,
  unknownKey,
  forbiddenKey,
  expectedObject,
  expectedList,
  expectedString,
  expectedText,
  expectedNumberOrText,
  notFinite,
  tooLong,
  tooManyItems,
  tooManyKeys,
  emptyTranslations,
  tooManyLanguages,
  languageTag,
  dateShape,
  dateNotInCalendar,
  dateOrOngoing,
  endBeforeStart,
  unsafeUrl,
  country,
  oneOf,
  id,
  category,
  factNeedsLabel,
  duplicateId,
  unknownSource,
  notJson,
  missingValue,
  tooDeep,
  extensionTooLarge,
  documentTooLarge,
  circular,
  unreadable,
  moreIssues,
  moreIssuesStopped,
  internalError,
};

/** The text of a problem, in the UI language of the moment. */
export const problemText = (problem: Problem): string => (texts[problem.name] as (...args: readonly unknown[]) => string)(...problem.args);

/** The problems found, each with its message in the UI language of the moment (for validate() and the error view). */
export const findingMessages = (findings: readonly Finding[]): ValidationIssue[] =>
  findings.map(({ path, problem, more }) => (more === undefined ? { path, message: problemText(problem) } : { path, message: problemText(problem), more }));
