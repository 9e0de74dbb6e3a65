import './zod-config';
import type { AppRouter, Context } from '@switchoff/api';
import { createTRPCClient, unstable_localLink } from '@trpc/client';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { AppRoutes, appRouteObjects, Providers } from './app';
import { type PageHead, PageHeadContext } from './layout/document-title';
import { loadAllScreens } from './lazy';
import { matchBranch } from './ssr/matched-routes';
import { pageStateScript } from './ssr/page-state';
import { pageKind } from './ssr/public-paths';
import { RenderQueryClient } from './ssr/render-query-client';

export { loadAllScreens };

/** A page the server rendered: its status (404 for an unknown address or comune) and HTML. */
export type RenderedPage = { status: number; html: string };

type RenderPageInput = {
  /** The address asked for, path and query (`/comuni/019081?x=1`). */
  url: string;
  /** The built `index.html`: the page is written into its `#root`, with its scripts and styles. */
  template: string;
  /** The API's router, called in process for the page's data. */
  router: AppRouter;
  /** The context of a visitor (no session): only public data is read. */
  createContext: () => Promise<Context>;
};

/** Renders over and over until a render asks for nothing new; more would mean a chain of queries gone wrong. */
const MAX_RENDERS = 5;

/**
 * A public screen rendered with the SPA's own components: each render notes the queries its
 * components ask for, which are read through the router (no HTTP) before the next, until the
 * page is complete; the answers travel in the page for the browser's cache, so hydration
 * draws the same page without asking again. Null for the staff screens, which the browser draws.
 */
export async function renderPage({
  url,
  template,
  router,
  createContext,
}: RenderPageInput): Promise<RenderedPage | null> {
  const pathname = new URL(url, 'http://page').pathname;
  const branch = matchBranch(appRouteObjects, pathname);
  const kind = pageKind(pathname, branch?.pattern ?? null);
  if (kind === 'browser') return null;
  const queryClient = new RenderQueryClient();
  const trpcClient = createTRPCClient<AppRouter>({ links: [unstable_localLink({ router, createContext })] });
  const head: PageHead = { title: null, status: 200 };
  const app = (
    <PageHeadContext.Provider value={head}>
      <Providers queryClient={queryClient} trpcClient={trpcClient} serverRendered>
        <StaticRouter location={url}>
          <AppRoutes routes={branch?.routes} />
        </StaticRouter>
      </Providers>
    </PageHeadContext.Provider>
  );
  const draw = () => {
    queryClient.startRender();
    head.title = null;
    head.status = 200;
    return renderToString(app);
  };
  let body = draw();
  for (let render = 1; render < MAX_RENDERS && (await queryClient.fetchAsked()); render++) body = draw();
  const failed = queryClient.failedStatus();
  const state = pageStateScript(queryClient.dehydrateAnswers());
  // Nothing outlives the render: a query with a garbage-collection time of its own would
  // otherwise hold a timer, and with it this page's answers.
  queryClient.clear();
  // An outage or a spent budget: the browser's shell will ask again and say what happened.
  if (failed !== null && (failed >= 500 || failed === 429)) return null;
  // 404 when the page drawn is the not-found screen (an unknown address, comune or service).
  const status = kind === 'not-found' ? 404 : head.status;
  return { status, html: fillTemplate(template, { body, head, state }) };
}

const ROOT = '<div id="root"></div>';

/** The template's text before its title, the title, the text up to its root, and after it. */
type TemplateParts = { beforeTitle: string; title: string; beforeRoot: string; afterRoot: string };

function cutTemplate(template: string): TemplateParts {
  const [start = '', afterRoot = ''] = template.split(ROOT);
  const title = /<title>[^<]*<\/title>/.exec(start);
  if (title === null) return { beforeTitle: start, title: '', beforeRoot: '', afterRoot };
  const end = title.index + title[0].length;
  return { beforeTitle: start.slice(0, title.index), title: title[0], beforeRoot: start.slice(end), afterRoot };
}

/** The template cut once: it is the same for every page a process renders (80 KB of inline CSS). */
let cut: { template: string; parts: TemplateParts } | null = null;

/** The template with the page's title, content and answers (spliced, so no `$` in a page is read as a pattern). */
function fillTemplate(template: string, page: { body: string; head: PageHead; state: string }): string {
  if (cut?.template !== template) cut = { template, parts: cutTemplate(template) };
  const { beforeTitle, title, beforeRoot, afterRoot } = cut.parts;
  const pageTitle = page.head.title === null || title === '' ? title : `<title>${escapeHtml(page.head.title)}</title>`;
  return `${beforeTitle}${pageTitle}${beforeRoot}<div id="root">${page.body}</div>${page.state}${afterRoot}`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
