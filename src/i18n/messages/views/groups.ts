import { defineMessages } from '../define';

/** Messages of the groups part; keys are prefixed "groups.". */
export const groupsMessages = defineMessages({
  en: {},
  vi: {},
  fr: {},
});
