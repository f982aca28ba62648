// The text of a failure loads only when an element has one to show: failure-text.ts holds every
// message of the validator and the loader (and localization.ts loads their translations beside the
// UI locale). When it cannot load (the CDN bundle copied without the files beside it), the error
// still shows, from the labels every page has: a short heading and where each problem is.
import { msg } from '@lit/localize';
import { formatLocale } from '../i18n/localization.js';
import { formatMegabytes, formatSeconds } from '../i18n/format.js';
import { formatNumber, numberLocale } from '../i18n/numbers.js';
import { count, messageLocale, plural } from '../i18n/plural.js';
import type * as FailureTextModule from './failure-text.js';
import type { FailureText } from './failure-text.js';
import type { LoadFailure } from './story-controller.js';

export type { FailureText };
type Module = typeof FailureTextModule;

/** msg() as it is when called: @lit/localize swaps in its runtime when the localization starts. */
function liveMsg(...args: Parameters<typeof msg>): ReturnType<typeof msg> {
  return msg(...args);
}

/**
 * What the CDN bundle's messages module (civic-story.bundle.messages.js) takes from the bundle that
 * loads it. That file imports nothing: a page may load the bundle by a URL with a query (`?ver=2`),
 * and a static import of the bundle from beside it would load a second copy. rollup.config.mjs
 * builds the file to receive exactly these; npm builds import them as modules do.
 */
const HOST = { msg: liveMsg, formatLocale, formatMegabytes, formatSeconds, formatNumber, numberLocale, count, messageLocale, plural };

let loaded: Module | undefined;
let loading: Promise<Module | undefined> | undefined;

/** The messages module, when it has loaded. */
export const failureTexts = (): Module | undefined => loaded;

/** Loads the messages module once per page; undefined (and one warning in the console) when it cannot load. */
export function loadFailureTexts(): Promise<Module | undefined> {
  loading ??= import('./failure-text.js').then(
    (module) => {
      (module as Module & { linkHost?: (host: typeof HOST) => void }).linkHost?.(HOST);
      loaded = module;
      return module;
    },
    (error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      console.warn(`civic-story: could not load the error messages (${reason}); an error shows where each problem is, without its description.`, error);
      return undefined;
    },
  );
  return loading;
}

/** A failure without the messages module: a heading and each problem's place, from the labels every page has. */
export function fallbackText(failure: LoadFailure): FailureText {
  const message = msg('The story could not be shown.', { id: 'state.error' });
  const unexplained = msg('The description of this problem could not be loaded.', { id: 'state.error-unexplained' });
  const issues = 'issues' in failure ? failure.issues : [];
  return { message, issues: issues.map(({ path, more }) => (more === undefined ? { path, message: unexplained } : { path, message: unexplained, more })) };
}
