import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/city-profile/civic-city-profile.js';
import { CivicCityProfile } from '../src/city-profile/city-profile.js';
import { renderLoading } from '../src/ui/states.js';
import { defineElement } from '../src/ui/define.js';
import mechelen from '../samples/mechelen.json';
import { DARK, DARK_PAGE } from '../src/ui/tokens.js';

interface Args {
  src?: string;
  data?: unknown;
  variant: 'full' | 'compact';
  facts?: string;
  headingLevel: 2 | 3 | 4 | 5 | 6;
  lang?: string;
}

const render = (args: Args) =>
  html`<civic-city-profile
    src=${ifDefined(args.data === undefined ? args.src : undefined)}
    .data=${args.data}
    variant=${args.variant}
    facts=${ifDefined(args.facts || undefined)}
    heading-level=${args.headingLevel}
    lang=${ifDefined(args.lang || undefined)}
  ></civic-city-profile>`;

const meta: Meta<Args> = {
  title: 'Components/City profile',
  component: 'civic-city-profile',
  tags: ['autodocs'],
  render,
  args: { variant: 'full', headingLevel: 2, src: 'samples/mechelen.json' },
  argTypes: {
    src: { control: 'text', description: 'URL of a story document (relative to the catalogue page).' },
    data: { control: false, description: 'A story document as a JavaScript object (wins over `src`).' },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    facts: { control: 'text', description: 'Kinds of figures to show, in order: `population,nationalities,youth-share,area,police-officers,surveillance-cameras`.' },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 2, max: 6 } },
    lang: { control: 'text', description: 'Preferred language of the content (the labels follow the page).' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A fact box about the city of a story document: name, region and country, leader, summary, image and key figures, each figure with its date and a citation into the card’s own source list. Figures of one kind from different sources stand side by side. Use the **Locale** toolbar to see numbers, dates and labels follow the page language.',
      },
    },
  },
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
  args: { src: 'samples/mechelen.json', variant: 'compact' },
  render: (args) => html`<div style="max-inline-size: 22rem">${render(args)}</div>`,
  parameters: { docs: { description: { story: 'The name and the first three terms, for a sidebar; the sources of the figures shown stay cited.' } } },
};

export const Vasteras: Story = {
  name: 'Västerås',
  args: { src: 'samples/vasteras.json' },
  parameters: { docs: { description: { story: 'Figures that are words, not numbers: each keeps its own label and language.' } } },
};

export const VasterasCompact: Story = {
  name: 'Västerås, compact',
  args: { src: 'samples/vasteras.json', variant: 'compact' },
  render: (args) => html`<div style="max-inline-size: 22rem">${render(args)}</div>`,
};

export const Borlange: Story = {
  name: 'Borlänge',
  args: { src: 'samples/borlange.json' },
};

export const BorlangeCompact: Story = {
  name: 'Borlänge, compact',
  args: { src: 'samples/borlange.json', variant: 'compact' },
  render: (args) => html`<div style="max-inline-size: 22rem">${render(args)}</div>`,
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

/** A made-up city (no real place): a long name that must wrap, and every part of the card filled. */
const longCity = {
  version: 1,
  lang: 'en',
  city: {
    name: 'Sankt Kristina-by-the-Long-River-and-the-Seven-Hills Metropolitan Municipality',
    country: 'SE',
    region: { en: 'An example region', sv: 'En exempelregion', nl: 'Een voorbeeldregio' },
    summary: {
      en: 'An invented city for the catalogue, to show how the card holds a long name and many figures. None of these numbers describe a real place.',
      sv: 'En påhittad stad för katalogen, för att visa hur kortet klarar ett långt namn och många uppgifter. Inga av siffrorna beskriver en verklig plats.',
    },
    leader: { name: 'Alexandra Maria Johansson-Van den Bossche', role: { en: 'Chair of the municipal executive board', sv: 'Kommunstyrelsens ordförande' }, since: '2014-01', until: '2022-12' },
    facts: [
      { kind: 'population', value: 1234567, asOf: '2024-12-31', sources: ['register'] },
      { kind: 'area', value: 1042.7, asOf: '2023', sources: ['register'] },
      { kind: 'youth-share', value: 18.4, asOf: '2024', sources: ['register'] },
      { kind: 'nationalities', value: 172, asOf: '2022', sources: ['register'] },
      { kind: 'nationalities', value: 180, approx: 'more-than', sources: ['newspaper'], note: { en: 'A rounder figure from a newspaper interview.' } },
      { kind: 'police-officers', value: 2100, approx: 'about', asOf: '2023-06', sources: ['newspaper'] },
      { kind: 'surveillance-cameras', value: 50, approx: 'less-than', sources: ['newspaper'] },
      { label: { en: 'libraries open on Sundays', sv: 'bibliotek som har söndagsöppet' }, value: 14, sources: ['register'] },
      { label: { en: 'share of residents who trust the council', sv: 'andel invånare som litar på kommunen' }, value: 0.5, unit: 'percent', approx: 'more-than', sources: ['survey'] },
      { label: { en: 'motto', sv: 'motto' }, value: { en: 'A city for everyone', sv: 'En stad för alla' }, sources: ['survey'] },
    ],
    links: [
      { href: 'https://example.org/', label: { en: 'City website (example)', sv: 'Stadens webbplats (exempel)' } },
      { href: 'https://example.org/open-data', label: { en: 'Open data (example)', sv: 'Öppna data (exempel)' } },
    ],
  },
  sources: [
    { id: 'register', title: 'Population register, annual statistics (example)', publisher: 'Example statistics office', url: 'https://example.org/statistics', date: '2025-02' },
    { id: 'newspaper', title: 'Interview with the chair (example)', publisher: 'Example Daily', date: '2024-05-14', lang: 'sv' },
    { id: 'survey', title: 'Residents’ survey (example)' },
  ],
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

/**
 * The loading view as the element shows it while its `src` request is under way. A static
 * catalogue cannot hold a request open, so this story uses a subclass whose view stays in that
 * state; the view itself is the element's own.
 */
class CityProfileLoadingDemo extends CivicCityProfile {
  protected override render() {
    return renderLoading();
  }
}
defineElement('civic-city-profile-loading-demo', CityProfileLoadingDemo);

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
