import { defineElement } from '../ui/define.js';
import { CivicTimeline } from './timeline.js';

export { CivicTimeline };
export type { HeadingLevel, TimelineOrder } from './timeline.js';

defineElement('civic-timeline', CivicTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'civic-timeline': CivicTimeline;
  }
}
