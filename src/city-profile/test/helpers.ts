// Small helpers the city profile tests share: rendering a card and reading it.
import { fixture, html } from '@open-wc/testing';
import '../civic-city-profile.js';
import type { CivicCityProfile } from '../city-profile.js';
import { textOf } from '../../../test/helpers.js';

export const root = (el: CivicCityProfile): ShadowRoot => el.shadowRoot!;
export const heading = (el: CivicCityProfile): HTMLElement => root(el).querySelector<HTMLElement>('[part="heading"]')!;
export const groups = (el: CivicCityProfile): HTMLElement[] => [...root(el).querySelectorAll<HTMLElement>('dl[part="facts"] > [part="fact"]')];
export const terms = (el: CivicCityProfile): string[] => [...root(el).querySelectorAll('dl dt')].map(textOf);
export const group = (el: CivicCityProfile, term: string): HTMLElement | undefined => groups(el).find((fact) => textOf(fact.querySelector('dt')) === term);
export const values = (fact: HTMLElement | undefined): string[] => [...(fact?.querySelectorAll('dd [part="value"]') ?? [])].map(textOf);
export const statements = (fact: HTMLElement | undefined): HTMLElement[] => [...(fact?.querySelectorAll<HTMLElement>('dd') ?? [])];
export const sourceItems = (el: CivicCityProfile): HTMLElement[] => [...root(el).querySelectorAll<HTMLElement>('[part="sources"] li')];

export async function profile(document: unknown, attributes: { variant?: string; facts?: string; level?: number; lang?: string } = {}): Promise<CivicCityProfile> {
  const el = await fixture<CivicCityProfile>(
    html`<civic-city-profile
      .data=${document}
      variant=${attributes.variant ?? 'full'}
      facts=${attributes.facts ?? ''}
      heading-level=${attributes.level ?? 2}
      lang=${attributes.lang ?? ''}
    ></civic-city-profile>`,
  );
  await el.updateComplete;
  return el;
}

/** A card in a box of the given width. */
export async function inBox(width: number, document: unknown, variant = 'full'): Promise<CivicCityProfile> {
  const box = await fixture<HTMLElement>(
    html`<div style="inline-size: ${width}px"><civic-city-profile variant=${variant} .data=${document}></civic-city-profile></div>`,
  );
  const el = box.querySelector('civic-city-profile')!;
  await el.updateComplete;
  return el;
}
