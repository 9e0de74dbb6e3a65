import type { ParseArgsConfig } from 'node:util';
import {
  addComune,
  archiveComune,
  checkInitPossible,
  createConsortium,
  createUser,
  findComune,
  findConsortium,
  initInstallation,
  listConsortiaFor,
  listConsortiumComuni,
  updateConsortium,
} from '@switchoff/api/server';
import type { Db } from '@switchoff/db';
import { ensureRegistry } from '@switchoff/db/national';
import { italianText, readToken } from '@switchoff/domain';
import {
  addComuneInput,
  archiveComuneInput,
  createConsortiumInput,
  initInstallationInput,
  updateConsortiumInput,
} from '@switchoff/domain/schemas';
import { DataUsageError, parse } from './cli-data';
import { type CliIo, choosePassword, printGenerated } from './cli-password';

/** What the installation commands need from the CLI around them. */
export type InstallationCliContext = { io: CliIo; openDb: () => Db };

/** The input a command's options refused, one line per field naming the option. */
export class InvalidInputError extends Error {}

const AUTHOR = { userId: null, actor: 'cli' };

/** The option of each input field, so a refusal names what the person typed. */
const OPTION_OF: Record<string, string> = {
  slug: '--consortium',
  name: '--name',
  ipaCode: '--ipa',
  city: '--city',
  website: '--website',
  contactEmail: '--email',
  telephone: '--telephone',
  istat: '--istat',
  consortium: '--consortium',
  adminEmail: '--admin-email',
  adminName: '--admin-name',
};

type Options = NonNullable<ParseArgsConfig['options']>;
const CONSORTIUM_OPTIONS: Options = Object.fromEntries(
  ['consortium', 'name', 'ipa', 'city', 'email', 'website', 'telephone'].map((o) => [o, { type: 'string' }]),
);
const OPTIONS: Record<string, Options> = {
  init: { ...CONSORTIUM_OPTIONS, 'admin-email': { type: 'string' }, 'admin-name': { type: 'string' } },
  'consortium add': CONSORTIUM_OPTIONS,
  'consortium update': CONSORTIUM_OPTIONS,
  'consortium list': {},
  'comune add': { istat: { type: 'string' }, consortium: { type: 'string' }, ipa: { type: 'string' } },
  'comune list': { consortium: { type: 'string' } },
  'comune archive': { istat: { type: 'string' } },
  'comune restore': { istat: { type: 'string' } },
};

function parseCommand(name: string, args: string[]): Record<string, string | undefined> {
  const options = OPTIONS[name];
  if (!options) throw new DataUsageError(`Unknown command "${name}"`);
  return parse(args, options, 0).values as Record<string, string | undefined>;
}

/** A domain schema as the CLI uses it (the server does not depend on zod itself). */
type Checker<T> = {
  safeParse: (
    input: unknown,
  ) =>
    | { success: true; data: T }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
};

/** Validates with a domain schema; a refusal lists every field as "--option: text". */
function check<T>(schema: Checker<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const field = String(issue.path[0] ?? '');
    return `${OPTION_OF[field] ?? field}: ${italianText(readToken(issue.message))}`;
  });
  throw new InvalidInputError([...new Set(lines)].join('\n'));
}

/** The consortium fields given as options (absent ones left out, "" kept to clear an optional one). */
function consortiumFields(values: Record<string, string | undefined>) {
  const fields = {
    slug: values.consortium,
    name: values.name,
    ipaCode: values.ipa,
    city: values.city,
    contactEmail: values.email,
    website: values.website,
    telephone: values.telephone,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}

function describeConsortium(c: { slug: string; name: string; ipaCode: string; city: string }): string {
  return `${c.name} (${c.slug}, IPA ${c.ipaCode}, ${c.city})`;
}

/** Every option of `init` checked at once, before the database is opened or a password asked. */
function checkInit(values: Record<string, string | undefined>) {
  const given = { adminEmail: values['admin-email'], adminName: values['admin-name'] };
  const { adminEmail, adminName, ...input } = check(initInstallationInput, {
    ...consortiumFields(values),
    ...Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)),
  });
  return { input, adminEmail, adminName };
}

