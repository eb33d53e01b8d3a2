import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/present';
import { DeckControls } from './deck-controls';
import { GroupsSlide } from './groups-slide';
import { KpiSlide } from './kpi-slide';
import { MediationSlide } from './mediation-slide';
import { MovesSlide } from './moves-slide';
import { PatrolsSlide } from './patrols-slide';
import { MapSlide } from './map-slide';
import { RankingSlide } from './ranking-slide';
import { SlideHeightContext } from './slide-frame';
import { slideIdAt, type SlideId } from './slides';
import { TitleSlide } from './title-slide';
import { TrendSlide } from './trend-slide';
import type { DeckController } from './use-deck-controller';
import type { DeckData } from './use-deck-data';
import { Name } from '../../components/name';

function renderSlide(id: SlideId, data: DeckData, title: string): ReactNode {
  switch (id) {
    case 'title':
      return <TitleSlide data={data} title={title} />;
    case 'kpis':
      return <KpiSlide data={data} title={title} />;
    case 'trend':
      return <TrendSlide data={data} title={title} />;
    case 'falls':
    case 'rises':
      return <MovesSlide data={data} title={title} kind={id} />;
    case 'mediation':
      return <MediationSlide data={data} title={title} />;
    case 'groups':
      return <GroupsSlide data={data} title={title} />;
    case 'patrols':
      return <PatrolsSlide data={data} title={title} />;
    case 'ranking':
      return <RankingSlide data={data} title={title} />;
    case 'map':
      return <MapSlide data={data} title={title} />;
  }
}

/** The slide's height in pixels, followed as the window or the full-screen state changes. */
function useHeight(ref: React.RefObject<HTMLElement | null>) {
  const [height, setHeight] = useState(720);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    let frame = 0;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const next = Math.round(entry.contentRect.height);
      // Applied on the next frame: a re-render inside the observer's callback resizes the charts
      // and can make the browser report a "ResizeObserver loop" error.
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setHeight(next));
    });
    observer.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [ref]);
  return height;
}

/**
 * The 16:9 stage: the largest such box in the window, type sized in units of its height (CSS
 * container query units), the current slide, and the controls bar. The live region says which
 * slide is showing to screen-reader users whatever moved it (key, click, timer, notes window).
 */
export function Deck({
  data,
  deck,
  titleOf,
  onOpenNotes,
}: {
  data: DeckData;
  deck: DeckController;
  titleOf: (id: SlideId) => string;
  onOpenNotes: () => void;
}) {
  const { t, fmt } = useI18n();
  const stage = useRef<HTMLDivElement>(null);
  const height = useHeight(stage);
  const id = slideIdAt(deck.slide);
  const title = titleOf(id);
  const { area, view } = data;

  return (
    <div className="deck" data-testid="deck">
      <div className="deck-stage" ref={stage} data-testid="deck-stage">
        <div className="deck-frame">
          <header className="deck-top">
            <h1 className="deck-title">{t('present.deckTitle')}</h1>
            <p className="deck-context">
              {area && (
                <>
                  <Name name={area.name} />
                  {' · '}
                </>
              )}
              {fmt.monthRange(view.period.from, view.period.to)}
            </p>
          </header>
          <main className="deck-main" id="main">
            <SlideHeightContext value={height}>{renderSlide(id, data, title)}</SlideHeightContext>
          </main>
          <DeckControls deck={deck} onOpenNotes={onOpenNotes} />
          {deck.auto && !deck.paused && deck.slide < deck.count && (
            <div
              key={`${deck.slide}-${deck.auto}`}
              className="deck-timer"
              style={{ animationDuration: `${deck.auto}s` }}
              aria-hidden="true"
            />
          )}
        </div>
      </div>
      <p className="sr-only" aria-live="polite" aria-atomic="true" data-testid="slide-announcement">
        {t('present.announce', { slide: fmt.number(deck.slide), count: fmt.number(deck.count), title })}
      </p>
    </div>
  );
}
