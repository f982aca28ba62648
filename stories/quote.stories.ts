import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { componentMeta, defineLoadingDemo } from './support.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CivicQuote } from '../src/quote/civic-quote.js';
import mechelen from '../samples/mechelen.json';
import borlange from '../samples/borlange.json';
import vasteras from '../samples/vasteras.json';
import { DARK, DARK_PAGE } from '../src/ui/tokens.js';

interface QuoteArgs {
  quote?: string;
  translation: 'shown' | 'toggle' | 'hidden';
  variant: 'block' | 'pull';
}

type SampleDocument = typeof mechelen | typeof borlange | typeof vasteras;

const kisSource = mechelen.sources.filter((source) => source.id === 'kis-tien-vragen');
const motto = mechelen.quotes.find((quote) => quote.id === 'motto') ?? mechelen.quotes[0];

/**
 * The Mechelen motto with translations into every UI language (the translations are ours; the Dutch
 * original is from the interview), so the translation modes show on every page language but Dutch.
 */
const mottoEverywhere = {
  version: 1,
  lang: 'nl',
  quotes: [
    {
      ...motto,
      text: {
        nl: 'Niet je afkomst, maar je toekomst telt.',
        en: 'It is not your origin but your future that counts.',
        sv: 'Det är inte ditt ursprung utan din framtid som räknas.',
        fr: 'Ce n’est pas ton origine qui compte, mais ton avenir.',
        de: 'Nicht deine Herkunft zählt, sondern deine Zukunft.',
        ar: 'ليس أصلك ما يهم، بل مستقبلك.',
      },
      author: {
        name: 'Bart Somers',
        role: {
          nl: 'burgemeester van Mechelen',
          en: 'Mayor of Mechelen',
          sv: 'borgmästare i Mechelen',
          fr: 'bourgmestre de Malines',
          de: 'Bürgermeister von Mechelen',
          ar: 'عمدة مدينة ميخلن',
        },
      },
    },
  ],
  sources: kisSource,
};

/** Two paragraphs of Somers' answers in the interview, with our English translation. */
const longQuote = {
  version: 1,
  lang: 'nl',
  quotes: [
    {
      id: 'inclusive-society',
      lang: 'nl',
      text: {
        nl: 'In Mechelen werken we hard aan een inclusieve maatschappij. Daarmee bedoel ik niet alleen mezelf en mijn stadsdiensten, ook elke inwoner van mijn stad werkt daaraan mee. Los van hun achtergrond, leeftijd of gender. Voor mij geldt: niet je afkomst maar je toekomst telt. Dat iedereen, los van zijn oorsprong, ouders of religie dezelfde kansen krijgt in de samenleving.\n\nAlle inwoners zijn vanaf hun jeugd betrokken in sociale programma’s. Jongeren maken 22 procent uit van de bevolking in Mechelen. Dat maakt ons een van de jongste Vlaamse steden. De stad voorziet negen speciale centra die naschoolse activiteiten organiseert voor kwetsbare kinderen. Daarnaast werken we ook met jeugdwerkers en straathoekwerkers die kinderen opvolgen op school. Wanneer ze beginnen met spijbelen of slechte cijfers halen spreken ze met deze jongeren en proberen ze hen te motiveren om de beste keuze te maken. Om het beste van hun leven te maken.',
        en: 'In Mechelen we work hard on an inclusive society. By that I do not only mean myself and my city services: every inhabitant of my city contributes to it too, regardless of their background, age or gender. For me, what counts is not your origin but your future: that everyone, whatever their origin, parents or religion, gets the same chances in society.\n\nAll inhabitants are involved in social programmes from their youth. Young people make up 22 percent of the population of Mechelen, which makes us one of the youngest Flemish cities. The city provides nine special centres that organise after-school activities for vulnerable children. We also work with youth workers and street workers who follow children up at school. When they start skipping school or getting bad marks, they talk to these young people and try to motivate them to make the best choice. To make the best of their lives.',
      },
      author: motto.author,
      context: {
        nl: 'Op de vraag waaruit blijkt dat zijn integratiebeleid succesvol is.',
        en: 'Asked what shows that his integration policy is successful.',
      },
      sources: ['kis-tien-vragen'],
    },
  ],
  sources: kisSource,
};

/** A dark page: it says `color-scheme: dark`, and the elements take the dark palette from it. */
const darkPage = `color-scheme: dark; background: ${DARK_PAGE}; color: ${DARK.text}; padding: 1rem`;

const allQuotes = (document: SampleDocument, args: QuoteArgs) =>
  html`<div style="display: grid; gap: 1.5rem">
    ${document.quotes.map(
      (quote) =>
        html`<civic-quote quote=${quote.id} translation=${args.translation} variant=${args.variant} .data=${document}></civic-quote>`,
    )}
  </div>`;

const meta: Meta<QuoteArgs> = {
  title: 'Components/Quote',
  ...componentMeta<QuoteArgs>(
    'civic-quote',
    'A quote in its original language, with its author and source. On a page in another language, a translation into that language is shown under the original when the document has one. Switch the page language with the **Locale** menu in the toolbar.',
    {
      args: { translation: 'shown', variant: 'block' },
      render: (args) =>
        html`<civic-quote src="samples/mechelen.json" quote=${ifDefined(args.quote)} translation=${args.translation} variant=${args.variant}></civic-quote>`,
      options: { translation: ['shown', 'toggle', 'hidden'], variant: ['block', 'pull'] },
    },
  ),
};

