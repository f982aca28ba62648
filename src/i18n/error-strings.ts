// Whether the translations of the error messages (src/i18n/error-locales/) are wanted on this page.
// Each UI locale comes in two modules: its labels, loaded with the locale, and its error messages,
// loaded only once an element has a problem to show or the page imports validate() (which returns
// messages in the UI language). This flag lives apart from localization.ts so that validate() can
// set it without bringing in the locale machinery.

let wanted = false;
let listener: (() => void) | undefined;

/** Every UI locale loaded from now on brings its error messages; the active one loads them now. */
export function wantErrorStrings(): void {
  if (wanted) return;
  wanted = true;
  listener?.();
}

export const errorStringsWanted = (): boolean => wanted;

/** For localization.ts: called once when the error messages become wanted. */
export function onErrorStringsWanted(callback: () => void): void {
  listener = callback;
}
