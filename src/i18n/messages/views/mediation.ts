import { defineMessages } from '../define';

/** Messages of the mediation part; keys are prefixed "mediation.". */
export const mediationMessages = defineMessages({
  en: {},
  vi: {},
  fr: {},
});
