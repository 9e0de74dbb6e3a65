import { PUBLIC_SCREENS, type Screen } from '../screen-list';

/** Every public screen of the SPA, and the open-data page the server writes itself. */
export const LIGHTHOUSE_SCREENS: Screen[] = [...PUBLIC_SCREENS, { name: 'opendata', path: '/opendata', viewer: 'public' }];
