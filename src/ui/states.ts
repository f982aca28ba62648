import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LoadFailure } from '../load/story-controller.js';
import { failureMessage } from '../load/story-controller.js';

/** Loading: reserves the component's space and tells assistive technology it is busy. */
export function renderLoading(): TemplateResult {
  return html`<div class="surface state loading" part="loading" aria-busy="true" role="status">
    <span>${msg('Loading…', { id: 'state.loading' })}</span>
  </div>`;
}

/** The error view every component shares: a localized summary and the path of each problem. */
export function renderError(failure: LoadFailure): TemplateResult {
  const issues = failure.kind === 'invalid' ? failure.issues : [];
  return html`<div class="surface state error" part="error" role="alert">
    <p class="error-title">${failureMessage(failure)}</p>
    ${issues.length
      ? html`<ul class="error-issues">
          ${issues.map(
            (issue) =>
              html`<li><code>${issue.path || msg('(document)', { id: 'state.document-root' })}</code>: ${issue.message}</li>`,
          )}
        </ul>`
      : nothing}
  </div>`;
}

/** Empty: the document is fine but has nothing for this component. */
export function renderEmpty(message: string): TemplateResult {
  return html`<p class="surface state empty muted" part="empty" role="status">${message}</p>`;
}
