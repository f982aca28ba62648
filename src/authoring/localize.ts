// The authoring tools' translations live in their own modules (src/authoring/locales/, split off by
// `npm run localize`), so the elements' UI locale modules never carry them. They are merged into the
// elements' locale templates, the objects @lit/localize reads msg() from, whichever is active or
// loads later: the authoring tools then speak the page's (or the command's) UI language.
import { templates as ar } from '../i18n/locales/ar.js';
import { templates as de } from '../i18n/locales/de.js';
import { templates as fr } from '../i18n/locales/fr.js';
import { templates as nl } from '../i18n/locales/nl.js';
import { templates as sv } from '../i18n/locales/sv.js';
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
  const pairs: [object, object][] = [
    [ar, arAuthoring],
    [de, deAuthoring],
    [fr, frAuthoring],
    [nl, nlAuthoring],
    [sv, svAuthoring],
  ];
  for (const [elements, authoring] of pairs) Object.assign(elements, authoring);
}
