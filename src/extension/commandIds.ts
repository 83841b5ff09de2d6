// Every command id Newsmark contributes, in one place (package.json `contributes.commands` lists the same).
export const CommandIds = {
  refreshSources: 'newsmark.refreshSources',
  revealAnnotation: 'newsmark.revealAnnotation',
  toggleDecorations: 'newsmark.toggleDecorations',
  nextQuote: 'newsmark.nextQuote',
  previousQuote: 'newsmark.previousQuote',
} as const;

export const SOURCES_VIEW_ID = 'newsmark.sources';
