import '../../styles/present.css';
import '../../styles/present-slides.css';
import '../../styles/present-notes.css';
import { getRouteApi } from '@tanstack/react-router';
import { useCallback, useEffect } from 'react';
import { AreaNotFound } from '../../components/page-heading';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/present';
import '../../i18n/messages/views/present-notes';
import { Deck } from './deck';
import { NotesView } from './notes-view';
import { slideTitleKey, type SlideId } from './slides';
import { useDeckController } from './use-deck-controller';
import { useDeckData } from './use-deck-data';

const route = getRouteApi('/present');
const THEME_KEY = 'antt.theme';

/** The deck follows the app's theme, also when it is switched in another window of the app. */
function useThemeFromOtherWindows() {
  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key === THEME_KEY && (e.newValue === 'light' || e.newValue === 'dark'))
        document.documentElement.dataset.theme = e.newValue;
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
}

/** /present: the conference deck, or with `notes=1` its speaker-notes window. */
export function PresentPage() {
  const { t, locale } = useI18n();
  const notes = route.useSearch({ select: (s) => s.notes === '1' });
  const data = useDeckData();
  const deck = useDeckController(notes ? 'notes' : 'deck');
  useThemeFromOtherWindows();

  const areaName = data.area?.name;
  const titleOf = useCallback(
    (id: SlideId) => (id === 'title' && areaName ? areaName : t(slideTitleKey[id])),
    [areaName, t],
  );

  useEffect(() => {
    document.documentElement.lang = locale;
    const name = notes ? t('present.notes.title') : t('present.deckTitle');
    document.title = areaName ? `${name} · ${areaName}` : name;
  }, [locale, notes, areaName, t]);

  const openNotes = useCallback(() => {
    // The same deck at the same slide; the timer runs in the deck only.
    const url = new URL(window.location.href);
    url.searchParams.set('notes', '1');
    url.searchParams.set('slide', String(deck.slide));
    url.searchParams.delete('auto');
    window.open(url.toString(), 'antt-present-notes', 'popup,width=1000,height=760');
  }, [deck.slide]);

  if (data.notFound)
    return (
      <div className="deck-plain">
        <AreaNotFound id={data.view.areaParam ?? ''} />
      </div>
    );
  if (notes) return <NotesView data={data} deck={deck} titleOf={titleOf} />;
  return <Deck data={data} deck={deck} titleOf={titleOf} onOpenNotes={openNotes} />;
}
