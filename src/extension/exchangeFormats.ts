// The export/import formats and the CSV writer are needed only when someone exports or imports. The Node build
// turns this import into a require of dist/exchange.js, shipped beside the main bundle (esbuild.mjs); the web
// build, whose worker cannot require, bundles it inline.
export type ExchangeFormats = typeof import('../core/export/formats');

export function loadExchangeFormats(): Promise<ExchangeFormats> {
  return import('../core/export/formats');
}
