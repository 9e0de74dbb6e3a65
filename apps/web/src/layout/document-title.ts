import { createContext, useContext, useEffect } from 'react';
import { useI18n } from '../i18n/i18n';

/** Where the server's render notes the page's `<title>` and its HTTP status (404 for the not-found screen). */
export type PageHead = { title: string | null; status: number };

/** Provided by the server's render only; the browser sets `document.title` instead. */
export const PageHeadContext = createContext<PageHead | null>(null);

/**
 * Sets the browser tab title to "<page> | Switch-off" while the screen is shown; `undefined`
 * leaves it to a screen nested inside (a layout's tabs, each with its own title).
 */
export function useDocumentTitle(title: string | null | undefined) {
  const { m } = useI18n();
  const full = title ? `${title} | ${m.app.name}` : m.app.name;
  const head = useContext(PageHeadContext);
  if (head && title !== undefined) head.title = full;
  useEffect(() => {
    if (title === undefined) return;
    document.title = full;
  }, [title, full]);
}

/** The HTTP status of the page the server renders (the not-found screen: 404); nothing in the browser. */
export function usePageStatus(status: number) {
  const head = useContext(PageHeadContext);
  if (head) head.status = status;
}
