// How much of an area's residential areas its active groups cover, as every view, slide, report
// section and speaker note says it. One component, so "412 of 530 residential areas" is worded one
// way (it was worded four ways, one of them a bare "412 / 530").
import type { Ratio } from '../figures/figures';
import { useI18n } from '../i18n/i18n-context';

/**
 * The coverage's parts in words. `size`: `cell` for a table cell (the share over its parts),
 * `line` for a line under the share shown as a headline figure, `inline` for running text (the
 * share with its parts in brackets). Without residential areas to count, a dash.
 */
export function CoverageDetail({
  coverage,
  size,
  testId,
}: {
  coverage: Ratio | null;
  size: 'cell' | 'line' | 'inline';
  testId?: string;
}) {
  const { t, fmt } = useI18n();
  if (coverage === null || coverage.value === null)
    return (
      <span className="text-muted" data-figure="coverage" data-testid={testId}>
        —
      </span>
    );
  const share = fmt.percent(coverage.value);
  const parts = t('coverage.detail', {
    covered: fmt.number(coverage.numerator),
    total: fmt.number(coverage.denominator),
  });
  if (size === 'line')
    return (
      <p className="text-sm" data-figure="coverage" data-testid={testId}>
        {parts}
      </p>
    );
  if (size === 'inline')
    return (
      <span data-figure="coverage" data-testid={testId}>
        {share} ({parts})
      </span>
    );
  return (
    <span className="inline-flex flex-col items-end" data-figure="coverage" data-testid={testId}>
      <span>{share}</span>
      <span className="whitespace-nowrap text-xs text-muted">{parts}</span>
    </span>
  );
}
