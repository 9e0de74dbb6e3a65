import { writeFileSync } from 'node:fs';
import { CATALOGUE_TYPES_FILE, catalogueAreaFiles, readCatalogue, renderCatalogueTypes } from './catalogue';

// Writes the type of the compiled catalogues from the Italian messages (run after editing them).
writeFileSync(CATALOGUE_TYPES_FILE, renderCatalogueTypes(readCatalogue('it'), catalogueAreaFiles('it')));
console.log(`wrote ${CATALOGUE_TYPES_FILE}`);
