// The story document (version 1) as valibot schemas: the one source of the rules. validate() runs
// them; scripts/gen-schema.mjs turns them into the JSON Schema that ships in the package. Every
// message is a function, so it is built in the UI language of the moment validate() runs.
import * as v from 'valibot';
import { COUNTRY_CODES } from './country.js';
import { ISO_DATE_PATTERN, endsBeforeStart, parseIsoDate } from './date.js';
import { LANGUAGE_TAG_PATTERN, isLanguageTag } from './lang.js';
import { MAX_CATEGORY, MAX_ID, MAX_INITIATIVES, MAX_LANGUAGES, MAX_LIST, MAX_TEXT } from './limits.js';
import * as messages from './messages.js';
import { FACT_APPROXIMATIONS, FACT_KINDS, FACT_UNITS, INITIATIVE_STATUSES } from './types.js';
import type { Category, City, CityImage, Fact, Initiative, Leader, Link, Quote, QuoteAuthor, Source, StoryDocument, Text } from './types.js';
import { SAFE_URL_PATTERN, isSafeUrl } from './url.js';

type Entries = Record<string, unknown>;

const isObject = (input: unknown): input is Entries => typeof input === 'object' && input !== null && !Array.isArray(input);
const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

const objectItem = (input: Entries, key: string): v.ObjectPathItem => ({ type: 'object', origin: 'value', input, key, value: input[key] });
const listItem = (input: unknown[], key: number): v.ArrayPathItem => ({ type: 'array', origin: 'value', input, key, value: input[key] });

// Strings --------------------------------------------------------------------------------------

/** Any plain string of the document: at most 20,000 characters. */
const PlainString = v.pipe(
  v.string((issue) => messages.expectedString(issue.input)),
  v.maxLength(MAX_TEXT, (issue) => messages.tooLong(issue.input.length, MAX_TEXT)),
);

export const LanguageTagSchema = v.pipe(
  v.string((issue) => messages.languageTag(issue.input)),
  v.regex(LANGUAGE_TAG_PATTERN, (issue) => messages.languageTag(issue.input)),
  v.check(isLanguageTag, (issue) => messages.languageTag(issue.input)),
);

const isoDate = (shapeMessage: (input: unknown) => string) =>
  v.pipe(
    v.string((issue) => shapeMessage(issue.input)),
    v.regex(ISO_DATE_PATTERN, (issue) => shapeMessage(issue.input)),
    v.check((input) => parseIsoDate(input) !== undefined, (issue) => messages.dateNotInCalendar(issue.input)),
  );

export const IsoDateSchema = isoDate(messages.dateShape);

export const UrlSchema = v.pipe(
  v.string((issue) => messages.unsafeUrl(issue.input)),
  v.maxLength(MAX_TEXT, (issue) => messages.tooLong(issue.input.length, MAX_TEXT)),
  v.regex(SAFE_URL_PATTERN, (issue) => messages.unsafeUrl(issue.input)),
  // `//host`, `\\host` and scheme'd URLs must parse, with a host (the JSON Schema leaves checks out).
  v.check(isSafeUrl, (issue) => messages.unsafeUrl(issue.input)),
);

export const IdSchema = v.pipe(
  v.string((issue) => messages.id(issue.input)),
  v.regex(new RegExp(`^[A-Za-z0-9][A-Za-z0-9._:-]{0,${MAX_ID - 1}}$`), (issue) => messages.id(issue.input)),
);

export const CategorySchema = v.pipe(
  v.string((issue) => messages.category(issue.input)),
  v.regex(new RegExp(`^[a-z0-9][a-z0-9-]{0,${MAX_CATEGORY - 1}}$`), (issue) => messages.category(issue.input)),
);

export const CountryCodeSchema = v.picklist(COUNTRY_CODES, (issue) => messages.country(issue.input));

