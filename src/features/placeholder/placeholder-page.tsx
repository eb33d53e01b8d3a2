import { PageHeading } from '../../components/page-heading';
import { useSelectedArea } from '../../hooks/use-selected-area';
import { useViewState } from '../../hooks/use-view-state';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/locales';

/** Stands in for a view a later release fills, so the navigation and URL scheme are settled now. */
export function PlaceholderPage({ titleKey }: { titleKey: MessageKey }) {
  const { t } = useI18n();
  const view = useViewState();
  const { area } = useSelectedArea();
  return (
    <div className="flex flex-col gap-4">
      <PageHeading title={t(titleKey)} area={area} period={view.period} prior={view.prior} />
      <p className="panel">{t('placeholder.body')}</p>
    </div>
  );
}
