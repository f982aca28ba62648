// The authoring tools' translations live in their own modules (src/authoring/locales/, split off by
// `npm run localize`), so the elements' UI locale modules never carry them; so do the validator's
// (src/i18n/error-locales/), which the elements load only for an error. They are merged into the
// elements' locale templates, the objects @lit/localize reads msg() from, whichever is active or
// loads later: the authoring tools then speak the page's (or the command's) UI language.
import { templates as ar } from '../i18n/locales/ar.js';
import { templates as de } from '../i18n/locales/de.js';
import { templates as fr } from '../i18n/locales/fr.js';
import { templates as nl } from '../i18n/locales/nl.js';
import { templates as sv } from '../i18n/locales/sv.js';
import { templates as arErrors } from '../i18n/error-locales/ar.js';
import { templates as deErrors } from '../i18n/error-locales/de.js';
import { templates as frErrors } from '../i18n/error-locales/fr.js';
import { templates as nlErrors } from '../i18n/error-locales/nl.js';
import { templates as svErrors } from '../i18n/error-locales/sv.js';
import { templates as arAuthoring } from './locales/ar.js';
import { templates as deAuthoring } from './locales/de.js';
import { templates as frAuthoring } from './locales/fr.js';
import { templates as nlAuthoring } from './locales/nl.js';
import { templates as svAuthoring } from './locales/sv.js';

let merged = false;

/** Makes the authoring messages translatable; called before any of them is built. */
export function useAuthoringMessages(): void {
  if (merged) return;
  merged = true;
  // The validator's messages too (split off as src/i18n/error-locales/): the tools show them all.
  const sets: [object, ...object[]][] = [
    [ar, arAuthoring, arErrors],
    [de, deAuthoring, deErrors],
    [fr, frAuthoring, frErrors],
    [nl, nlAuthoring, nlErrors],
    [sv, svAuthoring, svErrors],
  ];
  for (const [elements, ...more] of sets) Object.assign(elements, ...more);
}
