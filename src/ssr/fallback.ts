// Plain, light-DOM HTML of a story: for feed readers, search engines and readers without JavaScript.
// No styles, no scripts; every text from the document carries its language.
import type { Initiative, Quote, Source, StoryDocument, Text } from '../schema/index.js';
import { pickText } from '../i18n/text.js';
import type { PickedText } from '../i18n/text.js';
import { countryName, formatIsoDate } from '../i18n/format.js';
import { formatFactNumber, kindLabel, approximately } from '../city-profile/city-profile.js';
import { statusLabel } from '../timeline/initiatives.js';
import { formatLocale } from '../i18n/localization.js';
import { sourcesHeading } from '../ui/citations.js';
import { escapeHtml, inServerLocale, validated } from './common.js';
import type { StoryRenderOptions } from './common.js';

/** Options of the fallback: as for `renderStory`, plus the heading level of its title (default 2). */
export interface FallbackOptions extends StoryRenderOptions {
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}

/**
 * The story as plain semantic HTML (labels, numbers and dates in the UI language for `lang`), without custom elements: a city as a heading and a description
 * list of figures, the initiatives as an ordered list with `<time>` dates, a quote as a `<figure>`
 * with `<blockquote>` and `<figcaption>`, each with its sources. Place it inside the element as its
 * no-JavaScript fallback, or on its own (feeds, AMP-like pages, e-mail).
 */
export function renderFallback(input: unknown, options: FallbackOptions): Promise<string> {
  return inServerLocale(options.lang, () => fallbackMarkup(validated(input), options));
}

/**
 * The same markup of a document already validated, synchronously, with labels, numbers and dates in
 * the UI locale active now (the page's in a browser); document texts are picked for `options.lang`.
 * Needs neither Node nor a DOM.
 */
export function fallbackMarkup(document: StoryDocument, options: FallbackOptions): string {
  const preferences = [options.lang, document.lang];
  const pick = (text: Text | undefined): PickedText | undefined => pickText(text, preferences, document.lang);
  const level = options.headingLevel ?? 2;
  switch (options.element) {
    case 'city-profile':
      return cityProfile(document, pick, level);
    case 'timeline':
      return timeline(document, pick, level);
    case 'quote':
      return quoteFigure(document, options.quote, pick);
    default:
      throw new TypeError(`civic-story: unknown element "${String(options.element)}" (city-profile, timeline or quote).`);
  }
}

type Pick = (text: Text | undefined) => PickedText | undefined;

/** A picked text as HTML, in an element with its `lang` (a `<span>` unless given). */
function inLang(picked: PickedText | undefined, tag = 'span', attributes = ''): string {
  if (!picked) return '';
  const lang = picked.lang ? ` lang="${escapeHtml(picked.lang)}"` : '';
  return `<${tag}${attributes}${lang}>${escapeHtml(picked.text)}</${tag}>`;
}

function time(iso: string | undefined): string {
  if (!iso) return '';
  const formatted = formatIsoDate(iso, formatLocale());
  return `<time datetime="${escapeHtml(iso)}">${escapeHtml(formatted?.text ?? iso)}</time>`;
}

function sourceList(document: StoryDocument, ids: Iterable<string>): string {
  const byId = new Map((document.sources ?? []).map((source) => [source.id, source]));
  const items = [...new Set(ids)].flatMap((id) => {
    const source = byId.get(id);
    return source ? [`<li>${cite(source)}</li>`] : [];
  });
  return items.length ? `<p>${escapeHtml(sourcesHeading())}</p><ul>${items.join('')}</ul>` : '';
}

function cite(source: Source): string {
  const lang = source.lang ? ` lang="${escapeHtml(source.lang)}"` : '';
  const title = source.url
    ? `<a href="${escapeHtml(source.url)}"${lang}><cite>${escapeHtml(source.title)}</cite></a>`
    : `<cite${lang}>${escapeHtml(source.title)}</cite>`;
  return [title, source.publisher ? escapeHtml(source.publisher) : '', source.date ? time(source.date) : ''].filter(Boolean).join(', ');
}

