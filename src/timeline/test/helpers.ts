// Small helpers the timeline tests share: rendering and reading the view.
import type { CivicTimeline } from '../timeline.js';

/** Creates a timeline with a document, connects it and waits for its first render. */
export async function renderTimeline(data: unknown, attributes: Record<string, string> = {}, parent: HTMLElement = document.body): Promise<CivicTimeline> {
  const el = document.createElement('civic-timeline');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.data = data;
  parent.append(el);
  await el.updateComplete;
  return el;
}

export const shadow = (el: HTMLElement): ShadowRoot => el.shadowRoot as ShadowRoot;
export const entries = (el: CivicTimeline): HTMLLIElement[] => [...shadow(el).querySelectorAll<HTMLLIElement>('li[part="entry"]')];
export const visibleEntries = (el: CivicTimeline): HTMLLIElement[] => entries(el).filter((entry) => !entry.hidden);
/** The titles of the entries, in the order shown. */
export const titles = (el: CivicTimeline): string[] => entries(el).map((entry) => entry.querySelector('[part="title"]')?.textContent?.trim() ?? '');
/** The toggle button of a category. */
export const categoryButton = (el: HTMLElement, slug: string): HTMLButtonElement =>
  shadow(el).querySelector<HTMLButtonElement>(`button[part="filter"][value="${slug}"]`) as HTMLButtonElement;
/** The "All" toggle button. */
export const allButton = (el: CivicTimeline): HTMLButtonElement =>
  shadow(el).querySelector<HTMLButtonElement>('button[part="filter"]:not([value])') as HTMLButtonElement;
const collapse = (text: string | null | undefined): string => (text ?? '').replace(/[ \t\r\n]+/g, ' ').trim();
/** The text of the visible count; only ASCII white space is collapsed, so a locale's no-break spaces stay. */
export const countText = (el: CivicTimeline): string => collapse(shadow(el).querySelector('[part="count"]')?.textContent);
/** The polite live region that announces the count after the reader filters or searches. */
export const liveRegion = (el: CivicTimeline): HTMLElement | null => shadow(el).querySelector<HTMLElement>('[role="status"]');
/** What the live region holds (what a screen reader announces): empty until the reader filters. */
export const announcement = (el: CivicTimeline): string => collapse(liveRegion(el)?.textContent);
