// The contract's fixed vocabularies (src/api/schemas.ts builds its enums from them), apart from
// the schemas so code that needs only the lists, like the embedded mock's Web Worker, does not
// pull in zod.

export const areaLevels = ['country', 'province', 'district', 'ward'] as const;

export const groupTypes = [
  'security_order',
  'fire_prevention',
  'mediation',
  'five_household',
  'people_patrol',
  'drug_free',
  'youth_law_club',
  'veterans',
  'border_marker',
  'market',
  'apartment_building',
  'industrial_zone',
  'other',
] as const;

export const recognitions = ['none', 'district', 'provincial', 'national'] as const;

export const mediationCategories = ['land', 'family', 'neighbour', 'debt', 'commercial', 'other'] as const;

export const mediationOutcomes = ['resolved', 'referred', 'unresolved', 'pending'] as const;

export const incidentCategories = [
  'public_order',
  'property',
  'drugs',
  'social_evils',
  'fire',
  'traffic',
  'other',
] as const;
