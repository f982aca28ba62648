// The localization layer: the UI locale follows <html lang>, Intl output per locale, text picking.
import { expect } from '@open-wc/testing';
import { msg } from '@lit/localize';
import { formatLocale, resolveUiLocale, uiLocale } from './localization.js';
import { countryName, formatIsoDate, formatNumber, formatPercent } from './format.js';
import { pickText, textIn } from './text.js';
import { ENGINE, setPageLanguage } from '../../test/helpers.js';

describe('i18n: the UI locale follows <html lang>', () => {
  afterEach(() => setPageLanguage('en'));

  it('maps page languages to the shipped UI locales', () => {
    expect(resolveUiLocale('nl-BE')).to.equal('nl');
    expect(resolveUiLocale('SV')).to.equal('sv');
    expect(resolveUiLocale('ar-EG')).to.equal('ar');
    expect(resolveUiLocale('fi')).to.equal('en');
    expect(resolveUiLocale('')).to.equal('en');
    expect(resolveUiLocale(undefined)).to.equal('en');
  });

  it('switches UI strings when <html lang> changes at run time', async () => {
    await setPageLanguage('nl');
    expect(uiLocale()).to.equal('nl');
    expect(msg('Sources', { id: 'sources.heading' })).to.equal('Bronnen');
    await setPageLanguage('sv-FI');
    expect(uiLocale()).to.equal('sv');
    expect(formatLocale()).to.equal('sv-FI');
    expect(msg('Sources', { id: 'sources.heading' })).to.equal('Källor');
    await setPageLanguage('ar');
    expect(msg('Sources', { id: 'sources.heading' })).to.equal('المصادر');
    await setPageLanguage('fi');
    expect(uiLocale()).to.equal('en');
    expect(formatLocale()).to.equal('en');
    expect(msg('Sources', { id: 'sources.heading' })).to.equal('Sources');
  });
});

describe('i18n: Intl formatting', () => {
  it('writes numbers as each language does', () => {
    expect(formatNumber(86000, 'en')).to.equal('86,000');
    expect(formatNumber(86000, 'nl')).to.equal('86.000');
    // Swedish groups with a no-break space.
    expect(formatNumber(86000, 'sv')).to.equal('86\u00a0000');
    // Arabic: CLDR writes Western digits for plain `ar` and Arabic-Indic ones for `ar-EG`; both read 86000.
    const westernDigits = (text: string): string =>
      text.replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660)).replace(/[^\d]/g, '');
    expect(westernDigits(formatNumber(86000, 'ar'))).to.equal('86000');
    expect(formatNumber(86000, 'ar-EG')).to.equal('٨٦٬٠٠٠');
  });

  it('writes percentages given in percent', () => {
    expect(formatPercent(22, 'en')).to.equal('22%');
    expect(formatPercent(22, 'nl')).to.equal('22%');
    expect(formatPercent(8, 'sv')).to.equal('8\u00a0%');
    // Arabic keeps the number left to right inside right-to-left text with direction marks. Plain `ar`
    // writes Western digits in current CLDR (Chromium, Firefox); WebKitGTK formats with the system's
    // ICU, and Debian 12's (CLDR 42) still gives plain `ar` Arabic-Indic digits.
    const oldArabicDigits = ENGINE === 'webkit' && new Intl.NumberFormat('ar').resolvedOptions().numberingSystem === 'arab';
    expect(formatPercent(22, 'ar').replace(/[\u200e\u200f\u061c]/g, '')).to.equal(oldArabicDigits ? '٢٢٪' : '22%');
    expect(formatPercent(22, 'ar-EG').replace(/[\u200e\u200f\u061c]/g, '')).to.equal('٢٢٪');
  });

  it('formats dates at the precision they were given, with a machine-readable datetime', () => {
    expect(formatIsoDate('2001', 'en')).to.deep.equal({ text: '2001', datetime: '2001', precision: 'year' });
    expect(formatIsoDate('2016-10', 'en')?.text).to.equal('October 2016');
    expect(formatIsoDate('2016-10', 'nl')?.text).to.equal('oktober 2016');
    expect(formatIsoDate('2016-10', 'sv')?.text).to.equal('oktober 2016');
    expect(formatIsoDate('2018-10-15', 'en')?.text).to.equal('October 15, 2018');
    expect(formatIsoDate('2018-10-15', 'en-GB')?.text).to.equal('15 October 2018');
    expect(formatIsoDate('2018-10-15', 'nl')?.text).to.equal('15 oktober 2018');
    expect(formatIsoDate('2018-10-15', 'sv')?.text).to.equal('15 oktober 2018');
    const arabic = formatIsoDate('2016-10', 'ar')!;
    expect(arabic.datetime).to.equal('2016-10');
    expect(arabic.text).to.match(/أكتوبر/);
    // A date is a calendar date, whatever the reader's time zone: no slip to 31 December 2000.
    expect(formatIsoDate('2001-01-01', 'en')?.text).to.equal('January 1, 2001');
    expect(formatIsoDate('yesterday', 'en')).to.equal(undefined);
  });

  it("names countries in the reader's language", () => {
    expect(countryName('BE', 'en')).to.equal('Belgium');
    expect(countryName('BE', 'nl')).to.equal('België');
    expect(countryName('SE', 'sv')).to.equal('Sverige');
    expect(countryName('SE', 'ar')).to.equal('السويد');
  });
});

describe('i18n: picking content text', () => {
  const title = { nl: 'Niet je afkomst', en: 'Not where you come from', 'sv-FI': 'Inte varifrån' };

  it('takes the exact preferred language first', () => {
    expect(pickText(title, ['en'], 'nl')).to.deep.equal({ text: 'Not where you come from', lang: 'en' });
  });

  it('matches by base language (nl-BE finds nl, sv finds sv-FI)', () => {
    expect(pickText(title, ['nl-BE'], 'nl')).to.deep.equal({ text: 'Niet je afkomst', lang: 'nl' });
    expect(pickText(title, ['sv'], 'nl')).to.deep.equal({ text: 'Inte varifrån', lang: 'sv-FI' });
  });

  it("respects the order of preferences (the element's own lang before the page's)", () => {
    expect(pickText(title, ['nl', 'en'], 'sv')?.lang).to.equal('nl');
    expect(pickText(title, [undefined, 'fr', 'en'], 'nl')?.lang).to.equal('en');
  });

  it("falls back to the document's language, then to the first text", () => {
    expect(pickText(title, ['de'], 'nl')?.lang).to.equal('nl');
    expect(pickText({ sv: 'Hej', en: 'Hi' }, ['fr'], 'de')?.lang).to.equal('sv');
  });

  it("reads a plain string as the document's language", () => {
    expect(pickText('Mechelen', ['en'], 'nl')).to.deep.equal({ text: 'Mechelen', lang: 'nl' });
    expect(pickText('Mechelen', ['en'])).to.deep.equal({ text: 'Mechelen', lang: undefined });
    expect(pickText(undefined, ['en'])).to.equal(undefined);
  });

  it('finds the text in exactly one language when it exists', () => {
    expect(textIn(title, 'sv', 'nl')).to.deep.equal({ text: 'Inte varifrån', lang: 'sv-FI' });
    expect(textIn(title, 'de', 'nl')).to.equal(undefined);
    expect(textIn('Hallo', 'nl', 'nl-BE')).to.deep.equal({ text: 'Hallo', lang: 'nl-BE' });
  });
});
