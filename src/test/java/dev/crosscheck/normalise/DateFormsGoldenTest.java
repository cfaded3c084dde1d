package dev.crosscheck.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Date forms beyond the issue's own examples (weekends, decades without a century, hedged offsets, spans
 * from a day, weeks named by their first day), in news sentences, with what a user would see; and the
 * look-alikes news also writes that must give no date.
 */
class DateFormsGoldenTest {

  @ParameterizedTest(name = "{1} => {2} {4}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # reference | sentence | expression | type | value | interval | rule
      2012-06-15 | Two climbers were killed over the weekend. | the weekend | date | 2012-W23-WE | 2012-06-09/2012-06-11 | weekend-past
      2012-06-15 | The road will stay closed through the weekend. | the weekend | date | 2012-W24-WE | 2012-06-16/2012-06-18 | weekend-future
      2016-11-07 | Talks resume the weekend after the next. | the weekend after the next | date | 2016-W47-WE | 2016-11-26/2016-11-28 | weekend-after-next
      2025-05-02 | The March 5 meeting was cancelled. | March 5 | date | 2025-03-05 | 2025-03-05/2025-03-06 | monthday-past
      2025-05-02 | Output fell in March of 2019. | March of 2019 | date | 2019-03 | 2019-03-01/2019-04-01 | month-year
      2025-05-02 | The March of 2019 was cold. | March of 2019 | date | 2019-03 | 2019-03-01/2019-04-01 | month-year
      2025-05-02 | The March jobs report was weak. | March | date | 2025-03 | 2025-03-01/2025-04-01 | month-past
      2025-05-02 | Prices fell in the March of this year. | March of this year | date | 2025-03 | 2025-03-01/2025-04-01 | month-relative-year
      2025-05-02 | Sales fell through the March to May period. | March to May | date | (2025-03-01,2025-05-01,P2M) | 2025-03-01/2025-06-01 | month-range-tense
      2025-05-02 | Talks resumed on Sunday. | Sunday | date | 2025-04-27 | 2025-04-27/2025-04-28 | weekday-past
      2025-05-02 | Microsoft shipped its fix on Tuesday. | Tuesday | date | 2025-04-29 | 2025-04-29/2025-04-30 | weekday-past
      2016-11-09 | I'll go back in 3 days on Friday. | in 3 days on Friday | date | 2016-11-11 | 2016-11-11/2016-11-12 | in-days-on-weekday
      2016-11-09 | I'll go back in 3 days. | in 3 days | date | 2016-11-12 | 2016-11-12/2016-11-13 | in-days
      2025-05-02 | Filming starts in the fall. | fall | date | 2025-FA | 2025-09-01/2025-12-01 | season-unknown
      2025-05-02 | In Spring, sales rose. | Spring | date | 2024-SP | 2024-03-01/2024-06-01 | season-past
      2025-05-02 | Today, the administration acted. | Today | date | 2025-05-02 | 2025-05-02/2025-05-03 | deictic-day
      2025-05-02 | Today Obama announced a plan. | Today | date | 2025-05-02 | 2025-05-02/2025-05-03 | deictic-day
      2025-05-02 | We met on the 7. | the 7 | date | 2025-04-07 | 2025-04-07/2025-04-08 | day-past
      2025-05-02 | Sales will reach 3 million by 2030. | by 2030 | date | 2030 | /2031-01-01 | year+until
      2025-05-02 | He was sentenced on 5/12 to 2 years. | 5/12 | date | 2024-05-12 | 2024-05-12/2024-05-13 | numeric-monthday-past
      2016-11-07 | He was not there that weekend. | that weekend | date | XXXX-WXX-WE | - | unresolved-anaphoric
      2016-11-07 | It was built in 1935, the same year the first families arrived. | the same year | date | 1935 | 1935-01-01/1936-01-01 | anaphoric-year-same
      2016-11-07 | The first families arrived the same year. | the same year | date | XXXX | - | unresolved-anaphoric
      2016-11-07 | Inflation soared in the 70s. | the 70s | date | 197 | 1970-01-01/1980-01-01 | decade
      2016-11-07 | Inflation soared in the 70's. | the 70's | date | 197 | 1970-01-01/1980-01-01 | decade
      2016-11-07 | Jobs vanished in the '40s. | '40s | date | 194 | 1940-01-01/1950-01-01 | decade
      2025-05-02 | Rates fell in the '20s. | '20s | date | 202 | 2020-01-01/2030-01-01 | decade
      2016-11-07 | Inflation soared in the seventies. | the seventies | date | 197 | 1970-01-01/1980-01-01 | decade-words
      2016-11-07 | In the late 90s she was a star. | the late 90s | date | 199 | 1996-09-01/2000-01-01 | decade+late
      2016-11-07 | Trade boomed in the 1990s. | 1990s | date | 199 | 1990-01-01/2000-01-01 | decade
      2016-11-07 | Prices doubled earlier this decade. | this decade | date | 201 | 2010-01-01/2020-01-01 | decade-this
      2016-11-07 | The walls date from the 15th  century. | the 15th  century | date | 14 | 1400-01-01/1500-01-01 | century
      2018-05-29 | The work will start more than 2 weeks after today. | more than 2 weeks after today | date | 2018-06-12 | 2018-06-13/ | offset-after-today+more-than
      2018-05-29 | It ended more than 2 weeks before today. | more than 2 weeks before today | date | 2018-05-15 | /2018-05-15 | offset-before-today+more-than
      2018-05-29 | It will be done less than 3 days after tomorrow. | less than 3 days after tomorrow | date | (2018-05-30,2018-06-02,P3D) | 2018-05-30/2018-06-02 | offset-after-tomorrow+less-than
      2018-05-29 | Troops will withdraw within 2 weeks from today. | within 2 weeks from today | date | (2018-05-29,2018-06-12,P2W) | 2018-05-29/2018-06-12 | offset-from-today+less-than
      2018-05-23 | The border closes for 3 days from today. | for 3 days from today | date | (2018-05-23,2018-05-26,P3D) | 2018-05-23/2018-05-26 | offset-from-today+for
      2017-11-08 | The loan is due within 5 years 1 month 12 days. | within 5 years 1 month 12 days | date | (2017-11-08,2022-12-20,P5Y1M12D) | 2017-11-08/2022-12-21 | span-next
      2018-11-07 | Flights will stop for 1 week, from 20th Dec in the north. | for 1 week, from 20th Dec | date | (2018-12-20,2018-12-27,P1W) | 2018-12-20/2018-12-27 | span-from-day+monthday-future
      2019-10-07 | Workers will strike for a week starting tomorrow. | for a week starting tomorrow | date | (2019-10-08,2019-10-15,P1W) | 2019-10-08/2019-10-15 | span-from-day+deictic-day
      2011-10-14 | The outage will be resolved during the week beginning 17 October 2011. | the week beginning 17 October 2011 | date | (2011-10-17,2011-10-24,P1W) | 2011-10-17/2011-10-24 | week-starting+date
      2019-01-10 | Talks are set for the week commencing Feb 4. | the week commencing Feb 4 | date | (2019-02-04,2019-02-11,P1W) | 2019-02-04/2019-02-11 | week-starting+monthday-future
      2019-01-10 | Talks are set for w/c Feb 4. | w/c Feb 4 | date | (2019-02-04,2019-02-11,P1W) | 2019-02-04/2019-02-11 | week-starting+monthday-future
      2016-11-07 | She will be away from Friday the 11th until Tuesday the 15th. | from Friday the 11th until Tuesday the 15th | date | (2016-11-11,2016-11-15,P4D) | 2016-11-11/2016-11-16 | range:weekday-day-agreement+weekday-day-agreement
      2019-09-05 | The plant will close from next Monday to Friday. | from next Monday to Friday | date | (2019-09-09,2019-09-13,P4D) | 2019-09-09/2019-09-14 | range:weekday-next+weekday-future
      2016-11-07 | The summit ran from 4 to January 22, 1995. | from 4 to January 22, 1995 | date | (1995-01-04,1995-01-22,P18D) | 1995-01-04/1995-01-23 | day-range
      2016-11-07 | Polls open November between 19 and 20. | November between 19 and 20 | date | (2016-11-19,2016-11-20,P1D) | 2016-11-19/2016-11-21 | day-range-tense
      2018-11-07 | APEC met in Korea Nov 18-Dec 19, 2015. | Nov 18-Dec 19, 2015 | date | (2015-11-18,2015-12-19,P31D) | 2015-11-18/2015-12-20 | range:monthday-past+date
      2018-11-07 | The fair runs from 10/1/2018-10/7/2018. | from 10/1/2018-10/7/2018 | date | (2018-10-01,2018-10-07,P6D) | 2018-10-01/2018-10-08 | numeric-range
      2018-11-07 | The fair ran 5/1-5/7, 2020. | 5/1-5/7, 2020 | date | (2020-05-01,2020-05-07,P6D) | 2020-05-01/2020-05-08 | numeric-range
      2018-11-07 | Eli Lilly sold IVAC on Dec. 31 , 1994. | Dec. 31 , 1994 | date | 1994-12-31 | 1994-12-31/1995-01-01 | date
      2018-11-07 | Eli Lilly sold IVAC on Dec31 , 1994. | Dec31 , 1994 | date | 1994-12-31 | 1994-12-31/1995-01-01 | date
      2018-11-07 | The bug struck in the year 2000. | the year 2000 | date | 2000 | 2000-01-01/2001-01-01 | year
      2018-11-07 | Troops stay until after the year 2020. | after the year 2020 | date | 2020 | 2021-01-01/ | year+after
      2018-11-07 | The survey ran 2014~2018. | 2014~2018 | date | (2014-01-01,2018-01-01,P4Y) | 2014-01-01/2019-01-01 | year-range
      2018-11-07 | He survived two nights on the mountain. | two nights | duration | P2D | - | duration
      2019-02-01 | Where were you this past Wednesday? | this past Wednesday | date | 2019-01-30 | 2019-01-30/2019-01-31 | weekday-last
      2016-11-07 | The treaty lapsed in the last 3year. | in the last 3year | date | (2013-11-07,2016-11-07,P3Y) | 2013-11-07/2016-11-08 | span-past
      2019-07-15 | Sales fell in the past two quarters. | past two quarters | date | (2019-01-01,2019-07-01,P6M) | 2019-01-01/2019-07-01 | quarters-past
      2019-07-15 | Sales will rise over the next 7 quarters. | next 7 quarters | date | (2019-10-01,2021-07-01,P21M) | 2019-10-01/2021-07-01 | quarters-next
      2019-07-15 | He flew home on 28 june in 2020. | 28 june in 2020 | date | 2020-06-28 | 2020-06-28/2020-06-29 | date
      2019-07-15 | Sales rose from April in 2016 to June in 2017. | from April in 2016 to June in 2017 | date | (2016-04-01,2017-06-01,P14M) | 2016-04-01/2017-07-01 | range:month-year+month-year
      2021-02-01 | Rooms are booked for the first 2 weeks of 2021. | the first 2 weeks of 2021 | date | (2021-01-04,2021-01-18,P2W) | 2021-01-04/2021-01-18 | first-weeks-of-year
      2019-11-08 | Maintenance takes the last 3 weeks of this year. | the last 3 weeks of this year | date | (2019-12-09,2019-12-30,P3W) | 2019-12-09/2019-12-30 | last-weeks-of-year
      2021-02-01 | He signed 40 orders in the first 100 days of 2021. | the first 100 days of 2021 | date | (2021-01-01,2021-04-11,P100D) | 2021-01-01/2021-04-11 | first-days-of-year
      2021-02-01 | Prices peaked in the last four months of 2020. | the last four months of 2020 | date | (2020-09-01,2021-01-01,P4M) | 2020-09-01/2021-01-01 | last-months-of-year
      2021-02-01 | Work ends in the third month of 2021. | the third month of 2021 | date | 2021-03 | 2021-03-01/2021-04-01 | nth-month-of-year
      2018-08-07 | Talks are set for the week of the 18th. | the week of the 18th | date | 2018-W33 | 2018-08-13/2018-08-20 | week-of+day-future
      2017-11-17 | They will meet next week between Wednesday and Friday. | next week between Wednesday and Friday | date | (2017-11-22,2017-11-24,P2D) | 2017-11-22/2017-11-25 | week-next+weekdays
      2018-11-07 | The ship set sail on 6 April seventeen hundred thirty three. | 6 April seventeen hundred thirty three | date | 1733-04-06 | 1733-04-06/1733-04-07 | date
      2018-11-07 | They left in nineteen ninety six and came back in two thousand and fifteen. | two thousand and fifteen | date | 2015 | 2015-01-01/2016-01-01 | year-spoken
      2018-11-07 | They left in nineteen ninety six and came back in two thousand and fifteen. | nineteen ninety six | date | 1996 | 1996-01-01/1997-01-01 | year-spoken
      2018-11-07 | I bought it for $12 December 27. | December 27 | date | 2017-12-27 | 2017-12-27/2017-12-28 | monthday-past
      2017-11-07 | The record is dated 08/12,2015. | 08/12,2015 | date | 2015-08-12 | 2015-08-12/2015-08-13 | date
      2017-11-07 | The record is dated Sep-23-2020. | Sep-23-2020 | date | 2020-09-23 | 2020-09-23/2020-09-24 | date
      2018-05-10 | The stock is down 20% in the year to date. | year to date | date | 2018 | 2018-01-01/2018-05-11 | year-to-date
      2013-02-12 | The vote will be held around next week. | around next week | date | 2013-W08 | 2013-02-18/2013-02-25 | week-next+around
      2012-06-15 | Thousands of women are walking around today as clones. | today | date | 2012-06-15 | 2012-06-15/2012-06-16 | deictic-day
      2018-11-07 | The temple was rebuilt in 1514 AD. | 1514 AD | date | 1514 | 1514-01-01/1515-01-01 | year
      2018-11-07 | Their 2016 ad campaign flopped. | 2016 | date | 2016 | 2016-01-01/2017-01-01 | year
      2016-11-07 | The upcoming month will be busy. | The upcoming month | date | 2016-12 | 2016-12-01/2017-01-01 | month-next
      2013-02-12 | HP had $500 million in federal contracts in fiscal 2007. | fiscal 2007 | date | FY2007 | - | fiscal-year
      2013-02-12 | Profit rose 8% in FY2019. | FY2019 | date | FY2019 | - | fiscal-year
      2013-02-12 | Exports grew in FY 2016-17, the ministry said. | FY 2016-17 | date | FY2017 | - | fiscal-year
      2013-02-12 | The deficit for fiscal year 2008 was revised. | fiscal year 2008 | date | FY2008 | - | fiscal-year
      2019-04-23 | Sales fell in the last fiscal year. | last fiscal year | date | FY2018 | - | fiscal-year-last
      2019-04-23 | Enrolment is down this school year. | this school year | date | SY2019 | - | school-year-this
      2019-04-23 | Fees rose for the 2018-19 school year. | 2018-19 school year | date | SY2019 | - | school-year
      2019-04-23 | Prices are flat this calendar year. | this calendar year | date | 2019 | 2019-01-01/2020-01-01 | calendar-year-this
      2016-11-07 | Prices fell between the end of 2007 and the end of 2008. | between the end of 2007 and the end of 2008 | date | (2008-01-01,2009-01-01,P12M) | 2008-01-01/2009-01-01 | edge-range
      2016-11-07 | Prices fell from the middle of 2007 to the end of 2008. | from the middle of 2007 to the end of 2008 | date | (2007-07-02,2009-01-01,P18M) | 2007-07-02/2009-01-01 | edge-range
      2016-11-07 | The lake froze from the end of March to the middle of September. | from the end of March to the middle of September | date | (2016-04-01,2016-09-16,P5M) | 2016-04-01/2016-09-16 | edge-range
      2019-04-23 | Talks will go on between now and November 15th. | between now and November 15th | date | (2019-04-23,2019-11-15,P206D) | 2019-04-23/2019-11-16 | edge-range
      2019-04-23 | Rates will rise between now and the end of the year. | between now and the end of the year | date | (2019-04-23,2020-01-01,P253D) | 2019-04-23/2020-01-01 | edge-range
      2018-05-04 | He will be posted abroad from this May to Oct 2020. | from this May to Oct 2020 | date | (2018-05-01,2020-10-01,P29M) | 2018-05-01/2020-11-01 | edge-range
      2018-05-04 | She served between 2015 June and 2018 May. | between 2015 June and 2018 May | date | (2015-06-01,2018-05-01,P35M) | 2015-06-01/2018-06-01 | edge-range
      2016-11-07 | Clusters docked from March to date number 40. | from March to date | date | (2016-03-01,2016-11-07,P251D) | 2016-03-01/2016-11-08 | edge-range
      2018-05-04 | He was jailed for 3.5 years. | 3.5 years | duration | P3.5Y | - | duration-decimal
      2018-05-04 | LaRue served four and a half months in prison. | four and a half months | duration | P4.5M | - | duration-fraction
      2018-05-04 | He will take a one and a quarter year gap. | one and a quarter year | duration | P1.25Y | - | duration-fraction
      2018-05-04 | He stayed a year and a half. | a year and a half | duration | P1.5Y | - | duration-fraction
      2013-02-12 | He moved to the area two and a half years ago. | two and a half years ago | date | 2010-08 | 2010-08-01/2010-09-01 | ago-fraction
      2018-05-04 | The course lasts three weekends. | three weekends | duration | P3WE | - | duration-weekends
      2018-05-04 | Crews will be out here all day. | all day | duration | P1D | - | duration-all
      2013-02-12 | The destroyer replaced the Tabar about a fortnight ago. | a fortnight ago | date | 2013-01-29 | 2013-01-29/2013-01-30 | ago-fortnight
      2021-05-20 | The law takes effect in a fortnight's time. | in a fortnight | date | 2021-06-03 | 2021-06-03/2021-06-04 | in-fortnight
      2021-05-20 | Cases rose over the past fortnight. | the past fortnight | date | (2021-05-06,2021-05-20,P2W) | 2021-05-06/2021-05-21 | span-past-fortnight
      2018-05-04 | She was born in April of 87. | April of 87 | date | 1987-04 | 1987-04-01/1987-05-01 | month-year
      2018-05-04 | She was born on 15 April of '87, in Leeds. | 15 April of '87 | date | 1987-04-15 | 1987-04-15/1987-04-16 | date
      2018-05-04 | Deaths peaked in week 53 of 2020. | week 53 of 2020 | date | 2020-W53 | 2020-12-28/2021-01-04 | week-of-year
      2018-05-04 | Cases rose in week 27 of last year. | week 27 of last year | date | 2017-W27 | 2017-07-03/2017-07-10 | week-of-year
      2016-11-07 | The trial opens the third week next year. | the third week next year | date | 2017-W03 | 2017-01-16/2017-01-23 | nth-week-of-year
      2018-06-27 | Parliament sits again this working week. | this working week | date | 2018-W26 | 2018-06-25/2018-07-02 | working-week-this
      2018-05-01 | The summit is on 18 and 19 June. | 18 | date | 2018-06-18 | 2018-06-18/2018-06-19 | day-in-list
      2018-05-01 | Strikes are planned for 18, 19 and 20 June. | 19 | date | 2018-06-19 | 2018-06-19/2018-06-20 | day-in-list
      2018-05-01 | Votes were cast on June 18 and 19. | 19 | date | 2017-06-19 | 2017-06-19/2017-06-20 | day-in-list
      2019-05-01 | Revenue beat forecasts in Q1-2019. | Q1-2019 | date | 2019-Q1 | 2019-01-01/2019-04-01 | quarter-of-year
      2020-06-12 | Profit will rise in next year's first quarter. | next year's first quarter | date | 2021-Q1 | 2021-01-01/2021-04-01 | quarter-of-year
      2020-06-12 | Sales fell in 2019's third quarter. | 2019's third quarter | date | 2019-Q3 | 2019-07-01/2019-10-01 | quarter-of-year
      2013-02-12 | AMD will offer servers in the second half of the year. | the second half of the year | date | 2013-H2 | 2013-07-01/2014-01-01 | half-of-year
      2013-02-12 | Ratings for last year's Oscars plunged. | last year | date | 2012 | 2012-01-01/2013-01-01 | year-last
      2013-02-12 | They meet for a spot in next month's Super Bowl. | next month | date | 2013-03 | 2013-03-01/2013-04-01 | month-next
      2020-06-12 | We will stay for the remainder of the year. | the remainder of the year | date | (2020-06-12,2020-12-31,P202D) | 2020-06-12/2021-01-01 | rest-of-year
      2016-11-07 | The sale ran from April the ninth till the seventeenth. | from April the ninth till the seventeenth | date | (2016-04-09,2016-04-17,P8D) | 2016-04-09/2016-04-18 | day-range-tense
      2016-11-07 | The sale ran between the 9th and the 17th of April. | between the 9th and the 17th of April | date | (2016-04-09,2016-04-17,P8D) | 2016-04-09/2016-04-18 | day-range-tense
      2016-11-07 | We will meet on the 21st next month. | the 21st next month | date | 2016-12-21 | 2016-12-21/2016-12-22 | day-of-month
      2013-02-12 | We will meet Thu 15th. | Thu 15th | date | 2013-08-15 | 2013-08-15/2013-08-16 | weekday-day-agreement
      2013-02-12 | They met on Thursday the 15th. | Thursday the 15th | date | 2012-11-15 | 2012-11-15/2012-11-16 | weekday-day-agreement
      2020-03-12 | Book a room from 26 June to the 28th of June. | from 26 June to the 28th of June | date | (2020-06-26,2020-06-28,P2D) | 2020-06-26/2020-06-29 | range:monthday-nearest+monthday-nearest
      """)
  void findsAndResolves(String ref, String sentence, String found, String type, String value, String interval,
      String rule) {
    GoldenCases.assertRow(ref, sentence, found, type, value, interval, rule);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # sentence with no date in it, though it holds a word that can name one
      The victim, who was in her 60s, was taken to hospital.
      The man, in his early 30s, fell 600m.
      Men in their seventies were hit hardest.
      Highs will be in the 70s.
      She anchors the weekend edition.
      He plays in Week 15 against Chicago.
      "It was a night for the stars, and one night at a party changed her life."
      See http://www.lbreport.com/news/mar07/orozco.htm for more.
      Fire crews were sent in two thousand and ten vehicles.
      The rally drew crowds for three days from the 20th onward.
      FYI, the FY2000X model sold well.
      The March of 50 protesters began at noon.
      Thousands joined the March on Washington.
      The March to the Sea is still taught.
      Microsoft fixed it on Patch Tuesday.
      It is not Patch Tuesday, but Microsoft released an update.
      Shoppers crowded the malls on Black Friday.
      The story ran in the Sunday Times.
      The Mail on Sunday said he resigned.
      She hosted Saturday Night Live.
      The city was hit by the 7.6 and 7.5 magnitude quakes.
      It starts at $2,199 for the 2.3 GHz model.
      He has a 3 1/2-inch height advantage.
      He drank 1/2 liter of vodka before he drove.
      The fault creeps 9 mm/yr (1/3 inches/yr).
      He has odds of 2/1 to become the next Doctor.
      The screen is 2880 pixels by 1800.
      She is no longer tempted to fall back into old habits.
      The fall of the junta shocked Greece.
      A fall in prices hurt growth.
      Boras spoke at the Winter Meetings.
      It began with the Arab Spring.
      USA Today reports that he left.
      He was profiled on World News Tonight.
      """)
  void findsNoDate(String sentence) {
    List<Expression> dates = Normaliser.find(sentence, GoldenCases.FRIDAY).stream()
        .filter(e -> e.type() == ExpressionType.DATE).toList();
    assertThat(dates).as(sentence).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # sentence with "a second" as an ordinal, or a length word that names no length
      Our reporter arrived as a second round of bombs hit.
      Ellen DeGeneres will host the Oscars for a second time.
      She hid in a second-floor office.
      They printed a fortnightly magazine at an all-day event.
      """)
  void findsNoLength(String sentence) {
    List<Expression> lengths = Normaliser.find(sentence, GoldenCases.FRIDAY).stream()
        .filter(e -> e.type() == ExpressionType.DURATION || e.type() == ExpressionType.DATE).toList();
    assertThat(lengths).as(sentence).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # sentence naming a paper, whose "daily" or "weekly" is no recurrence
      He told the Daily News he left.
      The Anchorage Daily News reported the fire.
      She spoke to Us Weekly on Friday.
      The conservative daily Eleftheros Typos said so.
      """)
  void findsNoRecurrence(String sentence) {
    assertThat(Normaliser.find(sentence, GoldenCases.FRIDAY)).as(sentence).noneMatch(e -> e.type() == ExpressionType.SET);
  }

  @Test
  void aRecurrenceStillReads() {
    assertThat(GoldenCases.only("Protests went on daily.", GoldenCases.FRIDAY, "daily").value()).isEqualTo("P1D");
    assertThat(GoldenCases.only("Daily protests went on.", GoldenCases.FRIDAY, "Daily").value()).isEqualTo("P1D");
    assertThat(GoldenCases.only("The Oscars are annually Hollywood's night.", GoldenCases.FRIDAY, "annually").value())
        .isEqualTo("P1Y");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # sentence whose dates are separate days, not one range
      The hearing was postponed Monday to Oct. 5.
      The closest Monday to Oct 5th is a holiday.
      It was the third this month.
      Between now and then, much can change.
      Troops will march from now to the sea.
      Emissions fell from 2015 and 2016 levels.
      The games are on 3 and 4 May 2019.
      The vote was held between 2015 May and Cameron's exit.
      """)
  void findsNoRange(String sentence) { // a list of days is no range either
    List<Expression> ranges = Normaliser.find(sentence, GoldenCases.FRIDAY).stream()
        .filter(e -> e.value().startsWith("(")).toList();
    assertThat(ranges).as(sentence).isEmpty();
  }
}
