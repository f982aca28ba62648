import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/timeline/civic-timeline.js';
import { CivicTimeline } from '../src/timeline/timeline.js';
import { renderLoading } from '../src/ui/states.js';
import { defineElement } from '../src/ui/define.js';
import borlange from '../samples/borlange.json';
import vasteras from '../samples/vasteras.json';
import { DARK, DARK_PAGE } from '../src/ui/tokens.js';

interface Args {
  src?: string;
  data?: unknown;
  order: 'oldest' | 'newest';
  categories?: string;
  headingLevel: 2 | 3 | 4 | 5 | 6;
  lang?: string;
}

const render = (args: Args) =>
  html`<civic-timeline
    src=${ifDefined(args.data === undefined ? args.src : undefined)}
    .data=${args.data}
    order=${args.order}
    categories=${ifDefined(args.categories || undefined)}
    heading-level=${args.headingLevel}
    lang=${ifDefined(args.lang || undefined)}
  ></civic-timeline>`;

/**
 * An invented town (not one of the seed cities: the seed articles give no dates) whose initiatives
 * show every kind of date: a year, a month, a day, a range, "ongoing", only an end, and none.
 */
const exampleTown = {
  version: 1,
  lang: 'en',
  sources: [
    { id: 'council-report', title: 'Annual report of the town council', publisher: 'Example Town', date: '2023-03' },
    { id: 'evaluation', title: 'Evaluation of the neighbourhood programme', publisher: 'Example University', date: '2022-11-30' },
  ],
  initiatives: [
    {
      id: 'school-choice',
      title: {
        en: 'Parents choose the school nearest home',
        nl: 'Ouders kiezen de school het dichtst bij huis',
        sv: 'Föräldrar väljer skolan närmast hemmet',
        fr: 'Les parents choisissent l’école la plus proche',
        de: 'Eltern wählen die nächstgelegene Schule',
        ar: 'الأهالي يختارون أقرب مدرسة إلى البيت',
      },
      start: '2016-10',
      end: 'ongoing',
      category: 'education',
      status: 'ongoing',
      summary: {
        en: 'Groups of parents enrol their children together in the neighbourhood school.',
        nl: 'Groepen ouders schrijven hun kinderen samen in de buurtschool in.',
        sv: 'Grupper av föräldrar skriver in sina barn tillsammans i närskolan.',
        fr: 'Des groupes de parents inscrivent ensemble leurs enfants à l’école du quartier.',
        de: 'Elterngruppen melden ihre Kinder gemeinsam an der Schule im Viertel an.',
        ar: 'تسجّل مجموعات من الأهالي أطفالها معًا في مدرسة الحي.',
      },
      outcome: {
        en: 'The schools of the town centre mirror its population again.',
        nl: 'De scholen in het centrum weerspiegelen opnieuw de bevolking.',
        sv: 'Skolorna i centrum speglar åter befolkningen.',
        fr: 'Les écoles du centre reflètent de nouveau sa population.',
        de: 'Die Schulen der Innenstadt spiegeln wieder ihre Bevölkerung.',
        ar: 'أصبحت مدارس وسط المدينة تعكس سكانها من جديد.',
      },
      partners: ['Parents’ association', 'School board'],
      sources: ['council-report'],
    },
    {
      id: 'neighbourhood-programme',
      title: {
        en: 'Renovating the poorest neighbourhoods',
        nl: 'De armste wijken renoveren',
        sv: 'Renovering av de fattigaste kvarteren',
        fr: 'Rénover les quartiers les plus pauvres',
        de: 'Die ärmsten Viertel erneuern',
        ar: 'تجديد أفقر الأحياء',
      },
      start: '2001',
      end: '2008',
      category: 'housing',
      status: 'done',
      summary: {
        en: 'Streets, parks and homes were renewed so that families with a choice stay.',
        nl: 'Straten, parken en woningen werden vernieuwd zodat gezinnen met een keuze blijven.',
        sv: 'Gator, parker och bostäder förnyades så att familjer med ett val stannar kvar.',
        fr: 'Rues, parcs et logements ont été rénovés pour que les familles qui ont le choix restent.',
        de: 'Straßen, Parks und Wohnungen wurden erneuert, damit Familien mit einer Wahl bleiben.',
        ar: 'جُدّدت الشوارع والحدائق والمساكن كي تبقى العائلات القادرة على الاختيار.',
      },
      sources: ['evaluation'],
    },
    {
      id: 'street-festival',
      title: {
        en: 'A street festival for every neighbourhood',
        nl: 'Een straatfeest in elke wijk',
        sv: 'En gatufest i varje kvarter',
        fr: 'Une fête de rue dans chaque quartier',
        de: 'Ein Straßenfest in jedem Viertel',
        ar: 'مهرجان شارع في كل حي',
      },
      start: '2018-06-15',
      category: 'public-space',
      status: 'done',
    },
    {
      id: 'youth-centres',
      title: {
        en: 'Nine centres for after-school activities',
        nl: 'Negen centra voor naschoolse activiteiten',
        sv: 'Nio center för fritidsaktiviteter efter skolan',
        fr: 'Neuf centres d’activités périscolaires',
        de: 'Neun Zentren für Nachmittagsangebote',
        ar: 'تسعة مراكز لأنشطة ما بعد المدرسة',
      },
      start: '2012-09',
      end: '2020-06',
      category: 'youth',
      status: 'done',
    },
    {
      id: 'police-diversity',
      title: {
        en: 'A police force that looks like the town',
        nl: 'Een politiekorps dat op de stad lijkt',
        sv: 'En polis som speglar staden',
        fr: 'Une police à l’image de la ville',
        de: 'Eine Polizei, die der Stadt gleicht',
        ar: 'شرطة تشبه سكان المدينة',
      },
      end: '2030',
      category: 'policing',
      status: 'planned',
    },
    {
      id: 'twin-towns',
      title: {
        en: 'Twin towns on three continents',
        nl: 'Zustersteden op drie continenten',
        sv: 'Vänorter på tre kontinenter',
        fr: 'Des villes jumelles sur trois continents',
        de: 'Partnerstädte auf drei Kontinenten',
        ar: 'مدن توأمة في ثلاث قارات',
      },
      category: 'international',
      partners: ['Larvik', 'Wuhan', 'Lodwar'],
    },
  ],
};

