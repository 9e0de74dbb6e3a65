// The bench's import in a process of its own (see runImportInChild): its parameters as JSON in
// argv[2], its ImportResult as JSON on stdout.
import { benchImport } from './import';

const params = JSON.parse(process.argv[2] ?? '{}') as Parameters<typeof benchImport>[0];
process.stdout.write(JSON.stringify(benchImport(params)));
