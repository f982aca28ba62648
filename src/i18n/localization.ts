import { configureLocalization } from '@lit/localize';
import type { LocaleModule } from '@lit/localize';
import { allLocales, sourceLocale, targetLocales } from './locale-codes.js';
import { regionalLocale, setPageTag } from './numbers.js';
import { errorStringsWanted, onErrorStringsWanted, wantErrorStrings } from './error-strings.js';

/** A UI locale civic-story ships translations for. */
export type UiLocale = (typeof allLocales)[number];

export const UI_LOCALES: readonly UiLocale[] = allLocales;
export const FALLBACK_LOCALE: UiLocale = sourceLocale;

type TargetLocale = Exclude<UiLocale, 'en'>;

// One static import() per locale: rollup leaves template-literal imports alone, so the locale files would never reach dist/.
const loaders: Record<TargetLocale, () => Promise<LocaleModule>> = {
  ar: () => import('./locales/ar.js'),
  de: () => import('./locales/de.js'),
  fr: () => import('./locales/fr.js'),
  nl: () => import('./locales/nl.js'),
  sv: () => import('./locales/sv.js'),
};

// Each locale's error messages (the validator's and the loader's), split off its UI labels by
// `npm run localize`: loaded beside the locale only once they are wanted (see error-strings.ts).
const errorLoaders: Record<TargetLocale, () => Promise<LocaleModule>> = {
  ar: () => import('./error-locales/ar.js'),
  de: () => import('./error-locales/de.js'),
  fr: () => import('./error-locales/fr.js'),
  nl: () => import('./error-locales/nl.js'),
  sv: () => import('./error-locales/sv.js'),
};

/** The templates of each UI locale loaded, which its error messages join (msg() reads them at each call). */
const uiTemplates = new Map<TargetLocale, LocaleModule['templates']>();
/** Each locale's error messages, loading or merged into its templates (true once settled, also on a failure). */
const errorStrings = new Map<TargetLocale, Promise<void>>();
const errorStringsSettled = new Set<TargetLocale>();

/** Loads a locale's error messages once and merges them into its templates; on a failure they stay English (one warning). */
function loadErrorStrings(locale: TargetLocale): Promise<void> {
  let loading = errorStrings.get(locale);
  if (!loading) {
    loading = errorLoaders[locale]()
      .then((module) => {
        const templates = uiTemplates.get(locale);
        if (templates) Object.assign(templates, module.templates);
      })
      .catch((error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        console.warn(`civic-story: could not load the "${locale}" error messages (${reason}); they show in English.`, error);
      })
      .finally(() => errorStringsSettled.add(locale));
    errorStrings.set(locale, loading);
  }
  return loading;
}

/** A locale's module for @lit/localize: its labels, and its error messages when they are wanted. */
async function loadLocale(locale: string): Promise<LocaleModule> {
  const target = locale as TargetLocale;
  const module = await loaders[target]();
  uiTemplates.set(target, module.templates);
  if (errorStringsWanted()) await loadErrorStrings(target);
  return module;
}

/** The UI locale for a BCP 47 tag: its base language when shipped, else English. */
export function resolveUiLocale(tag: string | null | undefined): UiLocale {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (allLocales as readonly string[]).includes(base) ? (base as UiLocale) : FALLBACK_LOCALE;
}

interface LocaleState {
  /** The page's language tag, as `<html lang>` gives it (e.g. `nl-BE`), or the fallback. */
  tag: string;
  setLocale: (locale: string) => Promise<void>;
  /** The active locale (@lit/localize exports no module-level getLocale; configureLocalization returns it). */
  getLocale: () => string;
  /** Whether civic-story owns the @lit/localize configuration in this module instance. */
  owned: boolean;
  /** Settles when the locale asked for last is active. */
  pending: Promise<void>;
}

let state: LocaleState | undefined;
/** UI locales whose module failed to load on this page (warned about once). */
const unloadable = new Set<UiLocale>();

function pageTag(): string {
  return document.documentElement.lang.trim() || FALLBACK_LOCALE;
}

/**
 * Fired on window when `<html lang>` changes. @lit/localize re-renders only when the UI locale
 * changes; a change of region alone (`en` to `en-GB`) changes dates and numbers, so civic-story
 * elements listen for this too.
 */
export const PAGE_LANGUAGE_EVENT = 'civic-page-language';

/**
 * Fired on window when a `lang` attribute changes anywhere in the document (outside shadow roots),
 * `<html lang>` included: elements then re-read the language in effect where they stand. One observer
 * per page, rather than one per element on its ancestors.
 */
export const CONTEXT_LANGUAGE_EVENT = 'civic-context-language';

