import { defineElement } from '../ui/define.js';
import { CivicQuote } from './quote.js';

export { CivicQuote };
export type { QuoteTexts, QuoteVariant, TranslationMode } from './quote.js';

defineElement('civic-quote', CivicQuote);

declare global {
  interface HTMLElementTagNameMap {
    'civic-quote': CivicQuote;
  }
}
