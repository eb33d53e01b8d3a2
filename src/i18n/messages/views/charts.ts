import { defineMessages } from '../define';

/** Messages of the charts part; keys are prefixed "charts.". */
export const chartsMessages = defineMessages({
  en: {},
  vi: {},
  fr: {},
});
