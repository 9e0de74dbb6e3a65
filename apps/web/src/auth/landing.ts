import { isAdmin, isStaff } from '@switchoff/domain';
import { safeReturnPath } from './login-path';
import { canEditConsortiumOf, type User, viewerOf } from './viewer';

/** The address of the chooser a council member with several comuni lands on. */
export const MY_COMUNI_PATH = '/i-miei-comuni';

const CONSORTIUM_IMPORT = /^\/consorzi\/([^/?#]+)\/importa(?:[/?#]|$)/;
const COMUNE_STAFF_PAGE = /^\/comuni\/[^/?#]+\/(?:importa|servizi-iniziali|modifiche)(?:[/?#]|$)/;
const FIGURES_GRID = /^\/comuni\/([^/?#]+)\/servizi\/[^/?#]+\/dati(?:[/?#]|$)/;

/**
 * Whether the person's role reaches the page at `path`, as far as the SPA can tell without
 * asking (a staff page of another consortium's comune is refused by the page itself). Every
 * page not listed here is open to whoever logs in.
 */
export function mayVisit(me: User, path: string): boolean {
  const viewer = viewerOf(me);
  if (path === '/amministrazione' || path.startsWith('/amministrazione/')) return isAdmin(viewer);
  const consortium = CONSORTIUM_IMPORT.exec(path)?.[1];
  if (consortium !== undefined) return canEditConsortiumOf(me, decodeURIComponent(consortium));
  if (COMUNE_STAFF_PAGE.test(path)) return isStaff(viewer);
  const grid = FIGURES_GRID.exec(path)?.[1];
  if (grid !== undefined) return isStaff(viewer) || me.comuni.some((c) => c.istat === grid);
  return true;
}

/**
 * Where a person goes once logged in: back to the page that sent them to the login (`?da=`)
 * when their role reaches it; otherwise where their work is. A council member lands on their
 * comune, or on the chooser of their comuni when they have several; editors and admins on their
 * consortium's portfolio, the page of all the comuni they keep.
 */
export function landingPath(me: User, returnTo: string | null): string {
  const back = safeReturnPath(returnTo);
  if (back !== '/' && mayVisit(me, back)) return back;
  if (me.role !== 'council') return me.consortium.slug ? `/consorzi/${me.consortium.slug}` : '/';
  const [only, ...others] = me.comuni;
  if (!only) return '/';
  return others.length === 0 ? `/comuni/${only.istat}` : MY_COMUNI_PATH;
}
