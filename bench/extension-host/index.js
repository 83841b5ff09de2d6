// Runs inside the real VS Code extension host (as an extensionTestsPath, started by bench/activation.mjs):
// activates Newsmark, reads the activation time it measured itself, times the tree's first paint — what the
// user sees first: the root's children and their tree items — and writes the figures to NEWSMARK_BENCH_RESULTS.
const { writeFileSync } = require('node:fs');
const vscode = require('vscode');

async function paint(tree, parent) {
  const nodes = await tree.getChildren(parent);
  for (const node of nodes) tree.getTreeItem(node);
  return nodes;
}

exports.run = async function run() {
  const extension = vscode.extensions.getExtension('newsmark.newsmark');
  const t0 = performance.now();
  const api = await extension.activate();
  const activateCallMs = performance.now() - t0;
  const t1 = performance.now();
  const roots = await paint(api.sourcesTree);
  const firstPaintMs = performance.now() - t1;
  // the next thing the user sees: the first folder opened
  const firstFolder = roots.find((node) => node.kind === 'folder');
  const t2 = performance.now();
  const expanded = firstFolder ? await paint(api.sourcesTree, firstFolder) : [];
  const expandFolderMs = performance.now() - t2;
  // VS Code's own share of it: the one readDirectory the root rests on (measured again after); then a repaint
  const t3 = performance.now();
  await vscode.workspace.fs.readDirectory(vscode.workspace.workspaceFolders[0].uri);
  const readDirectoryMs = performance.now() - t3;
  const t4 = performance.now();
  await paint(api.sourcesTree);
  const repaintMs = performance.now() - t4;
  const count = (nodes, kind) => nodes.filter((node) => node.kind === kind).length;
  writeFileSync(
    process.env.NEWSMARK_BENCH_RESULTS,
    JSON.stringify({
      activationMs: api.activationMs,
      activateCallMs,
      firstPaintMs,
      expandFolderMs,
      roots: roots.length,
      rootFolders: count(roots, 'folder'),
      rootSources: count(roots, 'source'),
      firstFolderItems: expanded.length,
      readDirectoryMs,
      repaintMs,
    }),
  );
};
