import purgeCss from '@fullhuman/postcss-purgecss';
import type { Plugin as VitePlugin } from 'vite';

type PostCssPlugin = Extract<ReturnType<typeof purgeCss>, { postcssPlugin: string }>;

/**
 * Classes the app sets at run time from pieces (`icon-${size}`) or that Bootstrap Italia's rules
 * need on elements the app's sources never name: safelisted so PurgeCSS keeps their rules.
 */
const SAFELIST = {
  // ':focus' keeps Bootstrap Italia's focus ring on every focused element (a white and a black
  // ring, `:focus:not([data-focus-mouse=true])`): a selector of pseudo-classes only, which PurgeCSS
  // drops with no class or tag to find; with other parts (`.x:focus`) those parts still decide.
  standard: ['html', 'body', ':root', ':focus', /^icon-(xs|sm|lg)$/],
};

/** Attributes whose selectors are kept whenever the rest of the selector is used. */
const DYNAMIC_ATTRIBUTES = [
  'data-focus-mouse',
  'tabindex',
  'readonly',
  'disabled',
  'type',
  'aria-current',
  'aria-expanded',
  'aria-hidden',
] as const;

/**
 * PostCSS plugin for the production build: only the Bootstrap Italia rules whose classes, tags or
 * ids appear in the SPA's sources (apps/web/src and index.html) are kept; the app's own style
 * sheets go through untouched (their classes are often built at run time: `stage-${stage}`).
 */
export function purgeBootstrapItalia(webDir: string): PostCssPlugin {
  const purge = purgeCss({
    content: [`${webDir}/index.html`, `${webDir}/src/**/*.{ts,tsx}`],
    skippedContentGlobs: ['**/*.test.ts', '**/*.test.tsx', '**/node_modules/**'],
    safelist: SAFELIST,
    // Attribute selectors PurgeCSS cannot match by name in JSX (tabIndex, readOnly) or that hold
    // whatever the sources say: Bootstrap Italia's focus ring is `:focus:not([data-focus-mouse=true])`,
    // an attribute only its own script (not loaded here) would set.
    dynamicAttributes: [...DYNAMIC_ATTRIBUTES],
    // Bootstrap Italia's CSS carries font faces and keyframes the app does not use.
    fontFace: true,
    keyframes: true,
    variables: false,
  }) as PostCssPlugin;
  return {
    postcssPlugin: 'purge-bootstrap-italia',
    async OnceExit(root, helpers) {
      if (!root.source?.input.file?.includes('bootstrap-italia')) return;
      await purge.OnceExit?.(root, helpers);
    },
  };
}

/** The weights of Titillium Web the public screens draw (body, semibold, bold), preloaded in their latin cut. */
const PRELOADED_WEIGHTS = ['400', '600', '700'] as const;

/**
 * Vite plugin for the production build: index.html preloads Titillium Web's latin cut in the
 * three upright weights the screens use, so they arrive beside the document. A face a page's
 * style asks for only after the first style calculation (600, 700) arrived after the first
 * layout, and its swap laid the whole page out again: on the comune page 30-40 ms of Chromium's
 * main thread (CPU) after the first paint, counted four times on Lighthouse's phone.
 */
export function preloadFonts(): VitePlugin {
  return {
    name: 'switchoff:preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const files = Object.keys(ctx.bundle ?? {});
        const links = PRELOADED_WEIGHTS.map((weight) => {
          const font = files.find((file) =>
            new RegExp(`^assets/titillium-web-${weight}-latin-[\\w-]{8}\\.woff2$`).test(file),
          );
          if (font === undefined) throw new Error(`vite: the font titillium-web-${weight}-latin is not in the bundle`);
          return `<link rel="preload" as="font" type="font/woff2" href="/${font}" crossorigin>`;
        });
        // Right after the title: before the inlined style sheet, so the preload scanner meets them first.
        return html.replace('</title>', `</title>\n    ${links.join('\n    ')}`);
      },
    },
  };
}

/** The stylesheet link Vite writes into index.html for the entry's CSS. */
const ENTRY_STYLESHEET = /<link rel="stylesheet" crossorigin href="\/(assets\/[\w-]+\.css)">/g;

/**
 * Vite plugin for the production build: the entry's style sheet (Bootstrap Italia's rules the app
 * uses, the fonts' faces and the app's own rules, about 15 KB gzipped) goes into index.html as a
 * `<style>` element, so the first paint waits for no second request (the critical CSS is the whole
 * of it: what a public page needs above the fold is most of it). Route chunks' own style sheets
 * (the maps') still load with their chunk, never blocking the first render.
 */
export function inlineEntryCss(): VitePlugin {
  return {
    name: 'switchoff:inline-entry-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        return html.replace(ENTRY_STYLESHEET, (_tag, file: string) => {
          const asset = ctx.bundle?.[file];
          if (asset?.type !== 'asset') throw new Error(`vite: ${file} is not in the bundle`);
          return `<style>${String(asset.source)}</style>`;
        });
      },
    },
  };
}
