// Whether a target is met, as every view, slide and report section says it. One component, so the
// views, the deck and the report cannot word or mark the same verdict differently (they did: four
// wordings, one of them without a mark).
import type { Targets } from '../figures/targets';
import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/locales';

/** Which target is judged, by its key in Targets, and the target's value (a fraction). */
export type TargetShown = { kind: keyof Targets; value: number };

const sizeClass = {
  cell: 'whitespace-nowrap text-xs',
  inline: '',
  // target-verdict: the deck's stylesheet sizes it for the hall.
  line: 'target-verdict text-sm',
} as const;

const targetKeys: Record<keyof Targets, MessageKey> = {
  incidentReduction: 'target.incidents',
  mediationRate: 'target.mediation',
};

/**
 * Met / not met / nothing to judge, in words with a mark: colour is never the only signal. With
 * `target`, it names the target ("Target of at least 80 %: met"); without (a table column already
 * named after the target), it says only the verdict. `size`: `cell` for a table cell, `inline`
 * for running text (the speaker notes), `line` for a line of its own under a headline figure (a
 * card, a slide, a report section).
 */
export function TargetVerdict({
  met,
  target,
  size,
  testId,
}: {
  met: boolean | null;
  target?: TargetShown;
  size: 'cell' | 'inline' | 'line';
  testId?: string;
}) {
  const { t, fmt } = useI18n();
  const tone = met === null ? 'tone-neutral' : met ? 'tone-good' : 'tone-bad';
  const mark = met === null ? '–' : met ? '✓' : '✗';
  const text = target
    ? t('target.verdict', {
        target: t(targetKeys[target.kind], { value: fmt.percent(target.value, 0) }),
        verdict: t(met === null ? 'target.isUnknown' : met ? 'target.isMet' : 'target.isNotMet'),
      })
    : t(met === null ? 'target.unknown' : met ? 'target.met' : 'target.notMet');
  const Tag = size === 'line' ? 'p' : 'span';
  return (
    <Tag
      className={`${sizeClass[size]} font-semibold ${tone}`}
      data-figure="target-verdict"
      data-met={String(met)}
      data-testid={testId}
    >
      <span aria-hidden="true">{mark} </span>
      {text}
    </Tag>
  );
}
