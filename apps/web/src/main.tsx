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
import { PAGE_STATE_ID } from './ssr/page-state-id';

/**
 * Resolves once the browser has painted the page the server wrote (at once for the shell of a
 * screen the browser draws, which has nothing to paint, and in a hidden tab, which paints nothing).
 */
function afterFirstPaint(): Promise<void> {
  if (document.visibilityState === 'hidden' || document.getElementById(PAGE_STATE_ID) === null) {
    return Promise.resolve();
  }
  // A frame's callback runs before its paint; a task queued from it runs after.
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

// The entry is this small module: the app's code (React, the router, the data layer, the
// screen) is asked for once the server's page is on screen, so on a slow phone network it does
// not compete with the page and its font for the first paint; it then hydrates the page.
void afterFirstPaint().then(() => import('./start-app'));
