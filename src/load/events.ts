import type { StoryDocument, ValidationIssue } from '../schema/index.js';

/** `civic-load`: the document was loaded, validated and rendered. */
export interface CivicLoadDetail {
  document: StoryDocument;
}

/** `civic-error`: the document could not be loaded or is not valid. */
export interface CivicErrorDetail {
  /** A localized, human-readable summary. */
  message: string;
  /** Each problem with its place in the document, e.g. `initiatives[3].start`; empty for a load failure. */
  issues: ValidationIssue[];
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