/** Translations: `{ "nl": "…", "en": "…" }`, 1 to 50 languages, counted before any is read. */
export const TranslationsSchema = v.pipe(
  v.custom<Entries>(isObject, (issue) => messages.expectedText(issue.input)),
  // The count first: over it, no language is read (the pipe stops before the record). The same
  // bounds after the record are what the JSON Schema generator sees.
  v.check(
    (input) => Object.keys(input).length <= MAX_LANGUAGES,
    (issue) => messages.tooManyLanguages(Object.keys(issue.input).length, MAX_LANGUAGES),
  ),
  v.record(LanguageTagSchema, PlainString),
  v.minEntries(1, () => messages.emptyTranslations()),
  v.maxEntries(MAX_LANGUAGES, (issue) => messages.tooManyLanguages(Object.keys(issue.input).length, MAX_LANGUAGES)),
);

/** A Text as JSON Schema states it: a string or translations. */
const TextUnion: v.GenericSchema<unknown, Text> = v.union([PlainString, TranslationsSchema], (issue) => messages.expectedText(issue.input));

/**
 * A Text, validated by its form: a string as a string, an object as translations. Same rules as
 * TextUnion, without running (and reporting) the branch that does not fit every time.
 */
export const TextSchema: v.GenericSchema<unknown, Text> = v.lazy((input) =>
  typeof input === 'string' ? PlainString : isObject(input) ? TranslationsSchema : TextUnion,
);

// Building blocks -----------------------------------------------------------------------------

function picklist<const T extends readonly string[]>(options: T) {
  return v.picklist(options, (issue) => messages.oneOf(options, issue.input));
}

function list<T extends v.GenericSchema>(item: T, max: number) {
  return v.pipe(
    v.array(item, (issue) => messages.expectedList(issue.input)),
    v.maxLength(max, (issue) => messages.tooManyItems(issue.input.length, max)),
  );
}

const SourceRefs = list(IdSchema, MAX_LIST);

/**
 * An object with the given keys; any other key is an error, except keys that start with `x-`
 * (kept in the output as they are). The JSON Schema generator adds `additionalProperties: false`
 * and `patternProperties: { "^x-": {} }` to every object with properties.
 */
function closedObject<const E extends v.ObjectEntries>(entries: E, notAnObject: (input: unknown) => string = messages.expectedObject) {
  const object = v.looseObject(entries, (issue) => {
    // The object schema reports both a missing key (with its path) and a value that is no object.
    const item = issue.path?.[0];
    if (!item) return notAnObject(issue.input);
    const key = String(item.key);
    return key === 'version' ? messages.missingVersion() : messages.missingKey(key);
  });
  return v.pipe(
    v.custom<Entries>(isObject, (issue) => notAnObject(issue.input)),
    object,
    v.rawCheck<v.InferOutput<typeof object>>(({ dataset, addIssue }) => {
      const output: unknown = dataset.value;
      if (!isObject(output)) return;
      for (const key of Object.keys(output)) {
        if (!hasOwn(entries, key) && !key.startsWith('x-')) {
          addIssue({ message: messages.unknownKey(key), path: [{ ...objectItem(output, key), origin: 'key' }] });
        }
      }
    }),
  );
}

// The document --------------------------------------------------------------------------------

export const LinkSchema: v.GenericSchema<unknown, Link> = closedObject({ href: UrlSchema, label: TextSchema });

export const LeaderSchema: v.GenericSchema<unknown, Leader> = closedObject({
  name: PlainString,
  role: v.optional(TextSchema),
  since: v.optional(IsoDateSchema),
  until: v.optional(IsoDateSchema),
});

export const CityImageSchema: v.GenericSchema<unknown, CityImage> = closedObject({
  src: UrlSchema,
  alt: TextSchema,
  credit: v.optional(PlainString),
});

const factEntries = {
  kind: v.optional(picklist(FACT_KINDS)),
  label: v.optional(TextSchema),
  value: v.union(
    [v.pipe(v.number(), v.finite((issue) => messages.notFinite(issue.input))), PlainString, TranslationsSchema],
    (issue) => messages.expectedNumberOrText(issue.input),
  ),
  unit: v.optional(picklist(FACT_UNITS)),
  approx: v.optional(picklist(FACT_APPROXIMATIONS)),
  asOf: v.optional(IsoDateSchema),
  sources: v.optional(SourceRefs),
  note: v.optional(TextSchema),
};

