import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { html as staticHtml } from 'lit/static-html.js';
import { headingLevel, headingTag } from '../ui/heading.js';
import type { HeadingLevel } from '../ui/heading.js';
import type { StaticValue } from 'lit/static-html.js';
import type { StoryDocument } from '../schema/index.js';
import { StoryElement } from '../ui/story-element.js';
import type { ViewLanguage } from '../i18n/view-language.js';
import { baseStyles } from '../ui/base-styles.js';
import { controlStyles } from '../ui/control-styles.js';
import { renderEmpty } from '../ui/states.js';
import { renderSource, sourcesHeading } from '../ui/citations.js';
import { formatNumber } from '../i18n/format.js';
import type { FormattedDate } from '../i18n/format.js';
import { matches, prepareTimeline, searchTerms } from './initiatives.js';
import type { PreparedTimeline, TimelineEntry, TimelineOrder } from './initiatives.js';
import { styles } from './timeline.styles.js';

export type { TimelineOrder } from './initiatives.js';

/** Above this many initiatives the timeline offers a search field. */
export const SEARCH_THRESHOLD = 10;

/** How long the reader pauses typing in the search field (ms) before the count is announced. */
export const SEARCH_ANNOUNCE_DELAY = 500;

/** The category slugs of a `categories` attribute ("housing, education" or "housing education"). */
export function parseCategories(value: string | null | undefined): Set<string> {
  return new Set((value ?? '').split(/[\s,]+/).filter((slug) => slug.length > 0));
}

const ongoingText = (): string => msg('ongoing', { id: 'timeline.ongoing' });

// One flat template per shape of date: a timeline renders a thousand of them, and each nested
// template costs more than the markup it holds.
/** An entry's date: a single date, a range (two `<time>`s), "since … ongoing", or "until …". */
function renderWhen(start: FormattedDate | undefined, end: FormattedDate | 'ongoing' | undefined, saidByStatus = false): TemplateResult {
  // When the status says "Ongoing" right after, the date's marker is for the eye only.
  const hidden = saidByStatus ? 'true' : undefined;
  if (!start) {
    if (end === 'ongoing') return html`<p class="when" part="date"><span class="ongoing" part="ongoing" aria-hidden=${ifDefined(hidden)}>${ongoingText()}</span></p>`;
    return html`<p class="when" part="date">${msg('until', { id: 'timeline.until' })} <time datetime=${end?.datetime ?? ''}>${end?.text}</time></p>`;
  }
  if (end === 'ongoing') {
    return html`<p class="when" part="date"><time datetime=${start.datetime}>${start.text}</time> <span class="ongoing" part="ongoing" aria-hidden=${ifDefined(hidden)}>${ongoingText()}</span></p>`;
  }
  if (!end || end.datetime === start.datetime) return html`<p class="when" part="date"><time datetime=${start.datetime}>${start.text}</time></p>`;
  // The dash is for the eye; a screen reader says the word.
  return html`<p class="when" part="date"><time datetime=${start.datetime}>${start.text}</time><span aria-hidden="true"> – </span><span class="visually-hidden"> ${msg('to', { id: 'timeline.range-to' })} </span><time datetime=${end.datetime}>${end.text}</time></p>`;
}

/**
 * The category and status labels of an entry, each spoken with what it is ("Category: Housing") and
 * shown as a pill; the words "Category:" and "Status:" are for screen readers only.
 */
function renderLabels(entry: TimelineEntry): TemplateResult | typeof nothing {
  const { categoryLabel, statusLabel } = entry;
  if (!categoryLabel && !statusLabel) return nothing;
  return html`<p class="labels">${categoryLabel
      ? html`<span class="visually-hidden">${msg('Category:', { id: 'timeline.category-label' })} </span><span class="category" part="category">${categoryLabel}</span>`
      : nothing}${categoryLabel && statusLabel ? html`<span class="visually-hidden">, </span>` : nothing}${statusLabel
      ? html`<span class="visually-hidden">${msg('Status:', { id: 'timeline.status-label' })} </span><span class="status" part="status">${statusLabel}</span>`
      : nothing}</p>`;
}

