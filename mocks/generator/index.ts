export {
  DEFAULT_AS_OF,
  DEFAULT_MONTHS,
  DEFAULT_SEED,
  DEFAULT_SHAPE,
  Dataset,
  RECORD_CACHE_SIZE,
  generateDataset,
} from './dataset';
export { lastCompleteMonth } from './dates';
export {
  INCIDENT_CATEGORY_COUNT,
  MEDIATION_CATEGORY_COUNT,
  OUTCOME_ORDER,
  type WardMonthly,
} from './monthly';
export type {
  AreaTree,
  CustomSize,
  GenerateOptions,
  Shape,
  SizeOption,
  UnreportedWardMonth,
  WardKind,
  WardMeta,
} from './types';