function cityProfile(document: StoryDocument, pick: Pick, level: number): string {
  const city = document.city;
  if (!city) return '';
  const locale = formatLocale();
  const place = [pick(city.region), city.country ? { text: countryName(city.country, locale), lang: locale } : undefined];
  const figures = (city.facts ?? []).map((fact) => {
    const term = fact.kind ? escapeHtml(kindLabel(fact.kind)) : inLang(pick(fact.label));
    const value =
      typeof fact.value === 'number' ? escapeHtml(approximately(fact.approx, formatFactNumber(fact.value, fact.unit, locale))) : inLang(pick(fact.value));
    const asOf = fact.asOf ? ` (${time(fact.asOf)})` : '';
    const note = fact.note ? `<br>${inLang(pick(fact.note), 'small')}` : '';
    return `<dt>${term}</dt><dd>${value}${asOf}${note}</dd>`;
  });
  const leader = city.leader
    ? `<p>${escapeHtml(city.leader.name)}${city.leader.role ? `, ${inLang(pick(city.leader.role))}` : ''}</p>`
    : '';
  return [
    `<section class="civic-city-profile">`,
    inLang(pick(city.name), `h${level}`),
    place.some(Boolean) ? `<p>${place.filter((part): part is PickedText => !!part).map((part) => inLang(part)).join(', ')}</p>` : '',
    leader,
    city.summary ? inLang(pick(city.summary), 'p') : '',
    figures.length ? `<dl>${figures.join('')}</dl>` : '',
    sourceList(document, (city.facts ?? []).flatMap((fact) => fact.sources ?? [])),
    `</section>`,
  ].join('');
}

function timeline(document: StoryDocument, pick: Pick, level: number): string {
  const initiatives = document.initiatives ?? [];
  if (!initiatives.length) return '';
  const entry = (initiative: Initiative): string => {
    const end = initiative.end === 'ongoing' ? ` – ${escapeHtml(statusLabel('ongoing'))}` : initiative.end ? ` – ${time(initiative.end)}` : '';
    const dates = initiative.start ? `<p>${time(initiative.start)}${end}</p>` : '';
    const status = initiative.status ? `<p>${escapeHtml(statusLabel(initiative.status))}</p>` : '';
    return [
      `<li>`,
      inLang(pick(initiative.title), `h${Math.min(level + 1, 6)}`),
      dates,
      status,
      initiative.summary ? inLang(pick(initiative.summary), 'p') : '',
      initiative.outcome ? inLang(pick(initiative.outcome), 'p') : '',
      initiative.partners?.length ? `<p>${initiative.partners.map(escapeHtml).join(', ')}</p>` : '',
      sourceList(document, initiative.sources ?? []),
      `</li>`,
    ].join('');
  };
  return `<section class="civic-timeline"><ol>${initiatives.map(entry).join('')}</ol></section>`;
}

function quoteFigure(document: StoryDocument, id: string | undefined, pick: Pick): string {
  const quotes = document.quotes ?? [];
  const quote: Quote | undefined = id ? quotes.find((candidate) => candidate.id === id) : quotes[0];
  if (!quote) return '';
  const original = quote.lang && typeof quote.text === 'object' && quote.text[quote.lang] ? { text: quote.text[quote.lang] as string, lang: quote.lang } : undefined;
  const words = original ?? pick(quote.text);
  const translation = original ? pick(quote.text) : undefined;
  const source = (quote.sources ?? []).map((sourceId) => document.sources?.find((candidate) => candidate.id === sourceId)).find(Boolean);
  const citeAttribute = source?.url ? ` cite="${escapeHtml(source.url)}"` : '';
  return [
    `<figure class="civic-quote">`,
    `<blockquote${citeAttribute}>${inLang(words, 'p')}</blockquote>`,
    translation && translation.lang !== words?.lang ? inLang(translation, 'p') : '',
    `<figcaption>— ${escapeHtml(quote.author.name)}${quote.author.role ? `, ${inLang(pick(quote.author.role))}` : ''}${quote.date ? `, ${time(quote.date)}` : ''}</figcaption>`,
    sourceList(document, quote.sources ?? []),
    `</figure>`,
  ].join('');
}
