import { mediationOutcomes } from '../../api/schemas';
import type { StackSeries } from '../../components/charts/monthly-chart';
import { mediationOutcomeColors } from '../../components/colors';
import type { I18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/mediation';

/** The outcomes as a stack, in the contract's order, for the mediation charts. */
export function outcomeSeries(t: I18n['t']): StackSeries[] {
  return mediationOutcomes.map((o) => ({
    key: o,
    name: t(`mediation.outcome.${o}`),
    color: mediationOutcomeColors[o],
  }));
}
