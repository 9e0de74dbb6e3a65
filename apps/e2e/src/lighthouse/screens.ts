import { PUBLIC_SCREENS, type Screen, SERVER_SCREENS } from '../screen-list';

/** Every public screen of the SPA, and the open-data page the server writes itself. */
export const LIGHTHOUSE_SCREENS: Screen[] = [...PUBLIC_SCREENS, ...SERVER_SCREENS];
