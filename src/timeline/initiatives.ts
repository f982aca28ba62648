import { msg } from '@lit/localize';
import type { Initiative, InitiativeStatus, Source, StoryDocument } from '../schema/index.js';
import { parseIsoDate } from '../schema/date.js';
import { formatIsoDate } from '../i18n/format.js';
import type { FormattedDate } from '../i18n/format.js';
import { fillSlots } from '../i18n/phrase.js';
import { ongoingPhrase, rangePhrase, untilPhrase } from '../i18n/date-phrases.js';
import type { PickedText } from '../i18n/text.js';
import { sameLanguage } from '../i18n/text.js';
import type { ViewLanguage } from '../i18n/view-language.js';

/** Chronological order of the timeline: oldest or newest first. Undated initiatives come last in both. */
export type TimelineOrder = 'oldest' | 'newest';

/**
 * An entry's date as the timeline shows it, the words of its phrase worked out once per document and
 * language: one date; "ongoing" without a start; a phrase around one date ("ongoing since October
 * 2016", "until 2010"); or a range, two dates with the phrase's words ("from … to …") before, between
 * and after them, in the order the translation puts them.
 */
export type EntryWhen =
  | { kind: 'date'; date: FormattedDate }
  | { kind: 'ongoing'; text: string }
  | { kind: 'ongoing-since' | 'until'; before: string; date: FormattedDate; after: string }
  | { kind: 'range'; first: FormattedDate; second: FormattedDate; before: string; between: string; after: string };

/** An initiative as the timeline shows it, in one language; computed once per document and language. */
export interface TimelineEntry {
  initiative: Initiative;
  /** Its position in the document's `initiatives`, which names its elements (`title-3`, `details-3`). */
  index: number;
  /** The start (or, without one, the end) as a sortable number `YYYYMMDD`, missing parts 0; undefined when undated. */
  sortKey: number | undefined;
  start: FormattedDate | undefined;
  end: FormattedDate | 'ongoing' | undefined;
  /** The date as shown; undefined when undated. */
  when: EntryWhen | undefined;
  title: PickedText;
  summary: PickedText | undefined;
  outcome: PickedText | undefined;
  category: string | undefined;
  categoryLabel: string | undefined;
  /** The language of a label the document gave (undefined for the built-in labels, in the UI language). */
  categoryLang: string | undefined;
  status: InitiativeStatus | undefined;
  statusLabel: string | undefined;
  /** The partners as one list in the UI language ("A, B and C"): each name, and the words between them. */
  partners: readonly ListPart[] | undefined;
  sources: Source[];
  /** Whether the entry has anything behind its disclosure button (outcome, partners, sources). */
  hasDetails: boolean;
  titleId: string;
  detailsId: string;
  /** Title and summary folded for search (lowercase, no diacritics); filled on the first search. */
  searchText: string | undefined;
}

/** A category that occurs in the document, with its label for the reader. */
export interface TimelineCategory {
  slug: string;
  label: string;
  /** The language of a label from the document; undefined for a built-in label (in the UI language). */
  lang: string | undefined;
}

/** A document's initiatives, prepared for one language. */
export interface PreparedTimeline {
  /** In document order. */
  entries: readonly TimelineEntry[];
  /** Oldest first, undated last; ties keep document order. */
  oldest: readonly TimelineEntry[];
  /** Newest first, undated last; ties keep document order. */
  newest: readonly TimelineEntry[];
  /** The categories in the order they first occur in the document. */
  categories: readonly TimelineCategory[];
  /** Whether any entry has details. */
  anyDetails: boolean;
  /** Whether any entry has a date: without, the wide layout has no date column. */
  anyDated: boolean;
}

/** The built-in label of a category slug in the UI language; undefined for a slug we have no label for. */
export function categoryLabel(slug: string): string | undefined {
  switch (slug) {
    case 'housing':
      return msg('Housing', { id: 'timeline.category.housing' });
    case 'education':
      return msg('Education', { id: 'timeline.category.education' });
    case 'safety':
      return msg('Safety', { id: 'timeline.category.safety' });
    case 'public-space':
      return msg('Public space', { id: 'timeline.category.public-space' });
    case 'civil-society':
      return msg('Civil society', { id: 'timeline.category.civil-society' });
    case 'policing':
      return msg('Policing', { id: 'timeline.category.policing' });
    case 'diversity':
      return msg('Diversity', { id: 'timeline.category.diversity' });
    case 'youth':
      return msg('Youth', { id: 'timeline.category.youth' });
    case 'welfare':
      return msg('Welfare', { id: 'timeline.category.welfare' });
    case 'partnership':
      return msg('Partnership', { id: 'timeline.category.partnership' });
    case 'international':
      return msg('International', { id: 'timeline.category.international' });
    case 'governance':
      return msg('Governance', { id: 'timeline.category.governance' });
    default:
      return undefined;
  }
}

/**
 * The label of a category for the reader: the document's own label when it is in one of the reader's
 * languages (or of unknown language), else the built-in label of a well-known slug, else the
 * document's label in another language, else the slug as written.
 */
