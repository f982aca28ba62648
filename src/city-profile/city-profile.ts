import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { headingLevel, headings } from '../ui/heading.js';
import { Composed } from '../ui/pieces.js';
import type { HeadingLevel } from '../ui/heading.js';
import { FACT_KINDS } from '../schema/types.js';
import type { Fact, FactKind, FactUnit, Leader, StoryDocument } from '../schema/index.js';
import { StoryElement } from '../ui/story-element.js';
import type { ViewLanguage } from '../i18n/view-language.js';
import { baseStyles } from '../ui/base-styles.js';
import { renderEmpty } from '../ui/states.js';
import { EXTERNAL_LINK_REL, bibliography, renderCitations, renderSourceList, sourcesHeading } from '../ui/citations.js';
import type { Bibliography } from '../ui/citations.js';
import { countryName, formatArea, formatIsoDate, formatNumber, formatPercent } from '../i18n/format.js';
import { SLOT_1, fillSlots } from '../i18n/phrase.js';
import { rangePhrase, sincePhrase, untilPhrase } from '../i18n/date-phrases.js';
import { sameLanguage } from '../i18n/text.js';
import type { PickedText } from '../i18n/text.js';
import { styles } from './city-profile.styles.js';
import { paragraphs } from '../ui/paragraphs.js';
import { joined, textSpan, timeOf } from '../ui/content.js';
import { optionalText, parseList } from '../ui/attributes.js';

/** How much of the city the card shows. */
export type CityProfileVariant = 'full' | 'compact';

/** One term of the key figures: a kind (or a label) and every statement of it, in document order. */
export interface FactGroup {
  /** `kind:population` or `label:<text>`: facts with the same key stand under one term. */
  key: string;
  kind: FactKind | undefined;
  facts: Fact[];
}

/** How many terms the `compact` variant shows. */
export const COMPACT_FACTS = 3;

/** The fact kinds a `facts` attribute asks for, in its order: "population, nationalities" → ['population', 'nationalities']. */
export function requestedKinds(facts: string | undefined): FactKind[] | undefined {
  return facts?.trim() ? parseList(facts.toLowerCase()).filter((token): token is FactKind => FACT_KINDS.includes(token as FactKind)) : undefined;
}

/**
 * Puts facts of the same kind (or, without a kind, with the same label) under one term, in the order
 * their kind first appears. Sources that disagree (Mechelen's 128, 131 and 138 nationalities) are
 * kept side by side as separate statements: the card reports what each source says.
 */
export function groupFacts(facts: readonly Fact[], label: (fact: Fact) => string | undefined): FactGroup[] {
  const groups = new Map<string, FactGroup>();
  facts.forEach((fact, index) => {
    const text = label(fact);
    const key = fact.kind ? `kind:${fact.kind}` : text ? `label:${text}` : `fact:${index}`;
    const group = groups.get(key);
    if (group) group.facts.push(fact);
    else groups.set(key, { key, kind: fact.kind, facts: [fact] });
  });
  return [...groups.values()];
}

/** The terms a card shows for its `facts` attribute and variant. */
export function chooseFacts(groups: readonly FactGroup[], kinds: readonly FactKind[] | undefined, variant: CityProfileVariant): FactGroup[] {
  const chosen = kinds
    ? kinds.map((kind) => groups.find((group) => group.kind === kind)).filter((group): group is FactGroup => !!group)
    : [...groups];
  return variant === 'compact' ? chosen.slice(0, COMPACT_FACTS) : chosen;
}

/** The localized term for a known kind of fact. */
export function kindLabel(kind: FactKind): string {
  switch (kind) {
    case 'population':
      return msg('Population', { id: 'profile.kind-population' });
    case 'nationalities':
      return msg('Nationalities', { id: 'profile.kind-nationalities' });
    case 'youth-share':
      return msg('Share of young people', { id: 'profile.kind-youth-share' });
    case 'area':
      return msg('Area', { id: 'profile.kind-area' });
    case 'police-officers':
      return msg('Police officers', { id: 'profile.kind-police-officers' });
    case 'surveillance-cameras':
      return msg('Surveillance cameras', { id: 'profile.kind-surveillance-cameras' });
  }
}

