import type { StoryDocument, ValidationIssue } from '../schema/index.js';

/** `civic-load`: the document was loaded, validated and rendered. */
export interface CivicLoadDetail {
  /** The validated copy the element renders from, frozen; URLs of a document fetched by `src` are resolved against its URL. */
  document: Readonly<StoryDocument>;
}

/**
 * Why a document could not be shown:
 * `http` (the server answered with an error status), `network` (the request failed),
 * `timeout` (no complete answer within the element's `timeout`), `too-large` (over the element's
 * `max-bytes`, or over a count bound of the format), `not-json`, `invalid` (the document has errors).
 */
export type CivicErrorKind = 'http' | 'network' | 'timeout' | 'too-large' | 'not-json' | 'invalid';

/** `civic-error`: the document could not be loaded or is not valid. */
export interface CivicErrorDetail {
  /** What went wrong, for code: `detail.kind === 'timeout'`. */
  kind: CivicErrorKind;
  /** A localized, human-readable summary. */
  message: string;
  /** Each problem with its place in the document, e.g. `initiatives[3].start`; empty for a load failure. */
  issues: ValidationIssue[];
  /** The `src` URL, for a failure to fetch it. */
  url?: string;
  /** The HTTP status, for `http`. */
  status?: number;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'civic-load': CustomEvent<CivicLoadDetail>;
    'civic-error': CustomEvent<CivicErrorDetail>;
  }
}

/** Every civic-story event: the loader's here, the reader's in `ui/events.ts`. */
export type CivicEventName = Extract<keyof GlobalEventHandlersEventMap, `civic-${string}`>;
type DetailOf<K extends CivicEventName> = GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Dispatches a civic-story event; it bubbles and crosses shadow roots so a page can listen anywhere. */
export function emit<K extends CivicEventName>(target: EventTarget, name: K, detail: DetailOf<K>): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: false }));
}
