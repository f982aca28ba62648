import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Source, StoryDocument } from '../schema/index.js';
import { formatIsoDate, formatNumber } from '../i18n/format.js';
import type { ViewLanguage } from '../i18n/view-language.js';
import { Composed, piece } from './pieces.js';

/** The sources a view cites, numbered in the order they are first cited. */
export interface Bibliography {
  sources: Source[];
  number: ReadonlyMap<string, number>;
}

/**
 * Numbers the sources that `citations` (lists of source ids, in reading order) refer to. A valid
 * document names only sources it has.
 */
export function bibliography(document: StoryDocument, citations: Iterable<readonly string[] | undefined>): Bibliography {
  const number = new Map<string, number>();
  const sources: Source[] = [];
  for (const ids of citations) {
    for (const id of ids ?? []) {
      // push() returns the new length: the source's number.
      if (!number.has(id)) number.set(id, sources.push(document.sources!.find((source) => source.id === id)!));
    }
  }
  return { sources, number };
}

/**
 * The `rel` of every link to a URL from a document: the page it opens gets no handle on this one
 * and learns nothing of where the reader came from.
 */
export const EXTERNAL_LINK_REL = 'noopener noreferrer external';

const anchor = (n: number): string => `civic-source-${n}`;

// Fragment links do not reach into a shadow root; move to the entry ourselves.
function followCitation(event: MouseEvent): void {
  const link = event.currentTarget as HTMLAnchorElement;
  const root = link.getRootNode() as Document | ShadowRoot;
  const target = root.getElementById(link.getAttribute('href')?.slice(1) ?? '');
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView({ block: 'nearest' });
  target.focus({ preventScroll: true });
}

/** Links from a statement to its numbered sources, [1] [2], each named "Source 1"; the view language's comma is heard before each. */
export function renderCitations(ids: readonly string[] | undefined, bib: Bibliography, language: ViewLanguage): TemplateResult[] {
  // A source named twice for one statement is cited once.
  return [...new Set(ids)].map((id) => {
    const n = bib.number.get(id) as number;
    const number = formatNumber(n, language.format);
    // A short name ("Source 1") that leads to the list entry, which carries the title: the title is
    // not read again at every figure. The hidden comma makes "86,000, source 1" a phrase.
    return html`<span class="visually-hidden">${language.separator}</span><a class="citation" part="citation" href="#${anchor(n)}" aria-label=${msg(str`Source ${number}`, { id: 'sources.citation' })} @click=${followCitation}>[${number}]</a>`;
  });
}

const LINK = piece`<a href=${0} rel=${0}>`;
const CITE = piece`<cite lang=${0} dir="auto">${0}</cite>`;
const LINK_END = piece`</a>`;
const PUBLISHER = piece`${0}<span dir="auto">${0}</span>`;
const DATE = piece`${0}<time datetime=${0}>${0}</time>`;

/**
 * One source as a reference: title (linked when it has a URL), publisher, date. Composed, to add to
 * another template (a timeline shows hundreds of sources, and one template each, not five nested,
 * is what keeps a long one fast), or rendered alone with renderSource.
 */
export function composeSource(source: Source, language: ViewLanguage): Composed {
  const date = formatIsoDate(source.date, language.format);
  const reference = new Composed();
  if (source.url) reference.add(LINK, source.url, EXTERNAL_LINK_REL);
  reference.add(CITE, ifDefined(source.lang), source.title);
  if (source.url) reference.add(LINK_END);
  if (source.publisher) reference.add(PUBLISHER, language.separator, source.publisher);
  if (date) reference.add(DATE, language.separator, date.datetime, date.text);
  return reference;
}

/** One source as a reference, a template of its own. */
export const renderSource = (source: Source, language: ViewLanguage): TemplateResult => composeSource(source, language).template();

/** The numbered source list that citations lead to. */
export function renderSourceList(bib: Bibliography, language: ViewLanguage, heading: TemplateResult): TemplateResult | typeof nothing {
  if (!bib.sources.length) return nothing;
  return html`<section class="sources" part="sources">
    ${heading}
    <ol>
      ${bib.sources.map((source, index) => html`<li id=${anchor(index + 1)} tabindex="-1">${renderSource(source, language)}</li>`)}
    </ol>
  </section>`;
}

/** The localized heading text for a source list. */
export const sourcesHeading = (): string => msg('Sources', { id: 'sources.heading' });
