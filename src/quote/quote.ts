import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Quote, StoryDocument } from '../schema/index.js';
import { StoryElement } from '../ui/story-element.js';
import type { ViewLanguage } from '../i18n/view-language.js';
import { baseStyles } from '../ui/base-styles.js';
import { controlStyles } from '../ui/control-styles.js';
import { renderEmpty } from '../ui/states.js';
import { renderSource } from '../ui/citations.js';
import { formatIsoDate, languageName } from '../i18n/format.js';
import { pickText, sameLanguage, textIn } from '../i18n/text.js';
import type { PickedText } from '../i18n/text.js';
import { styles } from './quote.styles.js';
import { paragraphs } from '../ui/paragraphs.js';
import { joined, textSpan, timeOf } from '../ui/content.js';
import { emit } from '../load/events.js';
import { optionalText } from '../ui/attributes.js';

/** How a translation into the reader's language is offered. */
export type TranslationMode = 'shown' | 'toggle' | 'hidden';

/** The look of the quote. */
export type QuoteVariant = 'block' | 'pull';

/** A quote's original words and, when the reader needs one, a translation. */
export interface QuoteTexts {
  original: PickedText;
  translation: PickedText | undefined;
}

/**
 * The original text of a quote (in `quote.lang`, else the document's `lang`, else the first text
 * given) and the translation a reader with these language preferences needs, if the quote has one.
 * A plain-string text is the original, in the quote's own `lang` when it declares one.
 */
export function quoteTexts(quote: Quote, documentLang: string | undefined, preferences: readonly string[]): QuoteTexts {
  const originalLang = quote.lang ?? documentLang;
  const text = quote.text;
  if (typeof text === 'string') return { original: { text, lang: originalLang }, translation: undefined };
  // The text in the original's language, else the first (a valid document gives at least one).
  const original = pickText(text, [], originalLang) as PickedText;
  let translation: PickedText | undefined;
  for (const preference of preferences) {
    // A reader who prefers the original's language needs no translation.
    if (sameLanguage(preference, original.lang)) break;
    translation = textIn(text, preference);
    if (translation) break;
  }
  return { original, translation };
}

/**
 * A quote from a story document, with its author and source: the original words marked with their
 * language, and a translation into the reader's language when the document has one. Without any
 * document, it styles the `<blockquote>` it wraps, so a single quote needs no JSON.
 *
 * @tagname civic-quote
 * @summary A quote in its original language, with author, source and a translation for the reader.
 *
 * @slot - Without a document (no `.data`, inline JSON or `src`): the `<blockquote>`, with an optional
 *   `<p>`, `<figcaption>` or `<cite>` naming who said it, shown and styled as the quote. With a
 *   document this markup is the no-JavaScript fallback and is not shown.
 *
 * @event civic-load - The document was loaded, validated and rendered (`detail.document`).
 * @event civic-error - The document could not be loaded or is invalid (`detail.message`, `detail.issues`).
 * @event {CustomEvent<CivicTranslationToggleDetail>} civic-translation-toggle - The reader pressed the toggle (`translation="toggle"`): `detail.translated` says whether the translation now stands in place of the original. Setting `translated` fires none.
 *
 * @csspart figure - The `<figure>` that holds the quote (the wrapper of the slotted quote without a document).
 * @csspart quote - The `<blockquote>` with the original words.
 * @csspart translation - The translation into the reader's language, with its label.
 * @csspart translation-label - The label "Translation from …".
 * @csspart language-note - "Quote in …": the original's language, for a reader of another language when no translation is shown.
 * @csspart toggle - The button that switches between original and translation (`translation="toggle"`).
 * @csspart caption - The `<figcaption>`: author, role, context, date and source.
 * @csspart author - The author's name.
 * @csspart source - The source(s) the quote was published in; each title is a `<cite>`.
 * @csspart loading - The loading view.
 * @csspart error - The error view.
 * @csspart empty - The view of a document without quotes, or without the quote asked for.
 * @csspart no-document - In a block editor's canvas only: the note that the element has no data source (readers see only the fallback content).
 *
 * @cssstate no-document - No data source is given: the element shows its light-DOM quote, in the page's colours.
 *
 * @cssprop --civic-font - Font family (default: the host page's).
 * @cssprop --civic-quote-font - Font family of the quoted words (default: `--civic-font`).
 * @cssprop --civic-quote-size - Font size of the quoted words in the `block` variant.
 * @cssprop --civic-quote-pull-size - Font size of the quoted words in the `pull` variant.
 * @cssprop --civic-quote-mark - Colour of the quotation marks (default: `--civic-accent`).
 * @cssprop --civic-quote-rule - Thickness of the accent rule(s).
 * @cssprop --civic-text - Text colour.
 * @cssprop --civic-muted - Colour of secondary text (caption, labels).
 * @cssprop --civic-surface - Background.
 * @cssprop --civic-border - Colour of the line above a translation.
 * @cssprop --civic-accent - Accent: the rule, links, the toggle.
 * @cssprop --civic-accent-text - Text on the accent colour (the pressed toggle).
 * @cssprop --civic-focus - Focus ring colour.
 * @cssprop --civic-error - Colour of the error view.
 * @cssprop --civic-radius - Corner radius.
 * @cssprop --civic-space - Inner spacing.
 * @cssprop --civic-loading-size - Block size reserved while loading.
 * @cssprop --civic-inline-size - The width the element asks for where the page sizes it by its content (float, inline-block, table cell, flex item); never more than its container (default `40rem`, `pull` `42rem`).
 */
