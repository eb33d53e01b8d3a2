import { defineMessages } from '../define';

/** Messages of the area part; keys are prefixed "area.". */
export const areaMessages = defineMessages({
  en: {},
  vi: {},
  fr: {},
});
