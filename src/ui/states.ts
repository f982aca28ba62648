import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { ErrorText } from '../load/story-controller.js';
import { uiLocale } from '../i18n/localization.js';
import { SLOT_1, SLOT_2, fillSlots } from '../i18n/phrase.js';

// The messages are in the UI language, which may differ from the element's own `lang`: say so.

/** Loading: reserves the component's space and tells assistive technology it is busy. */
export function renderLoading(lang: string = uiLocale()): TemplateResult {
  return html`<div class="surface state loading" part="loading" aria-busy="true" role="status" lang=${lang}>
    <span>${msg('Loading…', { id: 'state.loading' })}</span>
  </div>`;
}

/**
 * Loading, when the page gave the element fallback content (the no-JavaScript view): that content
 * stays laid out and readable, so the element keeps the space it had before civic-story ran, until
 * the view is ready. Only a visually hidden status says that more is on the way.
 */
export function renderLoadingFallback(lang: string = uiLocale()): TemplateResult {
  return html`<div class="loading-fallback" part="loading">
    <span class="visually-hidden" role="status" lang=${lang}>${msg('Loading…', { id: 'state.loading' })}</span><slot></slot>
  </div>`;
}

/**
 * The error view every component shares: a localized summary and the path of each problem, with its
 * message. Without the messages (`complete` false: their module could not load), the path alone.
 */
export function renderError(text: ErrorText, lang: string = uiLocale()): TemplateResult {
  const { issues, complete } = text;
  return html`<div class="surface state error" part="error" role="alert" lang=${lang}>
    <p class="error-title">${text.message}</p>
    ${issues.length
      ? html`<ul class="error-issues">
          ${issues.map((issue) => {
            // "…and 12 more problems." belongs to no path.
            if (issue.more) return complete ? html`<li>${issue.message}</li>` : nothing;
            const path = html`<code dir="ltr">${issue.path || msg('(document)', { id: 'state.document-root' })}</code>`;
            if (!complete) return html`<li>${path}</li>`;
            const [where, what] = [SLOT_1, SLOT_2];
            return html`<li>${fillSlots<unknown>(msg(str`${where}: ${what}`, { id: 'state.issue' }), [path, issue.message])}</li>`;
          })}
        </ul>`
      : nothing}
  </div>`;
}

/** Empty: the document is fine but has nothing for this component. */
export function renderEmpty(message: string, lang: string = uiLocale()): TemplateResult {
  return html`<p class="surface state empty muted" part="empty" role="status" lang=${lang}>${message}</p>`;
}

/**
 * In an editor: why the element shows only its fallback content (the reader sees that content, and
 * no note).
 */
export function renderNoDocumentNote(tag: string, lang: string = uiLocale()): TemplateResult {
  return html`<p class="surface state no-document muted" part="no-document" role="note" lang=${lang}>
    ${msg(str`${tag}: no story document is given (no data, no inline JSON, no src), so readers see only the fallback content.`, { id: 'state.no-document' })}
  </p>`;
}
