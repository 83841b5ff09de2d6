import { availableParallelism } from 'node:os';
import { runAnalyze } from './cli/analyzeCommand';
import { runExtract } from './cli/extractCommand';
import { isExtractWorker, serveExtractWorker } from './cli/extractWorkers';
import { runExport } from './cli/exportCommand';
import { runImport } from './cli/importCommand';

const USAGE = `Usage: newsmark <command> [options] <file|folder>...

Commands:
  analyze <file|folder>... [--json]   print the quotes, speakers, figures and people found in each source
  extract <file|folder>... [--jobs=N] write or merge each source's sidecar (<source>.annotations.yaml);
                                      your decisions, notes and comments are kept (docs/sidecar.md);
                                      on N threads (default: one per core)
  export <file|folder>... --format json|jsonl|csv|md|w3c|brat [--out PATH] [--only-confirmed] [--include-rejected] [--bom]
                                      export the annotations (sidecar + analysis); stdout without --out; brat needs --out DIR
  import <annotations.json|file.ann> --into <source file>
                                      add W3C or brat annotations to a source's sidecar as manual items

Folders are walked for source files (*.txt, without READMEs, licences and dependency folders).
Options:
  --json       machine-readable output (a JSON array, one element per source)
  -h, --help   this text
`;

type Command = (paths: string[], flags: Set<string>, args: string[]) => number | Promise<number>;

const commands: Record<string, Command> = {
  analyze: (paths, flags) => runAnalyze(paths, { json: flags.has('--json') }, process.stdout),
  // the bundle is its own worker script (src/cli/extractWorkers.ts)
  extract: (paths, flags) => runExtract(paths, process.stderr, { workers: jobsFlag(flags) ?? availableParallelism(), workerScript: __filename }),
  export: (_paths, _flags, args) => runExport(args),
  import: (_paths, _flags, args) => runImport(args),
};

/** `--jobs=N`: how many threads extract may use. */
function jobsFlag(flags: Set<string>): number | undefined {
  const flag = [...flags].find((f) => f.startsWith('--jobs='));
  const jobs = flag ? Number(flag.slice('--jobs='.length)) : undefined;
  return jobs !== undefined && Number.isInteger(jobs) && jobs >= 1 ? jobs : undefined;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '-h' || name === '--help') {
    process.stdout.write(USAGE);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`newsmark: unknown command '${name}'\n\n${USAGE}`);
    return 2;
  }
  const flags = new Set(rest.filter((arg) => arg.startsWith('-')));
  if (flags.has('-h') || flags.has('--help')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const paths = rest.filter((arg) => !arg.startsWith('-'));
  if (paths.length === 0) {
    process.stderr.write(`newsmark ${name}: name at least one file or folder\n`);
    return 2;
  }
  return command(paths, flags, rest);
}

if (isExtractWorker()) serveExtractWorker();
else runCommandLine();

function runCommandLine(): void {
  // `newsmark analyze … | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });

  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`newsmark: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
