import './zod-config';
import 'bootstrap-italia/dist/css/bootstrap-italia.min.css';
import './fonts.css';
import './styles.css';
import './tables.css';
import './editing.css';
import './grid.css';
import './data.css';
import './report.css';
import './staff.css';
import './charts/charts.css';
// The maps' rules too: the server draws a map page, and a rule arriving with the map's code
// would move what is on screen (the drawing's box grew and pushed the legend down: CLS 0.09).
import './maps/maps.css';

// The entry is this small module, and the app's code (React, the router, the data layer, the
// screen) a chunk it asks for once the page's first text is on screen: until then the document,
// its fonts and the paint have the connection and the main thread to themselves. Asked for at
// once, the chunk (67 KB) arrived before the first paint or after it, by a race, and Lighthouse's
// phone counted it before the largest paint when it won: LCP 2.1-2.5 s on 2 to 6 of the 16 public
// screens in each of four runs, 1.2-1.4 s when it lost (quiet machine, session 17). Waiting for
// the first paint used to move what hydration changed on screen (CLS 0.23 on the comune page when
// it was tried); it no longer does (0.000 on every public screen). A browser that reports no
// paint, or a page opened in a background tab, asks for it after a second.
afterFirstContentfulPaint(() => void import('./start-app'), 1000);

function afterFirstContentfulPaint(run: () => void, fallbackMs: number) {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    run();
  };
  setTimeout(once, fallbackMs);
  if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) return once();
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    once();
  });
  observer.observe({ type: 'paint', buffered: true });
}