async function init(db: Db, io: CliIo, checked: ReturnType<typeof checkInit>): Promise<void> {
  const { input, adminEmail, adminName } = checked;
  checkInitPossible(db); // before asking for a password that would be thrown away
  const { password, generated } = await choosePassword(io, adminEmail);
  ensureRegistry(db);
  const consortium = initInstallation(db, { author: AUTHOR, input });
  await createUser(db, {
    email: adminEmail,
    name: adminName,
    role: 'admin',
    consortium: consortium.slug,
    password,
    actor: { userId: null, name: 'cli' },
  });
  io.out(`Real installation set up: ${describeConsortium(consortium)}, contact ${consortium.contactEmail}`);
  io.out(`Created admin ${adminEmail} of ${consortium.slug}`);
  if (generated) printGenerated(io, password);
  io.out(`Next: add its comuni with pnpm switchoff comune add --istat <ISTAT code> --consortium ${consortium.slug}`);
}

function listConsortia(db: Db, io: CliIo): void {
  const rows = listConsortiaFor(db, { consortiumId: 0, operator: true });
  if (rows.length === 0) io.out('No consortium yet: set up the installation with pnpm switchoff init (see help)');
  for (const c of rows) {
    const contact = [c.contactEmail, c.telephone, c.website].filter(Boolean).join(', ') || 'no contact';
    io.out(`${describeConsortium(c)}${c.demo ? ' [demo]' : ''} — ${contact}`);
  }
}

function listComuni(db: Db, io: CliIo, slug: string | undefined): void {
  const consortium = findConsortium(db, check(updateConsortiumInput.shape.slug, slug ?? ''));
  const rows = listConsortiumComuni(db, consortium.id);
  if (rows.length === 0) io.out(`${consortium.name} has no comuni yet`);
  for (const c of rows) {
    const archived = c.archivedAt ? ` — archived ${c.archivedAt.slice(0, 10)}` : '';
    io.out(
      `${c.istat}  ${c.name} (${c.provinceCode}, ${c.region}), ${c.population} inhabitants, IPA ${c.ipaCode}${archived}`,
    );
  }
}

/** Runs `init`, `consortium …` or `comune …`; throws DataUsageError, InvalidInputError or a refusal. */
export async function runInstallationCommand(
  area: string,
  command: string | undefined,
  args: string[],
  context: InstallationCliContext,
): Promise<void> {
  const name = area === 'init' ? 'init' : `${area} ${command ?? ''}`.trim();
  const values = parseCommand(
    name,
    area === 'init' ? [command, ...args].filter((a): a is string => a !== undefined) : args,
  );
  const { io } = context;
  // Validated before the database is opened: a mistyped option creates no file.
  const initInput = name === 'init' ? checkInit(values) : null;
  const db = context.openDb();
  if (initInput) return init(db, io, initInput);
  if (name === 'consortium list') return listConsortia(db, io);
  if (name === 'consortium add') {
    const created = createConsortium(db, {
      author: AUTHOR,
      input: check(createConsortiumInput, consortiumFields(values)),
    });
    io.out(`Created consortium ${describeConsortium(created)}`);
    return;
  }
  if (name === 'consortium update') {
    const input = check(updateConsortiumInput, consortiumFields(values));
    const updated = updateConsortium(db, { author: AUTHOR, consortium: findConsortium(db, input.slug), input });
    io.out(`Updated consortium ${describeConsortium(updated)}`);
    return;
  }
  if (name === 'comune list') return listComuni(db, io, values.consortium);
  if (name === 'comune add') {
    const input = check(addComuneInput, {
      istat: values.istat ?? '',
      consortium: values.consortium,
      ipaCode: values.ipa,
    });
    if (input.consortium === undefined) throw new DataUsageError('Missing --consortium <slug>');
    ensureRegistry(db);
    const added = addComune(db, { author: AUTHOR, consortium: findConsortium(db, input.consortium), input });
    io.out(
      `Added ${added.name} (${added.istat}, ${added.provinceCode}, ${added.region}, ${added.population} inhabitants, IPA ${added.ipaCode}) to ${input.consortium}`,
    );
    return;
  }
  const istat = check(archiveComuneInput.shape.istat, values.istat ?? '');
  const { comune } = findComune(db, istat);
  const input = { istat, archived: command === 'archive', version: comune.version };
  const done = archiveComune(db, { author: AUTHOR, comune, input });
  io.out(`${done.name} (${done.istat}) ${done.archivedAt ? 'archived: hidden, its data kept' : 'shown again'}`);
}
