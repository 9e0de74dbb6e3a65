import { useEffect, useRef, useState } from 'react';

/** The rendered width of an element, following resizes; `fallback` until it is measured. */
export function useElementWidth<T extends HTMLElement>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    // No reading of the width here: the page has just been hydrated or drawn, and a read would
    // lay it out at once, in this task. The observer's first report comes after the browser's
    // own layout, when reading costs nothing.
    const measure = () => {
      const next = element.getBoundingClientRect().width;
      if (next > 0) setWidth(Math.round(next));
    };
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
