import { useId } from 'react';
import { OutsideAreaNote } from '../../components/outside-area-note';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/present';
import '../../i18n/messages/views/present-notes';
import { slideDefinitions } from './definitions';
import { NotesFigures } from './notes-figures';
import { slideIdAt, type SlideId } from './slides';
import type { DeckController } from './use-deck-controller';
import type { DeckData } from './use-deck-data';
import { Name } from '../../components/name';

/**
 * The speaker's second window: the slide showing now and the next one, the exact figures behind it
 * (numerators and denominators) and their definitions. It moves with the deck and steers it.
 */
export function NotesView({
  data,
  deck,
  titleOf,
}: {
  data: DeckData;
  deck: DeckController;
  titleOf: (id: SlideId) => string;
}) {
  const { t, fmt } = useI18n();
  const figuresId = useId();
  const definitionsId = useId();
  const id = slideIdAt(deck.slide);
  const title = titleOf(id);
  const { area, view } = data;
  return (
    <div className="notes" data-testid="notes">
      <header className="notes-header">
        <h1 className="notes-title">{t('present.notes.title')}</h1>
        <p>
          {area && (
            <>
              <Name name={area.name} />
              {' · '}
            </>
          )}
          {fmt.monthRange(view.period.from, view.period.to)}
        </p>
      </header>
      <main id="main" className="notes-main">
        <nav className="notes-controls" aria-label={t('present.controls')}>
          <button type="button" className="deck-btn" onClick={deck.prev} disabled={deck.slide <= 1}>
            <span aria-hidden="true">◀</span> {t('present.prev')}
          </button>
          <p className="deck-counter" data-testid="notes-counter">
            {t('present.counter', { slide: fmt.number(deck.slide), count: fmt.number(deck.count) })}
          </p>
          <button type="button" className="deck-btn" onClick={deck.next} disabled={deck.slide >= deck.count}>
            {t('present.next')} <span aria-hidden="true">▶</span>
          </button>
        </nav>
        <p className="notes-current" aria-live="polite" aria-atomic="true" data-testid="notes-current">
          {t('present.announce', { slide: fmt.number(deck.slide), count: fmt.number(deck.count), title })}
        </p>
        <p className="text-muted-strong" data-testid="notes-next">
          {deck.slide < deck.count
            ? t('present.notes.next', { title: titleOf(slideIdAt(deck.slide + 1)) })
            : t('present.notes.last')}
        </p>
        <OutsideAreaNote />
        <section aria-labelledby={figuresId} className="notes-section" data-testid="notes-figures">
          <h2 id={figuresId}>{t('present.notes.figures')}</h2>
          <NotesFigures id={id} data={data} />
        </section>
        <section aria-labelledby={definitionsId} className="notes-section" data-testid="notes-definitions">
          <h2 id={definitionsId}>{t('present.notes.definitions')}</h2>
          <ul>
            {slideDefinitions[id].map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
        </section>
      </main>
    </div>
  );
}
