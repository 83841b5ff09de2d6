// Every command id Newsmark contributes, in one place (package.json `contributes.commands` lists the same).
export const CommandIds = {
  refreshSources: 'newsmark.refreshSources',
  revealAnnotation: 'newsmark.revealAnnotation',
  toggleDecorations: 'newsmark.toggleDecorations',
  nextQuote: 'newsmark.nextQuote',
  previousQuote: 'newsmark.previousQuote',
  groupBySpeaker: 'newsmark.groupBySpeaker',
  groupBySource: 'newsmark.groupBySource',
  filterTree: 'newsmark.filterTree',
  clearTreeFilter: 'newsmark.clearTreeFilter',
  annotateSelectionAsQuote: 'newsmark.annotateSelectionAsQuote',
  markSelectionAsFigure: 'newsmark.markSelectionAsFigure',
  setSpeaker: 'newsmark.setSpeaker',
  confirmAnnotation: 'newsmark.confirmAnnotation',
  rejectAnnotation: 'newsmark.rejectAnnotation',
  addNote: 'newsmark.addNote',
  editInSidecar: 'newsmark.editInSidecar',
  openSidecar: 'newsmark.openSidecar',
  reextractSource: 'newsmark.reextractSource',
  reextractWorkspace: 'newsmark.reextractWorkspace',
  exportAnnotations: 'newsmark.exportAnnotations',
  importAnnotations: 'newsmark.importAnnotations',
} as const;

export const SOURCES_VIEW_ID = 'newsmark.sources';