function applyPageLanguage(current: LocaleState): void {
  const previous = current.tag;
  current.tag = pageTag();
  setPageTag(current.tag);
  if (previous !== current.tag) window.dispatchEvent(new CustomEvent(PAGE_LANGUAGE_EVENT, { detail: { tag: current.tag } }));
  const locale = resolveUiLocale(current.tag);
  // setLocale rejects only when a locale module fails to load (e.g. the CDN bundle was copied without
  // its civic-story.bundle.<locale>.js files); the UI then stays in its last locale, and the console
  // says so once per locale.
  current.pending = current.setLocale(locale).catch((error: unknown) => {
    if (unloadable.has(locale)) return;
    unloadable.add(locale);
    const reason = error instanceof Error ? error.message : String(error);
    console.warn(`civic-story: could not load the "${locale}" UI strings (${reason}); civic-story's own labels stay in "${current.getLocale()}".`, error);
  });
}

/**
 * Sets up the UI locale once per page and makes it follow `<html lang>`, including later changes.
 * Called from the components' `connectedCallback`, never at import, so server rendering and
 * pages that never use a civic-story element are not touched.
 */
export function startLocalization(): void {
  if (state || typeof document === 'undefined') return;
  try {
    const { getLocale, setLocale } = configureLocalization({
      sourceLocale,
      targetLocales,
      loadLocale,
    });
    state = { tag: FALLBACK_LOCALE, setLocale, getLocale, owned: true, pending: Promise.resolve() };
  } catch {
    // The host page configured this same @lit/localize instance first (only possible when it shares
    // our module instance, i.e. in a bundler build). Its locale drives the UI; our strings show in
    // their English source form where the host has no translation.
    console.warn('civic-story: @lit/localize is already configured by the page; civic-story UI text follows the page configuration.');
    state = { tag: FALLBACK_LOCALE, setLocale: () => Promise.resolve(), getLocale: () => FALLBACK_LOCALE, owned: false, pending: Promise.resolve() };
  }
  const current = state;
  applyPageLanguage(current);
  new MutationObserver((records) => {
    if (records.some((record) => record.target === document.documentElement)) applyPageLanguage(current);
    window.dispatchEvent(new CustomEvent(CONTEXT_LANGUAGE_EVENT));
  }).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

/** The active UI locale (the language of civic-story's own labels and messages). */
export function uiLocale(): UiLocale {
  return resolveUiLocale(state?.getLocale() ?? FALLBACK_LOCALE);
}

/**
 * The locale for `Intl` formatting: the page's full tag (`en-GB`, `nl-BE`) when its language is the
 * active UI locale, so regional conventions apply; else the UI locale itself.
 */
export function formatLocale(): string {
  return regionalLocale(state?.tag, uiLocale());
}

/**
 * Resolves once the UI locale matches the page's current `<html lang>` (after a change, the locale
 * module loads asynchronously). For tests, stories and hosts that want to wait for a stable UI.
 */
export async function localeReady(): Promise<void> {
  startLocalization();
  // The MutationObserver reports a lang change in a microtask; let it run first.
  await new Promise<void>((resolve) => setTimeout(resolve));
  await state?.pending;
}

/**
 * Server rendering (civic-story/ssr): sets the UI locale for the renders that follow, where there is
 * no page to follow. Node has one @lit/localize state per process, so the caller renders one locale
 * at a time. Never called in a browser.
 */
export async function useServerLocale(tag: string): Promise<UiLocale> {
  if (!state) {
    const { getLocale, setLocale } = configureLocalization({
      sourceLocale,
      targetLocales,
      loadLocale,
    });
    state = { tag: FALLBACK_LOCALE, setLocale, getLocale, owned: true, pending: Promise.resolve() };
  }
  const locale = resolveUiLocale(tag);
  state.tag = tag;
  await state.setLocale(locale);
  return locale;
}

/** The active locale when civic-story owns the configuration and it is not English: the one whose error messages count. */
function activeTarget(): TargetLocale | undefined {
  if (!state?.owned) return undefined;
  const locale = resolveUiLocale(state.getLocale());
  return locale === FALLBACK_LOCALE ? undefined : (locale as TargetLocale);
}

// Wanted once a locale is active: its error messages load now (localeReady() waits for them too).
onErrorStringsWanted(() => {
  const current = state;
  if (!current) return;
  current.pending = current.pending.then(() => {
    const target = activeTarget();
    return target && uiTemplates.has(target) ? loadErrorStrings(target) : undefined;
  });
});

/**
 * Resolves once the error messages of the active UI locale are there (loaded, or failed and left in
 * English); every UI locale loaded later brings its own. For an element with an error to show.
 */
export async function errorStringsReady(): Promise<void> {
  wantErrorStrings();
  await state?.pending;
  const target = activeTarget();
  if (target && uiTemplates.has(target)) await loadErrorStrings(target);
}

/** Whether the error messages of the active UI locale are settled now (then an error shows at once). */
export function errorStringsLoaded(): boolean {
  if (!errorStringsWanted()) return false;
  const target = activeTarget();
  return !target || errorStringsSettled.has(target);
}
