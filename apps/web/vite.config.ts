/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { sharedTestOptions } from '../../vitest.shared';
import { messageCatalogues } from './vite-catalogue';
import { inlineEntryCss, preloadFonts, purgeBootstrapItalia } from './vite-css';
import { lowPriorityScripts } from './vite-scripts';
import { productionRouter, serverLinks } from './vite-ssr-links';

export default defineConfig(({ command, isSsrBuild }) => ({
  plugins: [
    messageCatalogues(),
    react(),
    preloadFonts(),
    inlineEntryCss(),
    lowPriorityScripts(),
    serverLinks(),
    productionRouter(),
  ],
  css: {
    postcss: { plugins: command === 'build' ? [purgeBootstrapItalia(import.meta.dirname)] : [] },
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
      '/opendata': 'http://localhost:3000',
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // A screen's chunks are not preloaded by links the app inserts when it asks for the screen:
    // inserting them took 240-300 ms of a phone's start-up (Chromium, CPU slowed 4×) on the comune
    // page, in the task that hydrates it. The browser fetches a chunk's imports as it reads the
    // chunk (and the page lists none: see vite-scripts.ts).
    modulePreload: { resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []) },
    rollupOptions: {
      output: {
        // What both the entry and the app's chunks use (Vite's preload helper, the page state's
        // id) goes in a chunk of its own: a chunk importing from the entry would make Vite load
        // the entry's style sheet with it, though index.html carries those rules inline.
        manualChunks: (id: string) => (/preload-helper|page-state-id/.test(id) ? 'boot' : undefined),
      },
    },
  },
  // The server's render (`vite build --ssr`, into dist-ssr/) carries its dependencies: the server
  // imports one self-contained module, whatever node_modules it runs beside.
  ssr: { noExternal: true },
  // React's production build in the server's render, whatever NODE_ENV the server runs with
  // (its development build is many times slower and checks what the browser tests check).
  ...(isSsrBuild ? { define: { 'process.env.NODE_ENV': JSON.stringify('production') } } : {}),
  test: {
    ...sharedTestOptions,
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test-setup.ts'],
  },
}));
