import { defineMessages } from '../define';

/** Messages of the tables part; keys are prefixed "tables.". */
export const tablesMessages = defineMessages({
  en: {},
  vi: {},
  fr: {},
});