/** A deterministic document of `count` invented initiatives in English and Dutch, for scale. */
function generatedDocument(count: number) {
  let seed = 42;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const categories = ['housing', 'education', 'safety', 'public-space', 'civil-society', 'youth', 'welfare', 'partnership'] as const;
  const en = ['library', 'school', 'park', 'youth centre', 'language course', 'sports club', 'market', 'mentoring', 'street festival', 'housing block'];
  const nl = ['bibliotheek', 'school', 'park', 'jeugdhuis', 'taalcursus', 'sportclub', 'markt', 'mentoraat', 'straatfeest', 'woonblok'];
  const pad = (n: number): string => String(n).padStart(2, '0');
  const initiatives = Array.from({ length: count }, (_, i) => {
    const year = 1990 + Math.floor(random() * 35);
    const precision = random();
    const month = pad(1 + Math.floor(random() * 12));
    const start = i % 25 === 24 ? undefined : precision < 0.3 ? `${year}` : precision < 0.7 ? `${year}-${month}` : `${year}-${month}-${pad(1 + Math.floor(random() * 28))}`;
    const word = Math.floor(random() * en.length);
    const ending = random();
    return {
      id: `initiative-${i + 1}`,
      title: { en: `A new ${en[word]} (${i + 1})`, nl: `Een nieuwe ${nl[word]} (${i + 1})` },
      start,
      end: start && ending < 0.25 ? 'ongoing' : start && ending < 0.5 ? `${year + 1 + Math.floor(random() * 5)}` : undefined,
      category: pick(categories),
      status: pick(['planned', 'ongoing', 'done'] as const),
      summary: { en: `Invented initiative number ${i + 1}, to show the timeline at scale.`, nl: `Verzonnen initiatief nummer ${i + 1}, om de tijdlijn op schaal te tonen.` },
      outcome: i % 3 === 0 ? { en: `Outcome of initiative ${i + 1}.`, nl: `Resultaat van initiatief ${i + 1}.` } : undefined,
    };
  });
  // JSON has no undefined: drop the keys, as a document from a file would not have them.
  return JSON.parse(JSON.stringify({ version: 1, lang: 'en', initiatives })) as unknown;
}

/** A dark page: it says `color-scheme: dark`, and the elements take the dark palette from it. */
const darkPage = `color-scheme: dark; background: ${DARK_PAGE}; color: ${DARK.text}; padding: 1rem`;

const meta: Meta<Args> = {
  title: 'Components/Timeline',
  component: 'civic-timeline',
  tags: ['autodocs'],
  render,
  args: { order: 'oldest', headingLevel: 3, src: 'samples/mechelen.json' },
  argTypes: {
    src: { control: 'text', description: 'URL of a story document (relative to the catalogue page).' },
    data: { control: false, description: 'A story document as a JavaScript object (wins over `src`).' },
    order: { control: 'inline-radio', options: ['oldest', 'newest'] },
    categories: { control: 'text', description: 'The initial category filter, e.g. `housing,education`.' },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 2, max: 6 } },
    lang: { control: 'text', description: 'Preferred language of the content (the labels follow the page).' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The initiatives of a story document on a vertical timeline, oldest first (or newest), undated ones last. Filter by category with the toggle buttons (several at a time); above ten initiatives a search field appears. Each entry opens to its outcome, partners and sources; **Expand all** opens them all, and print shows them all. Use the **Locale** toolbar to see dates and labels follow the page language.',
      },
    },
  },
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

class TimelineLoadingDemo extends CivicTimeline {
  protected override render() {
    return renderLoading();
  }
}
defineElement('civic-timeline-loading-demo', TimelineLoadingDemo);

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