export const FactSchema: v.GenericSchema<unknown, Fact> = v.pipe(
  closedObject(factEntries),
  v.rawCheck(({ dataset, addIssue }) => {
    const fact: unknown = dataset.value;
    if (isObject(fact) && fact['kind'] === undefined && fact['label'] === undefined) {
      addIssue({ message: messages.factNeedsLabel(), path: [objectItem(fact, 'label')] });
    }
  }),
);

export const CitySchema: v.GenericSchema<unknown, City> = closedObject({
  name: TextSchema,
  country: v.optional(CountryCodeSchema),
  region: v.optional(TextSchema),
  summary: v.optional(TextSchema),
  leader: v.optional(LeaderSchema),
  image: v.optional(CityImageSchema),
  facts: v.optional(list(FactSchema, MAX_LIST)),
  links: v.optional(list(LinkSchema, MAX_LIST)),
});

export const InitiativeSchema: v.GenericSchema<unknown, Initiative> = v.pipe(
  closedObject({
    id: IdSchema,
    title: TextSchema,
    start: v.optional(IsoDateSchema),
    end: v.optional(v.union([v.literal('ongoing'), isoDate(messages.dateOrOngoing)], (issue) => messages.dateOrOngoing(issue.input))),
    category: v.optional(CategorySchema),
    status: v.optional(picklist(INITIATIVE_STATUSES)),
    summary: v.optional(TextSchema),
    outcome: v.optional(TextSchema),
    partners: v.optional(list(PlainString, MAX_LIST)),
    sources: v.optional(SourceRefs),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    const initiative: unknown = dataset.value;
    if (!isObject(initiative)) return;
    const { start, end } = initiative;
    const startDate = typeof start === 'string' ? parseIsoDate(start) : undefined;
    const endDate = typeof end === 'string' ? parseIsoDate(end) : undefined;
    if (startDate && endDate && endsBeforeStart(startDate, endDate)) {
      addIssue({ message: messages.endBeforeStart(end as string, start as string), path: [objectItem(initiative, 'end')] });
    }
  }),
);

/** The `initiatives` list; validate() may also run it on slices of the list. */
export const InitiativeListSchema = list(InitiativeSchema, MAX_INITIATIVES);

export const CategoryEntrySchema: v.GenericSchema<unknown, Category> = closedObject({
  id: CategorySchema,
  label: TextSchema,
});

export const QuoteAuthorSchema: v.GenericSchema<unknown, QuoteAuthor> = closedObject({
  name: PlainString,
  role: v.optional(TextSchema),
});

export const QuoteSchema: v.GenericSchema<unknown, Quote> = closedObject({
  id: IdSchema,
  text: TextSchema,
  lang: v.optional(LanguageTagSchema),
  author: QuoteAuthorSchema,
  date: v.optional(IsoDateSchema),
  context: v.optional(TextSchema),
  sources: v.optional(SourceRefs),
});

export const SourceSchema: v.GenericSchema<unknown, Source> = closedObject({
  id: IdSchema,
  title: PlainString,
  publisher: v.optional(PlainString),
  url: v.optional(UrlSchema),
  date: v.optional(IsoDateSchema),
  lang: v.optional(LanguageTagSchema),
});

type PathItems = [v.IssuePathItem, ...v.IssuePathItem[]];

/**
 * The rules across the document (unique ids, source references that resolve) for a validated story,
 * as issues with their path; at most until `enough()`.
 */
export function referenceIssues(story: object, enough: () => boolean): { path: PathItems; message: string }[] {
  const found: { path: PathItems; message: string }[] = [];
  if (isObject(story)) checkReferences(story, (message, path) => found.push({ message, path }), enough);
  return found;
}

