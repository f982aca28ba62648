import { html } from 'lit';
import type { TemplateResult } from 'lit';

/** A text of one or more paragraphs (separated by a blank line) as `<p>`s; text, never markup. */
export function paragraphs(text: string): TemplateResult[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0)
    .map((paragraph) => html`<p>${paragraph}</p>`);
}
