// Types for the parts of vscode-server.mjs that the TypeScript end-to-end tests use.
import type { ChildProcess } from 'node:child_process';

export interface RunningVscodeServer {
  port: number;
  url: string;
  process: ChildProcess;
  stop(): void;
}
export function ensureVscodeServer(): void;
export function vscodeServerVersion(): string;
export function freePort(): Promise<number>;
export function startVscodeServer(options?: { env?: Record<string, string>; port?: number; quiet?: boolean; extraArgs?: string[]; workspaceTrust?: boolean; settings?: Record<string, unknown> }): Promise<RunningVscodeServer>;
export function startNewsmarkWorkbench(options: { folder: string; port?: number; settings?: Record<string, unknown> }): Promise<RunningVscodeServer>;
export function workbenchUrl(options: { port: number; folder: string; extensionDir?: string; testsDir?: string }): string;
export function copySeedsWorkspace(): string;
export const CHROMIUM_ARGS: string[];
export const CHROMIUM_PATH: string;
