import { defineMessages } from '../define';

/** Messages of the patrols part; keys are prefixed "patrols.". */
export const patrolsMessages = defineMessages({
  en: {},
  vi: {},
  fr: {},
});
