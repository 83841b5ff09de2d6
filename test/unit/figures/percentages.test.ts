import { figureTable } from './table';

// Percentages: the value is the percentage itself (3.5% → 3.5), the unit `%`.
describe('figures: percentages', () => {
  figureTable([
    ['a proposal to increase defense spending to 3.5% of GDP', [['3.5%', 3.5, '%']]],
    ['their current two percent spending goal', [['two percent', 2, '%']]],
    ['Unemployment fell to 40 per cent.', [['40 per cent', 40, '%']]],
    ['a baseline duty of 10 percent', [['10 percent', 10, '%']]],
    ['prices are still down about 11% this year', [['11%', 11, '%', 'about']]],
    ['inflation of 2.5 %', [['2.5 %', 2.5, '%']]],
    ['a near-30 per cent drop in profit', [['30 per cent', 30, '%', 'near']]],
    ['a 5-percent rise', [['5-percent', 5, '%']]],
    ['it ranged from zero per cent to 0.5 per cent', [['zero per cent', 0, '%'], ['0.5 per cent', 0.5, '%']]],
    ['rates rose by 4 to 6 per cent', [['4', 4, '%'], ['6 per cent', 6, '%']]],
    ['the index rose 0.1 percentage points', [['0.1 percentage points', 0.1, 'percentage points']]],
    ['the bank cut rates by 25 basis points', [['25 basis points', 25, 'basis points']]],
  ]);
});
