import { msg, str } from '@lit/localize';
import { html, noChange, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Directive, directive } from 'lit/directive.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { headingLevel, headings } from '../ui/heading.js';
import type { HeadingLevel } from '../ui/heading.js';
import type { Initiative, Source, StoryDocument } from '../schema/index.js';
import { StoryElement } from '../ui/story-element.js';
import type { ViewLanguage } from '../i18n/view-language.js';
import { baseStyles } from '../ui/base-styles.js';
import { controlStyles } from '../ui/control-styles.js';
import { renderEmpty } from '../ui/states.js';
import { composeSource, sourcesHeading } from '../ui/citations.js';
import { formatNumber } from '../i18n/format.js';
import { plural } from '../i18n/plural.js';
import { matches, prepareTimeline, searchTerms } from './initiatives.js';
import type { EntryWhen, PreparedTimeline, TimelineEntry, TimelineOrder } from './initiatives.js';
import { RenderSteps } from './render-steps.js';
import { Composed, piece } from '../ui/pieces.js';
import { styles } from './timeline.styles.js';
import { emit } from '../load/events.js';
import { formatList, optionalText, parseList, textOrEmpty } from '../ui/attributes.js';

export type { TimelineOrder } from './initiatives.js';

/** Above this many initiatives the timeline offers a search field. */
export const SEARCH_THRESHOLD = 10;

/** How long the reader pauses typing in the search field (ms) before the count is announced. */
export const SEARCH_ANNOUNCE_DELAY = 500;

/** The category slugs of a `categories` attribute ("housing, education" or "housing education"). */
export function parseCategories(value: string | null | undefined): Set<string> {
  return new Set(parseList(value));
}

// An entry is one template composed of pieces (pieces.ts): a long timeline renders thousands.

const SPOKEN = piece`<span class="visually-hidden">${0}</span>`;
const TIME = piece`<time datetime=${0}>${0}</time>`;
const WHEN = piece`<p class="when" part="date">`;
const P_END = piece`</p>`;
const ONGOING = piece`<span class="ongoing" part="ongoing">${0}</span>`;
const ONGOING_SINCE = piece`<span part="ongoing">${0}`;
const ONGOING_SINCE_END = piece`${0}</span>`;
const TEXT = piece`${0}`;
const DASH = piece`<span aria-hidden="true"> – </span>`;

/** Words of a phrase for screen readers only ("from", "to" around a range's dates). */
const spoken = (entry: Composed, text: string): Composed => (text ? entry.add(SPOKEN, text) : entry);

/**
 * An entry's date: a single date, a range (two `<time>`s), "ongoing since …", "until …" or "ongoing".
 * A range reads as the eye reads it, "2001 – 2004", and as a whole phrase for the ear: the phrase's
 * own words ("from … to …", "vom … bis zum …") are visually hidden, the dash hidden from screen readers.
 */
function addWhen(entry: Composed, when: EntryWhen): void {
  entry.add(WHEN);
  switch (when.kind) {
    case 'date':
      entry.add(TIME, when.date.datetime, when.date.text);
      break;
    case 'ongoing':
      entry.add(ONGOING, when.text);
      break;
    case 'ongoing-since':
      entry.add(ONGOING_SINCE, when.before).add(TIME, when.date.datetime, when.date.text).add(ONGOING_SINCE_END, when.after);
      break;
    case 'until':
      entry.add(TEXT, when.before).add(TIME, when.date.datetime, when.date.text).add(TEXT, when.after);
      break;
    case 'range':
      spoken(entry, when.before).add(TIME, when.first.datetime, when.first.text);
      spoken(entry, when.between).add(DASH).add(TIME, when.second.datetime, when.second.text);
      spoken(entry, when.after);
  }
  entry.add(P_END);
}

const LABELS = piece`<p class="labels">`;
const CATEGORY = piece`<span class="visually-hidden">${0} </span><span class="category" part="category" lang=${0} dir="auto">${0}</span>`;
const LABEL_SEPARATOR = piece`<span class="visually-hidden">, </span>`;
const STATUS = piece`<span class="visually-hidden">${0} </span><span class="status" part="status">${0}</span>`;

/**
 * The category and status labels of an entry, each spoken with what it is ("Category: Housing") and
 * shown as a pill; the words "Category:" and "Status:" are for screen readers only.
 */
