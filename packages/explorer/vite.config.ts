// The explorer is one static page that must open from a static host and from file:// alike.
// Chromium refuses module scripts (and their CORS fetches) on file://, so the app is built as
// one classic IIFE script with relative paths (`base: './'`), loaded with `defer`.
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Rewrites the built page's module script tags into classic deferred scripts. */
function classicScripts(): Plugin {
  return {
    name: 'ntm-explorer-classic-scripts',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml(html) {
      return html.replace(/<script type="module" crossorigin src=/g, '<script defer src=').replace(/ crossorigin(?=[ >])/g, '');
    },
  };
}

export default defineConfig({
  root,
  base: './',
  resolve: {
    // The library and the sheets package from their sources: no build of either is needed first.
    alias: {
      '@ntm/criteria': fileURLToPath(new URL('../../src/index.ts', import.meta.url)),
      '@ntm/sheets': fileURLToPath(new URL('../sheets/src/index.ts', import.meta.url)),
      // SheetJS's mini build (XLSX and CSV, no legacy formats or codepages) is all the page
      // reads and writes, and costs half the full ESM build's bytes.
      '@e965/xlsx': fileURLToPath(new URL('../../node_modules/@e965/xlsx/dist/xlsx.mini.min.js', import.meta.url)),
    },
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  plugins: [classicScripts()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    chunkSizeWarningLimit: 1024,
    modulePreload: false,
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: { format: 'iife', entryFileNames: 'assets/explorer.js', assetFileNames: 'assets/[name][extname]' },
    },
  },
});
