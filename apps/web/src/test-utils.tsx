import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { I18nProvider } from './i18n/i18n';

/** Renders inside the language provider (Italian) and a router at `path`. */
export function renderInApp(ui: ReactElement, { path = '/' }: { path?: string } = {}) {
  return render(
    <I18nProvider initialLocale="it">
      <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
    </I18nProvider>,
  );
}
