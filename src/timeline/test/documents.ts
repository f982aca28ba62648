// Story documents and small helpers the timeline tests share.
import type { Initiative, StoryDocument } from '../../schema/index.js';
import type { CivicTimeline } from '../timeline.js';

/**
 * Seven initiatives in no particular order: every date precision, a range, "ongoing", an end without a
 * start, a tie (two starts in October 2016) and two undated entries.
 */
export function datedDocument(): StoryDocument {
  return {
    version: 1,
    lang: 'en',
    sources: [{ id: 'report', title: 'Annual report', publisher: 'City council', url: 'https://example.org/report', date: '2019-03' }],
    initiatives: [
      { id: 'safe-streets', title: 'Safe streets', start: '2018-10-15', category: 'safety', status: 'done' },
      { id: 'undated-housing', title: 'Housing without a date', category: 'housing' },
      {
        id: 'mixed-neighbourhoods',
        title: { en: 'Mixed neighbourhoods', nl: 'Gemengde wijken' },
        start: '2001',
        end: '2004',
        category: 'housing',
        status: 'done',
        summary: { en: 'Investing in the poorer neighbourhoods.', nl: 'Investeren in de armere wijken.' },
        outcome: { en: 'Fewer people moved away.', nl: 'Minder mensen verhuisden.' },
        partners: ['Housing association', 'Schools'],
        sources: ['report'],
      },
      { id: 'school-choice', title: 'School choice', start: '2016-10', end: 'ongoing', category: 'education', status: 'ongoing' },
      { id: 'school-tie', title: 'Parents’ network', start: '2016-10', category: 'education' },
      { id: 'undated-other', title: 'Another without a date' },
      { id: 'ends-only', title: 'Street workers', end: '2010', category: 'youth', summary: 'Youth workers follow children at school.' },
    ],
  } as StoryDocument;
}

/** Ids in oldest-first order: dated by start (or end), ties in document order, undated last. */
export const OLDEST = ['mixed-neighbourhoods', 'ends-only', 'school-choice', 'school-tie', 'safe-streets', 'undated-housing', 'undated-other'];
/** Ids in newest-first order. */
export const NEWEST = ['safe-streets', 'school-choice', 'school-tie', 'ends-only', 'mixed-neighbourhoods', 'undated-housing', 'undated-other'];

const CATEGORIES = ['housing', 'education', 'safety', 'youth'];

/** A document of `count` initiatives (more than 10 brings the search field). */
export function manyDocument(count: number): StoryDocument {
  const initiatives: Initiative[] = [];
  for (let i = 0; i < count; i++) {
    initiatives.push({
      id: `initiative-${i}`,
      title: { en: `Initiative ${i + 1}`, nl: `Initiatief ${i + 1}` },
      start: `${2000 + (i % 20)}`,
      category: CATEGORIES[i % CATEGORIES.length],
      summary: { en: `Summary of initiative ${i + 1}.`, nl: `Samenvatting van initiatief ${i + 1}.` },
    });
  }
  return { version: 1, lang: 'en', initiatives } as StoryDocument;
}

/** Creates a timeline with a document, connects it and waits for its first render. */
export async function renderTimeline(data: unknown, attributes: Record<string, string> = {}, parent: HTMLElement = document.body): Promise<CivicTimeline> {
  const el = document.createElement('civic-timeline');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.data = data;
  parent.append(el);
  await el.updateComplete;
  return el;
}

export const shadow = (el: CivicTimeline): ShadowRoot => el.shadowRoot as ShadowRoot;
export const entries = (el: CivicTimeline): HTMLLIElement[] => [...shadow(el).querySelectorAll<HTMLLIElement>('li[part="entry"]')];
export const visibleEntries = (el: CivicTimeline): HTMLLIElement[] => entries(el).filter((entry) => !entry.hidden);
/** The titles of the entries, in the order shown. */
export const titles = (el: CivicTimeline): string[] => entries(el).map((entry) => entry.querySelector('[part="title"]')?.textContent?.trim() ?? '');
/** The toggle button of a category. */
export const categoryButton = (el: CivicTimeline, slug: string): HTMLButtonElement =>
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
