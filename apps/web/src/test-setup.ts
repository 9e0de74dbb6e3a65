import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Lazy screens load their chunk on first render; on a busy CI machine that can take more than
// Testing Library's default 1 s, which would make `findBy…` fail for no fault of the screen.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});
