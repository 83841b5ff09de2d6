import * as vscode from 'vscode';
import { annotationAt, type SourceAnnotations } from '../core/annotations';
import type { AnnotationStore } from './annotationStore';
import { figureHover, personHover, quoteHover, type PersonHoverFacts } from './hoverMarkdown';
import type { WorkspacePeopleIndex } from './workspacePeopleIndex';

const QUOTES_FROM_ELSEWHERE = 3;

/** Who is this, what is this number, who said this: hovers on speakers, figures and quotes in a source. */
export class AnnotationHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly store: AnnotationStore,
    private readonly people: WorkspacePeopleIndex,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    if (!this.store.isSource(document.uri)) return undefined;
    const state = await this.store.get(document.uri);
    if (state.text !== document.getText()) return undefined;
    const offset = document.offsetAt(position);
    const { annotations } = state;
    const range = (span: { start: number; end: number }) => new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));

    const mention = personMentionAt(annotations, offset);
    if (mention) {
      const spoken = annotations.quotes.filter((quote) => quote.speaker === mention.person.name && quote.status !== 'rejected' && quote.status !== 'orphaned');
      // A scraped page often repeats a paragraph; the same words twice are one quote to the reader.
      const quotesHere = spoken.filter((quote, index) => spoken.findIndex((other) => other.text === quote.text) === index);
      const facts = await this.workspaceFacts(document.uri, mention.person.name);
      return new vscode.Hover(personHover({ person: mention.person, quotesHere, ...facts }), range(mention.span));
    }
    const figure = annotationAt(annotations.figures.filter((f) => f.status !== 'orphaned'), offset);
    if (figure) return new vscode.Hover(figureHover(figure), range(figure));
    const quote = annotationAt(annotations.quotes.filter((q) => q.status !== 'orphaned'), offset);
    if (quote) return new vscode.Hover(quoteHover(quote), range(quote));
    return undefined;
  }

  /** What the rest of the workspace says about someone: their quote count, a few quotes, the other sources. */
  private async workspaceFacts(here: vscode.Uri, name: string): Promise<Partial<PersonHoverFacts>> {
    const known = await this.people.find(name);
    if (!known) return {};
    const elsewhere = known.quotes.filter(({ sourceId }) => sourceId !== here.toString());
    return {
      quotesInWorkspace: known.quotes.length,
      quotesElsewhere: elsewhere.slice(0, QUOTES_FROM_ELSEWHERE).map(({ sourceId, quote }) => ({ sourceName: displayName(sourceId), text: quote.text })),
      otherSources: known.sources.filter((source) => source !== here.toString()).map(displayName),
      roles: known.roles,
      aliases: known.aliases,
    };
  }
}

function displayName(sourceId: string): string {
  return vscode.workspace.asRelativePath(vscode.Uri.parse(sourceId), false);
}

function personMentionAt(annotations: SourceAnnotations, offset: number) {
  for (const person of annotations.people) {
    const span = person.mentions.find((mention) => mention.start <= offset && offset <= mention.end);
    if (span) return { person, span };
  }
  for (const quote of annotations.quotes) {
    const span = quote.speakerMention;
    if (!span || offset < span.start || offset > span.end || !quote.speaker) continue;
    const person = annotations.people.find((p) => p.name === quote.speaker) ?? {
      name: quote.speaker,
      kind: 'person' as const,
      aliases: [],
      role: quote.role,
      roles: quote.role ? [quote.role] : [],
      mentions: [span],
    };
    return { person, span };
  }
  return undefined;
}

export function registerHovers(store: AnnotationStore, people: WorkspacePeopleIndex): vscode.Disposable {
  // Any text document may be a source (the settings decide); the provider checks cheaply.
  return vscode.languages.registerHoverProvider([{ scheme: 'file' }, { scheme: 'vscode-remote' }, { scheme: 'untitled' }, { scheme: 'vscode-vfs' }], new AnnotationHoverProvider(store, people));
}
