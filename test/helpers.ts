// Shared test helpers: page language, waiting for a component's load, the sample documents.
import { oneEvent } from '@open-wc/testing';
import { localeReady } from '../src/i18n/localization.js';
import type { StoryDocument } from '../src/schema/index.js';

/**
 * The engine the test runs in. Chromium's user agent names AppleWebKit and Safari too, so it is told
 * apart by `Chrome/`; WebKitGTK's MiniBrowser names neither Chrome nor Firefox.
 */
export const ENGINE: 'chromium' | 'firefox' | 'webkit' = navigator.userAgent.includes('Firefox/')
  ? 'firefox'
  : /Chrom(?:e|ium)\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

/** Sets `<html lang>` (and `dir` for Arabic) as a page would, and waits for the UI locale to follow. */
export async function setPageLanguage(tag: string): Promise<void> {
  document.documentElement.lang = tag;
  document.documentElement.dir = tag.startsWith('ar') ? 'rtl' : 'ltr';
  await localeReady();
  // Elements re-render on the locale event; let their updates run.
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** The sample documents in samples/. */
export type SampleName = 'mechelen' | 'vasteras' | 'borlange';

/** The elements a test may leave on the page: the components and the boxes it put them in. */
const LEFT_BEHIND = 'civic-city-profile, civic-timeline, civic-quote, [data-test-box]';

/** After a test: removes what it put on the page and sets the page language back to English. */
export async function resetPage(): Promise<void> {
  document.querySelectorAll(LEFT_BEHIND).forEach((el) => el.remove());
  await setPageLanguage('en');
}

const samples = new Map<string, StoryDocument>();

/** A sample document from samples/ (a fresh copy each call). */
export async function sample(name: SampleName): Promise<StoryDocument> {
  if (!samples.has(name)) {
    const response = await fetch(`/samples/${name}.json`);
    samples.set(name, (await response.json()) as StoryDocument);
  }
  return structuredClone(samples.get(name)!);
}

/** The URL of a sample, for `src`. */
export const sampleUrl = (name: SampleName): string => `/samples/${name}.json`;

/** Waits for the element's next `civic-load` or `civic-error` and returns it. */
export function settled(el: HTMLElement): Promise<CustomEvent> {
  return Promise.race([oneEvent(el, 'civic-load'), oneEvent(el, 'civic-error')]) as Promise<CustomEvent>;
}

/** Appends each element to `parent` in turn with `data`; resolves once each has reported civic-load or civic-error and rendered. */
export async function appendEachSettled<T extends HTMLElement & { data: unknown; updateComplete: Promise<unknown> }>(
  parent: HTMLElement,
  elements: T[],
  data: unknown,
): Promise<T[]> {
  for (const el of elements) {
    const done = settled(el);
    el.data = data;
    parent.append(el);
    await done;
    await el.updateComplete;
  }
  return elements;
}

/** Loads `src` in a 900 × 1200 px iframe on the page, kept in `frames` for removal after the test; resolves once it has loaded. */
export async function loadFrame(src: string, frames: HTMLIFrameElement[]): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 1200px; border: 0';
  frame.src = src;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame;
}

type CivicTag = 'civic-city-profile' | 'civic-timeline' | 'civic-quote';

/** Connects a new `<tag>` with these properties (`src`, `data`, …); resolves once it has reported civic-load or civic-error and rendered. */
export async function connectAndSettle<K extends CivicTag>(
  tag: K,
  properties: Partial<HTMLElementTagNameMap[K]>,
): Promise<{ el: HTMLElementTagNameMap[K]; event: CustomEvent }> {
  const el = Object.assign(document.createElement(tag), properties);
  const settling = settled(el);
  document.body.append(el);
  const event = await settling;
  await el.updateComplete;
  return { el, event };
}

/**
 * Text of a node with markup white space collapsed (what a person reads). No-break spaces stay: they
 * are part of formatted numbers and dates (86 000 in Swedish).
 */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();
}