// A kind implies its unit when the fact gives none: a youth share is a percentage, an area in km².
const DEFAULT_UNITS: Partial<Record<FactKind, FactUnit>> = { 'youth-share': 'percent', area: 'km2' };

/** A number as the reader writes it, in its unit: 86,000 / 86.000 / 86 000; 22%; 65.2 km². */
export function formatFactNumber(value: number, unit: FactUnit | undefined, locale: string): string {
  switch (unit) {
    case 'percent':
      return formatPercent(value, locale);
    case 'km2':
      return formatArea(value, locale);
    default:
      return formatNumber(value, locale);
  }
}

/** "about 400", "more than 200", "less than 5 %": an approximate number read as a sentence would say it. */
export function approximately(approx: Fact['approx'], value: string): string {
  switch (approx) {
    case 'about':
      return msg(str`about ${value}`, { id: 'profile.approx-about' });
    case 'more-than':
      return msg(str`more than ${value}`, { id: 'profile.approx-more-than' });
    case 'less-than':
      return msg(str`less than ${value}`, { id: 'profile.approx-less-than' });
    default:
      return value;
  }
}


// The card's headings in each level: the city's name, and the subheadings one level below it.
const NAME = headings` id="name" class="name" part="heading" lang=${0}><span dir="auto">${0}</span>`;
const FIGURES_HEADING = headings` class="subheading ${0}">${0}`;
const SOURCES_HEADING = headings` class="subheading">${0}`;
/**
 * The city of a story document as a fact box: its name, region and country, who leads it, a summary
 * and image, and its key figures, each traceable to where it was said. Figures of one kind from
 * different sources stand side by side under one term, each with its own citation.
 *
 * @tag civic-city-profile
 * @summary A city's profile card: name, leader, summary and sourced key figures, in the reader's language.
 *
 * @event civic-load - The document was loaded, validated and rendered (`detail.document`).
 * @event civic-error - The document could not be loaded or is invalid (`detail.message`, `detail.issues`).
 *
 * @csspart card - The `<article>` that holds the profile.
 * @csspart heading - The city's name (a real heading, at `heading-level`).
 * @csspart place - Region and country.
 * @csspart leader - The city's leader, role and term.
 * @csspart summary - The summary text.
 * @csspart image - The `<figure>` with the city's image and its credit.
 * @csspart credit - The image credit.
 * @csspart facts - The `<dl>` of key figures.
 * @csspart fact - One term with its statements (a `<div>` around one `<dt>` and its `<dd>`s).
 * @csspart term - The `<dt>`: the kind of figure, or the figure's own label.
 * @csspart statement - One `<dd>`: a value, its citation, date and note.
 * @csspart value - The formatted value ("86,000", "about 400", "22%").
 * @csspart as-of - The date a value refers to.
 * @csspart note - A figure's note.
 * @csspart citation - A citation link ([1]) to the card's source list.
 * @csspart links - The list of links (such as the city's website).
 * @csspart sources - The numbered source list the citations lead to.
 * @csspart loading - The loading view.
 * @csspart error - The error view.
 * @csspart empty - The view of a document without a city.
 * @csspart no-document - In a block editor's canvas only: the note that the element has no data source (readers see only the fallback content).
 *
 * @cssprop --civic-font - Font family (default: the host page's).
 * @cssprop --civic-heading-font - Font family of the headings (default: `--civic-font`).
 * @cssprop --civic-text - Text colour.
 * @cssprop --civic-muted - Colour of secondary text (place, dates, notes, sources).
 * @cssprop --civic-surface - Background of the card.
 * @cssprop --civic-subtle - Background of the key figures.
 * @cssprop --civic-border - Colour of the card's border and of the lines between statements.
 * @cssprop --civic-accent - Accent: links, citations, the rule beside the figures.
 * @cssprop --civic-focus - Focus ring colour.
 * @cssprop --civic-error - Colour of the error view.
 * @cssprop --civic-radius - Corner radius.
 * @cssprop --civic-space - Inner spacing.
 * @cssprop --civic-loading-size - Block size reserved while loading (default 20rem, compact 10rem).
 * @cssprop --civic-inline-size - The width the card asks for where the page sizes it by its content (float, inline-block, table cell, flex item); never more than its container (default `40rem`, `compact` `20rem`).
 * @cssprop --civic-profile-heading-size - Font size of the city's name.
 * @cssprop --civic-profile-value-size - Font size of the figures' values.
 * @cssprop --civic-profile-image-ratio - Aspect ratio reserved for the image (default `16 / 9`).
 */
