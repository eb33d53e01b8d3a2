import { getRouteApi } from '@tanstack/react-router';
import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import { addDigit, jumpTarget, keyAction, step } from './deck-keys';
import { parseSlide, SLIDE_COUNT, type AutoInterval } from './slides';
import { useDeckChannel } from './use-deck-channel';
import { useFullscreen } from './use-fullscreen';

const route = getRouteApi('/present');

/** How long typed digits wait for Enter before they are forgotten. */
const DIGIT_TIMEOUT_MS = 3000;

function isFormField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName);
}

function isButton(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.tagName === 'BUTTON' || target.tagName === 'A');
}

/**
 * The deck's state and controls: the slide (in the URL), keyboard and clicker keys, typed slide
 * numbers, auto-advance, full screen, leaving, and staying in step with the other window.
 * `role` is 'notes' in the speaker-notes window, which steers the deck but never runs the timer
 * or takes the screen.
 */
export function useDeckController(role: 'deck' | 'notes') {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const count = SLIDE_COUNT;
  const slide = parseSlide(search.slide, count);
  const auto = role === 'deck' ? search.auto : undefined;
  const [digits, setDigits] = useState('');
  const [paused, setPaused] = useState(false);
  const fullscreen = useFullscreen();

  const setSlide = useCallback(
    (n: number) =>
      // Slide changes replace the history entry instead of pushing one. A talk is dozens of key
      // presses; pushed entries would bury the page the presenter came from under as many Back
      // steps, and Back, like Esc, should leave the deck rather than replay it. The URL still
      // always names the slide, so a reload or a copied link opens the same one.
      void navigate({ to: '.', search: (prev) => ({ ...prev, slide: String(n) }), replace: true }),
    [navigate],
  );

  const post = useDeckChannel({
    deck: `${search.area ?? ''}|${search.period ?? ''}`,
    role,
    slide,
    onSlide: (n) => setSlide(Math.min(n, count)),
  });

  const go = useCallback(
    (n: number) => {
      if (n === slide) return;
      setSlide(n);
      post(n);
    },
    [slide, setSlide, post],
  );

  const setAuto = useCallback(
    (value: AutoInterval | undefined) => {
      setPaused(false);
      void navigate({ to: '.', search: (prev) => ({ ...prev, auto: value }), replace: true });
    },
    [navigate],
  );

  const leave = useCallback(() => {
    fullscreen.exit();
    void navigate({ to: '/', search: { area: search.area, period: search.period, lang: search.lang } });
  }, [fullscreen, navigate, search.area, search.period, search.lang]);

  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (e.defaultPrevented) return;
    // Any key pauses the auto-advance: the presenter has taken over.
    if (auto && !paused) setPaused(true);
    const action = keyAction(e);
    // A form field keeps its own keys, except Esc, which still leaves the deck.
    if (isFormField(e.target) && action.type !== 'escape') return;
    // A focused button keeps its own Space and Enter (unless a slide number is being typed).
    if (isButton(e.target) && (e.key === ' ' || (e.key === 'Enter' && digits === ''))) return;
    switch (action.type) {
      case 'next':
      case 'prev':
      case 'first':
      case 'last':
        e.preventDefault();
        setDigits('');
        go(step(slide, action.type, count));
        return;
      case 'digit':
        setDigits((d) => addDigit(d, action.digit));
        return;
      case 'jump': {
        if (digits === '') return;
        e.preventDefault();
        const target = jumpTarget(digits, count);
        setDigits('');
        if (target !== null) go(target);
        return;
      }
      case 'fullscreen':
        if (role !== 'deck') return;
        e.preventDefault();
        fullscreen.toggle();
        return;
      case 'escape':
        if (digits !== '') setDigits('');
        else if (document.fullscreenElement) fullscreen.exit();
        else if (role === 'deck') leave();
        return;
      case 'none':
        return;
    }
  });

  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  useEffect(() => {
    if (digits === '') return;
    const timer = setTimeout(() => setDigits(''), DIGIT_TIMEOUT_MS);
    return () => clearTimeout(timer);
  }, [digits]);

  const advance = useEffectEvent(() => go(step(slide, 'next', count)));
  useEffect(() => {
    // The timer stops on the last slide: the closing slide stays up for questions.
    if (!auto || paused || slide >= count) return;
    const timer = setTimeout(() => advance(), Number(auto) * 1000);
    return () => clearTimeout(timer);
  }, [auto, paused, slide, count]);

  return {
    slide,
    count,
    go,
    next: () => go(step(slide, 'next', count)),
    prev: () => go(step(slide, 'prev', count)),
    digits,
    auto,
    paused,
    setAuto,
    resume: () => setPaused(false),
    fullscreen,
    leave,
  };
}

export type DeckController = ReturnType<typeof useDeckController>;
