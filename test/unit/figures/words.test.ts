import { figureTable } from './table';

// Counts, digits and words: the value is normalised, the unit is the counted noun as written (lower-case, plural
// kept), null when nothing is counted ("Fifteen of them").
describe('figures: counts and numbers in words', () => {
  figureTable([
    ['Fifteen of them have already offered forces.', [['Fifteen', 15, null]]],
    ['Hundreds of thousands of ordinary people took to the streets.', [['thousands of ordinary people', 100000, 'people', 'hundreds of']]],
    ['Tens of thousands of troops massed on the border.', [['thousands of troops', 10000, 'troops', 'tens of']]],
    ['Ukraine shot down a dozen drones.', [['a dozen drones', 12, 'drones']]],
    ['Dozens of people were hurt.', [['Dozens of people', 12, 'people', 'dozens of']]],
    ['It affects 1.5 million people.', [['1.5 million people', 1.5e6, 'people']]],
    ['The plan would deploy 1,200 troops.', [['1,200 troops', 1200, 'troops']]],
    ['The company sold 3.2bn shares.', [['3.2bn shares', 3.2e9, 'shares']]],
    ['200 military planners have been drawing up a plan.', [['200 military planners', 200, 'planners']]],
    ['it had destroyed 84 drones overnight, but 17 sites had been struck', [['84 drones', 84, 'drones'], ['17 sites', 17, 'sites']]],
    ['killing 22 people, including four children', [['22 people', 22, 'people'], ['four children', 4, 'children']]],
    ['Britain, France and 16 other allies pledged support.', [['16 other allies', 16, 'allies']]],
    ['plans to finance over 5,000 advanced air defense missiles', [['5,000 advanced air defense missiles', 5000, 'missiles', 'over']]],
    ['two hundred and fifty soldiers', [['two hundred and fifty soldiers', 250, 'soldiers']]],
    ['twenty-five villages were shelled', [['twenty-five villages', 25, 'villages']]],
    ['half a million refugees', [['half a million refugees', 500000, 'refugees']]],
    ['a million people', [['a million people', 1e6, 'people']]],
    ['Even including the 509k barrel addition to the SPR', [['509k barrel', 509000, 'barrel']]],
    ['the two sides have yet to find common ground', [['two sides', 2, 'sides']]],
    ['A capacity crowd of 15,862 watched.', [['15,862', 15862, null]]],
    ['a 12-member jury', [['12-member', 12, 'member']]],
    ['a top speed of less than 80 km/h', [['80 km/h', 80, 'km/h', 'less than']]],
    ['the vote was 432 to 202 against', [['432', 432, null], ['202', 202, null]]],
    ['between 10 and 15 million people', [['10', 1e7, 'people'], ['15 million people', 1.5e7, 'people']]],
  ]);
});
