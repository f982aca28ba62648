// civic-story: registers <civic-city-profile>, <civic-timeline> and <civic-quote>, and exports the
// public API (the document's types and validator, the element classes, the events' types).
export * from './schema/index.js';
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
