import type { HtmlTagDescriptor, Rollup, Plugin as VitePlugin } from 'vite';

/**
 * `<link rel="modulepreload">` for the app's code, which the entry imports at once, and every chunk
 * it imports: written in the page, the browser fetches them while it reads the page, instead of
 * after the entry ran; and Vite's preload helper, finding them there, adds no links of its own
 * (inserting links in the entry's task cost 40–160 ms on a phone, Chromium with the CPU slowed 4×).
 */
function appPreloads(entry: Rollup.OutputChunk | undefined, bundle: Rollup.OutputBundle | undefined) {
  if (!entry || !bundle) throw new Error('vite: index.html has no entry chunk');
  const files = new Set<string>();
  const visit = (file: string) => {
    const chunk = bundle[file];
    if (chunk?.type !== 'chunk' || files.has(file) || entry.imports.includes(file)) return;
    files.add(file);
    for (const imported of chunk.imports) visit(imported);
  };
  for (const file of entry.dynamicImports) visit(file);
  if (files.size === 0) throw new Error('vite: the entry imports no app chunk');
  return [...files].map(
    (file): HtmlTagDescriptor => ({
      tag: 'link',
      attrs: { rel: 'modulepreload', fetchpriority: 'low', crossorigin: true, href: `/${file}` },
      injectTo: 'head',
    }),
  );
}

/** The entry's module script and the module preloads Vite writes into index.html. */
const ENTRY_SCRIPTS = /<(script type="module"|link rel="modulepreload") crossorigin /g;

/**
 * Vite plugin for the production build: the entry's scripts are fetched at low priority. A public
 * page arrives drawn by the server, so its first paint needs no script; at their default (high)
 * priority the scripts compete with the document and the body font on a slow phone network, and
 * Lighthouse counts high-priority scripts as blocking the first paint. They still start at once
 * (the preload scanner meets them in the head) and hydrate the page when they arrive.
 */
export function lowPriorityScripts(): VitePlugin {
  return {
    name: 'switchoff:low-priority-scripts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const lowered = html.replace(
          ENTRY_SCRIPTS,
          (_tag, element: string) => `<${element} fetchpriority="low" crossorigin `,
        );
        if (!lowered.includes('<script type="module" fetchpriority="low"'))
          throw new Error('vite: index.html has no module script to lower');
        return { html: lowered, tags: appPreloads(ctx.chunk, ctx.bundle) };
      },
    },
  };
}
