// Plural-aware messages without an ICU library. @lit/localize has no plurals, so each counted
// message is one message per plural category of Intl.PluralRules (`timeline.count.one`,
// `timeline.count.few`, …), and plural() picks the one the count needs in the language the messages
// are in. English defines every category a shipped locale uses (one, two, few, many, other, and zero
// where the count can be 0);
// a locale translates the categories its own rules can produce. A `.two` form names its number in
// words ("مبادرتين", "two initiatives"): only languages with a dual choose it, and for exactly 2.
import { msg } from '@lit/localize';
import { formatNumber, numberLocale } from './numbers.js';

export type PluralCategory = Intl.LDMLPluralRule;

/**
 * One message per plural category; each builds its text when chosen. `zero` may be left out where
 * the count is never 0 (then `other` serves), every other category a shipped locale has is required.
 */
export type PluralForms = Record<Exclude<PluralCategory, 'zero'>, () => string> & { zero?: () => string };

/**
 * The locale the active messages are written in. It comes from the messages themselves, so the
 * plural rules always match the text they choose, even when a host page drives @lit/localize.
 */
export const messageLocale = (): string =>
  msg('en', { id: 'i18n.locale' });

const rules = new Map<string, Intl.PluralRules>();

/** The message for `n` in the plural category the active language puts it in. */
export function plural(n: number, forms: PluralForms): string {
  const locale = messageLocale();
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  return (forms[rule.select(n)] ?? forms.other)();
}

/** A count inside a message, through Intl in the page's numbering system: 20,001 / 20.001 / ٢٠٬٠٠١. */
export const count = (n: number): string => formatNumber(n, numberLocale(messageLocale()));
