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
    // a proportion "N in M" is a share in per cent, never a count of M
    ['one in five renters said prices were too high', [['one in five renters', 20, '%']]],
    ['1 in 4 Canadians skip meals', [['1 in 4 Canadians', 25, '%']]],
    ['nearly nine in 10 voters agreed', [['nine in 10 voters', 90, '%', 'nearly']]],
    ['One in three said no.', [['One in three', 33.33, '%']]],
    ['she won in four sets', [['four sets', 4, 'sets']]],
  ]);
});
