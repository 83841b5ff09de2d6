// `npm start`: installs what is missing, builds, prepares the VS Code server on first use, and serves VS Code
// with Newsmark on seeds/ at http://127.0.0.1:<port> (PORT, default 3000 or the next free one). Ctrl-C stops it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './tier-results.mjs';
import { ensureVscodeServer, freePort, startNewsmarkWorkbench } from './vscode-server.mjs';

const run = (command, args) => execFileSync(command, args, { cwd: projectRoot, stdio: 'inherit' });

if (!existsSync(path.join(projectRoot, 'node_modules', '.package-lock.json'))) {
  console.log('[start] installing dependencies (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}
run('node', ['esbuild.mjs']);
ensureVscodeServer();

const port = Number(process.env.PORT) || ((await isFree(3000)) ? 3000 : await freePort());
const server = await startNewsmarkWorkbench({ port, folder: path.join(projectRoot, 'seeds') });

console.log(`\n  Newsmark is running on the seeds: ${server.url}\n  (open it in a browser; Ctrl-C stops everything)\n`);

const stop = () => {
  server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.process.on('exit', (code) => {
  console.error(`[start] the VS Code server stopped (exit code ${code})`);
  server.stop();
  process.exit(1);
});

async function isFree(candidate) {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(candidate, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}
