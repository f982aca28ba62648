// What the checks find, without its text: the name of the message (a function of messages.ts) and
// the values it is built from. The elements check a document with these alone, and load messages.ts,
// the text of every problem in every language, only when there is a problem to show.
import type * as messages from './messages.js';

type Messages = typeof messages;
/** The messages of messages.ts that describe a problem (the rest are helpers that format a value). */
export type ProblemName = Exclude<keyof Messages, 'escapeInvisible' | 'shown' | 'quoted' | 'quotedInput' | 'described' | 'problemText' | 'findingMessages'>;

/** A problem: the message that says it, and its arguments. */
export interface Problem<K extends ProblemName = ProblemName> {
  readonly name: K;
  readonly args: Parameters<Messages[K]>;
}

const problem =
  <K extends ProblemName>(name: K) =>
  (...args: Parameters<Messages[K]>): Problem<K> => ({ name, args });

export const notADocument = /* @__PURE__ */ problem('notADocument');
export const missingVersion = /* @__PURE__ */ problem('missingVersion');
export const unsupportedVersion = /* @__PURE__ */ problem('unsupportedVersion');
export const missingKey = /* @__PURE__ */ problem('missingKey');
export const unknownKey = /* @__PURE__ */ problem('unknownKey');
export const forbiddenKey = /* @__PURE__ */ problem('forbiddenKey');
export const expectedObject = /* @__PURE__ */ problem('expectedObject');
export const expectedList = /* @__PURE__ */ problem('expectedList');
export const expectedString = /* @__PURE__ */ problem('expectedString');
export const expectedText = /* @__PURE__ */ problem('expectedText');
export const expectedNumberOrText = /* @__PURE__ */ problem('expectedNumberOrText');
export const notFinite = /* @__PURE__ */ problem('notFinite');
export const tooLong = /* @__PURE__ */ problem('tooLong');
export const tooManyItems = /* @__PURE__ */ problem('tooManyItems');
export const tooManyKeys = /* @__PURE__ */ problem('tooManyKeys');
export const emptyTranslations = /* @__PURE__ */ problem('emptyTranslations');
export const tooManyLanguages = /* @__PURE__ */ problem('tooManyLanguages');
export const languageTag = /* @__PURE__ */ problem('languageTag');
export const dateShape = /* @__PURE__ */ problem('dateShape');
export const dateNotInCalendar = /* @__PURE__ */ problem('dateNotInCalendar');
export const dateOrOngoing = /* @__PURE__ */ problem('dateOrOngoing');
export const endBeforeStart = /* @__PURE__ */ problem('endBeforeStart');
export const unsafeUrl = /* @__PURE__ */ problem('unsafeUrl');
export const country = /* @__PURE__ */ problem('country');
export const oneOf = /* @__PURE__ */ problem('oneOf');
export const id = /* @__PURE__ */ problem('id');
export const category = /* @__PURE__ */ problem('category');
export const factNeedsLabel = /* @__PURE__ */ problem('factNeedsLabel');
export const duplicateId = /* @__PURE__ */ problem('duplicateId');
export const unknownSource = /* @__PURE__ */ problem('unknownSource');
export const notJson = /* @__PURE__ */ problem('notJson');
export const missingValue = /* @__PURE__ */ problem('missingValue');
export const tooDeep = /* @__PURE__ */ problem('tooDeep');
export const extensionTooLarge = /* @__PURE__ */ problem('extensionTooLarge');
export const documentTooLarge = /* @__PURE__ */ problem('documentTooLarge');
export const circular = /* @__PURE__ */ problem('circular');
export const unreadable = /* @__PURE__ */ problem('unreadable');
export const moreIssues = /* @__PURE__ */ problem('moreIssues');
export const moreIssuesStopped = /* @__PURE__ */ problem('moreIssuesStopped');
export const internalError = /* @__PURE__ */ problem('internalError');
