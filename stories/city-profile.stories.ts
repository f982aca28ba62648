import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { componentMeta, defineLoadingDemo, renderElement } from './support.js';
import type { DocumentArgs } from './support.js';
import '../src/city-profile/civic-city-profile.js';
import { CivicCityProfile } from '../src/city-profile/city-profile.js';
import { longCity } from '../test/fixtures/documents.js';
import mechelen from '../samples/mechelen.json';
import { DARK, DARK_PAGE } from '../src/ui/tokens.js';

interface Args extends DocumentArgs {
  variant: 'full' | 'compact';
  facts?: string;
  headingLevel: 2 | 3 | 4 | 5 | 6;
}

const render = renderElement<Args>('civic-city-profile');

/** A card in a sidebar-wide column. */
const inSidebar = (args: Args) => html`<div style="max-inline-size: 22rem">${render(args)}</div>`;
/** The compact card of the document at `src`, in a sidebar-wide column. */
const compactInSidebar = (src: string): Pick<Story, 'args' | 'render'> => ({ args: { src, variant: 'compact' }, render: inSidebar });

const meta: Meta<Args> = {
  title: 'Components/City profile',
  ...componentMeta<Args>(
    'civic-city-profile',
    'A fact box about the city of a story document: name, region and country, leader, summary, image and key figures, each figure with its date and a citation into the card’s own source list. Figures of one kind from different sources stand side by side. Use the **Locale** toolbar to see numbers, dates and labels follow the page language.',
    {
      args: { variant: 'full', headingLevel: 2, src: 'samples/mechelen.json' },
      render,
      options: { variant: ['full', 'compact'] },
    },
  ),
};
export default meta;

type Story = StoryObj<Args>;

export const Mechelen: Story = {
  args: { src: 'samples/mechelen.json' },
  parameters: {
    docs: {
      description: {
        story:
          'Mechelen’s 128, 131 and 138 nationalities: three statements from the same interview under one term, each with its note and citation.',
      },
    },
  },
};

export const MechelenCompact: Story = {
  name: 'Mechelen, compact',
  ...compactInSidebar('samples/mechelen.json'),
  parameters: { docs: { description: { story: 'The name and the first three terms, for a sidebar; the sources of the figures shown stay cited.' } } },
};

export const Vasteras: Story = {
  name: 'Västerås',
  args: { src: 'samples/vasteras.json' },
  parameters: { docs: { description: { story: 'Figures that are words, not numbers: each keeps its own label and language.' } } },
};

export const VasterasCompact: Story = {
  name: 'Västerås, compact',
  ...compactInSidebar('samples/vasteras.json'),
};

export const Borlange: Story = {
  name: 'Borlänge',
  args: { src: 'samples/borlange.json' },
};

export const BorlangeCompact: Story = {
  name: 'Borlänge, compact',
  ...compactInSidebar('samples/borlange.json'),
};

export const ChosenFacts: Story = {
  name: 'Chosen facts',
  args: { data: mechelen, facts: 'youth-share,population,nationalities' },
  parameters: {
    docs: {
      description: {
        story: '`facts="youth-share,population,nationalities"` chooses these kinds and this order; the source list holds only what they cite.',
      },
    },
  },
};

export const LongNameManyFacts: Story = {
  name: 'Long name, many facts',
  args: { data: longCity },
  parameters: {
    docs: { description: { story: 'An invented city: the name wraps, the figures run in one to three columns with the card’s width, every figure is dated and cited.' } },
  },
};

export const Narrow: Story = {
  name: 'Narrow (280 px)',
  args: { data: longCity },
  render: (args) => html`<div style="inline-size: 280px">${render(args)}</div>`,
};

export const NarrowCompact: Story = {
  name: 'Narrow (280 px), compact, figures in words',
  args: { src: 'samples/vasteras.json', variant: 'compact' },
  render: (args) => html`<div style="inline-size: 280px">${render(args)}</div>`,
  parameters: {
    docs: { description: { story: 'Numbers stand beside their term; figures that are words stand under it, so a term is never squeezed.' } },
  },
};

defineLoadingDemo('civic-city-profile', CivicCityProfile);

export const Loading: Story = {
  render: (args) =>
    html`<civic-city-profile-loading-demo data-story-loading variant=${args.variant}></civic-city-profile-loading-demo>`,
  parameters: {
    docs: {
      description: {
        story:
          'While the document loads, the card keeps its space (`--civic-loading-size`, 20rem; 10rem for `compact`) and is marked `aria-busy`. Shown here with a subclass that stays in that state, because a static catalogue cannot hold a request open.',
      },
    },
  },
};

export const ErrorState: Story = {
  name: 'Error',
  args: { data: { version: 1, city: { name: 'Mechelen', contry: 'BE', facts: [{ value: 86000 }] } } },
  parameters: {
    docs: { description: { story: 'An invalid document: the shared error view lists the path of each problem (here a misspelt key and a figure with neither kind nor label).' } },
  },
};

export const Empty: Story = {
  args: { data: { version: 1, lang: 'en', quotes: [{ id: 'q', text: 'A quote, but no city.', author: { name: 'Someone' } }] } },
  parameters: { docs: { description: { story: 'A valid document without a `city`: a short message.' } } },
};

/** A dark page: it says `color-scheme: dark`, and the elements take the dark palette from it. */
const darkPage = `color-scheme: dark; background: ${DARK_PAGE}; color: ${DARK.text}; padding: 1rem`;

export const DarkMode: Story = {
  name: 'Dark mode',
  args: { src: 'samples/mechelen.json' },
  render: (args) => html`<div style=${darkPage}>${render(args)}</div>`,
  parameters: {
    docs: {
      description: {
        story:
          'The card follows the page’s own `color-scheme`: on a page (here a wrapper) that says `color-scheme: dark`, it is dark; a page that says `light dark` follows the operating system; a page that says nothing stays light. Text is in the page’s colour, the background the page’s.',
      },
    },
  },
};

export const RightToLeft: Story = {
  name: 'Right to left',
  args: { src: 'samples/mechelen.json' },
  render: (args) => html`<div dir="rtl" lang="ar">${render(args)}</div>`,
  parameters: {
    docs: {
      description: {
        story:
          'In a right-to-left region the card mirrors (logical properties, grid areas). Choose العربية in the **Locale** toolbar for Arabic labels, numbers and dates; the content stays in the languages the document has.',
      },
    },
  },
};
