import { LitElement, html } from 'lit';
import type { CSSResultGroup, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { updateWhenLocaleChanges } from '@lit/localize';
import type { StoryDocument } from '../schema/index.js';
import { StoryController } from '../load/story-controller.js';
import { formatLocale, PAGE_LANGUAGE_EVENT, startLocalization, uiLocale } from '../i18n/localization.js';
import { viewLanguage } from '../i18n/view-language.js';
import type { ViewLanguage } from '../i18n/view-language.js';
import { renderError, renderLoading } from './states.js';
import { baseStyles } from './base-styles.js';
import { VERSION } from '../version.js';

/**
 * What the three civic-story elements share: the data sources (`.data`, inline JSON, `src`), the
 * loader, following the UI locale and the element's own `lang`, and the loading and error views.
 * One level only: each component adds its view (`renderDocument`) and its attributes.
 */
export abstract class StoryElement extends LitElement {
  /** The civic-story version this element class comes from. */
  static readonly version = VERSION;

  /** Components compose their own styles after these: `[baseStyles, styles]`. */
  static override styles: CSSResultGroup = [baseStyles];

  static override get observedAttributes(): string[] {
    // `lang` stays the native attribute; a change to it re-picks the content language.
    return [...super.observedAttributes, 'lang'];
  }

  /** The story document as a JavaScript object; takes precedence over inline JSON and `src`. */
  @property({ attribute: false }) data: unknown;

  /** URL of a story document (JSON) to fetch when there is no `.data` and no inline JSON child. */
  @property() src: string | undefined;

  /**
   * The largest story document to read from `src` (or inline JSON), in bytes; a larger answer is cut
   * off, not read, and shown as "too large". Default 8388608 (8 MiB).
   */
  @property({ attribute: 'max-bytes', type: Number }) maxBytes: number | undefined;

  /** How long to wait for a complete `src` answer, in milliseconds, before showing an error. Default 15000. */
  @property({ type: Number }) timeout: number | undefined;

  protected readonly story = new StoryController(this);

  /**
   * The language in effect where the element stands (its own `lang`, else its nearest ancestor's),
   * read when it is connected or its `lang` changes: not while rendering, so server rendering needs no DOM.
   */
  private contextLang: string | undefined;

  private readContextLang(): void {
    // closest() includes the element itself; `lang=""` (unknown) counts as none.
    this.contextLang = this.closest('[lang]')?.getAttribute('lang') || undefined;
  }

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    startLocalization();
    this.readContextLang();
    window.addEventListener(PAGE_LANGUAGE_EVENT, this.onPageLanguage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener(PAGE_LANGUAGE_EVENT, this.onPageLanguage);
  }

  // The page's region can change the Intl formats without changing the UI locale.
  private readonly onPageLanguage = (): void => this.requestUpdate();

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name !== 'lang') return;
    if (this.isConnected) this.readContextLang();
    this.requestUpdate();
  }

  protected override render(): TemplateResult {
    const state = this.story.state;
    switch (state.status) {
      case 'loading':
        return renderLoading();
      case 'error':
        return renderError(state.failure);
      case 'none':
        return this.renderWithoutDocument();
      case 'ready':
        return this.renderDocument(
          state.document,
          viewLanguage(state.document, this.lang || undefined, uiLocale(), formatLocale(), this.lang || this.contextLang),
        );
    }
  }

  /** The view of a valid document in a language context. */
  protected abstract renderDocument(document: StoryDocument, language: ViewLanguage): TemplateResult;

  /** No data source at all: nothing to show by default (a component may render its light DOM). */
  protected renderWithoutDocument(): TemplateResult {
    return html``;
  }
}
