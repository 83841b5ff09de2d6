import { anchoringProperty, interleavingProperty, roundTripProperty } from './properties';

// A few hundred cases here; bench/sidecar-soak.mjs runs the same properties with 10,000.
describe('sidecar properties (fast-check)', function () {
  this.timeout(30000);
  it('load(serialize(model)) equals the model', () => roundTripProperty(120));
  it('edits that do not touch a quote keep it anchored to the same words', () => anchoringProperty(100));
  it('interleaved source edits, re-extractions and hand edits lose nothing a person made', () => interleavingProperty(60));
});
