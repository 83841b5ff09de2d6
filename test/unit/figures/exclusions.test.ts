import { figureTable } from './table';

// What is not a figure, one table per family. Rows that also contain a real figure show the boundary.
describe('figures: dates, times and years are not figures', () => {
  figureTable([
    ['on March 3 the talks resumed', []],
    ['signed on 3 March 2025 in Paris', []],
    ['published 2025-03-01', []],
    ['the pro-democracy demonstrations of the 1990s', []],
    ['in the spring of 1989 and on June 4, 1989', []],
    ['the Dec. 2 arrest of Huawei CFO Meng Wanzhou', []],
    ['Thu, 06/05/2025 - 02:45', []],
    ['at 10:30 the convoy left', []],
    ['the vote ends at 3 p.m. on Friday', []],
    ['in 2024 the army grew', []],
    ["2022's invasion", []],
    ['an 1895 encounter', []],
    ["the '80s", []],
    // a verb after the year's noun ends the phrase: the plural further on is the clause's, not counted by the year
    ['A 2023 study found commuters lose 1.5 hours a week', []],
    ['The 2019 report showed residents left', []],
    ['2 finely minced garlic cloves', [['2 finely minced garlic cloves', 2, 'cloves']]],
  ]);
});

describe('figures: a page widget\'s counters are not figures', () => {
  figureTable([
    ['Comments (12)', []],
    ['Replies (3)', []],
    ['Share this (340 shares)', [['340 shares', 340, 'shares']]],
  ]);
});

describe('figures: ages are not figures', () => {
  figureTable([
    ['a 45-year-old man', []],
    ['aged 60, he retired', []],
    ['she died at the age of 91', []],
    ['the age of 15 is young', []],
    ['Green, 58, is caddieing again.', []],
    ['Brenden Major, 4, and Theodore Cardinal, 9.', []],
    ['who at almost 70 should be thinking of succession', []],
    ['Canadians aged 40 to 61 who had a stroke', []],
    ['a pioneer who turned 40 this month', []],
  ]);
});

describe('figures: durations are not figures', () => {
  figureTable([
    ['first Pentagon chief in 3 years to do so', []],
    ['In the next two weeks, chiefs will meet', []],
    ['a 48 hours ceasefire', []],
    ['over the last 10 days', []],
    ['after decades of neglect', []],
    ['the three-day summit', []],
    ['the first 100 days of his presidency', []],
    ['scored 15 seconds into overtime', []],
    ['after two periods', []],
  ]);
});

describe('figures: ordinals are not figures', () => {
  figureTable([
    ['the first Pentagon chief', []],
    ['for a 6th round of talks', []],
    ["Ukraine's 47th Brigade", []],
    ['the second missile struck', []],
  ]);
});

describe('figures: names and identifiers with digits are not figures', () => {
  figureTable([
    ['Article 5 collective defense', []],
    ['the G7 summit', []],
    ['F-16 jets and Su-34 bombers', []],
    ['S-400 batteries', []],
    ['the COVID-19 pandemic', []],
    ['id 8a9ec978 in the logs', []],
    ['see https://example.com/2024/05/story-123', []],
    ['call 555-123-4567 now', []],
    ['the Group of Seven summit', []],
    ["Japan's Nikkei 225 index", []],
    ['the Tesla Model 3', []],
    ['the 5G network', []],
    ['page 4 of the report', []],
    ['the Five Eyes alliance', []],
    ['the 205-pound title', []],
    ['we get day two of the talks', []],
  ]);
});

describe('figures: tweet counters, scores and records are not figures', () => {
  figureTable([
    ['The US quietly retreats, Politico. 1/', []],
    ['a thread 2/5 on the war', []],
    ['the Flames won 3-1 over Carolina', []],
    ['a 3-2 victory', []],
    ['Calgary (33-13-5) heads into the break', []],
    ['the Republicans would be 51-49 in the Senate', []],
  ]);
});

describe('figures: "one", "a" and vague plurals are not figures', () => {
  figureTable([
    ['One of the most important roles', []],
    ['no one was hurt', []],
    ['the one who left', []],
    ['one side of these wars', []],
    ['a plan and an army', []],
    ['After Western billions already sunk into Ukraine', []],
    ['casualties numbered in the thousands', []],
    ['one million people', [['one million people', 1e6, 'people']]],
    ['one percent of the vote', [['one percent', 1, '%']]],
  ]);
});
