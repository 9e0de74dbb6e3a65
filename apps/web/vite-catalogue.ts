import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin as VitePlugin } from 'vite';
import { CATALOGUE_DIR, CATALOGUE_LOCALES, compileCatalogue, readCatalogue } from './scripts/catalogue';

const PREFIX = 'virtual:catalogue/';

function localeOf(id: string) {
  return CATALOGUE_LOCALES.find((locale) => id === `${PREFIX}${locale}` || id === `\0${PREFIX}${locale}`);
}

/**
 * Vite plugin: `import messages from 'virtual:catalogue/it'` is the Italian catalogue
 * (src/i18n/catalogue/it/*.json), compiled when the app is built, served or tested, so that the
 * browser and the server's render get plain functions and strings, and parse no ICU message.
 */
export function messageCatalogues(): VitePlugin {
  return {
    name: 'switchoff:message-catalogues',
    resolveId(id) {
      return localeOf(id) ? `\0${id}` : undefined;
    },
    load(id) {
      const locale = id.startsWith('\0') ? localeOf(id) : undefined;
      if (!locale) return undefined;
      const dir = join(CATALOGUE_DIR, locale);
      for (const file of readdirSync(dir)) this.addWatchFile(join(dir, file));
      return compileCatalogue(locale, readCatalogue(locale));
    },
  };
}
