package dev.crosscheck.normalise;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every example named in issue #3, in a sentence, with the value, interval and rule a user would see. */
class NormaliserGoldenTest {

  @ParameterizedTest(name = "{1} => {2} {4}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # reference | sentence | expression | type | value | interval | rule
      2025-05-02 | Carney announced Friday that he will travel to Washington next Tuesday. | next Tuesday | date | 2025-05-06 | 2025-05-06/2025-05-07 | weekday-next
      2025-05-02 | Carney announced Friday that he will travel to Washington next Tuesday. | Friday | date | 2025-05-02 | 2025-05-02/2025-05-03 | weekday-past
      2025-05-02 | Carney is due to meet Trump in Washington on Tuesday (May 06), Bloomberg reported. | Tuesday (May 06) | date | 2025-05-06 | 2025-05-06/2025-05-07 | weekday-date-agreement
      2025-05-02 | Carney's office said in a statement on Tuesday. | Tuesday | date | 2025-04-29 | 2025-04-29/2025-04-30 | weekday-past
      2025-05-02 | The leaders will meet on Tuesday. | Tuesday | date | 2025-05-06 | 2025-05-06/2025-05-07 | weekday-future
      2025-05-02 | He spoke to Trump last Tuesday. | last Tuesday | date | 2025-04-29 | 2025-04-29/2025-04-30 | weekday-last
      2025-05-02 | The deal was signed on May 6, 2025. | May 6, 2025 | date | 2025-05-06 | 2025-05-06/2025-05-07 | date
      2025-05-02 | The talks will open on 6 May. | 6 May | date | 2025-05-06 | 2025-05-06/2025-05-07 | monthday-future
      2025-05-02 | The filing is dated 2025-05-06. | 2025-05-06 | date | 2025-05-06 | 2025-05-06/2025-05-07 | date
      2025-05-02 | Canadians voted on April 28. | April 28 | date | 2025-04-28 | 2025-04-28/2025-04-29 | monthday-past
      2025-05-02 | The leaders first spoke by phone on 28 March. | 28 March | date | 2025-03-28 | 2025-03-28/2025-03-29 | monthday-past
      2025-05-02 | Carney succeeded Trudeau as Liberal leader in March. | March | date | 2025-03 | 2025-03-01/2025-04-01 | month-past
      2025-05-02 | In February, Trudeau warned business leaders. | February | date | 2025-02 | 2025-02-01/2025-03-01 | month-past
      2025-05-02 | In 2025, the economy slowed. | 2025 | date | 2025 | 2025-01-01/2026-01-01 | year
      2025-05-02 | The plant opened in May 2010. | May 2010 | date | 2010-05 | 2010-05-01/2010-06-01 | month-year
      2025-05-02 | Markets rallied today. | today | date | 2025-05-02 | 2025-05-02/2025-05-03 | deictic-day
      2025-05-02 | Markets fell yesterday. | yesterday | date | 2025-05-01 | 2025-05-01/2025-05-02 | deictic-day
      2025-05-02 | He became prime minister last month. | last month | date | 2025-04 | 2025-04-01/2025-05-01 | month-last
      2025-05-02 | The envoy arrives this week. | this week | date | 2025-W18 | 2025-04-28/2025-05-05 | week-this
      2025-05-02 | Trump hinted at the meeting earlier this week. | earlier this week | date | 2025-W18 | 2025-04-28/2025-05-03 | week-this-earlier
      2025-05-02 | Elections are due next year. | next year | date | 2026 | 2026-01-01/2027-01-01 | year-next
      2025-05-02 | He resigned two weeks ago. | two weeks ago | date | 2025-04-18 | 2025-04-18/2025-04-19 | ago-week
      2025-05-02 | She won four years ago. | four years ago | date | 2021 | 2021-01-01/2022-01-01 | ago-year
      2025-05-02 | Carney would visit within the next week or less. | within the next week | date | (2025-05-02,2025-05-09,P1W) | 2025-05-02/2025-05-10 | span-next
      2025-05-02 | Details will be released in the coming days. | in the coming days | date | FUTURE_REF | 2025-05-02/ | span-next-open
      2025-05-02 | They spoke on Tuesday, the day after the election. | the day after | date | XXXX-XX-XX | - | unresolved-anaphoric
      2025-05-02 | Prices soared last summer. | last summer | date | 2024-SU | 2024-06-01/2024-09-01 | season-past
      2025-05-02 | The plant opened in the summer of 2012. | summer of 2012 | date | 2012-SU | 2012-06-01/2012-09-01 | season-year
      2025-05-02 | Talks collapsed in early December. | early December | date | 2024-12 | 2024-12-01/2024-12-11 | month-past+early
      2025-05-02 | The tariffs were announced late last July. | late last July | date | 2024-07 | 2024-07-22/2024-08-01 | month-last+late
      2025-05-02 | Trade boomed in the 1990s. | 1990s | date | 199 | 1990-01-01/2000-01-01 | decade
      2025-05-02 | Borders were drawn in the 19th century. | the 19th century | date | 18 | 1800-01-01/1900-01-01 | century
      2025-05-02 | The deal lasts five years. | five years | duration | P5Y | - | duration
      2025-05-02 | The review took a month. | a month | duration | P1M | - | duration
      2025-05-02 | The talks took two weeks. | two weeks | duration | P2W | - | duration
      2025-05-02 | Canada faces 25% tariffs. | 25% | percent | 25 | [25, 25] | percent
      2025-05-02 | Canada faces 25 per cent tariffs. | 25 per cent | percent | 25 | [25, 25] | percent
      2025-05-02 | Canada faces 25 percent tariffs. | 25 percent | percent | 25 | [25, 25] | percent
      2025-05-02 | Canada faces twenty-five per cent tariffs. | twenty-five per cent | percent | 25 | [25, 25] | percent
      2025-05-02 | Rates rose 3 percentage points. | 3 percentage points | percent | 3 | [3, 3] | percentage-point
      2025-05-02 | Trade is worth over 20 per cent of its GDP. | over 20 per cent | percent | 20 | (20, +inf) | percent+above
      2025-05-02 | About 20% of voters agreed. | About 20% | percent | 20 | [18.0, 22.0] | percent+about
      2025-05-02 | 75% of its exports go to the US. | 75% | percent | 75 | [75, 75] | percent
      2025-05-02 | Tariffs of between 20 and 25 per cent were imposed. | between 20 and 25 per cent | percent | 20 | [20, 25] | percent-range
      2025-05-02 | The fund holds $1.3 billion. | $1.3 billion | money | 1300000000 | [1300000000, 1300000000] | money-dollar-unstated
      2025-05-02 | More than $760 billion in goods crossed the border. | More than $760 billion | money | 760000000000 | (760000000000, +inf) | money-dollar-unstated+above
      2025-05-02 | Canada spent over $60 billion in the last two years. | over $60 billion | money | 60000000000 | (60000000000, +inf) | money-dollar-unstated+above
      2025-05-02 | Canada spent over $60 billion in the last two years. | in the last two years | date | (2023-05-02,2025-05-02,P2Y) | 2023-05-02/2025-05-03 | span-past
      2025-05-02 | The firm raised US$5m. | US$5m | money | 5000000 | [5000000, 5000000] | money-usd
      2025-05-02 | Ottawa pledged C$10 million. | C$10 million | money | 10000000 | [10000000, 10000000] | money-cad
      2025-05-02 | The bank lost £2bn. | £2bn | money | 2000000000 | [2000000000, 2000000000] | money-gbp
      2025-05-02 | Brussels fined it €3 million. | €3 million | money | 3000000 | [3000000, 3000000] | money-eur
      2025-05-02 | The offer went as high as $184M. | as high as $184M | money | 184000000 | (-inf, 184000000] | money-dollar-unstated+at-most
      2025-05-02 | Nearly 30% said no. | Nearly 30% | percent | 30 | [27.0, 30) | percent+nearly
      2025-05-02 | At least 10% said yes. | At least 10% | percent | 10 | [10, +inf) | percent+at-least
      2025-05-02 | Up to 40% may leave. | Up to 40% | percent | 40 | (-inf, 40] | percent+at-most
      2025-05-02 | A dozen ministers attended. | A dozen | number | 12 | [12, 12] | number
      2025-05-02 | The suspect, a 60-year-old, was arrested. | 60-year-old | number | 60 | [60, 60] | age
      2025-05-02 | The plant will close at the end of the year. | the end of the year | date | 2025 | 2025-09-02/2026-01-01 | year-this+late
      2025-05-02 | Output fell at the beginning of the month. | the beginning of the month | date | 2025-05 | 2025-05-01/2025-05-11 | month-this+early
      2025-05-02 | Sales rose earlier in the week. | earlier in the week | date | 2025-W18 | 2025-04-28/2025-05-03 | week-this-earlier
      2025-05-02 | Results for 2017-Q1 were strong. | 2017-Q1 | date | 2017-Q1 | 2017-01-01/2017-04-01 | quarter
      2025-05-02 | The index for 2016 - 11. | 2016 - 11 | date | 2016-11 | 2016-11-01/2016-12-01 | numeric-month
      2025-05-02 | The treaty was signed on July 4th of 1995. | July 4th of 1995 | date | 1995-07-04 | 1995-07-04/1995-07-05 | date
      """)
  void findsAndResolves(String ref, String sentence, String found, String type, String value, String interval,
      String rule) {
    GoldenCases.assertRow(ref, sentence, found, type, value, interval, rule);
  }
}
