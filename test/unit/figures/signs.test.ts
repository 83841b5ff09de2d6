import { figureTable } from './table';

// A minus sign makes a figure negative; a temperature sign is a count's unit.
describe('figures: negative values and temperatures', () => {
  figureTable([
    ['GDP growth was -0.3% in the quarter', [['-0.3%', -0.3, '%']]],
    ['down −2.1 per cent from a year ago', [['−2.1 per cent', -2.1, '%']]],
    ['a wind chill of -40 C overnight', [['-40 C', -40, '°C']]],
    ['highs of 30 C by Sunday', [['30 C', 30, '°C']]],
    ['up to 35°C on Monday', [['35°C', 35, '°C', 'up to']]],
    ['as cold as -5 °F', [['-5 °F', -5, '°F']]],
    ['the range was 10-15 people', [['10-15 people', 10, 'people']]],
    ['a fleet of 30 F-35 jets', [['30 F-35 jets', 30, 'jets']]],
  ]);
});

// The figure a change is measured from counts what the changed one does.
describe('figures: the unit of a comparison', () => {
  figureTable([
    ['employs roughly 8,100 people, down from 11,600 in 2022', [['8,100 people', 8100, 'people', 'roughly'], ['11,600', 11600, 'people']]],
    ['rose to 6.9 per cent, up from 6.5 in May', [['6.9 per cent', 6.9, '%'], ['6.5', 6.5, '%']]],
    ['4,000 units compared with 3,200 a year ago', [['4,000 units', 4000, 'units'], ['3,200', 3200, 'units']]],
    ['delivered 484,507 vehicles in the fourth quarter, up from 405,278 a year earlier', [['484,507 vehicles', 484507, 'vehicles'], ['405,278', 405278, 'vehicles']]],
    ['4,000 units in 2023 and 3,200 in 2024', [['4,000 units', 4000, 'units'], ['3,200', 3200, null]]],
  ]);
});

// A part of a whole counts what the whole does.
describe('figures: the unit of a part ("40 of the 58 drones")', () => {
  figureTable([
    ['shot down 40 of the 58 drones', [['40', 40, 'drones'], ['58 drones', 58, 'drones']]],
    ['Three of the 10 people were hurt', [['Three', 3, 'people'], ['10 people', 10, 'people']]],
    ['won 12 of 20 races', [['12', 12, 'races'], ['20 races', 20, 'races']]],
    ['only 5 of the 40% stayed', [['5', 5, null], ['40%', 40, '%']]],
  ]);
});

// "three out of four voters" is a share like "one in five"; a glued m before what news counts in millions is a
// million, not metres; a glued C after a temperature's number is degrees.
describe('figures: proportions, glued millions and glued degrees', () => {
  figureTable([
    ['Three out of four voters agreed', [['Three out of four voters', 75, '%']]],
    ['Nine out of 10 doctors agree', [['Nine out of 10 doctors', 90, '%']]],
    ['Some 1.5m people were affected', [['1.5m people', 1500000, 'people', 'some']]],
    ['pumping 5m barrels a day', [['5m barrels', 5000000, 'barrels']]],
    ['He is 1.8m tall', [['1.8m', 1.8, 'm']]],
    ['won the 400m hurdles', [['400m', 400, 'm']]],
    ['Temperatures hit 40C on Sunday', [['40C', 40, '°C']]],
    ['A low of -5C overnight', [['-5C', -5, '°C']]],
    ['He lives in Apartment 4C', []],
  ]);
});
