// Small helpers the quote tests share: rendering a quote and reading it.
import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../civic-quote.js';
import type { CivicQuote } from '../quote.js';

export async function render(template: TemplateResult): Promise<CivicQuote> {
  const el = await fixture<CivicQuote>(template);
  await el.updateComplete;
  return el;
}

export const part = <T extends Element = HTMLElement>(el: CivicQuote, name: string): T | null => el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
export const shown = (node: Element | null): boolean => !!node && node.getClientRects().length > 0;

/** The strings of a computed `quotes` value: open, close, nested open, nested close. */
export function quoteMarks(element: Element): string[] {
  return [...getComputedStyle(element).quotes.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((match) => match[1] ?? '');
}