function addLabels(entry: Composed, { categoryLabel, categoryLang, statusLabel }: TimelineEntry): void {
  if (!categoryLabel && !statusLabel) return;
  entry.add(LABELS);
  if (categoryLabel) entry.add(CATEGORY, msg('Category:', { id: 'timeline.category-label' }), ifDefined(categoryLang), categoryLabel);
  if (categoryLabel && statusLabel) entry.add(LABEL_SEPARATOR);
  if (statusLabel) entry.add(STATUS, msg('Status:', { id: 'timeline.status-label' }), statusLabel);
  entry.add(P_END);
}

// The title in each heading level.
const BODY = piece`<div class="body">`;
const TITLES = headings` class="title" part="title" id=${0} lang=${0} dir="auto">${0}`;
const BODY_END = piece`</div>`;
const SUMMARY = piece`<p class="summary" part="summary" lang=${0} dir="auto">${0}</p>`;
const DISCLOSURE = piece`<button type="button" class="disclosure" part="disclosure" id=${0} value=${0} aria-expanded=${0} aria-controls=${0} aria-describedby=${0}>${0}</button><dl class=${0} part="details" id=${0}>`;
const OUTCOME = piece`<dt>${0}</dt><dd lang=${0} dir="auto">${0}</dd>`;
const PARTNERS = piece`<dt>${0}</dt><dd dir="auto">`;
const PARTNER = piece`<bdi>${0}</bdi>`;
const PARTNERS_END = piece`</dd>`;
const SOURCES = piece`<dt>${0}</dt><dd class="sources"><ul>`;
const SOURCE = piece`<li>`;
const SOURCE_END = piece`</li>`;
const SOURCES_END = piece`</ul></dd>`;
const DETAILS_END = piece`</dl>`;

/** Each source as an entry's details show it, composed once per timeline and language (entries share sources). */
type SourceViews = (source: Source) => Composed;

const sourceViewsOf = new WeakMap<PreparedTimeline, SourceViews>();

function sourceViews(timeline: PreparedTimeline, language: ViewLanguage): SourceViews {
  let views = sourceViewsOf.get(timeline);
  if (!views) {
    const composed = new Map<Source, Composed>();
    views = (source) => {
      let view = composed.get(source);
      if (!view) composed.set(source, (view = composeSource(source, language)));
      return view;
    };
    sourceViewsOf.set(timeline, views);
  }
  return views;
}

type ComposeEntry = (entry: TimelineEntry, open: boolean, level: HeadingLevel) => TemplateResult;

/**
 * An entry's content, rendered again only when it changes (another language or heading level, its
 * details opened): filtering and search change only the entry's `hidden`, not at every keystroke.
 */
class EntryContent extends Directive {
  private shown: [TimelineEntry, boolean, HeadingLevel] | undefined;

  render(entry: TimelineEntry, open: boolean, level: HeadingLevel, compose: ComposeEntry): TemplateResult {
    return compose(entry, open, level);
  }

  override update(_part: unknown, [entry, open, level, compose]: [TimelineEntry, boolean, HeadingLevel, ComposeEntry]): TemplateResult | typeof noChange {
    const shown = this.shown;
    if (shown && shown[0] === entry && shown[1] === open && shown[2] === level) return noChange;
    this.shown = [entry, open, level];
    return compose(entry, open, level);
  }
}

const entryContent = directive(EntryContent);

