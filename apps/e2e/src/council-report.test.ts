import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { DEMO, logInContext } from './accounts';
import { follow, mainText, useVisit } from './journey';
import { readPdf } from './pdf';
import { COMUNE_NAME, ISTAT } from './screen-list';
import { ARTIFACTS_DIR, openScreen } from './screens';

const base = inject('baseUrl');
const SECTIONS = [
  'In sintesi',
  'Gli stadi dei servizi',
  'Cosa è cambiato nel periodo',
  'Adozione digitale',
  'Tappe della roadmap',
  'Pronti allo switch-off?',
];

/** Text with its spaces collapsed, so words split over layout columns still match. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('the council report of Ripalta Cremasca', () => {
  const visit = useVisit('council-report', (_browser, context) => logInContext(context, base, DEMO.mayor));

  it('is linked from the comune page and shows every section on screen', async () => {
    await openScreen(visit.page, base, `/comuni/${ISTAT}`);
    await follow(
      visit.page,
      visit.page.locator('main').getByRole('link', { name: 'Relazione per il consiglio' }).first(),
    );
    expect(new URL(visit.page.url()).pathname).toBe(`/comuni/${ISTAT}/relazione`);
    const text = await mainText(visit.page);
    expect(text).toContain(COMUNE_NAME);
    for (const section of SECTIONS) expect(text).toContain(section);
    await visit.shot('screen');
  });

  it('prints to an A4 PDF whose first page names the comune and whose pages carry every section', async () => {
    const pdf = await visit.page.pdf({ format: 'A4', printBackground: true });
    const dir = join(ARTIFACTS_DIR, 'council-report');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'ripalta-cremasca.pdf');
    writeFileSync(file, pdf);

    const { pages, pageSize, pageTexts } = readPdf(file);
    expect(pages).toBeGreaterThan(0);
    expect(pageSize).toMatch(/\(A4\)/);
    const first = flat(pageTexts[0] ?? '');
    expect(first).toContain(`Comune di ${COMUNE_NAME}`);
    expect(first.toLowerCase()).toContain('relazione per il consiglio comunale');
    // Nothing of the screen's controls on paper, every section in it, no blank page.
    const all = flat(pageTexts.join(' '));
    for (const section of SECTIONS) expect(all).toContain(section);
    expect(all).not.toContain('Aggiorna il periodo');
    expect(all).not.toContain('Vai al contenuto principale');
    for (const [index, text] of pageTexts.entries())
      expect(text.trim().length, `page ${index + 1} is blank`).toBeGreaterThan(0);
    // A loose page still says which comune it is about: the running head is on every page.
    expect(pages).toBeGreaterThan(1);
    for (const [index, text] of pageTexts.entries())
      expect(flat(text), `page ${index + 1} names the comune`).toContain(
        `Comune di ${COMUNE_NAME} – relazione per il consiglio comunale`,
      );
  });
});