export class CivicQuote extends StoryElement {
  static override styles = [baseStyles, controlStyles, styles];

  /** The `id` of the quote to show; without it, the document's first quote. */
  @property({ reflect: true, converter: optionalText }) quote: string | undefined;

  /** How a translation into the reader's language is offered: under the original, behind a toggle button, or not at all. */
  @property({ reflect: true }) translation: TranslationMode = 'shown';

  /** `block` for a quote in the flow of a text; `pull` for a large, centred pull quote. */
  @property({ reflect: true }) variant: QuoteVariant = 'block';

  /**
   * With `translation="toggle"`: whether the translation stands in place of the original. It changes
   * when the reader presses the toggle, and goes back to `false` when `quote` changes (unless set
   * with it). Without a translation for the reader, or in another mode, it has no effect.
   */
  @property({ type: Boolean, reflect: true }) translated = false;

  private readonly internals = this.attachInternals();

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Another quote starts in its original, unless the page sets both at once.
    if (changed.has('quote') && !changed.has('translated')) this.translated = false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The light-DOM quote is the page's own markup, coloured by the page's CSS: the element then
    // follows the page's colours rather than painting a surface of its own colour scheme under them.
    const states = this.internals.states;
    if (this.story.state.status === 'none') states.add('no-document');
    else states.delete('no-document');
  }

  protected override renderWithoutDocument(): TemplateResult {
    // dir="auto": a Dutch quote on an Arabic page reads left to right, as its own words do.
    return html`${this.noteWithoutDocument()}<div class="figure fallback ${this.variant === 'pull' ? 'pull' : 'block'}" part="figure"><slot dir="auto"></slot></div>`;
  }

  /** A quote that wraps its own `<blockquote>` needs no document. */
  protected override expectsDocument(): boolean {
    return !this.querySelector(':scope > blockquote, :scope > figure');
  }

  protected override renderDocument(document: StoryDocument, language: ViewLanguage): TemplateResult {
    const quotes = document.quotes ?? [];
    const wanted = this.quote;
    const quote = wanted ? quotes.find((candidate) => candidate.id === wanted) : quotes[0];
    if (!quote) {
      if (!quotes.length) return renderEmpty(msg('This story has no quotes.', { id: 'quote.empty' }));
      // Isolated, so an id in a right-to-left script does not reorder the sentence around it.
      const id = `\u2068${wanted}\u2069`;
      return renderEmpty(msg(str`This story has no quote with the id “${id}”.`, { id: 'quote.unknown' }));
    }
    const { original, translation: offered } = quoteTexts(quote, document.lang, language.preferences);
    const mode = this.translation;
    const toggle = mode === 'toggle';
    const translation = mode === 'hidden' ? undefined : offered;
    const translated = toggle && !!translation && this.translated;
    // A valid document names only sources it has.
    const sources = quote.sources?.map((id) => document.sources!.find((source) => source.id === id)!) ?? [];
    const role = language.pick(quote.author.role);
    const context = language.pick(quote.context);
    const date = formatIsoDate(quote.date, language.format);
    const separator = language.separator;

    // The element's own `lang` is the content language it prefers; its labels stay in the UI language.
    // The figure is named by its speaker only: the caption (role, context, date, source) is read as
    // content, after the quote, not packed into the name.
    return html`<figure class="figure ${this.variant === 'pull' ? 'pull' : 'block'}" part="figure" lang=${ifDefined(language.labelLang)} aria-labelledby="author">
      <blockquote class="original spoken" part="quote" lang=${ifDefined(original.lang ?? language.unmarkedLang)} dir="auto" cite=${ifDefined(sources.find((source) => source.url)?.url)} ?hidden=${translated}>
        ${paragraphs(original.text)}
      </blockquote>
      ${translation
        ? renderTranslation(translation, original.lang as string, language.format, toggle && !translated)
        : original.lang && !sameLanguage(original.lang, language.preferences[0])
          ? renderLanguageNote(original.lang, language.format)
          : nothing}
      ${toggle && translation ? renderToggle(languageName(translation.lang as string, language.format), translated) : nothing}
      <figcaption part="caption">
        <span class="attribution">${joined(separator, [
          html`<span class="author" part="author" id="author" dir="auto">${quote.author.name}</span>`,
          textSpan(role, 'role'),
        ])}</span>${context || date
          ? html`<span class="details">${joined(separator, [textSpan(context, 'context'), date && timeOf(date)])}</span>`
          : nothing}${sources.length
          ? html`<span class="source" part="source">${joined(
              language.listSeparator,
              sources.map((source) => renderSource(source, language)),
            )}</span>`
          : nothing}
      </figcaption>
    </figure>`;
  }
}

