import { readFileSync } from 'node:fs';
import { type Db, schema } from '@switchoff/db';
import { and, eq } from 'drizzle-orm';
import { outcomeOfJob } from '../jobs/job-view';
import { callerFor, createTestWorld } from '../testing';

/** The comune most import tests write to: Alfa, of the test consortium. */
export const ALFA = { istat: '019001' };
/** The scope of a consortium-wide file. */
export const CONSORTIUM = { consortium: 'consorzio-test' };

/** A fixture of ./fixtures as the browser hands it over: `File.text()` decodes UTF-8 and keeps a BOM (the import strips it). */
export const fixture = (name: string) =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));

/**
 * The refusals of the bad cells several import tests share, as a preview lists them (the line
 * apart): each message is written once here.
 */
export const REFUSED = {
  unknownService: { column: 'servizio', value: 'piscina', message: 'Il comune di Alfa non ha un servizio "piscina"' },
  monthNotOver: {
    column: 'mese',
    value: 'agosto 2024',
    message: 'Il mese 2024-08 non è ancora concluso (ultimo mese possibile: 2024-06)',
  },
  otherConsortium: {
    column: 'istat',
    value: '098001',
    message: 'Nessun comune con codice ISTAT 098001 nel consorzio Consorzio Test',
  },
  notWhole: (column: string) => ({
    column,
    value: '1,5',
    message: '"1,5" non è un numero intero: qui va un numero senza decimali (in "1,5" la virgola separa i decimali)',
  }),
} as const;

/** A test world with its people, and the API as the first consortium's editor. */
export function editorWorld() {
  const w = createTestWorld({ withPeople: true });
  return { ...w, editor: callerFor(w.db, 'editor1') };
}

/** The figures a service has for a month, as stored. */
export const mensaMonth = (db: Db, serviceId: number, month: string) =>
  db
    .select()
    .from(schema.monthlyFigures)
    .where(and(eq(schema.monthlyFigures.serviceId, serviceId), eq(schema.monthlyFigures.month, month)))
    .get();

type Caller = ReturnType<typeof callerFor>;

/**
 * Commits a previewed file as the screen does and waits for its job: the import's outcome, or
 * the job's coded error thrown as the TRPCError the call would have answered.
 */
export async function commitImport(caller: Caller, input: Parameters<Caller['imports']['commit']>[0]) {
  const { job } = await caller.imports.commit(input);
  return outcomeOfJob(job, (id) => caller.imports.job({ id }));
}
