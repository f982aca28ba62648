// schema.org JSON-LD for a story document: what search engines and other machines read of it.
import type { City, CreativeWork, Event, EventStatusType, ItemList, Person, PropertyValue, Quotation, Observation } from 'schema-dts';
import type { Fact, Initiative, Quote, StoryDocument, Text } from '../schema/index.js';
import { pickText } from '../i18n/text.js';
import { scriptJson, validated } from './common.js';

/** Options of the JSON-LD: the language to pick the document's texts in (default: the document's). */
export interface JsonLdOptions {
  lang?: string;
  /**
   * The URL of the page the JSON-LD stands in; the nodes' `@id`s are fragments of it
   * (`https://example.org/mechelen#city`). Default: fragments only (`#city`).
   */
  base?: string;
}

/** A JSON-LD document: `@context` and a `@graph` of schema.org nodes. */
export interface JsonLdGraph {
  '@context': 'https://schema.org';
  '@graph': Record<string, unknown>[];
}

/** A figure: a PropertyValue of the city that is also an Observation, to carry the date of its value. */
type Figure = Omit<Extract<PropertyValue, { '@type': 'PropertyValue' }>, '@type'> &
  Omit<Extract<Observation, { '@type': 'Observation' }>, '@type' | 'value'> & { '@type': ['PropertyValue', 'Observation'] };

type Node = Exclude<City | Quotation | ItemList, string>;

/** Every initiative takes place as the document dates it: none is cancelled, postponed or moved. */
const STATUS: Record<NonNullable<Initiative['status']>, EventStatusType> = {
  planned: 'https://schema.org/EventScheduled',
  ongoing: 'https://schema.org/EventScheduled',
  done: 'https://schema.org/EventScheduled',
};

/** The schema.org graph of a story document (validated first; an invalid one throws with its issues). */
export function jsonLdData(input: unknown, options: JsonLdOptions = {}): JsonLdGraph {
  return jsonLdGraph(validated(input), options);
}

/** The schema.org graph of a document already validated. */
export function jsonLdGraph(document: StoryDocument, options: JsonLdOptions = {}): JsonLdGraph {
  const preferences = [options.lang, document.lang];
  const text = (value: Text | undefined): string | undefined => pickText(value, preferences, document.lang)?.text;
  const langOf = (value: Text | undefined): string | undefined => pickText(value, preferences, document.lang)?.lang;
  const id = (fragment: string): string => `${options.base ?? ''}#${fragment}`;

  const sources = new Map((document.sources ?? []).map((source) => [source.id, source]));
  const cited = (ids: readonly string[] | undefined): CreativeWork[] =>
    (ids ?? []).flatMap((sourceId) => {
      const source = sources.get(sourceId);
      if (!source) return [];
      const work: CreativeWork = {
        '@type': 'CreativeWork',
        '@id': id(`source-${source.id}`),
        name: source.title,
        ...(source.publisher ? { publisher: { '@type': 'Organization', name: source.publisher } } : {}),
        ...(source.url ? { url: absolute(source.url, options.base) } : {}),
        ...(source.date ? { datePublished: source.date } : {}),
        ...(source.lang ? { inLanguage: source.lang } : {}),
      };
      return [work];
    });
  const citing = (ids: readonly string[] | undefined): { subjectOf?: CreativeWork[] } => {
    const works = cited(ids);
    return works.length ? { subjectOf: works } : {};
  };

  const graph: Node[] = [];
  const city = document.city;
  const cityId = id('city');
  if (city) {
    const figures = (city.facts ?? []).map((fact) => figure(fact, text, cityId, citing));
    const leader: Person | undefined = city.leader
      ? { '@type': 'Person', name: city.leader.name, ...(city.leader.role ? { jobTitle: text(city.leader.role) } : {}) }
      : undefined;
    const node: City = {
      '@type': 'City',
      '@id': cityId,
      name: text(city.name),
      ...(city.summary ? { description: text(city.summary) } : {}),
      ...(city.country || city.region
        ? {
            address: {
              '@type': 'PostalAddress',
              ...(city.country ? { addressCountry: city.country } : {}),
              ...(city.region ? { addressRegion: text(city.region) } : {}),
            },
          }
        : {}),
      ...(city.image ? { image: { '@type': 'ImageObject', contentUrl: absolute(city.image.src, options.base), description: text(city.image.alt) } } : {}),
      ...(city.links?.length ? { sameAs: city.links.map((link) => absolute(link.href, options.base)) } : {}),
      ...(figures.length ? { additionalProperty: figures as unknown as PropertyValue[] } : {}),
      ...(leader ? { employee: leader } : {}),
      ...citing([...new Set((city.facts ?? []).flatMap((fact) => fact.sources ?? []))]),
    };
    graph.push(node);
  }

  for (const quote of document.quotes ?? []) graph.push(quotation(quote, document, text, id, cited, city ? cityId : undefined));

  const initiatives = document.initiatives ?? [];
  if (initiatives.length) {
    const list: ItemList = {
      '@type': 'ItemList',
      '@id': id('initiatives'),
      ...(city ? { about: { '@id': cityId } } : {}),
      numberOfItems: initiatives.length,
      itemListElement: initiatives.map((initiative, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        item: event(initiative, text, langOf, id, citing, city ? cityId : undefined),
      })),
    };
    graph.push(list);
  }

  return { '@context': 'https://schema.org', '@graph': graph as unknown as Record<string, unknown>[] };
}

