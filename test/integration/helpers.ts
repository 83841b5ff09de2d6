import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsmarkApi } from '../../src/extension/activate';
import type { FolderNode, SourceNode, SourcesTreeNode } from '../../src/extension/sourcesTree';

export const EXTENSION_ID = 'newsmark.newsmark';

/** Activates Newsmark (as opening its view would) and returns the API `activate` returned. */
export async function activateNewsmark(): Promise<NewsmarkApi> {
  const extension = vscode.extensions.getExtension<NewsmarkApi>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
  return extension.activate();
}

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need the seeds workspace open');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Polls `check` until it returns a truthy value (or throws after `timeoutMs`). */
export async function eventually<T>(check: () => T | Promise<T>, timeoutMs = 5000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw last instanceof Error ? last : new Error('condition not met in time');
}

/**
 * The node of `uri` as the tree lists it: from the root down through the folder nodes that lead to it, one
 * expansion at a time, as a person would open them. Throws if a folder on the way or the source is not listed.
 */
export async function listedSource(tree: vscode.TreeDataProvider<SourcesTreeNode>, uri: vscode.Uri): Promise<SourceNode> {
  let parent: SourcesTreeNode | undefined;
  for (;;) {
    const children = (await tree.getChildren(parent)) ?? [];
    const source = children.find((node): node is SourceNode => node.kind === 'source' && node.uri.toString() === uri.toString());
    if (source) return source;
    const folder = children.find((node): node is FolderNode => node.kind === 'folder' && uri.path.startsWith(`${node.uri.path}/`));
    assert.ok(folder, `${uri.path} is listed (looked under ${parent && 'uri' in parent ? parent.uri.path : 'the root'})`);
    parent = folder;
  }
}
