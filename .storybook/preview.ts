import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import manifest from '../dist/custom-elements.json';

setCustomElementsManifest(manifest);

const LOCALES = [
  { value: 'en', title: 'English' },
  { value: 'nl', title: 'Nederlands' },
  { value: 'sv', title: 'Svenska' },
  { value: 'fr', title: 'Français' },
  { value: 'de', title: 'Deutsch' },
  { value: 'ar', title: 'العربية', right: 'RTL' },
];

const preview: Preview = {
  // Every component gets a docs page from its JSDoc (through the manifest above) and its stories.
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Page language (<html lang> and dir): the components follow it',
      toolbar: { title: 'Locale', icon: 'globe', items: LOCALES, dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'en' },
  decorators: [
    (story, context) => {
      const locale = (context.globals['locale'] as string | undefined) ?? 'en';
      // The components follow <html lang> like on a real page; Arabic pages are right to left.
      document.documentElement.lang = locale;
      document.documentElement.dir = locale === 'ar' ? 'rtl' : 'ltr';
      return story();
    },
  ],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    a11y: {
      // Violations fail the story's accessibility test, not just show in the panel.
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } },
    },
    docs: { toc: true },
  },
};

export default preview;
