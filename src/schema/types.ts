// The story document (version 1), as components read it after validate(). schema.ts checks at
// compile time that its rules check exactly these shapes (keys, optional keys, value types).

/** A BCP 47 language tag such as `nl`, `en-GB` or `sr-Latn`. */
export type BCP47 = string;

/** An `http:`, `https:` or relative URL (no other scheme). */
export type Url = string;

/** An ISO 8601 calendar date at the precision known: `"2001"`, `"2016-10"` or `"2018-10-15"`. */
export type IsoDate = string;

/** An ISO 3166-1 alpha-2 country code, uppercase: `BE`, `SE`. */
export type CountryCode = string;

/** Extension data: any key that starts with `x-` is kept as is and ignored by the components. */
export interface Extensions {
  [key: `x-${string}`]: unknown;
}

/** Content text: a string in the document's `lang`, or translations keyed by language tag. */
export type Text = string | { [bcp47: BCP47]: string };

export const FACT_KINDS = [
  'population',
  'nationalities',
  'youth-share',
  'area',
  'police-officers',
  'surveillance-cameras',
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export const FACT_UNITS = ['percent', 'km2'] as const;
export type FactUnit = (typeof FACT_UNITS)[number];

export const FACT_APPROXIMATIONS = ['about', 'more-than', 'less-than'] as const;
export type FactApproximation = (typeof FACT_APPROXIMATIONS)[number];

export const INITIATIVE_STATUSES = ['planned', 'ongoing', 'done'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

export interface Leader extends Extensions {
  name: string;
  role?: Text;
  since?: IsoDate;
  until?: IsoDate;
}

export interface CityImage extends Extensions {
  src: Url;
  alt: Text;
  credit?: string;
}

export interface Link extends Extensions {
  href: Url;
  label: Text;
}

/** A key figure about the city. `label` is required when `kind` is absent. */
export interface Fact extends Extensions {
  kind?: FactKind;
  label?: Text;
  value: number | Text;
  unit?: FactUnit;
  approx?: FactApproximation;
  asOf?: IsoDate;
  /** Ids of entries in the document's `sources`. */
  sources?: string[];
  note?: Text;
}

export interface City extends Extensions {
  name: Text;
  country?: CountryCode;
  region?: Text;
  summary?: Text;
  leader?: Leader;
  image?: CityImage;
  facts?: Fact[];
  links?: Link[];
}

export interface Initiative extends Extensions {
  id: string;
  title: Text;
  start?: IsoDate;
  end?: IsoDate | 'ongoing';
  /** A slug: lowercase letters, digits and `-`, at most 40 characters. */
  category?: string;
  status?: InitiativeStatus;
  summary?: Text;
  outcome?: Text;
  partners?: string[];
  /** Ids of entries in the document's `sources`. */
  sources?: string[];
}

export interface QuoteAuthor extends Extensions {
  name: string;
  role?: Text;
}

export interface Quote extends Extensions {
  id: string;
  text: Text;
  /** The language of the original quote. */
  lang?: BCP47;
  author: QuoteAuthor;
  date?: IsoDate;
  context?: Text;
  /** Ids of entries in the document's `sources`. */
  sources?: string[];
}

export interface Source extends Extensions {
  id: string;
  title: string;
  publisher?: string;
  url?: Url;
  date?: IsoDate;
  lang?: BCP47;
}

/**
 * A category the document names: initiatives refer to it by `id` in their `category`. Its label is
 * shown in the reader's language when the document has it; otherwise the components fall back to
 * their own label for the well-known slugs, then to this label in another language, then to the id.
 */
export interface Category extends Extensions {
  /** A slug: lowercase letters, digits and `-`, at most 40 characters. Unique in `categories`. */
  id: string;
  label: Text;
}

export interface StoryDocument extends Extensions {
  /** The JSON Schema of the document, for editor completion. */
  $schema?: string;
  version: 1;
  /** The language of the plain-string texts in the document. */
  lang?: BCP47;
  city?: City;
  /** Labels for the categories of the initiatives (optional: an initiative may use a category not listed). */
  categories?: Category[];
  initiatives?: Initiative[];
  quotes?: Quote[];
  sources?: Source[];
}

/** One problem found in a document: where (`initiatives[3].start`, `""` for the whole document) and what. */
export interface ValidationIssue {
  path: string;
  message: string;
  /**
   * Set on the last issue of a list that was cut short: how many problems were left out. Its
   * message says so ("…and 12 more problems.") and its path is `""`; it belongs to no place in the document.
   */
  more?: number;
}

export type ValidationResult =
  | { ok: true; document: StoryDocument }
  /** `tooLarge`: a size bound was exceeded (the issue names it); the rest of the document was not read. */
  | { ok: false; issues: ValidationIssue[]; tooLarge?: true };
