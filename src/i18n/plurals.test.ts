// Plural-aware messages: the timeline count and the validation messages with a count read correctly
// for 0, 1, 2, 3, 11 and 100 in every UI language, Arabic's dual and plurals included.
import { expect } from '@open-wc/testing';
import '../timeline/civic-timeline.js';
import { countText, renderTimeline, shadow } from '../timeline/test/helpers.js';
import { manyDocument } from '../../test/fixtures/documents.js';
import { setPageLanguage } from '../../test/helpers.js';
import { formatNumber } from './format.js';
import { moreIssues, tooLong } from '../schema/messages.js';

const COUNTS = [1, 2, 3, 11, 100] as const;

/** The count "Showing n of n initiatives" for n initiatives, each locale's numbers through `n()`. */
const timelineCounts: Record<string, (n: (value: number) => string, total: number) => string> = {
  en: (n, t) => `Showing ${n(t)} of ${n(t)} ${t === 1 ? 'initiative' : 'initiatives'}`,
  nl: (n, t) => `${n(t)} van ${n(t)} ${t === 1 ? 'initiatief' : 'initiatieven'} getoond`,
  sv: (n, t) => `Visar ${n(t)} av ${n(t)} initiativ`,
  fr: (n, t) => (t === 1 ? `${n(t)} initiative affichée sur ${n(t)}` : `Initiatives affichées\u00a0: ${n(t)} sur ${n(t)}`),
  de: (n, t) => `${n(t)} von ${n(t)} ${t === 1 ? 'Initiative' : 'Initiativen'} angezeigt`,
  ar: (n, t) =>
    t === 2
      ? `عرض ${n(t)} من أصل مبادرتين`
      : `عرض ${n(t)} من أصل ${n(t)} ${t >= 3 && t <= 10 ? 'مبادرات' : t >= 11 && t <= 99 ? 'مبادرةً' : 'مبادرة'}`,
};

/** "…and n more problems." for n = 0, 1, 2, 3, 11, 100. */
const more: Record<string, (n: (value: number) => string, count: number) => string> = {
  en: (n, c) => `…and ${n(c)} more ${c === 1 ? 'problem' : 'problems'}.`,
  nl: (n, c) => `…en nog ${n(c)} ${c === 1 ? 'probleem' : 'problemen'}.`,
  sv: (n, c) => `…och ${n(c)} problem till.`,
  fr: (n, c) => (c <= 1 ? `…et ${n(c)} autre problème.` : `…et ${n(c)} autres problèmes.`),
  de: (n, c) => (c === 1 ? `…und ${n(c)} weiteres Problem.` : `…und ${n(c)} weitere Probleme.`),
  ar: (n, c) =>
    c === 2 ? '…ومشكلتان أخريان.' : c >= 3 && c <= 10 ? `…و${n(c)} مشكلات أخرى.` : c >= 11 && c <= 99 ? `…و${n(c)} مشكلةً أخرى.` : `…و${n(c)} مشكلة أخرى.`,
};

describe('plural messages', () => {
  afterEach(() => setPageLanguage('en'));

  for (const locale of Object.keys(timelineCounts)) {
    const n = (value: number): string => formatNumber(value, locale);

    it(`counts initiatives: 1, 2, 3, 11 and 100 (${locale})`, async () => {
      await setPageLanguage(locale);
      for (const total of COUNTS) {
        const el = await renderTimeline(manyDocument(total));
        expect(countText(el), `${locale} ${total}`).to.equal(timelineCounts[locale]!(n, total));
        el.remove();
      }
    });

    it(`counts 0 shown of 11 (${locale})`, async () => {
      await setPageLanguage(locale);
      const el = await renderTimeline(manyDocument(11));
      const search = shadow(el).querySelector<HTMLInputElement>('#search')!;
      search.value = 'zzzz';
      search.dispatchEvent(new InputEvent('input'));
      await el.updateComplete;
      expect(countText(el)).to.contain(n(0)).and.contain(n(11));
      // The noun agrees with the total, 11.
      expect(countText(el)).to.equal(timelineCounts[locale]!(n, 11).replace(new RegExp(`^(.*?)${n(11)}`), `$1${n(0)}`));
      el.remove();
    });

    it(`counts the problems left out: 0, 1, 2, 3, 11 and 100 (${locale})`, async () => {
      await setPageLanguage(locale);
      for (const count of [0, ...COUNTS]) expect(moreIssues(count), `${locale} ${count}`).to.equal(more[locale]!(n, count));
    });
  }

  it('gives Arabic its singular, dual, plural and accusative forms for too long texts', async () => {
    await setPageLanguage('ar');
    const n = (value: number): string => formatNumber(value, 'ar');
    const limit = n(20_000);
    expect(tooLong(2, 20_000)).to.equal(`طويل جدًّا: حرفان، والحد الأقصى ${limit}.`);
    expect(tooLong(3, 20_000)).to.equal(`طويل جدًّا: ${n(3)} أحرف، والحد الأقصى ${limit}.`);
    expect(tooLong(11, 20_000)).to.equal(`طويل جدًّا: ${n(11)} حرفًا، والحد الأقصى ${limit}.`);
    expect(tooLong(20_001, 20_000)).to.equal(`طويل جدًّا: ${n(20_001)} حرف، والحد الأقصى ${limit}.`);
  });

  it('writes French counts of a million characters with "de"', async () => {
    await setPageLanguage('fr');
    expect(tooLong(1_000_000, 20_000)).to.equal(`Trop long\u00a0: ${formatNumber(1_000_000, 'fr')} de caractères\u202f; ${formatNumber(20_000, 'fr')} au maximum.`);
    expect(tooLong(20_001, 20_000)).to.equal(`Trop long\u00a0: ${formatNumber(20_001, 'fr')} caractères\u202f; ${formatNumber(20_000, 'fr')} au maximum.`);
  });

  it('groups the digits of counts in messages', async () => {
    expect(tooLong(20_001, 20_000)).to.equal('Too long: 20,001 characters; the limit is 20,000.');
    await setPageLanguage('de');
    expect(tooLong(20_001, 20_000)).to.equal('Zu lang: 20.001 Zeichen; höchstens 20.000 sind erlaubt.');
  });
});
