// The start-up's third step (start-app.tsx): the app (routes, layout, dictionaries) and the code
// of the page's screen, evaluated in a task of their own.
export { App } from './app';
export { loadStoredDictionary } from './i18n/i18n';
export { loadScreensOf } from './ssr/screen-preload';
