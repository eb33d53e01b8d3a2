import { describe, expect, it } from 'vitest';
import { addDigit, jumpTarget, keyAction, step } from './deck-keys';
import { parseSlide, SLIDE_COUNT } from './slides';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) =>
  keyAction({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('deck keys', () => {
  it('maps keyboard and clicker keys to moves', () => {
    for (const k of ['ArrowRight', 'ArrowDown', ' ', 'PageDown']) expect(key(k)).toEqual({ type: 'next' });
    for (const k of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(key(k)).toEqual({ type: 'prev' });
    expect(key('Home')).toEqual({ type: 'first' });
    expect(key('End')).toEqual({ type: 'last' });
    expect(key('f')).toEqual({ type: 'fullscreen' });
    expect(key('F')).toEqual({ type: 'fullscreen' });
    expect(key('Escape')).toEqual({ type: 'escape' });
    expect(key('Enter')).toEqual({ type: 'jump' });
    expect(key('7')).toEqual({ type: 'digit', digit: '7' });
    expect(key('x')).toEqual({ type: 'none' });
  });

  it('leaves browser shortcuts alone', () => {
    expect(key('ArrowLeft', { altKey: true })).toEqual({ type: 'none' });
    expect(key('f', { ctrlKey: true })).toEqual({ type: 'none' });
    expect(key('5', { metaKey: true })).toEqual({ type: 'none' });
  });

  it('jumps only to a slide of the deck', () => {
    expect(jumpTarget('', 9)).toBeNull();
    expect(jumpTarget('5', 9)).toBe(5);
    expect(jumpTarget('0', 9)).toBeNull();
    expect(jumpTarget('10', 9)).toBeNull();
    expect(jumpTarget(addDigit(addDigit('', '0'), '9'), 9)).toBe(9);
    expect(addDigit('123', '4')).toBe('234');
  });

  it('steps inside the deck', () => {
    expect(step(1, 'prev', 9)).toBe(1);
    expect(step(9, 'next', 9)).toBe(9);
    expect(step(4, 'next', 9)).toBe(5);
    expect(step(4, 'first', 9)).toBe(1);
    expect(step(4, 'last', 9)).toBe(9);
  });

  it('reads the slide param leniently', () => {
    expect(parseSlide(undefined)).toBe(1);
    expect(parseSlide('3')).toBe(3);
    expect(parseSlide('0')).toBe(1);
    expect(parseSlide('999')).toBe(SLIDE_COUNT);
    expect(SLIDE_COUNT).toBe(10);
  });
});
