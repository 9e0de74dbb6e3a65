// pnpm bench [--quick]: builds or reuses the national database, then prints the tables of issue 6.
import { runBench } from './bench';
import { formatReport } from './format';
import { parseOptions } from './options';

const log = (line: string) => console.log(line);
const options = parseOptions(process.argv.slice(2), log);
if (options !== null) {
  const started = performance.now();
  const report = await runBench(options);
  console.log(`\n${formatReport(report)}\n\nBench finished in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
}
