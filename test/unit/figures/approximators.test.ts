import { figureTable } from './table';

// Approximators go to `approximation` (lower case) and never into the span.
describe('figures: approximators', () => {
  figureTable([
    ['About 30 leaders will take part.', [['30 leaders', 30, 'leaders', 'about']]],
    ['a plan to deploy up to 30,000 troops', [['30,000 troops', 30000, 'troops', 'up to']]],
    ['around 500 people', [['500 people', 500, 'people', 'around']]],
    ['nearly 150 people', [['150 people', 150, 'people', 'nearly']]],
    ['almost 40% of voters', [['40%', 40, '%', 'almost']]],
    ['more than 70 fights', [['70 fights', 70, 'fights', 'more than']]],
    ['at least 12 civilians', [['12 civilians', 12, 'civilians', 'at least']]],
    ['some 16,000 square meters', [['16,000 square meters', 16000, 'meters', 'some']]],
    ['roughly 2,000 homes', [['2,000 homes', 2000, 'homes', 'roughly']]],
    ['less than 5% of the budget', [['5%', 5, '%', 'less than']]],
    ['fewer than 100 tanks', [['100 tanks', 100, 'tanks', 'fewer than']]],
    ['well over 250 yards out', [['250 yards', 250, 'yards', 'well over']]],
    ['just over US$1.9 million last year', [['US$1.9 million', 1.9e6, 'USD', 'just over']]],
    ['approximately 1,300 people attended', [['1,300 people', 1300, 'people', 'approximately']]],
  ]);
});
