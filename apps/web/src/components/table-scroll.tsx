import { type ReactNode, useEffect, useRef, useState } from 'react';

/**
 * The sideways-scrolling box of a wide table. When the table is wider than the box (phones), the
 * box becomes a keyboard stop named by the table's caption, so it can be scrolled with the arrow
 * keys (WCAG 2.1.1, axe "scrollable-region-focusable"); when nothing scrolls it adds no stop.
 */
export function TableScroll({
  labelledBy,
  className = '',
  children,
}: {
  labelledBy: string;
  className?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    // Measured when the observer reports (at once, after the browser's own layout), not here:
    // a read in this effect would lay out the page just hydrated in this task.
    const measure = () => setScrolls(box.scrollWidth > box.clientWidth + 1);
    // A table in a section the browser has not drawn yet (below the first screen: content-
    // visibility, styles.css) is not laid out: read at once, it would be. It is measured when
    // the browser is next idle (laying out its section alone, after the start-up), so that it is
    // a keyboard stop before it is drawn too, and again whenever the observer reports.
    const drawn = (table: Element | null) =>
      !table?.checkVisibility || table.checkVisibility({ contentVisibilityAuto: true });
    const observer = new ResizeObserver(() => {
      if (drawn(box.firstElementChild)) measure();
    });
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    const idle =
      typeof requestIdleCallback === 'function' ? requestIdleCallback(measure, { timeout: 2000 }) : undefined;
    return () => {
      observer.disconnect();
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, []);
  return (
    <div
      ref={ref}
      className={`table-responsive ${className}`.trim()}
      {...(scrolls ? { tabIndex: 0, role: 'region', 'aria-labelledby': labelledBy } : {})}
    >
      {children}
    </div>
  );
}
