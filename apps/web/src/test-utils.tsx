import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import type { Locale } from './format';
import { I18nProvider } from './i18n/i18n';
import { type Call, createMockFetch, type Handlers } from './testing/mock-api';
import { createApiClient, TRPCProvider } from './trpc';

export type RenderOptions = {
  path?: string;
  /** Answers of the API by procedure; `auth.me` answers null (a public visitor) unless given. */
  api?: Handlers;
  /** The language (Italian unless said). */
  locale?: Locale;
};

/**
 * Renders inside the language provider (Italian), a router at `path` and the data providers,
 * whose tRPC client talks to a mock server (`api`). Returns the calls the client made.
 */
export function renderInApp(ui: ReactElement, { path = '/', api = {}, locale = 'it' }: RenderOptions = {}) {
  const calls: Call[] = [];
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const trpcClient = createApiClient({ fetch: createMockFetch({ 'auth.me': () => null, ...api }, calls) });
  // A wrapper (not a parent element), so `rerender` keeps the providers and the router.
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <I18nProvider initialLocale={locale}>
          <MemoryRouter initialEntries={[path]}>{children}</MemoryRouter>
        </I18nProvider>
      </TRPCProvider>
    </QueryClientProvider>
  );
  const result = render(ui, { wrapper });
  return { ...result, calls, queryClient };
}

/** Types `value` into the field labelled `label`. */
export function fillField(label: RegExp | string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

/** The input of the first call to `path`, once the client has sent it (fails if it never does). */
export async function sentInput(calls: readonly Call[], path: string): Promise<unknown> {
  return waitFor(() => {
    const call = calls.find((c) => c.path === path);
    if (!call) throw new Error(`no call to ${path}`);
    return call.input;
  });
}

/** Opens a chart's table (its "Mostra i dati in tabella" button) and returns the table. */
export function openChartTable(): HTMLElement {
  fireEvent.click(screen.getByRole('button', { name: 'Mostra i dati in tabella' }));
  return screen.getByRole('table');
}

/** The body rows of a table as text, each row's cells in order (its header cell first). */
export function tableRows(table: HTMLElement): (string | null)[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.children].map((cell) => cell.textContent));
}
