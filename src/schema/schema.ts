// The story document (version 1) as rules: the one source of them. validate() runs them (run());
// scripts/gen-schema.mjs turns the same rules into the JSON Schema that ships in the package. Every
// problem is named with the values of its message (problems.ts); messages.ts builds its text.
import { COUNTRY_CODES } from './country.js';
import { ISO_DATE_PATTERN, endsBeforeStart, parseIsoDate } from './date.js';
import type { PathKey } from './json-copy.js';
import { LANGUAGE_TAG_PATTERN, isLanguageTag } from './lang.js';
import { MAX_CATEGORY, MAX_ID, MAX_INITIATIVES, MAX_LANGUAGES, MAX_LIST, MAX_TEXT } from './limits.js';
import * as messages from './problems.js';
import type { Problem } from './problems.js';
import { FACT_APPROXIMATIONS, FACT_KINDS, FACT_UNITS, INITIATIVE_STATUSES } from './types.js';
import type { Category, City, CityImage, Fact, Initiative, Leader, Link, Quote, QuoteAuthor, Source, StoryDocument, Text } from './types.js';
import { SAFE_URL_PATTERN, isSafeUrl } from './url.js';

type Entries = Record<string, unknown>;
type Message = (input: unknown) => Problem;

/** Where validate() puts what it finds, and whether it has found enough to stop looking. */
export interface Findings {
  report(path: readonly PathKey[], message: Problem): void;
  enough(): boolean;
}

// Rules --------------------------------------------------------------------------------------------
// Plain data, read by run() below and by the JSON Schema generator. `T` is the type of a value that
// passes, so that the compiler checks the rules against the types in types.ts.

interface StringRule {
  kind: 'string';
  /** The message for a value that is not a string, or does not match `pattern`. */
  message: Message;
  max?: number;
  pattern?: RegExp;
  /** A rule JSON Schema cannot state (a real calendar date, a tag Intl knows, a URL that parses), and its message. */
  check?: (value: string) => boolean;
  checkMessage?: Message;
  /** One more string allowed as it is (JSON Schema: `anyOf` it as a `const` and the string). */
  or?: string;
}
interface EnumRule {
  kind: 'enum';
  options: readonly unknown[];
  /** The message for any other value; by default "Expected one of …". */
  message?: Message;
}
interface ListRule {
  kind: 'list';
  item: Rule;
  max: number;
}
interface ObjectRule {
  kind: 'object';
  /** The keys of the object; any other key is an error unless it starts with `x-` (kept as it is). */
  entries: Record<string, Rule | Optional>;
  /** The message for a value that is not an object; by default "Expected an object". */
  message?: Message;
  /** A rule across the keys of the object, run on its checked copy. */
  across?: (object: Entries, path: PathKey[], findings: Findings) => void;
}
/** Content text: a string, or translations. */
interface TextRule {
  kind: 'text';
}
/** Translations: `{ "nl": "…", "en": "…" }`, 1 to 50 languages, counted before any is read. */
interface TranslationsRule {
  kind: 'translations';
}
/** A fact's value: a number or content text. */
interface ValueRule {
  kind: 'value';
}
interface Optional<T = unknown> {
  kind: 'optional';
  rule: Rule<T>;
}

/** A rule for one value; `T` is what a value that passes is. */
export type Rule<T = unknown> = (StringRule | EnumRule | ListRule | ObjectRule | TextRule | TranslationsRule | ValueRule) & { readonly type?: T };

const string = (rule: Omit<StringRule, 'kind'>): Rule<string> => ({ kind: 'string', ...rule });

const optional = <T>(rule: Rule<T>): Optional<T> => ({ kind: 'optional', rule });

function picklist<const T>(options: readonly T[], message?: Message): Rule<T> {
  return message ? { kind: 'enum', options, message } : { kind: 'enum', options };
}

const list = <T>(item: Rule<T>, max: number): Rule<T[]> => ({ kind: 'list', item, max });