/**
 * The initiatives of a story document on a vertical timeline, in chronological order: each with its
 * date or date range, title, category, status and summary, and behind a disclosure button its
 * outcome, partners and sources. Readers filter by category (toggle buttons, several at a time) and,
 * above ten initiatives, search titles and summaries. Every entry stays in the DOM (filtered ones are
 * `hidden`), so find-in-page and screen readers reach them; print shows every entry's details.
 *
 * A long list renders in steps: the first update puts the first 100 entries in the DOM (more than
 * a screenful); if the rest is expected to take under 100 ms it follows in the same task, else later
 * tasks of about 40 ms each add it, so a page stays responsive while 2,000 entries arrive. The count
 * and the filters cover every entry from the start. `updateComplete` resolves, and `civic-load`
 * fires, once every entry is in the DOM.
 *
 * @tag civic-timeline
 * @summary A filterable, searchable timeline of a city's initiatives.
 *
 * The reader's state is public: `categories` (the filter), `search` and `expanded` (the open
 * entries) change as the reader acts, reflect to their attributes, and each change fires an event, so
 * a page can keep its URL in step (and a link can open the timeline filtered). The events follow the
 * reader's actions only: setting a property, or calling `expandAll()` / `collapseAll()`, fires none.
 *
 * @event civic-load - The document was loaded, validated and rendered, every entry of a long list included (`detail.document`).
 * @event civic-error - The document could not be loaded or is invalid (`detail.message`, `detail.issues`).
 * @event {CustomEvent<CivicFilterChangeDetail>} civic-filter-change - The reader changed the category filter (`detail.categories`: the selected slugs, empty for all).
 * @event {CustomEvent<CivicSearchDetail>} civic-search - The reader changed the search text (`detail.search`).
 * @event {CustomEvent<CivicToggleDetail>} civic-toggle - The reader opened or closed an entry's details (`detail.id`, `detail.open`) or all of them (no `id`); `detail.expanded` lists the open entries.
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
 * @cssprop --civic-inline-size - The width the element asks for where the page sizes it by its content (float, inline-block, table cell, flex item); never more than its container (default `48rem`).
 * @cssprop --civic-timeline-rail - Colour of the vertical line (default: `--civic-border`).
 * @cssprop --civic-timeline-marker - Colour of each entry's marker on the line (default: `--civic-accent`).
 * @cssprop --civic-timeline-date-width - Width of the date column in the two-column layout (default: `10rem`).
 */
export class CivicTimeline extends StoryElement {
  static override styles = [baseStyles, controlStyles, styles];

  /** Chronological order: `oldest` first (default) or `newest` first. Undated initiatives come last in both. */
  @property({ reflect: true }) order: TimelineOrder = 'oldest';

  /**
   * The category filter: slugs separated by commas or spaces (`housing,education`); empty or absent
   * shows all. Set it to filter; it changes (comma-separated) when the reader presses a filter.
   * Slugs the document does not have are ignored.
   */
  @property({ reflect: true, converter: optionalText }) categories: string | undefined;

  /**
   * The search text (titles and summaries), as the reader typed it; empty shows all. Only a timeline
   * of more than ten initiatives has a search field, and only there does the text filter.
   */
  @property({ reflect: true, converter: textOrEmpty }) search = '';

  /**
   * The ids of the initiatives whose details are open, separated by commas or spaces; it changes as
   * the reader opens and closes them.
   */
  @property({ reflect: true, converter: optionalText }) expanded: string | undefined;

  /** The heading level of the entries' titles, 2 to 6 (default 3). */
  @property({ attribute: 'heading-level', type: Number, reflect: true }) headingLevel: HeadingLevel = 3;

  /** Whether the reader has filtered or searched: only then does the live region speak the count. */
  @state() private announcing = false;

  /**
   * While the reader types a search: what the live region said before, held until they pause, so the
   * count is announced once rather than at every keystroke. Undefined: the region says the count.
   */
  @state() private heldAnnouncement: string | undefined;

  private announceTimer: ReturnType<typeof setTimeout> | undefined;

  private readonly steps = new RenderSteps(this);

  /** While a long list is still rendering in steps: its last step (`civic-load` waits for it). */
  get renderingSteps(): Promise<void> | undefined {
    return this.steps.rendering;
  }

  /**
   * Resolves once the element has rendered: for a long list, once every entry is in the DOM (the
   * steps after the first update included), unless the element is disconnected in between.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.steps.rendering && this.isConnected) {
      await this.steps.settled();
      result = await super.getUpdateComplete();
    }
    return result;
  }

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
    const target = (this.search && search) || root.querySelector<HTMLElement>('button[part~="filter"][aria-pressed="true"]') || search;
    target?.focus();
  }

  /** The active category filter as the user sees it: only categories the document has; empty means all. */
  private activeCategories(timeline: PreparedTimeline): Set<string> {
    const selected = parseCategories(this.categories);
    return new Set(timeline.categories.map((category) => category.slug).filter((slug) => selected.has(slug)));
  }

