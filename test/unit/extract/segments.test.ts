import assert from 'node:assert/strict';
import { segmentArticles } from '../../../src/core/extract/segments';
import { ParagraphsSeen } from '../../../src/core/extract/paragraphsSeen';

const P1 = 'The minister said on Tuesday that the plan would be presented to allies within weeks.';
const P2 = 'Officials in both capitals have spent months drawing up the details of the force.';
const P3 = 'Critics argue that without American air cover the mission would be too risky to attempt.';

/** Each segment as `kind:first line` (and `>n` for the article a duplicate repeats). */
function shape(text: string): string[] {
  return segmentArticles(text).map((a) => `${a.kind}:${text.slice(a.start, a.end).split('\n')[0]}${a.duplicateOf === undefined ? '' : `>${a.duplicateOf}`}`);
}

describe('article segmentation', () => {
  const cases: Array<[string, string, string[]]> = [
    ['one main article', `Headline of the day\n${P1}\n${P2}`, ['main:Headline of the day']],
    ['an empty text is one empty main article', '', ['main:']],
    ['a repeated headline is a duplicate of the first', `Headline of the day, repeated by the scraper\nHeadline of the day, repeated by the scraper\n${P1}`, ['main:Headline of the day, repeated by the scraper', 'duplicate:Headline of the day, repeated by the scraper>0', 'main:' + P1]],
    ['a repeated paragraph in other quote marks and case', `${P1}\n"${P2.toUpperCase()}"\n\n“${P2}”`, ['main:' + P1, 'duplicate:“' + P2 + '”>0']],
    ['a repeated passage goes on through its short lines', `${P1}\n${P2}\nAlso,\n${P3}\n\n${P2}\nAlso,\n${P3}`, ['main:' + P1, 'duplicate:' + P2 + '>0']],
    ['a repeat takes in the short lines before it that repeat the original\'s', `Main headline here\n${P1}\nShare this article\n\nOutlet Name\n${P2}\n\nOutlet Name\n${P2}`, ['main:Main headline here', 'boilerplate:Share this article', 'related:Outlet Name', 'duplicate:Outlet Name>2']],
    ['a subheading inside the main article is no card: the article goes on', `Plan unveiled\n${P1}\n\nWhat critics say\n${P2}\n\nWhat comes next\n${P3}`, ['main:Plan unveiled']],
    ['the page\'s pointers elsewhere are furniture', `Plan unveiled\n${P1}\nStory continues below advertisement\n${P2}\nREAD MORE: Another story entirely, in brief\n${P3}`, ['main:Plan unveiled', 'boilerplate:Story continues below advertisement', 'main:' + P2, 'boilerplate:READ MORE: Another story entirely, in brief', 'main:' + P3]],
    ['furniture is boilerplate and the main article resumes after it', `${P1}\nShare this article\n${P2}\nLeave a Reply`, ['main:' + P1, 'boilerplate:Share this article', 'main:' + P2, 'boilerplate:Leave a Reply']],
    ['bylines, datelines and sources', `By Jane Doe\n${P1}\nThu, 06/05/2025 - 02:45\nSource: BBC News`, ['boilerplate:By Jane Doe', 'main:' + P1, 'boilerplate:Thu, 06/05/2025 - 02:45']],
    ['a "Related Articles" marker makes what follows related', `${P1}\nRelated Articles\nAnother story entirely\n${P3}`, ['main:' + P1, 'boilerplate:Related Articles', 'related:Another story entirely']],
    ['an outlet card after the main article', `${P1}\n\nJapan Times\n15 minutes ago\n- Japan Times\nThe MAGA odd couple turns combustible\n${P3}`, ['main:' + P1, 'related:Japan Times', 'boilerplate:15 minutes ago', 'related:The MAGA odd couple turns combustible']],
    ['the site\'s title, header and tagline, by the name its byline gives', `Border talks stall again\n${P1}\n${P2}\nMara Voss | The Ledger Post\nThe Ledger Post\nBorder talks stall again as both sides dig in | TheLedgerPost\nThe Ledger Post - News you can count on\n\n${P3}`, ['main:Border talks stall again', 'boilerplate:Mara Voss | The Ledger Post', 'main:' + P3]],
    ['a "Share on" row, a byline with its outlet and a closed comment box are furniture', `Wildfire forces evacuation\nShare on Facebook Share on X Email\nBy Marcus Lee · The Canadian Press\n${P1}\n${P2}\nComments are closed for this story.`, ['main:Wildfire forces evacuation', 'boilerplate:Share on Facebook Share on X Email', 'main:' + P1, 'boilerplate:Comments are closed for this story.']],
    ['a byline with its desk, a share row, a newsletter box and the copyright line: the main article goes on', `Council approves budget\nBy Jane Doe, Staff Reporter\nShare this article\nFacebook Twitter Email\n${P1}\nAdvertisement\n${P2}\nSign up for our newsletter\nGet the latest news delivered to your inbox.\n© 2024 Metro News. All rights reserved.`, ['main:Council approves budget', 'boilerplate:By Jane Doe, Staff Reporter', 'main:' + P1, 'boilerplate:Advertisement', 'main:' + P2, 'boilerplate:Sign up for our newsletter']],
    ['a page header before the body (a credit line, timestamps) opens no card: the body is the main article', `Transit fares to rise 10 cents in January\nTransit fares to rise 10 cents in January\nCityNews Staff\nPosted December 3, 2026 4:12 pm.\nLast Updated December 3, 2026 6:40 pm.\n\n${P1}\n\n${P2}`, ['main:Transit fares to rise 10 cents in January', 'duplicate:Transit fares to rise 10 cents in January>0', 'boilerplate:CityNews Staff', 'main:' + P1]],
    ['a writer\'s name and outlet before the body opens no card either', `Transit fares to rise\nJane Doe\nMetro News\nPosted December 3, 2026\n\n${P1}\n\n${P2}`, ['main:Transit fares to rise', 'boilerplate:Posted December 3, 2026', 'main:' + P1]],
    ['a sentence opening with "From" and a comma is no byline', `Borrowed time\n${P1}\nFrom then on, it was love on borrowed time.\n${P2}`, ['main:Borrowed time']],
    ['a name used once is no site\'s: the line after a lone "A | B" is read as ever', `Border talks stall again\n${P1}\nMara Voss | Field Notes\nThe Ledger Post\n${P2}`, ['main:Border talks stall again', 'boilerplate:Mara Voss | Field Notes', 'main:The Ledger Post']],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(shape(text), expected));

  it('puts every non-blank line in exactly one segment, CRLF or not', () => {
    for (const text of [`Headline\r\n${P1}\r\n\r\n${P1}\r\nComments`, `Headline\n${P1}\n\n${P1}\nComments`]) {
      const articles = segmentArticles(text);
      let at = 0;
      for (const line of text.split('\n')) {
        const trimmed = line.trim();
        const start = text.indexOf(trimmed, at);
        if (trimmed) assert.equal(articles.filter((a) => a.start <= start && start + trimmed.length <= a.end).length, 1, line);
        at += line.length + 1;
      }
    }
  });

  it('names a duplicate by the article its first repeated line is in', () => {
    const text = `${P1}\nRelated Articles\nOther headline\n${P3}\n\nOther headline\n${P3}`;
    const articles = segmentArticles(text);
    const duplicate = articles.find((a) => a.kind === 'duplicate')!;
    assert.equal(articles[duplicate.duplicateOf!].kind, 'related');
  });
});

describe('paragraphs seen', () => {
  it('keeps the first article of each paragraph, by both hashes', () => {
    const seen = new ParagraphsSeen();
    seen.add(7, 1, 0);
    seen.add(7, 1, 3); // a repeat: the first article stays
    seen.add(7, 2, 4); // same key, other check: another paragraph
    seen.add(7, 3, 5);
    seen.add(7, 2, 6);
    seen.add(9, 1, 8);
    assert.equal(seen.get(7, 1), 0);
    assert.equal(seen.get(7, 2), 4);
    assert.equal(seen.get(7, 3), 5);
    assert.equal(seen.get(9, 1), 8);
    assert.equal(seen.get(7, 4), undefined);
    assert.equal(seen.get(8, 1), undefined);
  });
});
