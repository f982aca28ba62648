// Each glossary term (xliff/glossary.json) is rendered the same way across a locale's messages, and
// key names reach the reader untranslated, between the locale's quotation marks.
import { expect } from '@open-wc/testing';
import { validate } from '../schema/index.js';
import { setPageLanguage } from '../../test/helpers.js';
import { translations } from '../../test/xliff.js';

interface Rendering {
  term: string;
  forms: string[];
  avoid?: string[];
}
interface Glossary {
  terms: Record<string, Record<string, Rendering> & { en: Rendering }>;
  keys: { names: string[] };
  typography: Record<string, { quotes: [string, string] }>;
}

const glossary = async (): Promise<Glossary> => (await (await fetch('/xliff/glossary.json')).json()) as Glossary;
const has = (text: string, forms: readonly string[]): boolean => forms.some((form) => text.toLowerCase().includes(form.toLowerCase()));
/**
 * The words of a message, without the command line's literal syntax, which is the same in every
 * language: the command's name (`civic-story`), choices written `a|b|c`, and the `--as` option's
 * line, whose values (initiatives, facts, quotes, sources) are typed as they are.
 */
const words = (text: string): string =>
  text.replaceAll('civic-story', '').replace(/[\w.:-]+(\|[\w.:-]+)+/g, '').replace(/^ *--as .*$/gm, '');

describe('glossary', () => {
  afterEach(() => setPageLanguage('en'));

  for (const locale of ['nl', 'sv', 'fr', 'de', 'ar']) {
    it(`renders each term one way across the messages (${locale})`, async () => {
      const { terms } = await glossary();
      const units = await translations(locale);
      expect(units.length).to.be.above(100);
      let checked = 0;
      for (const [name, term] of Object.entries(terms)) {
        const rendering = term[locale]!;
        for (const unit of units) {
          if (has(words(unit.source), term.en.forms)) {
            checked += 1;
            expect(has(unit.target, rendering.forms), `${unit.id}: “${unit.target}” should say “${rendering.term}” for “${name}”`).to.equal(true);
          }
          for (const avoided of rendering.avoid ?? []) {
            expect(words(unit.target).toLowerCase(), `${unit.id} says “${avoided}”; the glossary says “${rendering.term}”`).not.to.contain(avoided.toLowerCase());
          }
        }
      }
      expect(checked).to.be.above(30);
    });

    it(`keeps key names untranslated, between the locale's quotation marks (${locale})`, async () => {
      const { keys, typography } = await glossary();
      const [open, close] = typography[locale]!.quotes;
      await setPageLanguage(locale);
      const result = validate({
        lang: 'en',
        city: { name: 'X', facts: [{ value: 3 }] },
        initiatives: [{ id: 'a', title: 'A', end: 'someday', sources: ['nope'] }],
      });
      const messages = result.ok ? [] : result.issues.map((issue) => issue.message);
      for (const key of keys.names) {
        expect(messages.some((message) => message.includes(`${open}${key}${close}`)), `${key} in ${JSON.stringify(messages)}`).to.equal(true);
      }
    });
  }
});
