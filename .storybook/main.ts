import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The samples are served as files, so stories can load them with `src` like a page would; the
  // pictures of docs/ beside the pages that show them.
  staticDirs: [
    { from: '../samples', to: '/samples' },
    { from: '../docs/images', to: '/images' },
  ],
};

export default config;
