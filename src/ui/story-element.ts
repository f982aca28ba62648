import { LitElement, html, isServer, nothing } from 'lit';
import type { CSSResultGroup, PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { updateWhenLocaleChanges } from '@lit/localize';
import type { StoryDocument } from '../schema/index.js';
import { StoryController } from '../load/story-controller.js';
import { CONTEXT_LANGUAGE_EVENT, formatLocale, PAGE_LANGUAGE_EVENT, startLocalization, uiLocale } from '../i18n/localization.js';
import { viewLanguage } from '../i18n/view-language.js';
import type { ViewLanguage } from '../i18n/view-language.js';
import { renderError, renderLoading, renderLoadingFallback, renderNoDocumentNote } from './states.js';
import { baseStyles } from './base-styles.js';
import { VERSION } from '../version.js';
import { optionalText } from './attributes.js';

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
  @property({ reflect: true, converter: optionalText }) src: string | undefined;

  /**
   * The largest story document to read from `src` (or inline JSON), in bytes; a larger answer is cut
   * off, not read, and shown as "too large". Default 8388608 (8 MiB).
   */
  @property({ attribute: 'max-bytes', type: Number }) maxBytes: number | undefined;

  /** How long to wait for a complete `src` answer, in milliseconds, before showing an error. Default 15000. */
  @property({ type: Number }) timeout: number | undefined;

  protected readonly story = new StoryController(this);

  /**
   * Writes `.data` into the element as its inline JSON child, `<script type="application/json">`
   * (replacing the one there), so that `cloneNode(true)`, `outerHTML` and a saved page keep the
   * document: a property is not part of the markup. The element never does this by itself, since a
   * framework that renders its children (React, Vue) would not expect a child it did not put there.
   * The JSON has `<` escaped, so it cannot end the script early. Shows the same document: `.data`
   * still wins. On a page that enforces Trusted Types, browsers report writing a script's text as a
   * violation even for JSON, which never runs; nothing is blocked or thrown.
   *
   * @returns The script element, or `undefined` when there is no `.data` or it is not JSON (a cycle, a `BigInt`).
   */
  writeInlineJson(): HTMLScriptElement | undefined {
    if (this.data === undefined || this.data === null) return undefined;
    let json: string | undefined;
    try {
      json = JSON.stringify(this.data);
    } catch {
      return undefined;
    }
    if (json === undefined) return undefined;
    const owner = this.ownerDocument;
    const script = this.querySelector<HTMLScriptElement>(':scope > script[type="application/json"]') ?? owner.createElement('script');
    script.type = 'application/json';
    // A text node rather than `textContent`: a page with Trusted Types guards script text, and this
    // script is data the browser never runs.
    script.replaceChildren(owner.createTextNode(json.replace(/</g, '\\u003c')));
    if (script.parentNode !== this) this.prepend(script);
    return script;
  }

  /**
   * The language in effect where the element stands (its own `lang`, else its nearest ancestor's),
   * read when it is connected, when its `lang` changes, and when a `lang` changes anywhere in the
   * document (an ancestor's): not while rendering, so server rendering needs no DOM.
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
    window.addEventListener(CONTEXT_LANGUAGE_EVENT, this.onContextLanguage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener(PAGE_LANGUAGE_EVENT, this.onPageLanguage);
    window.removeEventListener(CONTEXT_LANGUAGE_EVENT, this.onContextLanguage);
  }

  // The page's region can change the Intl formats without changing the UI locale.
  private readonly onPageLanguage = (): void => this.requestUpdate();

  // An ancestor's `lang` changed (or was added or removed): re-render if the language here changed.
  private readonly onContextLanguage = (): void => {
    const before = this.contextLang;
    this.readContextLang();
    if (this.contextLang !== before) this.requestUpdate();
  };

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name !== 'lang') return;
    if (this.isConnected) this.readContextLang();
    this.requestUpdate();
  }

  protected override render(): TemplateResult {
    // Fallback content while a document loads, laid out as without civic-story: outside the frame,
    // whose grid would keep its margins from collapsing with the page's.
    if (this.loading() && !this.serverView && this.hasFallback()) return renderLoadingFallback();
    // The frame gives the element its width where the page sizes it by content; the box is the size
    // container the components' responsive rules query (see base-styles.ts).
    return html`<div class="frame"><div class="sizer" aria-hidden="true"><span></span><span></span><span></span><span></span><span></span></div><div class="box">${this.renderState()}</div></div>`;
  }

  private renderState(): TemplateResult {
    const state = this.story.state;
    // Server markup still holds the space: no second view beside it.
    if (this.serverView && this.loading()) return html``;
    switch (state.status) {
      case 'loading':
        return renderLoading();
      case 'error': {
        // Until the text of the error has loaded, the element goes on saying that it loads.
        const text = this.story.errorText;
        return text ? renderError(text) : renderLoading();
      }
      case 'none':
        return this.renderWithoutDocument();
      case 'ready':
        return this.renderDocument(
          state.document,
          viewLanguage(state.document, this.lang || undefined, uiLocale(), formatLocale(), this.lang || this.contextLang),
        );
    }
  }

  /** Loading: a document, or the text of its error. */
  private loading(): boolean {
    return this.story.state.status === 'loading' || this.story.errorPending;
  }

  /** Also waits for the text of an error, so that the error view is there once this settles. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.story.describing) {
      await this.story.describing;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /**
   * Whether the page gave the element fallback content: light-DOM children other than its inline
   * JSON (elements, or text that is not only white space).
   */
  private hasFallback(): boolean {
    if (isServer) return false;
    for (const node of this.childNodes) {
      if (node.nodeType === Node.TEXT_NODE ? node.textContent?.trim() : node.nodeType === Node.ELEMENT_NODE && (node as Element).localName !== 'script') return true;
    }
    return false;
  }

  /**
   * A server-rendered view (a declarative shadow root) that Lit will not hydrate, because its
   * hydration support was not loaded first (a page with the CDN bundle): the element renders again
   * from its inline JSON, and these nodes go in the same task, so the page never shows both views
   * and nothing moves.
   */
  private serverView: ChildNode[] | undefined;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // Lit's hydration support marks an element it will hydrate; then the nodes are reused.
    if (!(this as { _$needsHydration?: boolean })._$needsHydration && root === this.shadowRoot && root.hasChildNodes()) {
      this.serverView = [...root.childNodes];
    }
    return root;
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    const stale = this.serverView;
    if (!stale) return;
    // Kept while a document still loads (server markup without its inline JSON): it holds the space.
    if (this.loading()) return;
    this.serverView = undefined;
    for (const node of stale) node.remove();
  }

  /** The view of a valid document in a language context. */
  protected abstract renderDocument(document: StoryDocument, language: ViewLanguage): TemplateResult;

  /**
   * No data source at all: the light DOM (the no-JavaScript fallback) stays visible, so a reader
   * never loses it, e.g. when a CMS stripped the inline JSON. Inside a block editor, a note says why.
   */
  protected renderWithoutDocument(): TemplateResult {
    return html`${this.noteWithoutDocument()}<slot></slot>`;
  }

  /**
   * Whether having no data source is a mistake worth a note (a component that has a use without a
   * document, such as a quote styling its own `<blockquote>`, says no).
   */
  protected expectsDocument(): boolean {
    return true;
  }

  /** The editor's note for an element without a data source, or nothing outside an editor. */
  protected noteWithoutDocument(): TemplateResult | typeof nothing {
    return this.expectsDocument() && this.inEditor() ? renderNoDocumentNote(this.localName) : nothing;
  }

  /** Inside the WordPress block editor's canvas (or another editor that uses its class names). */
  private inEditor(): boolean {
    return Boolean(this.closest('.editor-styles-wrapper, .block-editor-block-list__layout')) ||
      this.ownerDocument.body?.classList.contains('block-editor-iframe__body') === true;
  }

  private noDocumentChecked = false;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.story.state.status !== 'none' || this.noDocumentChecked) return;
    this.noDocumentChecked = true;
    // Once, and only after the page has loaded: a framework or script may still set `.data` or
    // `src` right after creating the element, which is not a mistake.
    const check = (): void => {
      setTimeout(() => {
        if (!this.isConnected || this.story.state.status !== 'none' || !this.expectsDocument()) return;
        console.warn(
          `civic-story: <${this.localName}> has no story document (no .data, no inline <script type="application/json">, no src), so its fallback content is shown.`,
        );
      }, 0);
    };
    if (this.ownerDocument.readyState === 'complete') check();
    else window.addEventListener('load', check, { once: true });
  }
}
