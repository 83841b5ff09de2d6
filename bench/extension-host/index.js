// Runs inside the real VS Code extension host (as an extensionTestsPath, started by bench/activation.mjs):
// activates Newsmark, reads the activation time it measured itself, times the tree's first paint (the root's
// children and their items) and writes the figures to NEWSMARK_BENCH_RESULTS.
const { writeFileSync } = require('node:fs');
const vscode = require('vscode');

exports.run = async function run() {
  const extension = vscode.extensions.getExtension('newsmark.newsmark');
  const t0 = performance.now();
  const api = await extension.activate();
  const activateCallMs = performance.now() - t0;
  const t1 = performance.now();
  const roots = await api.sourcesTree.getChildren();
  for (const node of roots) await api.sourcesTree.getTreeItem(node);
  const firstPaintMs = performance.now() - t1;
  // VS Code's own share of it: the file search the tree's listing rests on
  const t2 = performance.now();
  await vscode.workspace.findFiles('**/*.txt');
  const findFilesMs = performance.now() - t2;
  const t3 = performance.now();
  for (const node of roots) await api.sourcesTree.getTreeItem(node);
  const treeItemsMs = performance.now() - t3;
  writeFileSync(process.env.NEWSMARK_BENCH_RESULTS, JSON.stringify({ activationMs: api.activationMs, activateCallMs, firstPaintMs, findFilesMs, treeItemsMs, roots: roots.length }));
};
