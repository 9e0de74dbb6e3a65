import { useEffect } from 'react';
import { useLocation } from 'react-router';

/** A new address starts at the top of the page, as a server-rendered page would. */
export function ScrollToTop() {
  const { pathname } = useLocation();
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [pathname]);
  return null;
}
