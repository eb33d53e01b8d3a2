import { useId } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/present';
import '../../i18n/messages/views/present-notes';
import { AUTO_INTERVALS, type AutoInterval } from './slides';
import type { DeckController } from './use-deck-controller';

/** The bar under the slides: counter, previous/next, auto-advance, notes, full screen, exit. */
export function DeckControls({ deck, onOpenNotes }: { deck: DeckController; onOpenNotes: () => void }) {
  const { t, fmt } = useI18n();
  const autoId = useId();
  return (
    <nav className="deck-controls" aria-label={t('present.controls')}>
      <button
        type="button"
        className="deck-btn"
        onClick={deck.prev}
        disabled={deck.slide <= 1}
        aria-label={t('present.prev')}
        data-testid="deck-prev"
      >
        <span aria-hidden="true">◀</span>
      </button>
      <p className="deck-counter">
        <span className="sr-only">{t('present.counterLabel')} </span>
        <span data-testid="slide-counter">
          {t('present.counter', { slide: fmt.number(deck.slide), count: fmt.number(deck.count) })}
        </span>
      </p>
      <button
        type="button"
        className="deck-btn"
        onClick={deck.next}
        disabled={deck.slide >= deck.count}
        aria-label={t('present.next')}
        data-testid="deck-next"
      >
        <span aria-hidden="true">▶</span>
      </button>
      {deck.digits !== '' && (
        <p className="deck-digits" data-testid="deck-digits">
          {t('present.goTo', { slide: deck.digits })}
        </p>
      )}
      <span className="deck-controls-spacer" />
      <label htmlFor={autoId} className="deck-auto-label">
        {t('present.auto.label')}
      </label>
      <select
        id={autoId}
        className="deck-select"
        value={deck.auto ?? ''}
        onChange={(e) => deck.setAuto(AUTO_INTERVALS.find((v): v is AutoInterval => v === e.target.value))}
        data-testid="deck-auto"
      >
        <option value="">{t('present.auto.off')}</option>
        {AUTO_INTERVALS.map((s) => (
          <option key={s} value={s}>
            {t('present.auto.seconds', { seconds: fmt.number(Number(s)) })}
          </option>
        ))}
      </select>
      {deck.auto && deck.paused && (
        <button type="button" className="deck-btn" onClick={deck.resume} data-testid="deck-resume">
          <span aria-hidden="true">⏵</span> {t('present.auto.resume')}
        </button>
      )}
      {deck.auto && (
        <span className="deck-auto-state" role="status" data-testid="deck-auto-state">
          {deck.paused ? t('present.auto.paused') : t('present.auto.running')}
        </span>
      )}
      <button type="button" className="deck-btn" onClick={onOpenNotes} data-testid="deck-notes">
        {t('present.notes.open')}
      </button>
      {deck.fullscreen.supported && (
        <button
          type="button"
          className="deck-btn"
          onClick={deck.fullscreen.toggle}
          aria-pressed={deck.fullscreen.active}
          data-testid="deck-fullscreen"
        >
          <span aria-hidden="true">⛶</span> {t('present.fullscreen')}
        </button>
      )}
      <button type="button" className="deck-btn" onClick={deck.leave} data-testid="deck-exit">
        {t('present.exit')}
      </button>
    </nav>
  );
}
