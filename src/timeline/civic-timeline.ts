import { defineElement } from '../ui/define.js';
import { CivicTimeline } from './timeline.js';

export { CivicTimeline };
export type { TimelineOrder } from './timeline.js';
export type { HeadingLevel } from '../ui/heading.js';

defineElement('civic-timeline', CivicTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'civic-timeline': CivicTimeline;
  }
}