export default meta;
type Story = StoryObj<QuoteArgs>;

/** Mechelen's motto, loaded with `src`: the Dutch original, marked `lang="nl"`, and the translation for the page's language. */
export const MechelenMotto: Story = {
  args: { quote: 'motto' },
};

/** Jan Bohman, Borlänge: a Swedish original with Swedish quotation marks (”…”). */
export const BorlangeBohman: Story = {
  args: { quote: 'bohman-kunskap' },
  render: (args) =>
    html`<civic-quote quote=${ifDefined(args.quote)} translation=${args.translation} variant=${args.variant} .data=${borlange}></civic-quote>`,
};

/** Every quote in the Mechelen sample. */
export const AllMechelenQuotes: Story = {
  render: (args) => allQuotes(mechelen, args),
};

/** Every quote in the Borlänge sample. */
export const AllBorlangeQuotes: Story = {
  render: (args) => allQuotes(borlange, args),
};

/** Every quote in the Västerås sample. */
export const AllVasterasQuotes: Story = {
  render: (args) => allQuotes(vasteras, args),
};

const everywhere = (args: QuoteArgs) =>
  html`<civic-quote translation=${args.translation} variant=${args.variant} .data=${mottoEverywhere}></civic-quote>`;

/** `translation="shown"` (the default): the translation under the original, labelled with the original's language. On a Dutch page there is nothing to translate. */
export const TranslationShown: Story = {
  args: { translation: 'shown' },
  render: everywhere,
};

/** `translation="toggle"`: a button with `aria-pressed` switches between the original and the translation. */
export const TranslationToggle: Story = {
  args: { translation: 'toggle' },
  render: everywhere,
};

/** `translation="hidden"`: the original only, with a note of its language for readers of another language. */
export const TranslationHidden: Story = {
  args: { translation: 'hidden' },
  render: everywhere,
};

/** `variant="pull"`: the large, centred pull quote for articles. */
export const PullQuote: Story = {
  args: { quote: 'motto', variant: 'pull' },
};

/** `variant="block"` (the default), in a narrow 240px column: container queries tighten the spacing. */
export const NarrowBlock: Story = {
  args: { quote: 'motto', variant: 'block' },
  render: (args) =>
    html`<div style="inline-size: 240px">
      <civic-quote src="samples/mechelen.json" quote=${ifDefined(args.quote)} translation=${args.translation} variant=${args.variant}></civic-quote>
    </div>`,
};

/**
 * No JSON at all: the element styles the `<blockquote>` it wraps. The same markup is what readers
 * see without JavaScript. This is the simplest embed for a blog.
 */
export const LightDomOnly: Story = {
  render: (args) =>
    html`<civic-quote variant=${args.variant}>
      <blockquote lang="nl">
        <p>Niet je afkomst, maar je toekomst telt.</p>
      </blockquote>
      <p>— Bart Somers, mayor of Mechelen, in <cite lang="nl">Beste burgemeester ter wereld</cite></p>
    </civic-quote>`,
};

/** A quote of two paragraphs: the marks open the first and close the last. */
export const LongQuote: Story = {
  render: (args) => html`<civic-quote translation=${args.translation} variant=${args.variant} .data=${longQuote}></civic-quote>`,
};

defineLoadingDemo('civic-quote', CivicQuote);

/**
 * While its `src` loads, the element reserves its space (`--civic-loading-size`) and is `aria-busy`.
 * Shown with a subclass that stays in that state.
 */
export const Loading: Story = {
  render: (args) => html`<civic-quote-loading-demo data-story-loading variant=${args.variant}></civic-quote-loading-demo>`,
};

/** A document that is not valid (version 2): a localized alert with the place of each problem. */
export const ErrorState: Story = {
  name: 'Error',
  render: (args) => html`<civic-quote translation=${args.translation} variant=${args.variant} .data=${{ version: 2, quotes: [] }}></civic-quote>`,
};

/** A valid document without quotes. */
export const Empty: Story = {
  render: (args) => html`<civic-quote variant=${args.variant} .data=${{ version: 1, city: { name: 'Mechelen', country: 'BE' } }}></civic-quote>`,
};

/** A `quote` id that the document does not have: the message names it. */
export const UnknownQuote: Story = {
  args: { quote: 'no-such-quote' },
};

/**
 * Dark mode follows the page's own `color-scheme`: on a page (here a wrapper) that says
 * `color-scheme: dark` the quote is dark; a page that says nothing stays light, whatever the
 * operating system. Text and background are the page's.
 */
export const DarkMode: Story = {
  args: { translation: 'toggle' },
  render: (args) =>
    html`<div style=${darkPage}>
      <civic-quote translation=${args.translation} variant=${args.variant} .data=${mottoEverywhere}></civic-quote>
    </div>`,
};

/**
 * Right to left: in an Arabic context (`dir="rtl"`), the rule moves to the right; the Dutch original
 * keeps its own direction, and the Arabic translation gets Arabic quotation marks. The element's own
 * `lang="ar"` asks for Arabic content whatever the page language.
 */
export const RightToLeft: Story = {
  render: (args) =>
    html`<div dir="rtl" lang="ar">
      <civic-quote lang="ar" translation=${args.translation} variant=${args.variant} .data=${mottoEverywhere}></civic-quote>
    </div>`,
};
