import { runAnalyze } from './cli/analyzeCommand';

const USAGE = `Usage: newsmark <command> [options] <file|folder>...

Commands:
  analyze <file|folder>... [--json]   print the quotes, speakers, figures and people found in each source

Folders are walked for source files (*.txt, without READMEs, licences and dependency folders).
Options:
  --json       machine-readable output (a JSON array, one element per source)
  -h, --help   this text
`;

type Command = (paths: string[], flags: Set<string>) => number | Promise<number>;

const commands: Record<string, Command> = {
  analyze: (paths, flags) => runAnalyze(paths, { json: flags.has('--json') }, process.stdout),
};

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
  const paths = rest.filter((arg) => !arg.startsWith('-'));
  if (paths.length === 0) {
    process.stderr.write(`newsmark ${name}: name at least one file or folder\n`);
    return 2;
  }
  return command(paths, flags);
}

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