/**
 * The initiatives of a story document on a vertical timeline, in chronological order: each with its
 * date or date range, title, category, status and summary, and behind a disclosure button its
 * outcome, partners and sources. Readers filter by category (toggle buttons, several at a time) and,
 * above ten initiatives, search titles and summaries. Every entry stays in the DOM (filtered ones are
 * `hidden`), so find-in-page and screen readers reach them; print shows every entry's details.
 *
 * @tag civic-timeline
 * @summary A filterable, searchable timeline of a city's initiatives.
 *
 * @event civic-load - The document was loaded, validated and rendered (`detail.document`).
 * @event civic-error - The document could not be loaded or is invalid (`detail.message`, `detail.issues`).
 *
 * @csspart toolbar - The controls above the list: search, category filters, count, expand all.
 * @csspart search - The search field with its label (only above ten initiatives).
 * @csspart filters - The group of category toggle buttons.
 * @csspart filter - Each category toggle button, and "All"; `[aria-pressed="true"]` when on.
 * @csspart count - The count "Showing 3 of 9 initiatives" (a hidden polite live region announces it once the reader filters or searches).
 * @csspart expand-all - The button that opens or closes every entry's details.
 * @csspart list - The `<ol>` of entries.
 * @csspart entry - Each `<li>`.
 * @csspart date - The date or date range of an entry (`<time>` elements).
 * @csspart ongoing - The "ongoing" marker of an initiative without an end.
 * @csspart title - The heading of an entry.
 * @csspart category - The category label of an entry.
 * @csspart status - The status label of an entry.
 * @csspart summary - The summary of an entry.
 * @csspart disclosure - The button that shows or hides an entry's details.
 * @csspart details - An entry's outcome, partners and sources.
 * @csspart no-match - The message shown when no initiative matches the filters.
 * @csspart loading - The loading view.
 * @csspart error - The error view.
 * @csspart empty - The view of a document without initiatives.
 * @csspart no-document - In a block editor's canvas only: the note that the element has no data source (readers see only the fallback content).
 *
 * @cssprop --civic-font - Font family (default: the host page's).
 * @cssprop --civic-heading-font - Font family of the entries' titles (default: `--civic-font`).
 * @cssprop --civic-text - Text colour.
 * @cssprop --civic-muted - Colour of secondary text (dates, labels).
 * @cssprop --civic-surface - Background of controls, markers and details.
 * @cssprop --civic-subtle - Background of category labels and details.
 * @cssprop --civic-border - Colour of lines.
 * @cssprop --civic-accent - Accent: filter buttons, disclosure buttons, links.
 * @cssprop --civic-accent-text - Text on the accent colour (pressed filters).
 * @cssprop --civic-focus - Focus ring colour.
 * @cssprop --civic-error - Colour of the error view.
 * @cssprop --civic-radius - Corner radius.
 * @cssprop --civic-space - Spacing between the toolbar and the list.
 * @cssprop --civic-loading-size - Block size reserved while loading.
 * @cssprop --civic-timeline-rail - Colour of the vertical line (default: `--civic-border`).
 * @cssprop --civic-timeline-marker - Colour of each entry's marker on the line (default: `--civic-accent`).
 * @cssprop --civic-timeline-date-width - Width of the date column in the two-column layout (default: `10rem`).
 */
export class CivicTimeline extends StoryElement {
  static override styles = [baseStyles, controlStyles, styles];

  /** Chronological order: `oldest` first (default) or `newest` first. Undated initiatives come last in both. */
  @property({ reflect: true }) order: TimelineOrder = 'oldest';

  /** The initial category filter: slugs separated by commas or spaces (`housing,education`); empty shows all. */
  @property() categories: string | undefined;

  /** The heading level of the entries' titles, 2 to 6 (default 3). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel: HeadingLevel = 3;

  /** The categories the reader chose; undefined until they touch a filter (then `categories` is the filter). */
  @state() private chosen: ReadonlySet<string> | undefined;

  /** The reader's search text. */
  @state() private query = '';

  /** The ids of the initiatives whose details are open. */
  @state() private expanded: ReadonlySet<string> = new Set();

  /** Whether the reader has filtered or searched: only then does the live region speak the count. */
  @state() private announcing = false;

  /**
   * While the reader types a search: what the live region said before, held until they pause, so the
   * count is announced once rather than at every keystroke. Undefined: the region says the count.
   */
  @state() private heldAnnouncement: string | undefined;

