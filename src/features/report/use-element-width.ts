import { useCallback, useRef, useState } from 'react';

/**
 * The content width of an element, followed as it resizes (null before the first measure, and
 * where ResizeObserver is missing). A callback ref, so it also follows an element that mounts late.
 */
export function useElementWidth<T extends HTMLElement>() {
  const [width, setWidth] = useState<number | null>(null);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((el: T | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w !== undefined && w > 0) setWidth(Math.floor(w));
    });
    ro.observe(el);
    observer.current = ro;
  }, []);
  return [ref, width] as const;
}
