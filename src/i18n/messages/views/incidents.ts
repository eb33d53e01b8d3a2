import { defineMessages } from '../define';

/** Messages of the incidents part; keys are prefixed "incidents.". */
export const incidentsMessages = defineMessages({
  en: {},
  vi: {},
  fr: {},
});
