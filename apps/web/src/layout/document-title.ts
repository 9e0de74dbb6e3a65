import { useEffect } from 'react';
import { useI18n } from '../i18n/i18n';

/** Sets the browser tab title to "<page> | Switch-off" while the screen is shown. */
export function useDocumentTitle(title: string | null) {
  const { m } = useI18n();
  useEffect(() => {
    document.title = title ? `${title} | ${m.app.name}` : m.app.name;
  }, [title, m.app.name]);
}
