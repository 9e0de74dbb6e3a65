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
// screen) a chunk it asks for at once. Waiting for the first paint before asking was tried: the
// page then hydrated on screen, and what hydration changes moved it (CLS 0.23 on the comune page,
// 0.30 on a province map, measured with Lighthouse on a quiet machine; 0.007 and 0.09 without).
void import('./start-app');