export function labelCategory(slug: string, document: StoryDocument, language: ViewLanguage): TimelineCategory {
  const named = document.categories?.find((category) => category.id === slug);
  const picked = named ? language.pick(named.label) : undefined;
  if (picked && (!picked.lang || language.preferences.some((tag) => sameLanguage(tag, picked.lang)))) {
    return { slug, label: picked.text, lang: picked.lang };
  }
  const builtIn = categoryLabel(slug);
  if (builtIn !== undefined) return { slug, label: builtIn, lang: undefined };
  return picked ? { slug, label: picked.text, lang: picked.lang } : { slug, label: slug, lang: undefined };
}

/** The label of an initiative's status in the UI language. */
export function statusLabel(status: InitiativeStatus): string {
  switch (status) {
    case 'planned':
      return msg('Planned', { id: 'timeline.status.planned' });
    case 'ongoing':
      return msg('Ongoing', { id: 'timeline.status.ongoing' });
    case 'done':
      return msg('Completed', { id: 'timeline.status.done' });
  }
}

/** Folds text for search: lowercase, without diacritics ("Bäckby" and "backby" match). */
export function foldForSearch(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '');
}

/** The words of a search query, folded; an initiative matches when its text contains every one. */
export function searchTerms(query: string): string[] {
  return foldForSearch(query).split(/\s+/).filter((term) => term.length > 0);
}

/** Whether an entry passes the category filter (empty: all categories) and contains every search term. */
export function matches(entry: TimelineEntry, categories: ReadonlySet<string>, terms: readonly string[]): boolean {
  if (categories.size && (entry.category === undefined || !categories.has(entry.category))) return false;
  if (!terms.length) return true;
  entry.searchText ??= foldForSearch(`${entry.title.text}\n${entry.summary?.text ?? ''}`);
  const text = entry.searchText;
  return terms.every((term) => text.includes(term));
}

/** A phrase's words around its dates: `texts[i]` comes before `dates[i]`, the last text after all. */
function splitPhrase(
  phrase: string,
  dates: readonly [FormattedDate, FormattedDate?],
  preparation: Preparation,
): { texts: string[]; dates: FormattedDate[] } {
  // The pieces of each phrase once (a timeline has thousands of dates and a handful of phrases).
  let pieces = preparation.phrases.get(phrase);
  if (!pieces) {
    pieces = fillSlots<number>(phrase, [0, 1]);
    preparation.phrases.set(phrase, pieces);
  }
  const texts = [''];
  const placed: FormattedDate[] = [];
  for (const piece of pieces) {
    const date = typeof piece === 'number' ? dates[piece] : undefined;
    if (typeof piece === 'string') {
      texts[texts.length - 1] += piece;
    } else if (date) {
      placed.push(date);
      texts.push('');
    }
  }
  return { texts, dates: placed };
}

/** An entry's date as shown (see EntryWhen); undefined without a start or an end. */
function describeWhen(start: FormattedDate | undefined, end: FormattedDate | 'ongoing' | undefined, preparation: Preparation): EntryWhen | undefined {
  // One date in a phrase ("until 2010"); a translation that left out the date's place still shows it.
  const around = (kind: 'ongoing-since' | 'until', phrase: string, date: FormattedDate): EntryWhen => {
    const { texts, dates } = splitPhrase(phrase, [date], preparation);
    return { kind, before: texts[0] ?? '', date: dates[0] ?? date, after: texts.slice(1).join('') };
  };
  if (!start) {
    if (end === 'ongoing') return { kind: 'ongoing', text: msg('ongoing', { id: 'timeline.ongoing' }) };
    return end ? around('until', untilPhrase(end.precision), end) : undefined;
  }
  if (end === 'ongoing') return around('ongoing-since', ongoingPhrase(start.precision), start);
  if (!end || end.datetime === start.datetime) return { kind: 'date', date: start };
  const { texts, dates } = splitPhrase(rangePhrase(start, end), [start, end], preparation);
  const [first = start, second = end] = dates;
  return { kind: 'range', first, second, before: texts[0] ?? '', between: texts[1] ?? '', after: texts.slice(2).join('') };
}

function sortKey(iso: string | undefined): number | undefined {
  if (iso === undefined || iso === 'ongoing') return undefined;
  const date = parseIsoDate(iso);
  return date ? date.year * 10000 + (date.month ?? 0) * 100 + (date.day ?? 0) : undefined;
}

const listFormats = new Map<string, Intl.ListFormat | undefined>();

/** A piece of a formatted list: one of the items (a name from the document), or the words between them. */
export interface ListPart {
  text: string;
  item: boolean;
}

/** "A, B and C" in the UI language, in parts, so each name can be isolated (cached: one formatter per locale). */
function formatList(items: readonly string[], locale: string): ListPart[] {
  if (!listFormats.has(locale)) {
    let format: Intl.ListFormat | undefined;
    try {
      format = new Intl.ListFormat(locale, { type: 'conjunction' });
    } catch {
      format = undefined;
    }
    listFormats.set(locale, format);
  }
  const format = listFormats.get(locale);
  if (format) return format.formatToParts(items).map((part) => ({ text: part.value, item: part.type === 'element' }));
  return items.flatMap((text, index) => (index ? [{ text: ', ', item: false }, { text, item: true }] : [{ text, item: true }]));
}

