import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { componentMeta, defineLoadingDemo, renderElement } from './support.js';
import type { DocumentArgs } from './support.js';
import '../src/timeline/civic-timeline.js';
import { CivicTimeline } from '../src/timeline/timeline.js';
import { exampleTown, generatedDocument } from '../test/fixtures/documents.js';
import borlange from '../samples/borlange.json';
import vasteras from '../samples/vasteras.json';
import { DARK, DARK_PAGE } from '../src/ui/tokens.js';

interface Args extends DocumentArgs {
  order: 'oldest' | 'newest';
  categories?: string;
  headingLevel: 2 | 3 | 4 | 5 | 6;
}

const render = renderElement<Args>('civic-timeline');

/** A dark page: it says `color-scheme: dark`, and the elements take the dark palette from it. */
const darkPage = `color-scheme: dark; background: ${DARK_PAGE}; color: ${DARK.text}; padding: 1rem`;

const meta: Meta<Args> = {
  title: 'Components/Timeline',
  ...componentMeta<Args>(
    'civic-timeline',
    'The initiatives of a story document on a vertical timeline, oldest first (or newest), undated ones last. Filter by category with the toggle buttons (several at a time); above ten initiatives a search field appears. Each entry opens to its outcome, partners and sources; **Expand all** opens them all, and print shows them all. Use the **Locale** toolbar to see dates and labels follow the page language.',
    {
      args: { order: 'oldest', headingLevel: 3, src: 'samples/mechelen.json' },
      render,
      options: { order: ['oldest', 'newest'] },
    },
  ),
};
export default meta;

type Story = StoryObj<Args>;

/** Mechelen's initiatives, loaded with `src`. The articles give no dates, so the entries are undated and keep the document's order. Fourteen initiatives bring the search field. */
export const Mechelen: Story = {
  args: { src: 'samples/mechelen.json' },
};

/** Västerås: the Bäckby work, the EST model and its partners. */
export const Vasteras: Story = {
  name: 'Västerås',
  args: { data: vasteras },
};

/** Borlänge: the partnership with Lodwar, twin towns and the partners behind each entry. */
export const Borlange: Story = {
  name: 'Borlänge',
  args: { data: borlange },
};

/** `categories="housing,education"`: the timeline starts filtered; the count says how many are shown. */
export const Filtered: Story = {
  args: { src: 'samples/mechelen.json', categories: 'housing,education' },
};

/** An invented town with every kind of date: a year, a month, a day, a range, "ongoing", only an end, and none. */
export const Dates: Story = {
  args: { data: exampleTown },
};

/** `order="newest"`: the newest first; undated initiatives stay last. */
export const NewestFirst: Story = {
  args: { data: exampleTown, order: 'newest' },
};

const thousand = generatedDocument(1000);

/**
 * 1,000 invented initiatives, generated in the story (deterministically). Every entry is in the DOM,
 * so find-in-page reaches all of them; off-screen entries skip layout until scrolled near. Try the
 * filters and the search. `npm run bench` measures this scale against static HTML.
 */
export const ThousandInitiatives: Story = {
  name: '1,000 initiatives',
  // Given in render rather than as an arg, so the catalogue does not copy it into its controls.
  render: (args) => render({ ...args, src: undefined, data: thousand }),
};

defineLoadingDemo('civic-timeline', CivicTimeline);

/**
 * While its `src` loads, the element keeps its space and is marked `aria-busy`. Shown with a subclass
 * that stays in that state, because a static catalogue cannot hold a request open.
 */
export const Loading: Story = {
  render: () => html`<civic-timeline-loading-demo data-story-loading></civic-timeline-loading-demo>`,
};

/** A document that is not valid (version 2, an initiative without a title): a localized alert with the place of each problem. */
export const ErrorState: Story = {
  name: 'Error',
  args: { data: { version: 2, initiatives: [{ id: 'no-title' }] } },
};

/** A valid document without initiatives. */
export const Empty: Story = {
  args: { data: { version: 1, city: { name: 'Borlänge', country: 'SE' } } },
};

/**
 * Dark mode follows the page's own `color-scheme`: on a page (here a wrapper) that says
 * `color-scheme: dark` the timeline is dark; a page that says nothing stays light, whatever the
 * operating system. Text and background are the page's.
 */
export const DarkMode: Story = {
  args: { data: exampleTown },
  render: (args) => html`<div style=${darkPage}>${render(args)}</div>`,
};

/**
 * Right to left: in an Arabic context (`dir="rtl"`) the line and the date column move to the right.
 * The element's own `lang="ar"` asks for Arabic content whatever the page language; its labels
 * follow the page.
 */
export const RightToLeft: Story = {
  args: { data: exampleTown, lang: 'ar' },
  render: (args) => html`<div dir="rtl" lang="ar">${render(args)}</div>`,
};