function renderTranslation(translation: PickedText, from: string, locale: string, hidden: boolean): TemplateResult {
  const fromName = languageName(from, locale);
  return html`<div class="translation" part="translation" ?hidden=${hidden}>
    <p class="translation-label" part="translation-label">${msg(str`Translation from ${fromName}`, { id: 'quote.translation-from' })}</p>
    <div class="spoken" lang=${ifDefined(translation.lang)} dir="auto">${paragraphs(translation.text)}</div>
  </div>`;
}

/** Without a translation, a reader of another language is at least told which language the quote is in. */
function renderLanguageNote(lang: string, locale: string): TemplateResult {
  const inName = languageName(lang, locale);
  return html`<p class="language-note" part="language-note">${msg(str`Quote in ${inName}`, { id: 'quote.language-note' })}</p>`;
}

function renderToggle(intoName: string, pressed: boolean): TemplateResult {
  return html`<div>
    <button type="button" class="pill toggle" part="toggle" aria-pressed=${pressed ? 'true' : 'false'} @click=${toggleTranslation}>
      ${msg(str`Show in ${intoName}`, { id: 'quote.show-in' })}
    </button>
  </div>`;
}

// Lit calls a listener with the element as `this`.
function toggleTranslation(this: CivicQuote): void {
  this.translated = !this.translated;
  emit(this, 'civic-translation-toggle', { translated: this.translated });
}