export class CivicCityProfile extends StoryElement {
  static override styles = [baseStyles, styles];

  /** `full` shows the whole profile; `compact` the name and the first three figures with their sources, for sidebars. */
  @property({ reflect: true }) variant: CityProfileVariant = 'full';

  /**
   * The kinds of figures to show, in this order, e.g. `population,nationalities` (comma or space
   * separated). Without it, every figure in the document's order. Figures without a kind are shown
   * only when this is not set.
   */
  @property({ reflect: true, converter: optionalText }) facts: string | undefined;

  /** The level of the heading with the city's name (2–6), to fit the outline of the embedding page. */
  @property({ attribute: 'heading-level', type: Number, reflect: true }) headingLevel: HeadingLevel = 2;

  protected override renderDocument(document: StoryDocument, language: ViewLanguage): TemplateResult {
    const city = document.city;
    if (!city) return renderEmpty(msg('This story has no city profile.', { id: 'profile.empty' }));
    const variant: CityProfileVariant = this.variant === 'compact' ? 'compact' : 'full';
    const full = variant === 'full';
    const level = headingLevel(this.headingLevel, 2);
    const groups = chooseFacts(
      groupFacts(city.facts ?? [], (fact) => language.pick(fact.label)?.text),
      requestedKinds(this.facts),
      variant,
    );
    const bib = bibliography(document, groups.flatMap((group) => group.facts.map((fact) => fact.sources)));
    const name = language.pick(city.name) as PickedText;
    const sub = Math.min(level + 1, 6) - 2;
    const { image, leader } = city;
    const region = language.pick(city.region);
    const country = city.country && countryName(city.country, language.format);
    const summary = language.pick(city.summary);
    const alt = language.pick(image?.alt);

    return html`<article class="surface card ${variant}" part="card" aria-labelledby="name" lang=${ifDefined(language.labelLang)}>
      <header class="header">
        ${new Composed().add(NAME[level - 2]!, ifDefined(name.lang), name.text).template()}
        ${region || country ? html`<p class="place muted" part="place">${joined(language.separator, [textSpan(region), country])}</p>` : nothing}
      </header>
      ${full && (image || leader || summary)
        ? html`<div class="intro ${image ? 'with-image' : ''}">
            ${image
              ? html`<figure class="image" part="image">
                  <img src=${image.src} alt=${alt?.text ?? ''} lang=${ifDefined(alt?.lang)} loading="lazy" decoding="async" referrerpolicy="no-referrer" />
                  ${image.credit ? html`<figcaption class="credit muted" part="credit" dir="auto">${image.credit}</figcaption>` : nothing}
                </figure>`
              : nothing}${leader ? renderLeader(leader, language) : nothing}${summary
              ? html`<div class="summary" part="summary" lang=${ifDefined(summary.lang)} dir="auto">${paragraphs(summary.text)}</div>`
              : nothing}
          </div>`
        : nothing}
      ${groups.length
        ? html`<section class="figures">
            ${new Composed().add(FIGURES_HEADING[sub]!, full ? '' : 'visually-hidden', msg('Key figures', { id: 'profile.facts-heading' })).template()}
            <dl class="facts" part="facts">
              ${groups.map((group) => renderGroup(group, full, bib, language))}
            </dl>
          </section>`
        : nothing}
      ${full && city.links?.length
        ? html`<ul class="links" part="links">
            ${city.links.map((link) => {
              const label = language.pick(link.label) as PickedText;
              return html`<li><a href=${link.href} rel=${EXTERNAL_LINK_REL} lang=${ifDefined(label.lang)} dir="auto">${label.text}</a></li>`;
            })}
          </ul>`
        : nothing}
      ${renderSourceList(bib, language, new Composed().add(SOURCES_HEADING[sub]!, sourcesHeading()).template())}
    </article>`;
  }
}

