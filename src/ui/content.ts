// Pieces of a view that carry content: a text in its own language, a date, parts of one line.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FormattedDate } from '../i18n/format.js';
import type { PickedText } from '../i18n/text.js';

/** A content text in a span that says its language; `dir="auto"` so it reads in its own direction. */
export const textSpan = (text: PickedText | undefined, className?: string): TemplateResult | typeof nothing =>
  text ? html`<span class=${ifDefined(className)} lang=${ifDefined(text.lang)} dir="auto">${text.text}</span>` : nothing;

/** A date as `<time>`, with its own text or a phrase around it ("as of 2024"). */
export const timeOf = (date: FormattedDate, text: string = date.text): TemplateResult => html`<time datetime=${date.datetime}>${text}</time>`;

/** The parts of a line that are there, with `separator` between them: "Bart Somers, Mayor, since 2001". */
export const joined = (separator: string, parts: readonly unknown[]): unknown[] =>
  parts.filter((part) => part && part !== nothing).flatMap((part, index) => (index ? [separator, part] : [part]));