/** An object's keys, each with its rule, optional where the type has it optional (`x-` keys aside). */
type EntriesOf<T> = {
  [K in keyof T as K extends `x-${string}` ? never : K]-?: undefined extends T[K] ? Optional<Exclude<T[K], undefined>> : Rule<T[K]>;
};

function object<T>(entries: EntriesOf<T>, more: Omit<ObjectRule, 'kind' | 'entries'> = {}): Rule<T> {
  return { kind: 'object', entries: entries as ObjectRule['entries'], ...more };
}

// Strings --------------------------------------------------------------------------------------

/** Any plain string of the document: at most 20,000 characters. */
export const PlainString = string({ message: messages.expectedString, max: MAX_TEXT });

const LanguageTagRule = string({ message: messages.languageTag, pattern: LANGUAGE_TAG_PATTERN, check: isLanguageTag });

const isCalendarDate = (value: string): boolean => parseIsoDate(value) !== undefined;

const IsoDateRule = string({ message: messages.dateShape, pattern: ISO_DATE_PATTERN, check: isCalendarDate, checkMessage: messages.dateNotInCalendar });

// `//host`, `\\host` and scheme'd URLs must parse, with a host (the JSON Schema leaves checks out).
const UrlRule = string({ message: messages.unsafeUrl, max: MAX_TEXT, pattern: SAFE_URL_PATTERN, check: isSafeUrl });

const IdRule = string({ message: messages.id, pattern: new RegExp(`^[A-Za-z0-9][A-Za-z0-9._:-]{0,${MAX_ID - 1}}$`) });

const CategoryRule = string({ message: messages.category, pattern: new RegExp(`^[a-z0-9][a-z0-9-]{0,${MAX_CATEGORY - 1}}$`) });

const CountryCodeRule = picklist(COUNTRY_CODES, messages.country);

const TranslationsRule: Rule<{ [bcp47: string]: string }> = { kind: 'translations' };

const TextRule: Rule<Text> = { kind: 'text' };

// The document --------------------------------------------------------------------------------

const SourceRefs = list(IdRule, MAX_LIST);

const LinkRule = object<Link>({ href: UrlRule, label: TextRule });

const LeaderRule = object<Leader>({
  name: PlainString,
  role: optional(TextRule),
  since: optional(IsoDateRule),
  until: optional(IsoDateRule),
});

const CityImageRule = object<CityImage>({
  src: UrlRule,
  alt: TextRule,
  credit: optional(PlainString),
});

const FactRule = object<Fact>(
  {
    kind: optional(picklist(FACT_KINDS)),
    label: optional(TextRule),
    value: { kind: 'value' } as Rule<number | Text>,
    unit: optional(picklist(FACT_UNITS)),
    approx: optional(picklist(FACT_APPROXIMATIONS)),
    asOf: optional(IsoDateRule),
    sources: optional(SourceRefs),
    note: optional(TextRule),
  },
  {
    across(fact, path, findings) {
      if (fact['kind'] === undefined && fact['label'] === undefined) findings.report([...path, 'label'], messages.factNeedsLabel());
    },
  },
);

const CityRule = object<City>({
  name: TextRule,
  country: optional(CountryCodeRule),
  region: optional(TextRule),
  summary: optional(TextRule),
  leader: optional(LeaderRule),
  image: optional(CityImageRule),
  facts: optional(list(FactRule, MAX_LIST)),
  links: optional(list(LinkRule, MAX_LIST)),
});

export const InitiativeRule = object<Initiative>(
  {
    id: IdRule,
    title: TextRule,
    start: optional(IsoDateRule),
    end: optional(string({ message: messages.dateOrOngoing, pattern: ISO_DATE_PATTERN, check: isCalendarDate, checkMessage: messages.dateNotInCalendar, or: 'ongoing' })),
    category: optional(CategoryRule),
    status: optional(picklist(INITIATIVE_STATUSES)),
    summary: optional(TextRule),
    outcome: optional(TextRule),
    partners: optional(list(PlainString, MAX_LIST)),
    sources: optional(SourceRefs),
  },
  {
    across(initiative, path, findings) {
      const { start, end } = initiative;
      const startDate = typeof start === 'string' ? parseIsoDate(start) : undefined;
      const endDate = typeof end === 'string' ? parseIsoDate(end) : undefined;
      if (startDate && endDate && endsBeforeStart(startDate, endDate)) findings.report([...path, 'end'], messages.endBeforeStart(end as string, start as string));
    },
  },
);

