// The text of a failure: the localized sentence that sums it up and each problem's message. The
// elements load this module (and the translations of its messages) only when there is a failure to
// show; in the CDN bundle it is a file of its own beside the bundle (see rollup.config.mjs).
import { msg, str } from '@lit/localize';
import type { ValidationIssue } from '../schema/types.js';
import { findingMessages } from '../schema/messages.js';
import { formatLocale } from '../i18n/localization.js';
import { formatMegabytes, formatSeconds } from '../i18n/format.js';
import { formatNumber, numberLocale } from '../i18n/numbers.js';
import { messageLocale } from '../i18n/plural.js';
import type { LoadFailure } from './story-controller.js';

/** A failure as the error view and the `civic-error` event say it. */
export interface FailureText {
  message: string;
  issues: ValidationIssue[];
}

/** The localized sentence that sums up a failure (the issues list the details). */
export function failureMessage(failure: LoadFailure): string {
  switch (failure.kind) {
    case 'http': {
      const status = formatNumber(failure.status, numberLocale(messageLocale()), { useGrouping: false });
      return msg(str`The story could not be loaded: the server answered ${status}.`, { id: 'load.http' });
    }
    case 'network':
      return failure.file
        ? msg('The story could not be loaded: a page opened from a file (file://) cannot fetch src. Serve the page from a web server, or put the document inline.', {
            id: 'load.file',
          })
        : msg('The story could not be loaded: the network request failed.', { id: 'load.network' });
    case 'timeout': {
      const time = formatSeconds(failure.timeout, formatLocale());
      return msg(str`The story could not be loaded: no complete answer within ${time}.`, { id: 'load.timeout' });
    }
    case 'too-large': {
      if (failure.limit === undefined) return msg('The story document is too large to show:', { id: 'load.too-large' });
      const size = formatMegabytes(failure.limit, formatLocale());
      return msg(str`The story document is too large: it is over the limit of ${size}.`, { id: 'load.too-large-bytes' });
    }
    case 'not-json':
      return failure.from === 'inline'
        ? msg('The inline story document is not valid JSON.', { id: 'load.inline-not-json' })
        : msg('The story document is not valid JSON.', { id: 'load.not-json' });
    case 'invalid':
      return msg('The story document has errors:', { id: 'load.invalid' });
  }
}

/** A failure's sentence and the message of each of its problems, in the UI language of the moment. */
export function failureText(failure: LoadFailure): FailureText {
  const issues = 'issues' in failure ? failure.issues : [];
  return {
    message: failureMessage(failure),
    issues: findingMessages(issues),
  };
}
