// civic-story: registers <civic-city-profile>, <civic-timeline> and <civic-quote>, and exports the
// public API (the document's types and helpers, the element classes, the events' types). The
// validator with its messages, validate(), is `civic-story/schema`: the elements load the text of a
// problem only when they have one to show, and this entry does not carry it.
export type * from './schema/index.js';
export { FACT_APPROXIMATIONS, FACT_KINDS, FACT_UNITS, INITIATIVE_STATUSES } from './schema/types.js';
export { formatPath } from './schema/check.js';
export { parseIsoDate } from './schema/date.js';
export { isLanguageTag } from './schema/lang.js';
export { isSafeUrl, namesHost, resolveUrl } from './schema/url.js';
export { COUNTRY_CODES } from './schema/country.js';
export { MAX_CATEGORY, MAX_ID, MAX_INITIATIVES, MAX_KEYS, MAX_LANGUAGES, MAX_LIST, MAX_TEXT, MAX_VALUES } from './schema/limits.js';
export type { CivicErrorDetail, CivicLoadDetail } from './load/events.js';
export type { CivicFilterChangeDetail, CivicSearchDetail, CivicToggleDetail, CivicTranslationToggleDetail } from './ui/events.js';
export { DARK, LIGHT, PRINT, themeStyle } from './ui/tokens.js';
export type { Palette } from './ui/tokens.js';
export type { LoadFailure, LoadState } from './load/story-controller.js';
export { StoryElement } from './ui/story-element.js';
export { viewLanguage } from './i18n/view-language.js';
export type { ViewLanguage } from './i18n/view-language.js';
export { localeReady, resolveUiLocale, UI_LOCALES } from './i18n/localization.js';
export type { UiLocale } from './i18n/localization.js';
export { pickText } from './i18n/text.js';
export type { PickedText } from './i18n/text.js';
export { VERSION } from './version.js';

// The elements: each define file registers its tag (safely) and exports its class.
export { CivicCityProfile } from './city-profile/civic-city-profile.js';
export type { CityProfileVariant } from './city-profile/civic-city-profile.js';
export { CivicTimeline } from './timeline/civic-timeline.js';
export type { TimelineOrder } from './timeline/civic-timeline.js';
export { CivicQuote } from './quote/civic-quote.js';
export type { TranslationMode, QuoteVariant } from './quote/civic-quote.js';
