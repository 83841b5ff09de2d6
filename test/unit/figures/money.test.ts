import { figureTable } from './table';

// Money keeps its currency as an ISO code and its value in units (not millions).
describe('figures: money', () => {
  figureTable([
    ['This explains why we passed £1 billion ($1.24 billion) in confiscated assets.', [['£1 billion', 1e9, 'GBP'], ['$1.24 billion', 1.24e9, 'USD']]],
    ['The union pledged 1 billion euros to the fund.', [['1 billion euros', 1e9, 'EUR']]],
    ['It costs US$5 a month.', [['US$5', 5, 'USD']]],
    ['Tickets cost C$3 each.', [['C$3', 3, 'CAD']]],
    ['The deal was worth $5m last year.', [['$5m', 5e6, 'USD']]],
    ['Brussels set aside €2.5bn for drones.', [['€2.5bn', 2.5e9, 'EUR']]],
    ['Kyiv allocated 10 million hryvnias to the shelters.', [['10 million hryvnias', 1e7, 'UAH']]],
    ['a loan of 2.26 billion pounds and 1.6 billion pounds in export financing', [['2.26 billion pounds', 2.26e9, 'GBP'], ['1.6 billion pounds', 1.6e9, 'GBP']]],
    ['Musk had vowed to spend $100 million on the midterms.', [['$100 million', 1e8, 'USD']]],
    ['it adds $2.4 trillion to the deficit', [['$2.4 trillion', 2.4e12, 'USD']]],
    ['Moscow fined the firm 3 billion roubles.', [['3 billion roubles', 3e9, 'RUB']]],
    ['Toyota earned 2.5 trillion yen.', [['2.5 trillion yen', 2.5e12, 'JPY']]],
    ['Beijing lent 40 billion yuan.', [['40 billion yuan', 4e10, 'CNY']]],
    ['The bank holds CHF 3bn in reserves.', [['CHF 3bn', 3e9, 'CHF']]],
    ['India spent ₹500 crore on it.', [['₹500 crore', 5e9, 'INR']]],
    ['Canberra offered A$50 million.', [['A$50 million', 5e7, 'AUD']]],
    ['It would cost the province $1.5-billion a year.', [['$1.5-billion', 1.5e9, 'USD']]],
    ['Crude rose to $52.21 per barrel.', [['$52.21', 52.21, 'USD']]],
    ['The fund is worth USD 5 million.', [['USD 5 million', 5e6, 'USD']]],
    ['It saves families thousands of dollars a year.', [['thousands of dollars', 1000, 'USD', 'thousands of']]],
    ['The Trump administration pledged five million dollars.', [['five million dollars', 5e6, 'USD']]],
    ['Ottawa will spend $3 billion on housing in Ontario, the Canadian government said.', [['$3 billion', 3e9, 'CAD']]],
    // a Canadian dateline is where the story was filed: with no other cue, its dollars are Canadian
    ['OTTAWA — The minister defended a $60-million contract on Wednesday.', [['$60-million', 6e7, 'CAD']]],
  ]);
});

// A hyphenated rate after an amount is how it is paid, not part of the figure.
describe('figures: amounts with a hyphenated rate', () => {
  figureTable([
    ['a $25-an-hour wage', [['$25', 25, 'USD']]],
    ['a $90,000-a-year job', [['$90,000', 90000, 'USD']]],
    ['the $100-per-barrel mark', [['$100', 100, 'USD']]],
  ]);
});
