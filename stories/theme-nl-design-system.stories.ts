import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/city-profile/civic-city-profile.js';
import '../src/timeline/civic-timeline.js';
import '../src/quote/civic-quote.js';
// The municipality's own token CSS, as its page loads it (it names its fonts, it loads none) …
import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
// … and the theme civic-story ships, which maps those tokens onto the --civic-* tokens.
import '../themes/nl-design-system-voorbeeld.css';
import mechelen from '../samples/mechelen.json';

/**
 * The municipality's page: its theme class on a wrapper (usually <body>), and its own page styles
 * drawn from its tokens. civic-story adds only the theme file.
 */
const page = (content: unknown) =>
  html`<div
    class="voorbeeld-theme"
    style="background: var(--basis-color-default-bg-document); color: var(--basis-color-default-color-document); font-family: var(--basis-text-font-family-default); padding: 1rem; display: grid; gap: 1.5rem"
  >
    ${content}
  </div>`;

const meta: Meta = {
  title: 'Themes/NL Design System (voorbeeld)',
  parameters: {
    docs: {
      description: {
        component:
          'The three elements on a page that uses the NL Design System’s example theme (`@nl-design-system-unstable/voorbeeld-design-tokens`, class `voorbeeld-theme`), with `civic-story/themes/nl-design-system-voorbeeld.css` added: font, colours, corner radius and spacing come from the municipality’s design tokens. See *Theming*, “Your municipality’s design tokens”.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

/** Mechelen's profile, timeline and motto in the voorbeeld theme. */
export const Mechelen: Story = {
  render: () =>
    page(html`
      <civic-city-profile .data=${mechelen}></civic-city-profile>
      <civic-timeline .data=${mechelen}></civic-timeline>
      <civic-quote quote="motto" translation="toggle" .data=${mechelen}></civic-quote>
    `),
};

/** The profile alone, compact, as in a sidebar. */
export const CompactProfile: Story = {
  name: 'Compact profile',
  render: () => page(html`<civic-city-profile variant="compact" .data=${mechelen} style="max-inline-size: 22rem"></civic-city-profile>`),
};