const CategoryEntryRule = object<Category>({ id: CategoryRule, label: TextRule });

const QuoteAuthorRule = object<QuoteAuthor>({ name: PlainString, role: optional(TextRule) });

const QuoteRule = object<Quote>({
  id: IdRule,
  text: TextRule,
  lang: optional(LanguageTagRule),
  author: QuoteAuthorRule,
  date: optional(IsoDateRule),
  context: optional(TextRule),
  sources: optional(SourceRefs),
});

const SourceRule = object<Source>({
  id: IdRule,
  title: PlainString,
  publisher: optional(PlainString),
  url: optional(UrlRule),
  date: optional(IsoDateRule),
  lang: optional(LanguageTagRule),
});

const isObject = (value: unknown): value is Entries => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The rules across the document: ids unique in each list, and every source reference names an
 * entry of `sources`. Run on a checked copy; stops once `findings.enough()`.
 */
export function checkReferences(story: Entries, findings: Findings): void {
  const listOf = (key: string): unknown[] => (Array.isArray(story[key]) ? (story[key] as unknown[]) : []);
  for (const key of ['categories', 'initiatives', 'quotes', 'sources']) {
    const seen = new Set<string>();
    for (const [index, entry] of listOf(key).entries()) {
      const id = isObject(entry) ? entry['id'] : undefined;
      if (typeof id !== 'string') continue;
      if (seen.has(id)) findings.report([key, index, 'id'], messages.duplicateId(id));
      seen.add(id);
      if (findings.enough()) return;
    }
  }
  const sourceIds = new Set(listOf('sources').map((source) => isObject(source) && source['id']));
  const checkRefs = (entry: unknown, path: PathKey[]): void => {
    const refs = isObject(entry) ? entry['sources'] : undefined;
    if (!Array.isArray(refs)) return;
    for (let i = 0; i < refs.length && !findings.enough(); i++) {
      const ref: unknown = refs[i];
      if (typeof ref === 'string' && !sourceIds.has(ref)) findings.report([...path, 'sources', i], messages.unknownSource(ref));
    }
  };
  for (const key of ['initiatives', 'quotes']) listOf(key).forEach((entry, index) => checkRefs(entry, [key, index]));
  const city = story['city'];
  const facts = isObject(city) && Array.isArray(city['facts']) ? (city['facts'] as unknown[]) : [];
  facts.forEach((fact, index) => checkRefs(fact, ['city', 'facts', index]));
}

/**
 * The whole story document, version 1. For input from outside (JSON from a page, `.data` from a
 * script) use validate(): it first makes a plain copy that is safe to walk (no getters, Proxies,
 * cycles or runaway nesting), then runs these rules on it.
 */
export const StoryRule = object<StoryDocument>(
  {
    $schema: optional(PlainString),
    version: picklist([1] as const, messages.unsupportedVersion),
    lang: optional(LanguageTagRule),
    city: optional(CityRule),
    categories: optional(list(CategoryEntryRule, MAX_LIST)),
    initiatives: optional(list(InitiativeRule, MAX_INITIATIVES)),
    quotes: optional(list(QuoteRule, MAX_LIST)),
    sources: optional(list(SourceRule, MAX_LIST)),
  },
  { message: messages.notADocument, across: (story, _, findings) => checkReferences(story, findings) },
);

/** The named parts of the document, for the `$defs` of the generated JSON Schema. */
export const definitions = {
  Text: TextRule,
  Translations: TranslationsRule,
  LanguageTag: LanguageTagRule,
  IsoDate: IsoDateRule,
  Url: UrlRule,
  Id: IdRule,
  CountryCode: CountryCodeRule,
  City: CityRule,
  Leader: LeaderRule,
  CityImage: CityImageRule,
  Fact: FactRule,
  Link: LinkRule,
  Category: CategoryEntryRule,
  Initiative: InitiativeRule,
  Quote: QuoteRule,
  QuoteAuthor: QuoteAuthorRule,
  Source: SourceRule,
} as const;

