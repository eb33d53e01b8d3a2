import { defineMessages } from '../define';

/** Messages of the wards part; keys are prefixed "wards.". */
export const wardsMessages = defineMessages({
  en: {},
  vi: {},
  fr: {},
});
