import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './editor/civic-story-editor.js';

const meta: Meta = {
  title: 'Tools/Story editor',
  // A tool, not a component: no docs page of its own (docs/editor.md is the how-to).
  tags: ['!autodocs'],
  parameters: { layout: 'padded', controls: { disable: true }, actions: { disable: true } },
  render: () => html`<civic-story-editor></civic-story-editor>`,
};
export default meta;

/**
 * Edit a story document with completion, hover help and the validator's messages, see the three
 * widgets follow as you type, import rows from a spreadsheet, and copy the embed code.
 */
export const Editor: StoryObj = {};
