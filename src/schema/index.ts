// The story document: its types, validate(), and the helpers other modules share.
export type {
  BCP47,
  Category,
  City,
  CityImage,
  CountryCode,
  Extensions,
  Fact,
  FactApproximation,
  FactKind,
  FactUnit,
  Initiative,
  InitiativeStatus,
  IsoDate,
  Leader,
  Link,
  Quote,
  QuoteAuthor,
  Source,
  StoryDocument,
  Text,
  Url,
  ValidationIssue,
  ValidationResult,
} from './types.js';
export { FACT_APPROXIMATIONS, FACT_KINDS, FACT_UNITS, INITIATIVE_STATUSES } from './types.js';
export { validate, validateInSteps, scanJsonBounds } from './validate.js';
export { formatPath } from './check.js';
export type { JsonBoundIssue } from './json-scan.js';
export { parseIsoDate } from './date.js';
export type { IsoDateParts } from './date.js';
export { isLanguageTag } from './lang.js';
export { isSafeUrl, namesHost, resolveUrl } from './url.js';
export { COUNTRY_CODES } from './country.js';
export { MAX_CATEGORY, MAX_ID, MAX_INITIATIVES, MAX_KEYS, MAX_LANGUAGES, MAX_LIST, MAX_TEXT, MAX_VALUES } from './limits.js';