/**
 * The JSON-LD of a story document as the text of a `<script type="application/ld+json">` element:
 * `<` is written `\u003c` (and `>`, `&` likewise), so the text cannot close the script or open a
 * comment, whatever the document contains.
 */
export function jsonLd(input: unknown, options: JsonLdOptions = {}): string {
  return scriptJson(jsonLdData(input, options));
}

function figure(
  fact: Fact,
  text: (value: Text | undefined) => string | undefined,
  cityId: string,
  citing: (ids: readonly string[] | undefined) => { subjectOf?: CreativeWork[] },
): Figure {
  const value = typeof fact.value === 'number' ? fact.value : text(fact.value);
  return {
    '@type': ['PropertyValue', 'Observation'],
    ...(fact.kind ? { propertyID: fact.kind } : {}),
    ...(fact.label ? { name: text(fact.label) } : {}),
    ...(value !== undefined ? { value } : {}),
    ...(fact.unit === 'km2' ? { unitCode: 'KMK' } : fact.unit === 'percent' ? { unitCode: 'P1' } : {}),
    ...(fact.approx ? { measurementQualifier: fact.approx } : {}),
    ...(fact.asOf ? { observationDate: fact.asOf } : {}),
    observationAbout: { '@id': cityId },
    ...(fact.note ? { description: text(fact.note) } : {}),
    ...citing(fact.sources),
  } as Figure;
}

function quotation(
  quote: Quote,
  document: StoryDocument,
  text: (value: Text | undefined) => string | undefined,
  id: (fragment: string) => string,
  cited: (ids: readonly string[] | undefined) => CreativeWork[],
  cityId: string | undefined,
): Quotation {
  // The quote in its original language when the document has it, else as the reader would get it.
  const original = quote.lang && typeof quote.text === 'object' ? quote.text[quote.lang] : undefined;
  const words = original ?? text(quote.text);
  const language = original ? quote.lang : typeof quote.text === 'string' ? (quote.lang ?? document.lang) : undefined;
  const works = cited(quote.sources);
  const speaker: Person = {
    '@type': 'Person',
    name: quote.author.name,
    ...(quote.author.role ? { jobTitle: text(quote.author.role) } : {}),
  };
  return {
    '@type': 'Quotation',
    '@id': id(`quote-${quote.id}`),
    text: words,
    ...(language ? { inLanguage: language } : {}),
    spokenByCharacter: speaker,
    creator: speaker,
    ...(quote.date ? { dateCreated: quote.date } : {}),
    ...(quote.context ? { description: text(quote.context) } : {}),
    ...(cityId ? { about: { '@id': cityId } } : {}),
    ...(works.length ? { citation: works, isBasedOn: works } : {}),
  };
}

function event(
  initiative: Initiative,
  text: (value: Text | undefined) => string | undefined,
  langOf: (value: Text | undefined) => string | undefined,
  id: (fragment: string) => string,
  citing: (ids: readonly string[] | undefined) => { subjectOf?: CreativeWork[] },
  cityId: string | undefined,
): Event {
  const end = initiative.end && initiative.end !== 'ongoing' ? initiative.end : undefined;
  const description = [text(initiative.summary), text(initiative.outcome)].filter(Boolean).join('\n\n');
  return {
    '@type': 'Event',
    '@id': id(`initiative-${initiative.id}`),
    name: text(initiative.title),
    ...(langOf(initiative.title) ? { inLanguage: langOf(initiative.title) } : {}),
    ...(initiative.start ? { startDate: initiative.start } : {}),
    ...(end ? { endDate: end } : {}),
    ...(initiative.status ? { eventStatus: STATUS[initiative.status] } : {}),
    ...(description ? { description } : {}),
    // schema.org's event statuses say whether an event takes place, not how far it got: the
    // document's status (`planned`, `ongoing`, `done`) and category are kept as keywords.
    ...(initiative.category || initiative.status ? { keywords: [initiative.category, initiative.status].filter((word): word is string => !!word) } : {}),
    ...(cityId ? { location: { '@id': cityId } } : {}),
    ...(initiative.partners?.length ? { organizer: initiative.partners.map((name) => ({ '@type': 'Organization' as const, name })) } : {}),
    ...citing(initiative.sources),
  };
}

/** A URL as the document gives it, made absolute against the page when one is known. */
function absolute(url: string, base: string | undefined): string {
  if (!base) return url;
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}
