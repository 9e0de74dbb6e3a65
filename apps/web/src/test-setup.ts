import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadDictionary } from './i18n/dictionaries';

// Lazy screens load their chunk on first render; on a busy CI machine that can take more than
// Testing Library's default 1 s, which would make `findBy…` fail for no fault of the screen.
configure({ asyncUtilTimeout: 10_000 });

// English is a chunk the browser fetches on demand; the tests switch language at once.
await loadDictionary('en');

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});
