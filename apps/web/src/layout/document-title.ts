import { useEffect } from 'react';
import { useI18n } from '../i18n/i18n';

/**
 * Sets the browser tab title to "<page> | Switch-off" while the screen is shown; `undefined`
 * leaves it to a screen nested inside (a layout's tabs, each with its own title).
 */
export function useDocumentTitle(title: string | null | undefined) {
  const { m } = useI18n();
  useEffect(() => {
    if (title === undefined) return;
    document.title = title ? `${title} | ${m.app.name}` : m.app.name;
  }, [title, m.app.name]);
}
