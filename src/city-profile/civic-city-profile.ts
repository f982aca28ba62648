import { defineElement } from '../ui/define.js';
import { CivicCityProfile } from './city-profile.js';

export { CivicCityProfile };
export type { CityProfileVariant, FactGroup, HeadingLevel } from './city-profile.js';

defineElement('civic-city-profile', CivicCityProfile);

declare global {
  interface HTMLElementTagNameMap {
    'civic-city-profile': CivicCityProfile;
  }
}