// Running the rules --------------------------------------------------------------------------------

const has = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

/** Translations, checked key by key; the languages are counted first, and over the bound none is read. */
function translations(value: Entries, path: PathKey[], findings: Findings): unknown {
  const keys = Object.keys(value);
  if (keys.length > MAX_LANGUAGES) {
    findings.report(path, messages.tooManyLanguages(keys.length, MAX_LANGUAGES));
    return value;
  }
  if (!keys.length) findings.report(path, messages.emptyTranslations());
  const output: Entries = {};
  for (const key of keys) {
    if (findings.enough()) break;
    if (!isLanguageTag(key)) findings.report([...path, key], messages.languageTag(key));
    output[key] = run(PlainString, value[key], [...path, key], findings);
  }
  return output;
}

/**
 * Checks `value` against `rule` and returns its checked copy (fresh objects and lists, keys in the
 * rule's order, then the `x-` keys), reporting every problem found with its path. Each value gets
 * at most one problem of its own: the first of its rules it fails.
 */
export function run(rule: Rule, value: unknown, path: PathKey[], findings: Findings): unknown {
  const report = (message: Problem): void => findings.report(path, message);
  switch (rule.kind) {
    case 'string':
      if (value === rule.or) break;
      if (typeof value !== 'string') report(rule.message(value));
      else if (rule.max !== undefined && value.length > rule.max) report(messages.tooLong(value.length, rule.max));
      else if (rule.pattern && !rule.pattern.test(value)) report(rule.message(value));
      else if (rule.check && !rule.check(value)) report((rule.checkMessage ?? rule.message)(value));
      break;
    case 'enum':
      if (!rule.options.includes(value)) report(rule.message ? rule.message(value) : messages.oneOf(rule.options as string[], value));
      break;
    case 'list': {
      if (!Array.isArray(value)) {
        report(messages.expectedList(value));
        break;
      }
      const output: unknown[] = [];
      for (let index = 0; index < value.length && !findings.enough(); index++) output.push(run(rule.item, value[index], [...path, index], findings));
      if (value.length > rule.max) report(messages.tooManyItems(value.length, rule.max));
      return output;
    }
    case 'text':
      if (typeof value === 'string') return run(PlainString, value, path, findings);
      if (isObject(value)) return translations(value, path, findings);
      report(messages.expectedText(value));
      break;
    case 'translations':
      if (isObject(value)) return translations(value, path, findings);
      report(messages.expectedText(value));
      break;
    case 'value':
      // A number, a string, or translations whose every value is a string; otherwise the value as a whole is wrong.
      if (typeof value === 'number' && !Number.isNaN(value)) {
        if (!Number.isFinite(value)) report(messages.notFinite(value));
        break;
      }
      if (typeof value === 'string') return run(PlainString, value, path, findings);
      if (isObject(value) && Object.keys(value).length <= MAX_LANGUAGES && Object.values(value).every((text) => typeof text === 'string')) {
        return translations(value, path, findings);
      }
      report(messages.expectedNumberOrText(value));
      break;
    case 'object': {
      if (!isObject(value)) {
        report((rule.message ?? messages.expectedObject)(value));
        break;
      }
      const output: Entries = {};
      for (const [key, entry] of Object.entries(rule.entries)) {
        if (findings.enough()) break;
        if (key in value) output[key] = run(entry.kind === 'optional' ? entry.rule : entry, value[key], [...path, key], findings);
        else if (entry.kind !== 'optional') findings.report([...path, key], key === 'version' ? messages.missingVersion() : messages.missingKey(key));
      }
      for (const key in value) {
        if (has(rule.entries, key)) continue;
        output[key] = value[key];
        if (!key.startsWith('x-')) findings.report([...path, key], messages.unknownKey(key));
      }
      rule.across?.(output, path, findings);
      return output;
    }
  }
  return value;
}
