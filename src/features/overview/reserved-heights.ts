/**
 * Each Overview panel's height once loaded (Vietnamese, English and French, 360–1440 px wide),
 * kept from its first frame on: a panel that grew when its figures came would push the panels
 * below it down the screen of a phone (a layout shift: 0.19 before, Lighthouse's "good" ends at
 * 0.1). One column on a phone, two from `md`, four from `xl` (the KPI grid); the chart row has
 * the chart and the area's facts side by side from `lg`.
 */
export const RESERVED_HEIGHT = {
  incidents: 'min-h-[15rem] md:min-h-[15.5rem] xl:min-h-[23rem]',
  mediation: 'min-h-[13.25rem] md:min-h-[15.5rem] xl:min-h-[23rem]',
  patrols: 'min-h-[10.5rem] md:min-h-[21.75rem] xl:min-h-[23rem]',
  groups: 'min-h-[21.25rem] md:min-h-[21.75rem] xl:min-h-[23rem]',
  chart: 'min-h-[29rem] lg:min-h-[23rem]',
  facts: 'min-h-[12.5rem] lg:min-h-[23rem]',
} as const;
