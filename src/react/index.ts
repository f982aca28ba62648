// civic-story/react: React components for the three elements (@lit/react). Properties, including
// `data`, are set as properties; `onCivicLoad` / `onCivicError` are listened to before the element
// first renders, so they receive the first event.
//
// The bare tags are typed for React's JSX too (`civic-story/jsx`, which this module brings in).
import * as React from 'react';
import { createComponent } from '@lit/react';
import type { EventName } from '@lit/react';
import { CivicCityProfile as CityProfileElement } from '../city-profile/civic-city-profile.js';
import { CivicTimeline as TimelineElement } from '../timeline/civic-timeline.js';
import { CivicQuote as QuoteElement } from '../quote/civic-quote.js';
import type { CivicErrorDetail, CivicLoadDetail } from '../load/events.js';

export type { CivicErrorDetail, CivicLoadDetail };

/** The events of every civic-story element, as React props. */
const events = {
  /** The document was loaded, validated and rendered: `event.detail.document`. */
  onCivicLoad: 'civic-load' as EventName<CustomEvent<CivicLoadDetail>>,
  /** The document could not be loaded or is not valid: `event.detail.message`, `event.detail.issues`. */
  onCivicError: 'civic-error' as EventName<CustomEvent<CivicErrorDetail>>,
};

/** `<civic-city-profile>`: a city's name, leader and key figures, each with its source and date. */
export const CivicCityProfile = createComponent({
  react: React,
  tagName: 'civic-city-profile',
  elementClass: CityProfileElement,
  events,
  displayName: 'CivicCityProfile',
});

/** `<civic-timeline>`: the city's initiatives, dated, filterable and searchable. */
export const CivicTimeline = createComponent({
  react: React,
  tagName: 'civic-timeline',
  elementClass: TimelineElement,
  events,
  displayName: 'CivicTimeline',
});

/** `<civic-quote>`: a quote in its original language, with translation, speaker and source. */
export const CivicQuote = createComponent({
  react: React,
  tagName: 'civic-quote',
  elementClass: QuoteElement,
  events,
  displayName: 'CivicQuote',
});