  protected override renderDocument(document: StoryDocument, language: ViewLanguage): TemplateResult {
    if (!document.initiatives?.length) return renderEmpty(msg('This story has no initiatives.', { id: 'timeline.empty' }));
    const timeline = prepareTimeline(document, language);
    const entries = this.order === 'newest' ? timeline.newest : timeline.oldest;
    const categories = this.activeCategories(timeline);
    const searchable = entries.length > SEARCH_THRESHOLD;
    const terms = searchable ? searchTerms(this.search) : [];
    const level = headingLevel(this.headingLevel, 3);
    const sources = sourceViews(timeline, language);
    const compose: ComposeEntry = (entry, open, level) => this.renderEntryContent(entry, open, level, sources);
    const expanded = new Set(parseList(this.expanded));
    let shown = 0;
    let allOpen = true;
    // A long list renders in steps (render-steps.ts): the first entries now, the rest in later
    // tasks. The count, the filters and the "no match" message cover every entry from the start.
    const limit = this.steps.limit(document, entries.length);
    const items: TemplateResult[] = [];
    for (const [index, entry] of entries.entries()) {
      const visible = matches(entry, categories, terms);
      if (visible) shown += 1;
      const open = entry.hasDetails && expanded.has(entry.initiative.id);
      if (entry.hasDetails && !open) allOpen = false;
      if (index < limit) items.push(this.renderEntry(entry, visible, open, level, compose));
    }

    // Its own surface, like the other components' cards: the dark palette's light text must not
    // fall on a light page.
    return html`<div class="timeline surface" lang=${ifDefined(language.labelLang)}>
      ${this.renderToolbar(timeline, categories, searchable, shown, entries.length, allOpen, language)}
      <ol class=${timeline.anyDated ? 'list' : 'list undated'} part="list" @click=${this.toggleEntry}>
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
    return html`<div class="toolbar" part="toolbar">
      ${searchable
        ? html`<div class="search" part="search">
            <label for="search">${msg('Search initiatives', { id: 'timeline.search' })}</label>
            <input id="search" type="search" autocomplete="off" .value=${live(this.search)} @input=${this.onSearch} />
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
                html`<button type="button" class="pill filter" part="filter" value=${category.slug} lang=${ifDefined(category.lang)} aria-pressed=${categories.has(category.slug) ? 'true' : 'false'} @click=${this.toggleCategory}>
                  ${category.label}
                </button>`,
            )}
          </div>`
        : nothing}
      <div class="actions">
        ${filterable || searchable ? this.renderCount(shown, total, language) : nothing}
        ${timeline.anyDetails
          ? html`<button type="button" class="pill expand-all" part="expand-all" @click=${allOpen ? this.onCollapseAll : this.onExpandAll}>
              ${allOpen ? msg('Collapse all', { id: 'timeline.collapse-all' }) : msg('Expand all', { id: 'timeline.expand-all' })}
            </button>`
          : nothing}
      </div>
    </div>`;
  }

  private renderCount(shown: number, total: number, language: ViewLanguage): TemplateResult {
    const shownText = formatNumber(shown, language.format);
    const totalText = formatNumber(total, language.format);
    const filtered = shown < total;
    // The noun agrees with the total: "Showing 1 of 1 initiative", Arabic's dual "من أصل مبادرتين".
    // The total is never 0 (a document without initiatives shows the empty view).
    const count = plural(total, {
      one: () => msg(str`Showing ${shownText} of ${totalText} initiative`, { id: 'timeline.count.one' }),
      two: () => msg(str`Showing ${shownText} of two initiatives`, { id: 'timeline.count.two' }),
      few: () => msg(str`Showing ${shownText} of ${totalText} initiatives`, { id: 'timeline.count.few' }),
      many: () => msg(str`Showing ${shownText} of ${totalText} initiatives`, { id: 'timeline.count.many' }),
      other: () => msg(str`Showing ${shownText} of ${totalText} initiatives`, { id: 'timeline.count.other' }),
    });
    const announcing = this.announcing;
    // A live region speaks changes, and some screen readers also speak one inserted with text: it
    // starts empty, so the first render is silent, and holds the count once the reader filters.
    // Meanwhile the visible count is hidden from screen readers, so reading the page finds it once.
    return html`<p class=${filtered ? 'count filtered' : 'count'} part="count" aria-hidden=${ifDefined(announcing ? 'true' : undefined)}>${count}</p>
      <p class="visually-hidden" role="status">${announcing ? (this.heldAnnouncement ?? count) : ''}</p>`;
  }

  private renderEntry(entry: TimelineEntry, visible: boolean, open: boolean, level: HeadingLevel, compose: ComposeEntry): TemplateResult {
    return html`<li class="entry" part="entry" ?hidden=${!visible}>${entryContent(entry, open, level, compose)}</li>`;
  }

  private renderEntryContent(entry: TimelineEntry, open: boolean, level: HeadingLevel, sources: SourceViews): TemplateResult {
    const { title, summary } = entry;
    // The heading comes first, so a reader who moves by headings hears the date right after it; wide
    // layouts still show the date in its own column (it holds nothing focusable).
    const content = new Composed().add(BODY).add(TITLES[level - 2]!, entry.titleId, ifDefined(title.lang), title.text);
    if (entry.when) addWhen(content, entry.when);
    addLabels(content, entry);
    if (summary) content.add(SUMMARY, ifDefined(summary.lang), summary.text);
    if (entry.hasDetails) this.addDetails(content, entry, open, sources);
    return content.add(BODY_END).template();
  }

  private addDetails(content: Composed, entry: TimelineEntry, open: boolean, sources: SourceViews): void {
    const { outcome, partners } = entry;
    // The details are always in the DOM, closed by a class rather than `hidden`, so print can show them.
    content.add(
      DISCLOSURE,
      `disclosure-${entry.index}`,
      entry.initiative.id,
      open ? 'true' : 'false',
      entry.detailsId,
      entry.titleId,
      msg('Details', { id: 'timeline.details' }),
      open ? 'details open' : 'details',
      entry.detailsId,
    );
    if (outcome) content.add(OUTCOME, msg('Outcome', { id: 'timeline.outcome' }), ifDefined(outcome.lang), outcome.text);
    if (partners) {
      content.add(PARTNERS, msg('Partners', { id: 'timeline.partners' }));
      for (const part of partners) content.add(part.item ? PARTNER : TEXT, part.text);
      content.add(PARTNERS_END);
    }
    if (entry.sources.length) {
      content.add(SOURCES, sourcesHeading());
      for (const source of entry.sources) content.add(SOURCE).addComposed(sources(source)).add(SOURCE_END);
      content.add(SOURCES_END);
    }
    content.add(DETAILS_END);
  }

  /** Opens every entry's details (as "Expand all" does, without an event). */
  expandAll(): void {
    const state = this.story.state;
    if (state.status !== 'ready') return;
    this.expanded = formatList((state.document.initiatives ?? []).filter(hasDetails).map((initiative) => initiative.id));
  }

  /** Closes every entry's details (as "Collapse all" does, without an event). */
  collapseAll(): void {
    this.expanded = undefined;
  }

  private onSearch(event: InputEvent): void {
    this.search = (event.target as HTMLInputElement).value;
    this.announceAfterPause();
    emit(this, 'civic-search', { search: this.search });
  }

  private setCategories(next: Iterable<string>): void {
    this.categories = formatList(next);
    this.announceNow();
    emit(this, 'civic-filter-change', { categories: parseList(this.categories) });
  }

  private toggleCategory(event: MouseEvent): void {
    const slug = (event.currentTarget as HTMLButtonElement).value;
    // Slugs the document lacks may stay in the set: the view ignores them.
    const next = parseCategories(this.categories);
    if (next.has(slug)) next.delete(slug);
    else next.add(slug);
    this.setCategories(next);
  }

  private clearCategories(): void {
    this.setCategories([]);
  }

  private clearFilters(): void {
    if (this.categories) this.setCategories([]);
    if (this.search) {
      this.search = '';
      emit(this, 'civic-search', { search: '' });
    }
    this.announceNow();
  }

  /** A click in the list: one listener for every entry's disclosure button. */
  private toggleEntry(event: MouseEvent): void {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[part~="disclosure"]') : null;
    if (!button) return;
    const id = button.value;
    const next = new Set(parseList(this.expanded));
    const open = !next.has(id);
    if (open) next.add(id);
    else next.delete(id);
    this.expanded = formatList(next);
    emit(this, 'civic-toggle', { expanded: [...next], id, open });
  }

  private onExpandAll(): void {
    this.expandAll();
    emit(this, 'civic-toggle', { expanded: parseList(this.expanded), open: true });
  }

  private onCollapseAll(): void {
    this.collapseAll();
    emit(this, 'civic-toggle', { expanded: [], open: false });
  }
}

/** Whether an initiative has anything behind its disclosure button (as the view decides). */
function hasDetails(initiative: Initiative): boolean {
  return initiative.outcome !== undefined || (initiative.partners?.length ?? 0) > 0 || (initiative.sources?.length ?? 0) > 0;
}
