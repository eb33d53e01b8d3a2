// What each key does in the deck, kept apart from React so the mapping is tested on its own.
// Presentation clickers send PageDown/PageUp (some send arrows or B/period for "blank"), so those
// are the keys that matter most.

export type DeckAction =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'digit'; digit: string }
  | { type: 'jump' }
  | { type: 'fullscreen' }
  | { type: 'escape' }
  | { type: 'none' };

type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>;

export function keyAction(e: KeyLike): DeckAction {
  // Browser and system shortcuts (Ctrl+R, Alt+←) keep their meaning.
  if (e.ctrlKey || e.metaKey || e.altKey) return { type: 'none' };
  switch (e.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case ' ':
    case 'Spacebar':
    case 'PageDown':
      return { type: 'next' };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return { type: 'prev' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'Enter':
      return { type: 'jump' };
    case 'f':
    case 'F':
      return { type: 'fullscreen' };
    case 'Escape':
    case 'Esc':
      return { type: 'escape' };
    default:
      return /^[0-9]$/.test(e.key) ? { type: 'digit', digit: e.key } : { type: 'none' };
  }
}

/** Typed digits so far, at most three (no deck has a thousand slides). */
export function addDigit(buffer: string, digit: string): string {
  return (buffer + digit).slice(-3);
}

/** The slide a typed number names, or null when it names none of the deck's. */
export function jumpTarget(buffer: string, count: number): number | null {
  if (buffer === '') return null;
  const n = Number.parseInt(buffer, 10);
  return n >= 1 && n <= count ? n : null;
}

/** The slide after a step, kept inside the deck. */
export function step(slide: number, action: 'next' | 'prev' | 'first' | 'last', count: number): number {
  switch (action) {
    case 'next':
      return Math.min(slide + 1, count);
    case 'prev':
      return Math.max(slide - 1, 1);
    case 'first':
      return 1;
    case 'last':
      return count;
  }
}
