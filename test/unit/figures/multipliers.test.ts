import { figureTable } from './table';

// Multipliers (unit `x`): -fold, twice, "N times"; doubling verbs are not figures.
describe('figures: multipliers', () => {
  figureTable([
    ['to expand air-defense capabilities fivefold', [['fivefold', 5, 'x']]],
    ['NATO Is Pushing Europeans for Fivefold Boost', [['Fivefold', 5, 'x']]],
    ['a five-fold increase', [['five-fold', 5, 'x']]],
    ['a 10-fold rise', [['10-fold', 10, 'x']]],
    ['after shooting his mouth off twice last week', [['twice', 2, 'x']]],
    ['three times as many drones as last year', [['three times', 3, 'x']]],
    ['the attacks rose 5x in a month', [['5x', 5, 'x']]],
    ['Russia has doubled its output and tripled its stock.', []],
    ['Exports will double by 2030.', []],
  ]);
});
