import { useSelectedArea } from '../hooks/use-selected-area';
import { useI18n } from '../i18n/i18n-context';

/**
 * "The link asked for “p01” (outside this account): showing Quận Ba Đình". Wherever an area is
 * shown in place of the one a link asked for: the header, the deck's title slide, the notes.
 */
export function OutsideAreaNote({ className = 'text-sm' }: { className?: string }) {
  const { t } = useI18n();
  const { area, outsideArea } = useSelectedArea();
  if (!outsideArea || !area) return null;
  return (
    <p role="status" className={className} data-testid="outside-area">
      {t('auth.outsideArea', { id: outsideArea, name: area.name })}
    </p>
  );
}
