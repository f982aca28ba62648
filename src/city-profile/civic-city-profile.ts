import { defineElement } from '../ui/define.js';
import { CivicCityProfile } from './city-profile.js';

export { CivicCityProfile };
export type { CityProfileVariant, FactGroup } from './city-profile.js';
export type { HeadingLevel } from '../ui/heading.js';

defineElement('civic-city-profile', CivicCityProfile);

declare global {
  interface HTMLElementTagNameMap {
    'civic-city-profile': CivicCityProfile;
  }
}