// Rules across the document: unique ids in each list, and every source reference resolves.
function checkReferences(
  story: Entries,
  addIssue: (message: string, path: [v.IssuePathItem, ...v.IssuePathItem[]]) => void,
  enough: () => boolean,
): void {
  const entries = (key: string): [Entries, number][] => {
    const value = story[key];
    return Array.isArray(value) ? value.map((entry, index) => [entry, index] as [Entries, number]).filter(([entry]) => isObject(entry)) : [];
  };
  const at = (key: string, index: number, ...rest: [string, number?]): [v.IssuePathItem, ...v.IssuePathItem[]] => {
    const list = story[key] as unknown[];
    const entry = list[index] as Entries;
    const path: [v.IssuePathItem, ...v.IssuePathItem[]] = [objectItem(story, key), listItem(list, index), objectItem(entry, rest[0])];
    if (rest[1] !== undefined) path.push(listItem(entry[rest[0]] as unknown[], rest[1]));
    return path;
  };

  for (const key of ['categories', 'initiatives', 'quotes', 'sources']) {
    const seen = new Set<string>();
    for (const [entry, index] of entries(key)) {
      const id = entry['id'];
      if (typeof id !== 'string') continue;
      if (seen.has(id)) addIssue(messages.duplicateId(id), at(key, index, 'id'));
      seen.add(id);
      if (enough()) return;
    }
  }

  const sourceIds = new Set(entries('sources').map(([source]) => source['id']));
  const checkRefs = (entry: Entries, path: () => [v.IssuePathItem, ...v.IssuePathItem[]], refIndex: (i: number) => v.IssuePathItem[]): void => {
    const refs = entry['sources'];
    if (!Array.isArray(refs)) return;
    for (let i = 0; i < refs.length && !enough(); i++) {
      const ref: unknown = refs[i];
      if (typeof ref === 'string' && !sourceIds.has(ref)) addIssue(messages.unknownSource(ref), [...path(), ...refIndex(i)] as [v.IssuePathItem, ...v.IssuePathItem[]]);
    }
  };
  for (const key of ['initiatives', 'quotes']) {
    for (const [entry, index] of entries(key)) {
      checkRefs(entry, () => at(key, index, 'sources'), (i) => [listItem(entry['sources'] as unknown[], i)]);
    }
  }
  const city = story['city'];
  const facts = isObject(city) ? city['facts'] : undefined;
  if (isObject(city) && Array.isArray(facts)) {
    facts.forEach((fact: unknown, index) => {
      if (!isObject(fact)) return;
      checkRefs(
        fact,
        () => [objectItem(story, 'city'), objectItem(city, 'facts'), listItem(facts, index), objectItem(fact, 'sources')],
        (i) => [listItem(fact['sources'] as unknown[], i)],
      );
    });
  }
}

/**
 * The whole story document, version 1. For input from outside (JSON from a page, `.data` from a
 * script) use validate(): it first makes a plain copy that is safe to walk (no getters, Proxies,
 * cycles or runaway nesting), then runs this schema on it.
 */
export const StorySchema: v.GenericSchema<unknown, StoryDocument> = v.pipe(
  closedObject(
    {
      $schema: v.optional(PlainString),
      version: v.literal(1, (issue) => messages.unsupportedVersion(issue.input)),
      lang: v.optional(LanguageTagSchema),
      city: v.optional(CitySchema),
      categories: v.optional(list(CategoryEntrySchema, MAX_LIST)),
      initiatives: v.optional(InitiativeListSchema),
      quotes: v.optional(list(QuoteSchema, MAX_LIST)),
      sources: v.optional(list(SourceSchema, MAX_LIST)),
    },
    messages.notADocument,
  ),
  v.rawCheck(({ dataset, config, addIssue }) => {
    const story: unknown = dataset.value;
    // validate() turns abortEarly on once it has found enough issues.
    if (isObject(story)) checkReferences(story, (message, path) => addIssue({ message, path }), () => !!config.abortEarly);
  }),
);

/** The named parts of the document, for the `$defs` of the generated JSON Schema. */
export const definitions = {
  // The converter reads TextSchema's form for no input, which is TextUnion.
  Text: TextUnion,
  Translations: TranslationsSchema,
  LanguageTag: LanguageTagSchema,
  IsoDate: IsoDateSchema,
  Url: UrlSchema,
  Id: IdSchema,
  CountryCode: CountryCodeSchema,
  City: CitySchema,
  Leader: LeaderSchema,
  CityImage: CityImageSchema,
  Fact: FactSchema,
  Link: LinkSchema,
  Category: CategoryEntrySchema,
  Initiative: InitiativeSchema,
  Quote: QuoteSchema,
  QuoteAuthor: QuoteAuthorSchema,
  Source: SourceSchema,
} as const;
