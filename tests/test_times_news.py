"""Times in invented 2013 news sentences, each with the values the TimeML guidelines give.

The held-out data is news of this kind (TempEval-3 style), so these sentences stand for it:
business, politics, disasters and sport, told in the past, present and future, read with the
real model as the pipeline reads them. The values follow sitrep's conventions where TimeML
leaves a choice: ISO weeks, parts of day, counted offsets kept as durations.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.times import find_times, normalize_time

MID_MARCH = dt.date(2013, 3, 14)  # a Thursday
NEW_YEAR = dt.date(2013, 1, 2)  # a Wednesday
LATE_JUNE = dt.date(2013, 6, 28)  # a Friday
EARLY_FEBRUARY = dt.date(2013, 2, 8)  # a Friday
MID_OCTOBER = dt.date(2013, 10, 15)  # a Tuesday
MID_APRIL = dt.date(2013, 4, 16)  # a Tuesday
EARLY_MAY = dt.date(2013, 5, 10)  # a Friday
MID_APRIL_2014 = dt.date(2014, 4, 15)  # a Tuesday
BEFORE_CHRISTMAS = dt.date(2013, 12, 20)  # a Friday
MID_JANUARY = dt.date(2014, 1, 15)  # a Wednesday
NEW_YEAR_2014 = dt.date(2014, 1, 2)  # a Thursday
NEW_YEARS_EVE = dt.date(2013, 12, 31)  # a Tuesday

SENTENCES = [
    (
        MID_MARCH,
        "Apple shares fell 2 percent on Wednesday after the company cut its forecast.",
        [("Wednesday", "2013-03-13")],
    ),
    (
        MID_MARCH,
        "The Federal Reserve will meet next Tuesday to decide on interest rates.",
        [("next Tuesday", "2013-03-19")],
    ),
    (
        MID_MARCH,
        "Toyota said its sales in the United States rose 8 percent in February.",
        [("February", "2013-02")],
    ),
    (
        MID_MARCH,
        "The storm killed at least 12 people over the weekend.",
        [("the weekend", "2013-W10-WE")],
    ),
    (
        MID_MARCH,
        "Unemployment fell to 7.7 percent last month, the lowest since December 2008.",
        [("last month", "2013-02"), ("December 2008", "2008-12")],
    ),
    (
        MID_MARCH,
        "The company will report first-quarter earnings on April 23.",
        [("first-quarter", "2013-Q1"), ("April 23", "2013-04-23")],
    ),
    (MID_MARCH, "The senator has served in Congress for 24 years.", [("24 years", "P24Y")]),
    (
        MID_MARCH,
        "Talks are expected to resume later this month.",
        [("later this month", "2013-03")],
    ),
    (
        MID_MARCH,
        "Police said the shooting happened shortly after 10 p.m. Tuesday.",
        [("shortly after 10 p.m. Tuesday", "2013-03-12T22:00")],
    ),
    (
        MID_MARCH,
        "The euro zone economy shrank 0.6 percent in the fourth quarter of 2012.",
        [("the fourth quarter of 2012", "2012-Q4")],
    ),
    (MID_MARCH, "Prime Minister Shinzo Abe took office in December.", [("December", "2012-12")]),
    (MID_MARCH, "The new rules will take effect in January.", [("January", "2014-01")]),
    (
        MID_MARCH,
        "The Lakers have lost four straight games since Sunday.",
        [("Sunday", "2013-03-10")],
    ),
    (MID_MARCH, "Voters go to the polls on Sunday.", [("Sunday", "2013-03-17")]),
    (
        MID_MARCH,
        "The index rose 1.2 percent this week, its best week since January.",
        [("this week", "2013-W11"), ("January", "2013-01")],
    ),
    (
        MID_MARCH,
        "Earlier this year, the central bank cut rates twice.",
        [("Earlier this year", "2013")],
    ),
    (MID_MARCH, "The trial is scheduled to begin in the spring.", [("the spring", "2013-SP")]),
    (MID_MARCH, "The company was founded in the 1990s.", [("the 1990s", "199")]),
    (
        MID_MARCH,
        "In the past decade, the city's population doubled.",
        [("the past decade", "P10Y")],
    ),
    (
        MID_MARCH,
        "The rebels seized the town on March 2 and held it for three days.",
        [("March 2", "2013-03-02"), ("three days", "P3D")],
    ),
    (MID_MARCH, "A week ago, the minister resigned.", [("A week ago", "2013-03-07")]),
    (MID_MARCH, "The strike entered its second week on Thursday.", [("Thursday", "2013-03-14")]),
    (MID_MARCH, "He will be sentenced on May 15.", [("May 15", "2013-05-15")]),
    (
        MID_MARCH,
        "The conclave began after Benedict XVI resigned last month.",
        [("last month", "2013-02")],
    ),
    (MID_MARCH, "The bonds mature in 2023.", [("2023", "2023")]),
    (
        MID_MARCH,
        "Retail sales rose 1.1 percent in February from January.",
        [("February", "2013-02"), ("January", "2013-01")],
    ),
    (
        MID_MARCH,
        "Tonight's game starts at 7:30 p.m.",
        [("Tonight", "2013-03-14TNI"), ("7:30 p.m.", "2013-03-14T19:30")],
    ),
    (
        MID_MARCH,
        "Officials said the bridge would be closed for up to six months.",
        [("up to six months", "P6M")],
    ),
    (MID_MARCH, "Ministers will meet again in two weeks.", [("two weeks", "P2W")]),
    (MID_MARCH, "The ceasefire has held since Feb. 15.", [("Feb. 15", "2013-02-15")]),
    (
        MID_MARCH,
        "The company said on Monday that its chief executive would step down at the end of the year.",
        [("Monday", "2013-03-11"), ("the end of the year", "2013")],
    ),
    (
        MID_MARCH,
        "Gasoline prices have climbed 10 cents in the past two weeks.",
        [("the past two weeks", "P2W")],
    ),
    (MID_MARCH, "The 2012 election cost more than $6 billion.", [("2012", "2012")]),
    (
        MID_MARCH,
        "Growth is expected to pick up in the second half.",
        [("the second half", "2013-H2")],
    ),
    (
        MID_MARCH,
        "North Korea carried out its third nuclear test on Feb. 12.",
        [("Feb. 12", "2013-02-12")],
    ),
    (
        MID_MARCH,
        "The bank reported a loss of $1.2 billion for 2012, compared with a profit a year earlier.",
        [("2012", "2012"), ("a year earlier", "2011")],
    ),
    (
        MID_MARCH,
        "Yesterday's vote was the first since 2010.",
        [("Yesterday", "2013-03-13"), ("2010", "2010")],
    ),
    (
        MID_MARCH,
        "The mayor spoke to reporters Wednesday afternoon.",
        [("Wednesday afternoon", "2013-03-13TAF")],
    ),
    (
        MID_MARCH,
        "The museum is open daily during the summer.",
        [("daily", "P1D"), ("the summer", "2013-SU")],
    ),
    (
        MID_MARCH,
        "The deal is expected to close by the end of the second quarter.",
        [("the end of the second quarter", "2013-Q2")],
    ),
    (MID_MARCH, "Mid-March is usually the busiest time for the port.", [("Mid-March", "2013-03")]),
    (
        MID_MARCH,
        "The project should be finished by the end of March.",
        [("the end of March", "2013-03")],
    ),
    (
        MID_MARCH,
        "The government plans to sell its stake early next year.",
        [("early next year", "2014")],
    ),
    (MID_MARCH, "The factory was closed two years ago.", [("two years ago", "2011")]),
    (MID_MARCH, "Home prices rose 8 percent over the past year.", [("the past year", "2012")]),
    (MID_MARCH, "Thousands are expected to march this weekend.", [("this weekend", "2013-W11-WE")]),
    (MID_MARCH, "The Olympics are held every four years.", [("every four years", "P4Y")]),
    (MID_MARCH, "The board meets twice a year.", [("twice a year", "P1Y")]),
    (MID_MARCH, "Prices fell last summer after a record harvest.", [("last summer", "2012-SU")]),
    (MID_MARCH, "Rescuers searched for survivors for several hours.", [("several hours", "PTXH")]),
    (
        MID_MARCH,
        "The market could stay volatile for the next few days.",
        [("the next few days", "PXD")],
    ),
    (MID_MARCH, "Tuesday's vote was delayed by a power cut.", [("Tuesday", "2013-03-12")]),
    (MID_MARCH, "The law was passed in March 2012.", [("March 2012", "2012-03")]),
    (MID_MARCH, "The agreement was signed on March 14, 2012.", [("March 14, 2012", "2012-03-14")]),
    (
        MID_MARCH,
        "The bank will announce its decision at 1:45 p.m. EDT on Thursday.",
        [("1:45 p.m. EDT on Thursday", "2013-03-14T13:45")],
    ),
    (MID_MARCH, "The ship sank in the early hours of Wednesday.", [("Wednesday", "2013-03-13")]),
    (MID_MARCH, "Officials gave the rebels 48 hours to leave the city.", [("48 hours", "PT48H")]),
    (MID_MARCH, "The dispute has dragged on for almost a decade.", [("almost a decade", "P10Y")]),
    (MID_MARCH, "The film opens in theaters on Friday.", [("Friday", "2013-03-15")]),
    (MID_MARCH, "The minister said the army would withdraw within days.", [("days", "PXD")]),
    (
        MID_MARCH,
        "The strike, which began on Monday, is the longest in 20 years.",
        [("Monday", "2013-03-11"), ("20 years", "P20Y")],
    ),
    (
        MID_MARCH,
        "The service was launched in 2011 and now has 10 million users.",
        [("2011", "2011"), ("now", "PRESENT_REF")],
    ),
    (MID_MARCH, "The dollar rose to a four-year high against the yen.", [("four-year", "P4Y")]),
    (MID_MARCH, "Last year, the company sold 2 million cars.", [("Last year", "2012")]),
    (MID_MARCH, "The vote is scheduled for April.", [("April", "2013-04")]),
    (
        MID_MARCH,
        "He was elected in November and took office in January.",
        [("November", "2012-11"), ("January", "2013-01")],
    ),
    (
        MID_MARCH,
        "Parliament will debate the bill this afternoon.",
        [("this afternoon", "2013-03-14TAF")],
    ),
    (MID_MARCH, "The court adjourned the case until next month.", [("next month", "2013-04")]),
    (
        MID_MARCH,
        "Oil prices have fallen for three consecutive weeks.",
        [("three consecutive weeks", "P3W")],
    ),
    (MID_MARCH, "The new stadium will open in 2016.", [("2016", "2016")]),
    (MID_MARCH, "The company expects revenue to grow in fiscal 2014.", [("fiscal 2014", "2014")]),
    (MID_MARCH, "The dispute dates back to the 19th century.", [("the 19th century", "18")]),
    (MID_MARCH, "The cuts will take effect from April 1.", [("April 1", "2013-04-01")]),
    (
        MID_MARCH,
        "The president spoke by phone with the king on Saturday night.",
        [("Saturday night", "2013-03-09TNI")],
    ),
    (
        MID_MARCH,
        "The euro fell to a two-month low on Thursday.",
        [("two-month", "P2M"), ("Thursday", "2013-03-14")],
    ),
    (MID_MARCH, "The bodies were found a day after the attack.", [("a day", "P1D")]),
    (
        NEW_YEAR,
        "Lawmakers passed the bill late Tuesday, hours before the deadline.",
        [("late Tuesday", "2013-01-01"), ("hours", "PTXH")],
    ),
    (NEW_YEAR, "Car sales rose 5 percent in December.", [("December", "2012-12")]),
    (NEW_YEAR, "The new tax rates apply from next year.", [("next year", "2014")]),
    (NEW_YEAR, "The cuts were delayed until March 1.", [("March 1", "2013-03-01")]),
    (NEW_YEAR, "The two-month delay gives Congress more time.", [("two-month", "P2M")]),
    (
        NEW_YEAR,
        "Shares have gained 13 percent over the past 12 months.",
        [("the past 12 months", "P12M")],
    ),
    (
        LATE_JUNE,
        "The Supreme Court on Wednesday struck down the law.",
        [("Wednesday", "2013-06-26")],
    ),
    (
        LATE_JUNE,
        "The firefighters died on Sunday, officials said Monday.",
        [("Sunday", "2013-06-23"), ("Monday", "2013-06-24")],
    ),
    (LATE_JUNE, "The pilot program will run through 2015.", [("2015", "2015")]),
    (LATE_JUNE, "The report will be released in the coming weeks.", [("the coming weeks", "PXW")]),
    (LATE_JUNE, "Now, the company faces a lawsuit from its former chief executive.", []),
    (LATE_JUNE, "The agency currently employs 4,000 people.", [("currently", "PRESENT_REF")]),
    (
        LATE_JUNE,
        "The team plays its home games every other Saturday.",
        [("every other Saturday", "XXXX-WXX-6")],
    ),
    (
        LATE_JUNE,
        "The festival, held each summer since 1970, draws thousands.",
        [("each summer", "XXXX-SU"), ("1970", "1970")],
    ),
    (
        EARLY_FEBRUARY,
        "The blizzard is expected to dump up to two feet of snow on Boston by Saturday morning.",
        [("Saturday morning", "2013-02-09TMO")],
    ),
    (
        EARLY_FEBRUARY,
        "Stocks closed higher Friday, with the Dow ending the week up 0.6 percent.",
        [("Friday", "2013-02-08"), ("the week", "2013-W06")],
    ),
    (
        EARLY_FEBRUARY,
        "The former Los Angeles police officer has been on the run since last week.",
        [("last week", "2013-W05")],
    ),
    (
        EARLY_FEBRUARY,
        "The Super Bowl was played Sunday in New Orleans.",
        [("Sunday", "2013-02-03")],
    ),
    (
        EARLY_FEBRUARY,
        "Dell agreed this week to be taken private in a $24.4 billion deal.",
        [("this week", "2013-W06")],
    ),
    (
        EARLY_FEBRUARY,
        "The Postal Service will stop delivering mail on Saturdays starting in August.",
        [("Saturdays", "XXXX-WXX-6"), ("August", "2013-08")],
    ),
    (
        EARLY_FEBRUARY,
        "The company lost $1.5 billion in the three months ended Dec. 31.",
        [("the three months", "P3M"), ("Dec. 31", "2012-12-31")],
    ),
    (
        EARLY_FEBRUARY,
        "Exports in January rose 25 percent from a year ago.",
        [("January", "2013-01"), ("a year ago", "2012")],
    ),
    (
        EARLY_FEBRUARY,
        "Police have been searching for him for nearly a week.",
        [("nearly a week", "P1W")],
    ),
    (
        EARLY_FEBRUARY,
        "The budget cuts are due to take effect on March 1.",
        [("March 1", "2013-03-01")],
    ),
    (
        EARLY_FEBRUARY,
        "The Pentagon said on Wednesday it would delay the carrier's deployment.",
        [("Wednesday", "2013-02-06")],
    ),
    (
        EARLY_FEBRUARY,
        "The talks are set to resume next month in Kazakhstan.",
        [("next month", "2013-03")],
    ),
    (
        EARLY_FEBRUARY,
        "Ireland will hold a referendum on the treaty later this year.",
        [("later this year", "2013")],
    ),
    (
        EARLY_FEBRUARY,
        "The economy grew 2.2 percent in 2012, down from 1.8 percent the previous year.",
        [("2012", "2012"), ("the previous year", "2011")],
    ),
    (EARLY_FEBRUARY, "The hostage crisis ended after four days.", [("four days", "P4D")]),
    (
        EARLY_FEBRUARY,
        "Hundreds of flights were cancelled on Friday as the storm approached.",
        [("Friday", "2013-02-08")],
    ),
    (EARLY_FEBRUARY, "The airline posted its first annual profit since 2007.", [("2007", "2007")]),
    (
        EARLY_FEBRUARY,
        "Chinese New Year falls on Sunday this year.",
        [("Sunday", "2013-02-10"), ("this year", "2013")],
    ),
    (
        MID_OCTOBER,
        "The government shutdown entered its 15th day on Tuesday.",
        [("Tuesday", "2013-10-15")],
    ),
    (
        MID_OCTOBER,
        "The Treasury has warned it will run out of money on Thursday.",
        [("Thursday", "2013-10-17")],
    ),
    (MID_OCTOBER, "Congress last raised the debt limit in January.", [("January", "2013-01")]),
    (MID_OCTOBER, "Lawmakers have until Oct. 17 to raise the limit.", [("Oct. 17", "2013-10-17")]),
    (
        MID_OCTOBER,
        "The typhoon made landfall early Tuesday morning.",
        [("early Tuesday morning", "2013-10-15TMO")],
    ),
    (
        MID_OCTOBER,
        "Markets were closed on Monday for Columbus Day.",
        [("Monday", "2013-10-14"), ("Columbus Day", "2013-10-14")],
    ),
    (
        MID_OCTOBER,
        "The Nobel prize in economics was awarded on Monday.",
        [("Monday", "2013-10-14")],
    ),
    (
        MID_OCTOBER,
        "The company expects to return to profit in the second half of next year.",
        [("the second half of next year", "2014-H2")],
    ),
    (
        MID_OCTOBER,
        "Earnings for the quarter that ended Sept. 30 beat forecasts.",
        [("the quarter", "2013-Q3"), ("Sept. 30", "2013-09-30")],
    ),
    (
        MID_OCTOBER,
        "The rover has been on Mars for more than a year.",
        [("more than a year", "P1Y")],
    ),
    (MID_OCTOBER, "The airport will be closed for 48 hours.", [("48 hours", "PT48H")]),
    (
        MID_OCTOBER,
        "Iran and six world powers resumed talks in Geneva on Tuesday for two days.",
        [("Tuesday", "2013-10-15"), ("two days", "P2D")],
    ),
    (MID_OCTOBER, "Malala was shot by the Taliban a year ago.", [("a year ago", "2012")]),
    (MID_OCTOBER, "The election will be held on Nov. 5.", [("Nov. 5", "2013-11-05")]),
    (
        MID_OCTOBER,
        "The champion has not lost a match since September 2012.",
        [("September 2012", "2012-09")],
    ),
    (MID_OCTOBER, "Apple is expected to unveil new iPads next week.", [("next week", "2013-W43")]),
    (MID_OCTOBER, "The index has risen 18 percent so far this year.", [("this year", "2013")]),
    (
        MID_OCTOBER,
        "The death toll rose to 42 on Tuesday, three days after the quake.",
        [("Tuesday", "2013-10-15"), ("three days", "P3D")],
    ),
    (
        MID_OCTOBER,
        "The company will hold its annual meeting in the spring of 2014.",
        [("the spring of 2014", "2014-SP")],
    ),
    (MID_MARCH, "The president will travel to Israel on Wednesday.", [("Wednesday", "2013-03-20")]),
    (
        MID_MARCH,
        "The company plans to hire 5,000 workers by the end of 2014.",
        [("the end of 2014", "2014")],
    ),
    (
        MID_MARCH,
        "The airline will cut 2,000 jobs over the next five years.",
        [("the next five years", "P5Y")],
    ),
    (
        MID_MARCH,
        "Protesters gathered at midnight Friday outside the embassy.",
        [("midnight Friday", "2013-03-08T24:00")],
    ),
    (
        MID_MARCH,
        "The police arrested him the following day.",
        [("the following day", "2013-03-15")],
    ),
    (MID_MARCH, "The cardinals will vote again this evening.", [("this evening", "2013-03-14TEV")]),
    (MID_MARCH, "The talks collapsed in late February.", [("late February", "2013-02")]),
    (MID_MARCH, "The summit will take place in early May.", [("early May", "2013-05")]),
    (
        MID_MARCH,
        "The company's shares have fallen 30 percent since October.",
        [("October", "2012-10")],
    ),
    (
        MID_MARCH,
        "Lawmakers are working to pass a budget before the April 15 deadline.",
        [("April 15", "2013-04-15")],
    ),
    (
        MID_APRIL,
        "Two bombs exploded near the finish line of the Boston Marathon at 2:50 p.m. on Monday.",
        [("2:50 p.m. on Monday", "2013-04-15T14:50")],
    ),
    (
        MID_APRIL,
        "The explosions came about three hours after the winners crossed the line.",
        [("about three hours", "PT3H")],
    ),
    (MID_APRIL, "The race is held every year on Patriots' Day.", [("every year", "P1Y")]),
    (
        MID_APRIL,
        "The FBI said it had received more than 2,000 tips by Tuesday afternoon.",
        [("Tuesday afternoon", "2013-04-16TAF")],
    ),
    (
        MID_APRIL,
        "Flags will fly at half-staff until sunset on April 20.",
        [("April 20", "2013-04-20")],
    ),
    (
        MID_APRIL,
        "Security will be tight at the London Marathon on Sunday.",
        [("Sunday", "2013-04-21")],
    ),
    (
        MID_APRIL,
        "It was the deadliest attack on U.S. soil since Sept. 11, 2001.",
        [("Sept. 11, 2001", "2001-09-11")],
    ),
    (
        MID_APRIL,
        "The quake struck at 10:44 GMT, about 80 km from the city.",
        [("10:44 GMT", "2013-04-16T10:44Z")],
    ),
    (
        MID_APRIL,
        "Gold prices plunged 9 percent on Monday, the biggest one-day fall in 30 years.",
        [("Monday", "2013-04-15"), ("one-day", "P1D"), ("30 years", "P30Y")],
    ),
    (
        MID_APRIL,
        "Manchester United can clinch the title with a win next week.",
        [("next week", "2013-W17")],
    ),
    (
        MID_APRIL,
        "Tiger Woods won the Masters in 1997, 2001, 2002 and 2005.",
        [("1997", "1997"), ("2001", "2001"), ("2002", "2002"), ("2005", "2005")],
    ),
    (
        MID_APRIL,
        "The company's first-quarter profit rose 12 percent.",
        [("first-quarter", "2013-Q1")],
    ),
    (
        MID_APRIL,
        "Earnings season kicks off this week with results from the big banks.",
        [("this week", "2013-W16")],
    ),
    (
        MID_APRIL,
        "Venezuela's new president will be sworn in on Friday.",
        [("Friday", "2013-04-19")],
    ),
    (MID_APRIL, "Voters in Venezuela went to the polls on Sunday.", [("Sunday", "2013-04-14")]),
    (MID_APRIL, "The senator has been in office since 2007.", [("2007", "2007")]),
    (
        MID_APRIL,
        "The storm is expected to reach the coast by Wednesday night.",
        [("Wednesday night", "2013-04-17TNI")],
    ),
    (
        MID_APRIL,
        "Factory output fell 0.5 percent in March, the first decline in four months.",
        [("March", "2013-03"), ("four months", "P4M")],
    ),
    (MID_APRIL, "The vote was postponed until after the summer.", [("the summer", "2013-SU")]),
    (MID_APRIL, "The airline grounded its fleet for 24 hours.", [("24 hours", "PT24H")]),
    (
        BEFORE_CHRISTMAS,
        "The company said Monday it would cut 1,000 jobs by the end of next year.",
        [("Monday", "2013-12-16"), ("the end of next year", "2014")],
    ),
    (
        MID_JANUARY,
        "The Fed first raised rates in December, its first increase since 2006.",
        [("December", "2013-12"), ("2006", "2006")],
    ),
    (
        BEFORE_CHRISTMAS,
        "Shares closed at $10 on Friday, up from $8 a week earlier.",
        [("Friday", "2013-12-20"), ("a week earlier", "P1W")],
    ),
    (BEFORE_CHRISTMAS, "He will step down on Jan. 1.", [("Jan. 1", "2014-01-01")]),
    (
        BEFORE_CHRISTMAS,
        "The deal, announced in November, is expected to close in the first quarter.",
        [("November", "2013-11"), ("the first quarter", "2014-Q1")],
    ),
    (
        BEFORE_CHRISTMAS,
        "The law, passed last year, takes effect Jan. 1.",
        [("last year", "2012"), ("Jan. 1", "2014-01-01")],
    ),
    (MID_JANUARY, "Retail sales in December rose 2 percent.", [("December", "2013-12")]),
    (
        MID_JANUARY,
        "Profit in the fourth quarter rose 8 percent.",
        [("the fourth quarter", "2013-Q4")],
    ),
    (
        MID_JANUARY,
        "The company expects sales to rise in the first quarter.",
        [("the first quarter", "2014-Q1")],
    ),
    (MID_JANUARY, "The company will report results on Jan. 28.", [("Jan. 28", "2014-01-28")]),
    (
        NEW_YEAR_2014,
        "The storm dumped a foot of snow on New York on Dec. 26.",
        [("Dec. 26", "2013-12-26")],
    ),
    (BEFORE_CHRISTMAS, "Parliament returns from recess on Jan. 7.", [("Jan. 7", "2014-01-07")]),
    (BEFORE_CHRISTMAS, "The season ends in May.", [("May", "2014-05")]),
    (BEFORE_CHRISTMAS, "The singer was born in May.", [("May", "2013-05")]),
    (
        NEW_YEAR_2014,
        "Stocks had their best year since 1997 in 2013.",
        [("1997", "1997"), ("2013", "2013")],
    ),
    (NEW_YEAR_2014, "The index rose 30 percent last year.", [("last year", "2013")]),
    (NEW_YEAR_2014, "Economists expect growth to pick up this year.", [("this year", "2014")]),
    (NEW_YEARS_EVE, "Markets are closed on New Year's Day.", [("New Year's Day", "2014-01-01")]),
    (BEFORE_CHRISTMAS, "The new rules will apply from next month.", [("next month", "2014-01")]),
    (BEFORE_CHRISTMAS, "The talks will continue in the new year.", [("the new year", "2014")]),
    (EARLY_MAY, "May Day protests turned violent in Istanbul.", [("May Day", "2013-05-01")]),
    (EARLY_MAY, "Prices May Rise, Analysts Warn", []),
    (EARLY_MAY, "The Sun reported the story on its front page.", []),
    (
        EARLY_MAY,
        "He was sworn in on May 9 and will serve until 2018.",
        [("May 9", "2013-05-09"), ("2018", "2018")],
    ),
    (EARLY_MAY, "The mine collapsed three weeks ago.", [("three weeks ago", "2013-W16")]),
    (EARLY_MAY, "Six weeks ago, the stock traded at $40.", [("Six weeks ago", "2013-W13")]),
    (EARLY_MAY, "The law firm Baker & McKenzie advised on the deal.", []),
    (
        EARLY_MAY,
        "The government shut down for 16 days in October.",
        [("16 days", "P16D"), ("October", "2012-10")],
    ),
    (EARLY_MAY, "Authorities will announce the results within 24 hours.", [("24 hours", "PT24H")]),
    (
        EARLY_MAY,
        "The company was founded 100 years ago this month.",
        [("100 years ago", "1913"), ("this month", "2013-05")],
    ),
    (
        EARLY_MAY,
        "The central bank cut its key rate to a record low of 0.5 percent on Thursday.",
        [("Thursday", "2013-05-09")],
    ),
    (EARLY_MAY, "The ferry left port at dawn on Wednesday.", [("Wednesday", "2013-05-08")]),
    (
        EARLY_MAY,
        "The summit is scheduled for next Thursday and Friday.",
        [("next Thursday", "2013-05-16"), ("Friday", "2013-05-17")],
    ),
    (
        EARLY_MAY,
        "The deadline passed at midnight on Tuesday.",
        [("midnight on Tuesday", "2013-05-07T24:00")],
    ),
    (EARLY_MAY, "In April, the jobless rate fell to 7.5 percent.", [("April", "2013-04")]),
    (
        EARLY_MAY,
        "The plane was delivered in the spring of 2012.",
        [("the spring of 2012", "2012-SP")],
    ),
    (EARLY_MAY, "The airline flies to Paris three times a week.", [("three times a week", "P1W")]),
    (EARLY_MAY, "The 90-day review ends in July.", [("90-day", "P90D"), ("July", "2013-07")]),
    (
        EARLY_MAY,
        "The country marks its 50th anniversary of independence this year.",
        [("this year", "2013")],
    ),
    (
        MID_JANUARY,
        "The company will report fourth-quarter results on Jan. 28.",
        [("fourth-quarter", "2013-Q4"), ("Jan. 28", "2014-01-28")],
    ),
    (
        MID_JANUARY,
        "Analysts expect fourth-quarter earnings to rise 5 percent.",
        [("fourth-quarter", "2013-Q4")],
    ),
    (
        MID_JANUARY,
        "Apple will release its results for the fourth quarter next week.",
        [("the fourth quarter", "2013-Q4"), ("next week", "2014-W04")],
    ),
    (
        MID_APRIL_2014,
        "The bank will report first-quarter profit on Friday.",
        [("first-quarter", "2014-Q1"), ("Friday", "2014-04-18")],
    ),
    # A day counted from the story's day stays the story's under a future-in-the-past verb.
    (
        MID_MARCH,
        "Troops launched an offensive on March 5. The rebels agreed to lay down their arms "
        "the next day.",
        [("March 5", "2013-03-05"), ("the next day", "2013-03-06")],
    ),
    # The day made a day of mourning lies ahead of the decree; a state of emergency is declared
    # on the day named.
    (
        MID_MARCH,
        "The government declared Saturday a day of mourning for the victims.",
        [("Saturday", "2013-03-16"), ("a day", "P1D")],
    ),
    (
        MID_MARCH,
        "The government declared Monday a state of emergency in the region.",
        [("Monday", "2013-03-11")],
    ),
    # A year that opens the sentence frames its months, unless the clause points the other way.
    (
        MID_MARCH,
        "Last year, the company earned $5 million, and it expects to earn $7 million in March.",
        [("Last year", "2012"), ("March", "2013-03")],
    ),
    # Midnight in a past clause on the report's own day is the one the day began at.
    (
        MID_MARCH,
        'Relatives waited outside the morgue on Thursday. "My son called me at midnight," '
        "said one woman.",
        [("Thursday", "2013-03-14"), ("midnight", "2013-03-14T00:00")],
    ),
    # "the next year" in past narration is the year after the one the story is about
    (
        MID_MARCH,
        "The governor was elected in late 2010 and took office early the next year.",
        [("late 2010", "2010"), ("early the next year", "2011")],
    ),
    (
        MID_MARCH,
        "The rebels seized the town in March 2011. The next month, the army retook it.",
        [("March 2011", "2011-03"), ("The next month", "2011-04")],
    ),
    (
        MID_MARCH,
        "Sales fell 4 percent in 2012. The company expects them to recover over the next year.",
        [("2012", "2012"), ("the next year", "2014")],
    ),
    (
        MID_MARCH,
        "The plant will open next year, and the next year it will add a second line.",
        [("next year", "2014"), ("the next year", "2015")],
    ),
    # after "in", past narration counts from the story's year; a forecast from the report's
    (
        MID_MARCH,
        "The mayor was elected in 2009. In the next year he closed two hospitals.",
        [("2009", "2009"), ("the next year", "2010")],
    ),
    (
        MID_MARCH,
        "The company expects sales to grow in the next year.",
        [("the next year", "2014")],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("published", "text", "expected"), SENTENCES)
def test_news_sentence_times(
    make_context, published: dt.date, text: str, expected: list[tuple[str, str]]
) -> None:
    from sitrep.extract.times import extract_times

    times = extract_times(make_context(text, published))
    assert [(t.text, t.value) for t in times] == expected


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("The board meets twice a year.", [("twice a year", "P1Y", "set")]),
        ("They train three times a week.", [("three times a week", "P1W", "set")]),
        ("He was once a banker.", []),
        # a week counted from an event is not the report's week
        (
            "Outflows doubled the level of the week following last month's crash.",
            [("last month", "2013-02", "date")],
        ),
        # "a" before a plural unit is the noun's article, not a count, and not the time's
        ("They began a months-long siege.", [("months-long", "PXM", "duration")]),
        (
            "The deal should close by the end of the second quarter.",
            [("the end of the second quarter", "2013-Q2", "date")],
        ),
        (
            "Sales picked up at the start of the second half.",
            [("the start of the second half", "2012-H2", "date")],
        ),
    ],
)
def test_frequencies_and_period_edges_belong_to_the_span(
    text: str, spans: list[tuple[str, str, str]]
) -> None:
    assert [(t.text, t.value, t.kind) for t in find_times(text, MID_MARCH)] == spans


def test_a_year_earlier_counts_from_the_year_just_named() -> None:
    text = "The bank lost $1 billion in 2012, against a profit a year earlier."
    values = [(t.text, t.value) for t in find_times(text, MID_MARCH)]
    assert values == [("2012", "2012"), ("a year earlier", "2011")]


def test_a_year_ago_counts_from_the_report() -> None:
    text = "The bank lost $1 billion in 2010, against a profit a year ago."
    values = [(t.text, t.value) for t in find_times(text, MID_MARCH)]
    assert values == [("2010", "2010"), ("a year ago", "2012")]


@pytest.mark.parametrize(
    ("month", "value"),
    [("January", "2014-01"), ("February", "2013-02"), ("April", "2013-04")],
)
def test_a_future_clause_names_at_most_the_month_just_gone(month: str, value: str) -> None:
    assert normalize_time(month, MID_MARCH, "future") == (value, "date")


def test_put_off_until_after_a_season_waits_for_the_next_one() -> None:
    text = "The vote was postponed until after the summer."
    assert [(t.text, t.value) for t in find_times(text, MID_APRIL)] == [("the summer", "2013-SU")]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # "Now" opening a turn of the talk is no reference to the present.
        ("Now for the weather.", []),
        ("Now for the first time, women can vote.", ["Now"]),
        # A weekday or a season that is part of a name is no time.
        ("He told the Sunday Times he would stay.", []),
        ("The Arab Spring began in Tunisia.", []),
        ("It happened on Friday Oct. 13.", ["Friday Oct. 13"]),
        ("He wrote for the Weekly Standard.", []),
        ("Listen to Breitbart News Daily on the radio.", []),
        ("Weekly jobless claims rose.", ["Weekly"]),
        ("He joined 21st Century Fox.", []),
        ("The Future Technology Week opens.", []),
        ("Investment in the present year rose.", ["the present year"]),
        ("In the 21st century, trade grew.", ["the 21st century"]),
        # An ordinal or a rank is no second; a decade after "his" is an age.
        ("This could lead to a second outbreak.", []),
        ("It has become almost a second home.", []),
        ("They graduated 914 Second Class.", []),
        ("He left a second later.", ["a second later"]),
        ("A man in his fifties was hurt.", []),
        ("In the fifties, cars were big.", ["the fifties"]),
        # A hyphenated count of quarters is a share.
        ("Three-quarters said the same.", []),
        ("The firm lost money for three quarters.", ["three quarters"]),
        ("She won the quarter of voters who are young.", []),
        ("Profit rose 5% in the quarter.", ["the quarter"]),
        # A decade without its century after words of level is a level: a poll's, a price's.
        ("His approval rating dipped into the mid-20s.", []),
        ("The cars of the 70s and 80s are gone.", ["the 70s", "80s"]),
        # "the fall" is a decline unless it is the time of something.
        ("The fall in prices surprised investors.", []),
        ("After the fall of the Soviet Union, trade grew.", []),
        ("Talks will resume in the fall.", ["the fall"]),
        ("The fall of 2012 was wet.", ["The fall of 2012"]),
    ],
)
def test_names_shares_and_declines_are_no_times(text: str, spans: list[str]) -> None:
    assert [t.text for t in find_times(text, MID_MARCH)] == spans


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        # A future clause takes a quarter before the one just ended into the next year ...
        ("the first quarter", "future", "2014-Q1"),
        # ... but not the one just ended, whose results are still to come.
        ("the third quarter", "future", "2013-Q3"),
        ("next year's first quarter", "future", "2014-Q1"),
        ("this year's first quarter", "future", "2013-Q1"),
    ],
)
def test_quarters_named_ahead(text: str, tense: str, value: str) -> None:
    assert normalize_time(text, BEFORE_CHRISTMAS, tense) == (value, "date")


def test_the_quarter_just_ended_is_last_years_in_january() -> None:
    assert normalize_time("fourth-quarter", MID_JANUARY, "future") == ("2013-Q4", "date")


def test_an_untensed_holiday_is_the_coming_one() -> None:
    assert normalize_time("New Year's Day", NEW_YEARS_EVE) == ("2014-01-01", "date")
    assert normalize_time("Christmas", MID_MARCH) == ("2013-12-25", "date")
    assert normalize_time("Christmas", MID_MARCH, "past") == ("2012-12-25", "date")


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # A weekday sharing the pointer of the one before it lies after it.
        ("The summit is next Thursday and Friday.", ["2013-03-21", "2013-03-22"]),
        ("He spoke last Monday or Tuesday.", ["2013-03-11", "2013-03-12"]),
        ("Unions will march on May Day.", ["2013-05-01"]),
    ],
)
def test_paired_weekdays_and_may_day(text: str, values: list[str]) -> None:
    assert [t.value for t in find_times(text, MID_MARCH)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("In 2011, the army launched an offensive on Jan. 5.", ["2011", "2011-01-05"]),
        (
            "In 2011, the U.S. Army attacked in January and withdrew in August.",
            ["2011", "2011-01", "2011-08"],
        ),
        ("Last year, the rebels seized the town in January.", ["2012", "2012-01"]),
        ("Next year, the company will open a plant in January.", ["2014", "2014-01"]),
        # a frame holds for its own sentence only; "since" starts a stretch, not a frame
        ("In 2011, the army attacked. In January, it withdrew.", ["2011", "2013-01"]),
        ("Since 2008, sales have risen in January.", ["2008", "2013-01"]),
        # a year that names a noun's owner frames nothing
        ("Last year's winner withdrew from the race in January.", ["2012", "2013-01"]),
        # the frame holds for a year's end and for its quarters too
        (
            "Net rose over comparable periods in 2011, when year-end net was below the 2010 level.",
            ["2011", "2011", "2010"],
        ),
        ("In 2011, fourth-quarter profit rose 5 percent.", ["2011", "2011-Q4"]),
        # a "when" clause tells what happened in the year just named
        (
            "The bombing was the deadliest since 2005, when 52 people were killed in July.",
            ["2005", "2005-07"],
        ),
    ],
)
def test_a_year_opening_the_sentence_frames_its_months(text: str, values: list[str]) -> None:
    assert [t.value for t in find_times(text, MID_MARCH)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # the expression's own year words beat the frame
        (
            "In 2011, the company said next year's first quarter was weak.",
            ["2011", str(MID_MARCH.year + 1) + "-Q1"],
        ),
        (
            "In 1988, when year-end net was below, the latest year was fine.",
            ["1988", "1988", "2012"],
        ),
    ],
)
def test_a_frame_yields_to_the_expressions_own_year(text: str, values: list[str]) -> None:
    assert [t.value for t in find_times(text, MID_MARCH)] == values


def test_a_frame_dates_months_without_a_publication_date() -> None:
    """The text names the year: no publication date is needed to date "January" by it."""
    text = "In 2011, the army attacked in January and withdrew on March 3."
    assert [t.value for t in find_times(text, None)] == ["2011", "2011-01", "2011-03-03"]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # A quarter takes the year of the day it closed on, and stays the quarter under
        # discussion: the closing day is no new one.
        (
            "Sales for the second quarter ended Oct. 31, 2012, rose. Results for that quarter "
            "included a charge.",
            ["2012-Q2", "2012-10-31", "2012-Q2"],
        ),
        ("Sales in the fourth quarter ended Dec. 31 rose 5 percent.", ["2012-Q4", "2012-12-31"]),
    ],
)
def test_a_quarter_is_dated_by_the_day_it_closed(text: str, values: list[str]) -> None:
    assert [t.value for t in find_times(text, MID_MARCH)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The funeral was held on a Sunday.", ["XXXX-WXX-7"]),
        ("The attack happened on a Friday in June.", ["XXXX-WXX-5", "2012-06"]),
        # a weekday that dates a named event is that week's
        ("He told a Monday news conference that talks had failed.", ["2013-03-11"]),
    ],
)
def test_a_weekday_after_on_a_is_some_such_day(text: str, values: list[str]) -> None:
    assert [t.value for t in find_times(text, MID_MARCH)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # A clock time counted from an event the text does not date has no day we can give.
        (
            "The rifle was found on March 8. A jogger saw the car at 6 a.m. ten days before the "
            "shooting.",
            ["2013-03-08", None, "P10D"],
        ),
        ("He left at 6 a.m. on Monday, two days before the vote.", ["2013-03-11T06:00", "P2D"]),
    ],
)
def test_a_clock_time_counted_from_an_event_has_no_day(text: str, values: list[str | None]) -> None:
    assert [t.value for t in find_times(text, MID_MARCH)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("He was arrested on Jan. 5 and was charged the next week.", ["2013-01-05", "2013-W02"]),
        ("The vote was held in 2011. Work must start within the next month.", ["2011", "2013-04"]),
    ],
)
def test_the_next_unit_counts_from_the_story_unless_a_stretch_ahead(
    text: str, values: list[str]
) -> None:
    assert [t.value for t in find_times(text, MID_MARCH)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Sales will recover in the latter half of the year.", ["2013-H2"]),
        ("Growth slowed in the latter half of 2012.", ["2012-H2"]),
        ("He scored twice in the latter half of the match.", []),
    ],
)
def test_the_latter_half_is_the_second(text: str, values: list[str]) -> None:
    assert [t.value for t in find_times(text, MID_MARCH)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The road was closed until around 2.15pm, police said.", ["2013-03-14T14:15"]),
        ("The train left at 6.15 a.m. on Tuesday.", ["2013-03-12T06:15"]),
        ("The blast was heard at 21.40 GMT.", ["2013-03-14T21:40Z"]),
        ("Shares rose 10.30 percent and the index gained 21.40 points.", []),
    ],
)
def test_a_clock_written_with_a_dot(text: str, values: list[str]) -> None:
    assert [t.value for t in find_times(text, MID_MARCH)] == values