function renderLeader(leader: Leader, language: ViewLanguage): TemplateResult {
  const since = formatIsoDate(leader.since, language.format);
  const until = formatIsoDate(leader.until, language.format);
  const one = since ?? until;
  const term =
    since && until
      ? fillSlots(rangePhrase(since, until), [timeOf(since), timeOf(until)])
      : one && fillSlots((since ? sincePhrase : untilPhrase)(one.precision), [timeOf(one)]);
  return html`<p class="leader" part="leader">${joined(language.separator, [
    html`<span class="leader-name" dir="auto">${leader.name}</span>`,
    textSpan(language.pick(leader.role), 'leader-role'),
    term && html`<span class="leader-term">${term}</span>`,
  ])}</p>`;
}

// A label, like the city's name, sits in its own `dir="auto"` span, not on the block: the block keeps
// the card's direction and so its alignment (a Dutch label on an Arabic page starts at the right).
function renderGroup(group: FactGroup, full: boolean, bib: Bibliography, language: ViewLanguage): TemplateResult {
  const facts = group.facts;
  // Without a kind, the facts of a group share their label, which a valid document gives.
  const label = group.kind ? undefined : (language.pick(facts[0]!.label) as PickedText);
  return html`<div class="fact ${facts.length > 1 ? 'several' : ''} ${facts.every((fact) => typeof fact.value === 'number') ? 'numeric' : 'textual'}" part="fact">
    <dt class="term" part="term" lang=${ifDefined(label?.lang)}>
      ${label ? html`<span dir="auto">${label.text}</span>` : kindLabel(group.kind!)}
    </dt>
    ${facts.map((fact) => {
      const asOf = formatIsoDate(fact.asOf, language.format);
      const note = full ? language.pick(fact.note) : undefined;
      // A fact with both a kind and its own label: the label qualifies this statement under the kind's term.
      return html`<dd class="statement" part="statement">
        ${fact.kind ? textSpan(language.pick(fact.label), 'qualifier muted') : nothing}
        <span class="line"
          >${renderValue(fact, language)}${renderCitations(fact.sources, bib, language)}${asOf
            ? html` <span class="as-of muted" part="as-of">${timeOf(asOf, msg(str`as of ${asOf.text}`, { id: 'profile.as-of' }))}</span>`
            : nothing}</span
        >
        ${note ? html`<small class="note muted" part="note" lang=${ifDefined(note.lang)} dir="auto">${note.text}</small>` : nothing}
      </dd>`;
    })}
  </div>`;
}

/** A fact's value: numbers formatted for the reader (in the UI language), texts picked with their language. */
function renderValue({ value, unit, kind, approx }: Fact, language: ViewLanguage): TemplateResult {
  const { text, lang } =
    typeof value === 'number'
      ? { text: formatFactNumber(value, unit ?? DEFAULT_UNITS[kind as FactKind], language.format), lang: undefined }
      : (language.pick(value) as PickedText);
  // "about" in the UI language around a text in another: each part says its language.
  const content =
    approx && lang && !sameLanguage(lang, language.ui)
      ? fillSlots(approximately(approx, SLOT_1), [html`<span lang=${lang} dir="auto">${text}</span>`])
      : approximately(approx, text);
  return html`<span class="value" part="value" lang=${ifDefined(approx ? undefined : lang)} dir="auto">${content}</span>`;
}
