import type { Plugin as VitePlugin } from 'vite';

/** The entry's module script and the module preloads Vite writes into index.html. */
const ENTRY_SCRIPTS = /<(script type="module"|link rel="modulepreload") crossorigin /g;

/**
 * Vite plugin for the production build: the entry's scripts are fetched at low priority. A public
 * page arrives drawn by the server, so its first paint needs no script; at their default (high)
 * priority the scripts compete with the document and the body font on a slow phone network, and
 * Lighthouse counts high-priority scripts as blocking the first paint. They still start at once
 * (the preload scanner meets them in the head) and hydrate the page when they arrive. The app's
 * chunks are not listed in the page as module preloads: on a slow phone network their 130 KB would
 * share the line with the document and the fonts, and Lighthouse's mobile run put the largest paint
 * 0.7–0.9 s later with them (service page 2.5 → 1.8 s, comune page 2.4 → 1.6 s, quiet machine);
 * the entry asks for them once it runs, a round trip later, and hydration starts that much later.
 */
export function lowPriorityScripts(): VitePlugin {
  return {
    name: 'switchoff:low-priority-scripts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const lowered = html.replace(
          ENTRY_SCRIPTS,
          (_tag, element: string) => `<${element} fetchpriority="low" crossorigin `,
        );
        if (!lowered.includes('<script type="module" fetchpriority="low"'))
          throw new Error('vite: index.html has no module script to lower');
        return lowered;
      },
    },
  };
}