  private announceTimer: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A count still waiting for the pause is dropped: back on a page, the timeline starts silent.
    clearTimeout(this.announceTimer);
    this.heldAnnouncement = undefined;
    this.announcing = false;
  }

  /** Speaks the current count now (a filter was pressed): once, after this update. */
  private announceNow(): void {
    clearTimeout(this.announceTimer);
    this.heldAnnouncement = undefined;
    this.announcing = true;
  }

  /** Speaks the count once the reader has paused typing. */
  private announceAfterPause(): void {
    if (this.heldAnnouncement === undefined) {
      this.heldAnnouncement = this.announcing ? (this.renderRoot.querySelector('[role="status"]')?.textContent ?? '') : '';
    }
    this.announcing = true;
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.heldAnnouncement = undefined;
    }, SEARCH_ANNOUNCE_DELAY);
  }

  /** The control that had focus before an update, to rescue focus if the update hides or removes it. */
  private focusedBefore: Element | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new `categories` attribute is a new filter, replacing the reader's choice.
    if (changed.has('categories')) this.chosen = undefined;
    this.focusedBefore = this.shadowRoot?.activeElement ?? null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const focused = this.focusedBefore;
    this.focusedBefore = null;
    if (!focused || (focused.isConnected && !focused.closest('[hidden]'))) return;
    // The focused entry was filtered out, or "Show all" went away with its message: focus moves to
    // the control that explains the change rather than falling back to the page.
    const root = this.renderRoot;
    const search = root.querySelector<HTMLInputElement>('#search');
    const target = (this.query && search) || root.querySelector<HTMLElement>('button[part~="filter"][aria-pressed="true"]') || search;
    target?.focus();
  }

  /** The active category filter as the user sees it: only categories the document has; empty means all. */
  private activeCategories(timeline: PreparedTimeline): Set<string> {
    const selected = this.chosen ?? parseCategories(this.categories);
    return new Set(timeline.categories.map((category) => category.slug).filter((slug) => selected.has(slug)));
  }

  protected override renderDocument(document: StoryDocument, language: ViewLanguage): TemplateResult {
    if (!document.initiatives?.length) return renderEmpty(msg('This story has no initiatives.', { id: 'timeline.empty' }));
    const timeline = prepareTimeline(document, language);
    const entries = this.order === 'newest' ? timeline.newest : timeline.oldest;
    const categories = this.activeCategories(timeline);
    const searchable = entries.length > SEARCH_THRESHOLD;
    const terms = searchable ? searchTerms(this.query) : [];
    const heading = headingTag(headingLevel(this.headingLevel, 3));
    const expanded = this.expanded;
    let shown = 0;
    let allOpen = true;
    const items = entries.map((entry) => {
      const visible = matches(entry, categories, terms);
      if (visible) shown += 1;
      const open = entry.hasDetails && expanded.has(entry.initiative.id);
      if (entry.hasDetails && !open) allOpen = false;
      return this.renderEntry(entry, visible, open, heading, language);
    });

    // Its own surface, like the other components' cards: the dark palette's light text must not
    // fall on a light page.
    return html`<div class="timeline surface" lang=${ifDefined(language.labelLang)}>
      ${this.renderToolbar(timeline, categories, searchable, shown, entries.length, allOpen, language)}
      <ol class=${timeline.anyDated ? 'list' : 'list undated'} part="list">
        ${items}
      </ol>
      ${shown === 0
        ? html`<p class="no-match" part="no-match">
            ${msg('No initiatives match the filters.', { id: 'timeline.no-match' })}
            <button type="button" class="link-button" @click=${this.clearFilters}>${msg('Show all initiatives', { id: 'timeline.show-all' })}</button>
          </p>`
        : nothing}
    </div>`;
  }

  private renderToolbar(
    timeline: PreparedTimeline,
    categories: ReadonlySet<string>,
    searchable: boolean,
    shown: number,
    total: number,
    allOpen: boolean,
    language: ViewLanguage,
  ): TemplateResult | typeof nothing {
    const filterable = timeline.categories.length > 0;
    if (!filterable && !searchable && !timeline.anyDetails) return nothing;
    const shownText = formatNumber(shown, language.format);
    const totalText = formatNumber(total, language.format);
    return html`<div class="toolbar" part="toolbar">
      ${searchable
        ? html`<div class="search" part="search">
            <label for="search">${msg('Search initiatives', { id: 'timeline.search' })}</label>
            <input id="search" type="search" autocomplete="off" .value=${live(this.query)} @input=${this.onSearch} />
          </div>`
        : nothing}
      ${filterable
        ? html`<div class="filters" part="filters" role="group" aria-labelledby="filters-label">
            <span class="filters-label" id="filters-label">${msg('Filter by category', { id: 'timeline.filters' })}</span>
            <button type="button" class="pill filter" part="filter" aria-pressed=${categories.size === 0 ? 'true' : 'false'} @click=${this.clearCategories}>
              ${msg('All', { id: 'timeline.filter-all' })}
            </button>
            ${timeline.categories.map(
              (category) =>
                html`<button type="button" class="pill filter" part="filter" value=${category.slug} aria-pressed=${categories.has(category.slug) ? 'true' : 'false'} @click=${this.toggleCategory}>
                  ${category.label}
                </button>`,
            )}
          </div>`
        : nothing}
      <div class="actions">
        ${filterable || searchable ? this.renderCount(shownText, totalText, shown < total) : nothing}
        ${timeline.anyDetails
          ? html`<button type="button" class="pill expand-all" part="expand-all" @click=${allOpen ? this.collapseAll : this.expandAll}>
              ${allOpen ? msg('Collapse all', { id: 'timeline.collapse-all' }) : msg('Expand all', { id: 'timeline.expand-all' })}
            </button>`
          : nothing}
      </div>
    </div>`;
  }

  private renderCount(shownText: string, totalText: string, filtered: boolean): TemplateResult {
    const count = msg(str`Showing ${shownText} of ${totalText} initiatives`, { id: 'timeline.count' });
    const announcing = this.announcing;
    // A live region speaks changes, and some screen readers also speak one inserted with text: it
    // starts empty, so the first render is silent, and holds the count once the reader filters.
    // Meanwhile the visible count is hidden from screen readers, so reading the page finds it once.
    return html`<p class=${filtered ? 'count filtered' : 'count'} part="count" aria-hidden=${ifDefined(announcing ? 'true' : undefined)}>${count}</p>
      <p class="visually-hidden" role="status">${announcing ? (this.heldAnnouncement ?? count) : ''}</p>`;
  }

  private renderEntry(entry: TimelineEntry, visible: boolean, open: boolean, heading: StaticValue, language: ViewLanguage): TemplateResult {
    const { title, summary } = entry;
    // The heading comes first, so a reader who moves by headings hears the date right after it; wide
    // layouts still show the date in its own column (it holds nothing focusable).
    return staticHtml`<li class="entry" part="entry" ?hidden=${!visible}>
      <div class="body">
        <${heading} class="title" part="title" id=${entry.titleId} lang=${ifDefined(title.lang)} dir="auto">${title.text}</${heading}>
        ${entry.start || entry.end ? renderWhen(entry.start, entry.end, entry.status === 'ongoing') : nothing}
        ${renderLabels(entry)}
        ${summary ? html`<p class="summary" part="summary" lang=${ifDefined(summary.lang)} dir="auto">${summary.text}</p>` : nothing}
        ${entry.hasDetails ? this.renderDetails(entry, open, language) : nothing}
      </div>
    </li>`;
  }

  private renderDetails(entry: TimelineEntry, open: boolean, language: ViewLanguage): TemplateResult {
    const { outcome } = entry;
    // The details are always in the DOM, closed by a class rather than `hidden`, so print can show them.
    return html`<button
        type="button"
        class="disclosure"
        part="disclosure"
        id="disclosure-${entry.index}"
        value=${entry.initiative.id}
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${entry.detailsId}
        aria-describedby=${entry.titleId}
        @click=${this.toggleEntry}
      >${msg('Details', { id: 'timeline.details' })}</button>
      <dl class=${open ? 'details open' : 'details'} part="details" id=${entry.detailsId}>
        ${outcome
          ? html`<dt>${msg('Outcome', { id: 'timeline.outcome' })}</dt>
              <dd lang=${ifDefined(outcome.lang)} dir="auto">${outcome.text}</dd>`
          : nothing}
        ${entry.partners
          ? html`<dt>${msg('Partners', { id: 'timeline.partners' })}</dt>
              <dd dir="auto">${entry.partners.map((part) => (part.item ? html`<bdi>${part.text}</bdi>` : part.text))}</dd>`
          : nothing}
        ${entry.sources.length
          ? html`<dt>${sourcesHeading()}</dt>
              <dd class="sources">
                <ul>
                  ${entry.sources.map((source) => html`<li>${renderSource(source, language)}</li>`)}
                </ul>
              </dd>`
          : nothing}
      </dl>`;
  }

  private onSearch(event: InputEvent): void {
    this.query = (event.target as HTMLInputElement).value;
    this.announceAfterPause();
  }

  private toggleCategory(event: MouseEvent): void {
    const slug = (event.currentTarget as HTMLButtonElement).value;
    // Slugs the document lacks may stay in the set: the view ignores them.
    const next = new Set(this.chosen ?? parseCategories(this.categories));
    if (next.has(slug)) next.delete(slug);
    else next.add(slug);
    this.chosen = next;
    this.announceNow();
  }

  private clearCategories(): void {
    this.chosen = new Set();
    this.announceNow();
  }

  private clearFilters(): void {
    this.chosen = new Set();
    this.query = '';
    this.announceNow();
  }

  private toggleEntry(event: MouseEvent): void {
    const id = (event.currentTarget as HTMLButtonElement).value;
    const next = new Set(this.expanded);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.expanded = next;
  }

  private expandAll(): void {
    const state = this.story.state;
    if (state.status !== 'ready') return;
    this.expanded = new Set((state.document.initiatives ?? []).map((initiative) => initiative.id));
  }

  private collapseAll(): void {
    this.expanded = new Set();
  }
}