/** What the entries of one preparation share: the language, the document's sources and the labels and dates formatted so far. */
interface Preparation {
  document: StoryDocument;
  language: ViewLanguage;
  sourcesById: ReadonlyMap<string, Source>;
  labels: Map<string, TimelineCategory>;
  /** Formatted dates by ISO string: a long timeline has many entries in the same year or month. */
  dates: Map<string, FormattedDate | undefined>;
  /** The pieces of each date phrase: its words, and 0 and 1 where its dates go. */
  phrases: Map<string, (string | number)[]>;
}

function formatDate(iso: string, preparation: Preparation): FormattedDate | undefined {
  const { dates } = preparation;
  if (!dates.has(iso)) dates.set(iso, formatIsoDate(iso, preparation.language.format));
  return dates.get(iso);
}

function prepareEntry(initiative: Initiative, index: number, preparation: Preparation): TimelineEntry {
  const { document, language, sourcesById, labels } = preparation;
  const start = initiative.start === undefined ? undefined : formatDate(initiative.start, preparation);
  const end = initiative.end === 'ongoing' ? 'ongoing' : initiative.end === undefined ? undefined : formatDate(initiative.end, preparation);
  const outcome = language.pick(initiative.outcome);
  const partners = initiative.partners?.length ? formatList(initiative.partners, language.format) : undefined;
  const sources: Source[] = [];
  for (const id of initiative.sources ?? []) {
    const source = sourcesById.get(id);
    if (source && !sources.includes(source)) sources.push(source);
  }
  const category = initiative.category;
  let label: TimelineCategory | undefined;
  if (category !== undefined) {
    label = labels.get(category);
    if (label === undefined) {
      label = labelCategory(category, document, language);
      labels.set(category, label);
    }
  }
  const status = initiative.status;
  return {
    initiative,
    index,
    sortKey: sortKey(initiative.start) ?? sortKey(initiative.end),
    start,
    end,
    when: describeWhen(start, end, preparation),
    // A title in no language at all ({}) cannot pass validation; the id is a last resort.
    title: language.pick(initiative.title) ?? { text: initiative.id, lang: undefined },
    summary: language.pick(initiative.summary),
    outcome,
    category,
    categoryLabel: label?.label,
    categoryLang: label?.lang,
    status,
    statusLabel: status === undefined ? undefined : statusLabel(status),
    partners,
    sources,
    hasDetails: !!outcome || !!partners || sources.length > 0,
    titleId: `title-${index}`,
    detailsId: `details-${index}`,
    searchText: undefined,
  };
}

function chronological(entries: readonly TimelineEntry[], direction: 1 | -1): TimelineEntry[] {
  // Array.prototype.sort is stable: equal dates and the undated keep their document order.
  return [...entries].sort((a, b) => {
    if (a.sortKey === b.sortKey) return 0;
    if (a.sortKey === undefined) return 1;
    if (b.sortKey === undefined) return -1;
    return (a.sortKey - b.sortKey) * direction;
  });
}

// One preparation per document and language: re-renders for filtering, search and disclosure reuse it.
const prepared = new WeakMap<StoryDocument, Map<string, PreparedTimeline>>();

/**
 * The document's initiatives picked, formatted and sorted for a language; memoized on the document's
 * identity and the language, so a timeline of 1,000 initiatives is prepared once.
 */
export function prepareTimeline(document: StoryDocument, language: ViewLanguage): PreparedTimeline {
  let byLanguage = prepared.get(document);
  if (!byLanguage) {
    byLanguage = new Map();
    prepared.set(document, byLanguage);
  }
  // Everything the entries depend on: the picked texts' languages include `unmarkedLang`.
  const key = `${language.ui}|${language.format}|${language.preferences.join(',')}|${language.unmarkedLang ?? ''}`;
  const cached = byLanguage.get(key);
  if (cached) return cached;

  const preparation: Preparation = {
    document,
    language,
    sourcesById: new Map((document.sources ?? []).map((source) => [source.id, source])),
    labels: new Map(),
    dates: new Map(),
    phrases: new Map(),
  };
  const entries = (document.initiatives ?? []).map((initiative, index) => prepareEntry(initiative, index, preparation));
  let newest: TimelineEntry[] | undefined;
  const timeline: PreparedTimeline = {
    entries,
    oldest: chronological(entries, 1),
    // Sorted when first asked for.
    get newest() {
      newest ??= chronological(entries, -1);
      return newest;
    },
    categories: [...preparation.labels.values()],
    anyDetails: entries.some((entry) => entry.hasDetails),
    anyDated: entries.some((entry) => entry.start !== undefined || entry.end !== undefined),
  };
  byLanguage.set(key, timeline);
  return timeline;
}
