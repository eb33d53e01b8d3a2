import { defineMessages } from '../define';

/** Messages of the compare part; keys are prefixed "compare.". */
export const compareMessages = defineMessages({
  en: {},
  vi: {},
  fr: {},
});
