"""Oracle tables for `timeline.temporal.tag`, written from news usage and /work/brief-temporal.md.

Every sentence is written for this file in the style of wire reports on a war. Each row names the
publication date the sentence is read against, the phrase that must be tagged (its span is the
phrase's only occurrence in the sentence) and the resolution the conventions prescribe.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.model import Interval, Timex
from timeline.temporal import tag

# Frequently used publication date: Friday 5 May 2023, ISO week 2023-W18.
P = "2023-05-05"


def _row(
    sentence: str,
    published: str | None,
    phrase: str | tuple[str, ...],
    timex_type: str,
    value: str,
    start: str | None,
    end: str | None,
    granularity: str | None,
) -> object:
    phrases = phrase if isinstance(phrase, tuple) else (phrase,)
    return pytest.param(
        sentence,
        published,
        phrases,
        timex_type,
        value,
        start,
        end,
        granularity,
        id=f"{published}|{phrases[0]}|{value}|{sentence[:30]}",
    )


def day(sentence: str, published: str | None, phrase: str | tuple[str, ...], value: str,
        timex_type: str = "DATE") -> object:
    """A row whose interval is the one day the value names (value may carry a time: 'T07:35')."""
    the_day = value[:10]
    return _row(sentence, published, phrase, timex_type, value, the_day, the_day, "day")


def span(sentence: str, published: str | None, phrase: str | tuple[str, ...], timex_type: str,
         value: str, start: str, end: str, granularity: str) -> object:
    return _row(sentence, published, phrase, timex_type, value, start, end, granularity)


def bare(sentence: str, published: str | None, phrase: str | tuple[str, ...], timex_type: str,
         value: str) -> object:
    """A row the conventions give no interval: durations, sets, refs, fiscal years, unanchored."""
    return _row(sentence, published, phrase, timex_type, value, None, None, None)


RESOLUTION_ROWS = [
    # --- Fully specified dates ---------------------------------------------------------------
    day("Ukrainian forces recaptured the village on May 9, 2023, the general staff said.",
        "2023-05-11", "May 9, 2023", "2023-05-09"),
    day("The talks in Istanbul opened on 9 May 2023 behind closed doors.", P, "9 May 2023",
        "2023-05-09"),
    day("The ministry's statement, dated 2023-05-09, gave no casualty figures.", "2023-05-11",
        "2023-05-09", "2023-05-09"),
    day("The first sanctions package against Moscow was adopted on Feb. 25, 2022.", P,
        "Feb. 25, 2022", "2022-02-25"),
    day("Russia launched its full-scale invasion on February 24, 2022.", "2023-02-24",
        "February 24, 2022", "2022-02-24"),
    day("The dam was breached on 6 June 2023, flooding dozens of villages downstream.",
        "2023-06-08", "6 June 2023", "2023-06-06"),
    day("The grain deal lapsed on July 17, 2023, after Moscow refused to extend it.",
        "2023-07-20", "July 17, 2023", "2023-07-17"),
    day("Officials said the aid convoy crossed the border on Feb. 29, 2024.", "2024-03-02",
        "Feb. 29, 2024", "2024-02-29"),
    day("The prisoner exchange was completed on 31 December 2022, both sides said.",
        "2023-01-03", "31 December 2022", "2022-12-31"),
    day("A decree issued 2024-01-01 ordered the withdrawal of two brigades.", "2024-01-03",
        "2024-01-01", "2024-01-01"),
    day("The alliance has invoked its mutual defence clause only once, after Sept. 11, 2001.",
        P, "Sept. 11, 2001", "2001-09-11"),
    span("The town was occupied in March 2022 and held for eight months.", P, "March 2022",
         "DATE", "2022-03", "2022-03-01", "2022-03-31", "month"),
    span("Shelling of the city peaked in February 2024, local officials said.", "2024-05-10",
         "February 2024", "DATE", "2024-02", "2024-02-01", "2024-02-29", "month"),
    span("Power cuts were at their worst in December 2022, the grid operator said.", P,
         "December 2022", "DATE", "2022-12", "2022-12-01", "2022-12-31", "month"),
    # --- Month and day without a year: the date nearest the publication date -------------------
    day("Kyiv said air defences shot down drones over the capital on May 9.", "2023-05-11",
        "May 9", "2023-05-09"),
    day("The shelling on Dec. 28 killed four civilians, the governor said.", "2023-01-05",
        "Dec. 28", "2022-12-28"),
    day("Russia will hold its parade on May 9 despite the drone threat.", P, "May 9",
        "2023-05-09"),
    day("The foreign ministers are due to meet on Jan. 4 in Brussels.", "2022-12-30", "Jan. 4",
        "2023-01-04"),
    day("The strike on Feb. 27 hit an apartment block in Zaporizhzhia.", "2023-03-01",
        "Feb. 27", "2023-02-27"),
    day("Ukraine's military said the drone attack on Feb. 29 damaged a refinery.", "2024-03-03",
        "Feb. 29", "2024-02-29"),
    day("Lawmakers voted on Aug. 15 to extend the state of emergency.", "2023-08-30", "Aug. 15",
        "2023-08-15"),
    day("Defence ministers will gather in Brussels on 14 June.", "2023-06-08", "14 June",
        "2023-06-14"),
    day("A further round of talks is scheduled for December 5.", "2023-11-20", "December 5",
        "2023-12-05"),
    day("The agreement, signed on December 20, was never implemented.", "2023-01-10",
        "December 20", "2022-12-20"),
    day("Grain shipments resumed on April 27 after a week-long halt.", P, "April 27",
        "2023-04-27"),
    # --- Bare weekday, past tense or no clear tense: on or before P (same day included) -------
    day("Prigozhin said Thursday that his fighters would leave Bakhmut.", P, "Thursday",
        "2023-05-04"),
    day("The governor said on Friday that two people were killed in the shelling.", P,
        "Friday", "2023-05-05"),
    day("Russian forces shelled Kherson on Sunday, regional officials said.", P, "Sunday",
        "2023-04-30"),
    day("The Kremlin on Wednesday accused Kyiv of trying to kill Putin with drones.", P,
        "Wednesday", "2023-05-03"),
    day("Air raid sirens sounded across Ukraine on Monday.", P, "Monday", "2023-05-01"),
    day("Rescuers pulled more bodies from the rubble after Saturday's strike on Uman.", P,
        "Saturday", "2023-04-29"),
    day("Wagner's chief said on Tuesday that his units were running out of ammunition.",
        "2023-05-11", "Tuesday", "2023-05-09"),
    day("Kyiv reported heavy fighting near Bakhmut on Thursday.", "2023-05-11", "Thursday",
        "2023-05-11"),
    day("The defence ministry said Friday that its troops had regrouped.", "2023-05-11",
        "Friday", "2023-05-05"),
    day("Drones struck the suburbs of Moscow on Tuesday, damaging several buildings.",
        "2023-06-01", "Tuesday", "2023-05-30"),
    day("Russia launched more than 100 missiles on Friday, Ukraine's air force said.",
        "2024-01-02", "Friday", "2023-12-29"),
    day("Ukraine said Thursday it had shot down two Russian jets.", "2024-03-01", "Thursday",
        "2024-02-29"),
    day("The mayor said Saturday that power had been restored to most homes.", "2023-01-01",
        "Saturday", "2022-12-31"),
    day("The first missiles hit military airfields on Thursday, officials said.", "2022-02-24",
        "Thursday", "2022-02-24"),
    day("A truck bomb damaged the Kerch bridge on Saturday.", "2022-10-10", "Saturday",
        "2022-10-08"),
    day("Zelenskiy visited the liberated city on Monday.", "2022-11-14", "Monday",
        "2022-11-14"),
    day("Moscow said on Sunday it would not extend the grain deal.", "2023-07-17", "Sunday",
        "2023-07-16"),
    day("Ukraine claimed on Friday to have killed the commander of the Black Sea Fleet.",
        "2023-09-25", "Friday", "2023-09-22"),
    day("EU leaders granted Ukraine candidate status on Thursday.", "2022-06-24", "Thursday",
        "2022-06-23"),
    day("Belgorod came under shelling on Saturday, Russian officials said.", "2023-12-31",
        "Saturday", "2023-12-30"),
    day("The general staff said Wednesday that assaults near Bakhmut had been repelled.",
        "2023-03-01", "Wednesday", "2023-03-01"),
    day("The envoy met the rebel commanders on Sunday, a spokesman said.", "2023-01-01",
        "Sunday", "2023-01-01"),
    # --- Bare weekday, future tense: strictly after P ------------------------------------------
    day("NATO foreign ministers will meet on Monday to discuss air defences.", P, "Monday",
        "2023-05-08"),
    day("Parliament is due to vote Tuesday on the new mobilisation law.", P, "Tuesday",
        "2023-05-09"),
    day("The two delegations will meet again on Friday.", P, "Friday", "2023-05-12"),
    day("Kyiv expects the next aid tranche to arrive on Wednesday.", "2023-12-31", "Wednesday",
        "2024-01-03"),
    day("The UN Security Council is scheduled to meet Thursday.", "2024-02-28", "Thursday",
        "2024-02-29"),
    day("Ministers are expected to announce the new sanctions package on Sunday.", "2023-05-11",
        "Sunday", "2023-05-14"),
    day("Evacuation trains will resume on Saturday, the railway operator said.", "2022-12-26",
        "Saturday", "2022-12-31"),
    day("Lawmakers will debate the conscription bill on Tuesday.", "2023-06-01", "Tuesday",
        "2023-06-06"),
    day("Talks are set to resume on Monday in Geneva.", "2023-01-01", "Monday", "2023-01-02"),
    # --- "last", "next", "this" + weekday ---------------------------------------------------
    day("Russia launched a wave of drones at the capital last Friday.", P, "last Friday",
        "2023-04-28"),
    day("The UN envoy visited the plant last Tuesday.", P, "last Tuesday", "2023-05-02"),
    day("Officials said the shelling of the town began last Sunday.", "2023-05-11",
        "last Sunday", "2023-05-07"),
    day("The missile barrage last Friday was the largest of the war.", "2024-01-02",
        "last Friday", "2023-12-29"),
    day("Ukraine's parliament approved the war budget last Thursday.", "2024-03-01",
        "last Thursday", "2024-02-29"),
    day("The bridge was hit by an explosion last Saturday.", "2022-10-10", "last Saturday",
        "2022-10-08"),
    day("The leaders will meet next Friday in Kyiv.", P, "next Friday", "2023-05-12"),
    day("The vote on the ceasefire resolution is scheduled for next Wednesday.", "2023-05-08",
        "next Wednesday", "2023-05-10"),
    day("Aid deliveries to the region will resume next Tuesday.", "2023-12-28", "next Tuesday",
        "2024-01-02"),
    day("A new round of talks is planned for next Thursday.", "2024-02-26", "next Thursday",
        "2024-02-29"),
    day("The foreign minister will travel to Ankara next Monday.", "2023-05-11", "next Monday",
        "2023-05-15"),
    day("Officials confirmed the prisoner exchange took place this Tuesday.", P,
        "this Tuesday", "2023-05-02"),
    day("Russia will hold votes in the occupied areas this Sunday.", P, "this Sunday",
        "2023-05-07"),
    day("The envoy will travel to Beijing this Saturday.", "2023-05-11", "this Saturday",
        "2023-05-13"),
    day("Parliament voted this Monday to extend the state of emergency.", "2023-05-11",
        "this Monday", "2023-05-08"),
    # --- Parts of the day --------------------------------------------------------------------
    day("Explosions were heard early Wednesday in the port of Odesa.", P, "early Wednesday",
        "2023-05-03"),
    day("The strike came late Wednesday, the air force said.", P, "late Wednesday",
        "2023-05-03"),
    day("Russian drones attacked Kyiv on Wednesday morning.", P, "Wednesday morning",
        "2023-05-03TMO", "TIME"),
    day("Sirens wailed across the capital on Wednesday night.", P, "Wednesday night",
        "2023-05-03TNI", "TIME"),
    day("Missiles slammed into central Kyiv on Monday morning as people headed to work.",
        "2022-10-10", "Monday morning", "2022-10-10TMO", "TIME"),
    day("The dam was breached early Tuesday, Ukrainian officials said.", "2023-06-08",
        "early Tuesday", "2023-06-06"),
    day("Air defences were active late Sunday over Kharkiv.", "2024-01-02", "late Sunday",
        "2023-12-31"),
    day("Shelling of the town resumed on Saturday afternoon.", P, "Saturday afternoon",
        "2023-04-29TAF", "TIME"),
    day("The governor reported new explosions on Sunday evening.", P, "Sunday evening",
        "2023-04-30TEV", "TIME"),
    day("Earlier on Friday, the ministry said ten drones had been downed.", P,
        ("Earlier on Friday", "Friday"), "2023-05-05"),
    day("The agency said earlier Thursday that the talks had stalled.", "2023-05-11",
        ("earlier Thursday", "Thursday"), "2023-05-11"),
    # --- today, yesterday, tomorrow, tonight, last night ---------------------------------------
    day('"Today we buried our neighbours," a resident of the village said.', P, "Today",
        "2023-05-05"),
    day("Two people were killed in shelling yesterday, the governor said.", P, "yesterday",
        "2023-05-04"),
    day("The talks will resume tomorrow in Istanbul.", P, "tomorrow", "2023-05-06"),
    day("The regional governor said yesterday that the bridge was impassable.", "2023-03-01",
        "yesterday", "2023-02-28"),
    day("Ukraine's air force said it downed 12 drones yesterday.", "2024-03-01", "yesterday",
        "2024-02-29"),
    day("Rockets hit the city centre yesterday as residents marked the new year.",
        "2023-01-01", "yesterday", "2022-12-31"),
    day("The ministers will sign the accord tomorrow, a spokeswoman said.", "2024-02-28",
        "tomorrow", "2024-02-29"),
    day("The curfew will be lifted tomorrow, the military administration said.", "2023-12-31",
        "tomorrow", "2024-01-01"),
    day("Peace talks resume today on the Belarusian border.", "2022-03-02", "today",
        "2022-03-02"),
    day("The president will address the nation tonight.", P, "tonight", "2023-05-05TNI",
        "TIME"),
    day("Drones attacked the Kremlin last night, Russian officials claimed.", P, "last night",
        "2023-05-04TNI", "TIME"),
    day("Power was cut to the southern districts last night.", "2023-03-01", "last night",
        "2023-02-28TNI", "TIME"),
    day("Air defences fought off a drone swarm last night.", "2024-01-01", "last night",
        "2023-12-31TNI", "TIME"),
    day("A curfew will be in force in the capital tonight.", "2023-12-31", "tonight",
        "2023-12-31TNI", "TIME"),
    # --- ISO weeks ---------------------------------------------------------------------------
    span("The defence minister will visit Kyiv this week.", P, "this week", "DATE", "2023-W18",
         "2023-05-01", "2023-05-07", "week"),
    span("Russia fired more than 30 missiles last week.", P, "last week", "DATE", "2023-W17",
         "2023-04-24", "2023-04-30", "week"),
    span("Talks on the grain corridor will resume next week.", P, "next week", "DATE",
         "2023-W19", "2023-05-08", "2023-05-14", "week"),
    span("Shelling along the front has eased this week, both sides said.", "2021-01-01",
         "this week", "DATE", "2020-W53", "2020-12-28", "2021-01-03", "week"),
    span("Envoys are meeting in Vienna this week.", "2024-12-30", "this week", "DATE",
         "2025-W01", "2024-12-30", "2025-01-05", "week"),
    span("The rebels seized two border posts last week.", "2016-01-03", "last week", "DATE",
         "2015-W52", "2015-12-21", "2015-12-27", "week"),
    span("The monitors will return to the region next week.", "2020-12-28", "next week",
         "DATE", "2021-W01", "2021-01-04", "2021-01-10", "week"),
    span("The ceasefire was broken repeatedly last week, monitors said.", "2021-01-06",
         "last week", "DATE", "2020-W53", "2020-12-28", "2021-01-03", "week"),
    span("Reinforcements arrived at the front this week.", "2019-12-31", "this week", "DATE",
         "2020-W01", "2019-12-30", "2020-01-05", "week"),
    span("The parliament will vote on the aid bill next week.", "2026-12-27", "next week",
         "DATE", "2026-W53", "2026-12-28", "2027-01-03", "week"),
    span("Fighting around the airport intensified this week.", "2026-12-27", "this week",
         "DATE", "2026-W52", "2026-12-21", "2026-12-27", "week"),
    span("The government has ordered new evacuations this week.", "2024-02-29", "this week",
         "DATE", "2024-W09", "2024-02-26", "2024-03-03", "week"),
    span("The militia shelled the airport twice this week.", "2016-01-03", "this week", "DATE",
         "2015-W53", "2015-12-28", "2016-01-03", "week"),
    span("The exchange of prisoners is expected next week.", "2023-01-01", "next week", "DATE",
         "2023-W01", "2023-01-02", "2023-01-08", "week"),
    # --- Calendar months ---------------------------------------------------------------------
    span("Ukraine received two more air defence systems this month.", P, "this month", "DATE",
         "2023-05", "2023-05-01", "2023-05-31", "month"),
    span("Russian drone attacks intensified last month.", P, "last month", "DATE", "2023-04",
         "2023-04-01", "2023-04-30", "month"),
    span("Electricity exports were halted last month after strikes on the grid.", "2023-01-05",
         "last month", "DATE", "2022-12", "2022-12-01", "2022-12-31", "month"),
    span("The army lost ground near Avdiivka last month.", "2024-03-10", "last month", "DATE",
         "2024-02", "2024-02-01", "2024-02-29", "month"),
    span("Casualties among civilians fell last month, the UN said.", "2023-03-10",
         "last month", "DATE", "2023-02", "2023-02-01", "2023-02-28", "month"),
    span("The first F-16 pilots will finish training next month.", P, "next month", "DATE",
         "2023-06", "2023-06-01", "2023-06-30", "month"),
    span("The EU is expected to approve the loan next month.", "2023-12-15", "next month",
         "DATE", "2024-01", "2024-01-01", "2024-01-31", "month"),
    span("The new conscription rules take effect next month.", "2024-01-20", "next month",
         "DATE", "2024-02", "2024-02-01", "2024-02-29", "month"),
    span("Russia massed troops near the border this month.", "2022-02-24", "this month", "DATE",
         "2022-02", "2022-02-01", "2022-02-28", "month"),
    span("Drone strikes on the refinery have doubled this month.", "2024-02-10", "this month",
         "DATE", "2024-02", "2024-02-01", "2024-02-29", "month"),
    # --- Parts of the current month ------------------------------------------------------------
    span("Kyiv reported a surge in missile attacks earlier this month.", P,
         "earlier this month", "DATE", "2023-05", "2023-05-01", "2023-05-05", "range"),
    span("The brigade was pulled back from the front earlier this month.", "2023-05-11",
         "earlier this month", "DATE", "2023-05", "2023-05-01", "2023-05-11", "range"),
    span("Two ships were struck in the port earlier this month.", "2024-02-20",
         "earlier this month", "DATE", "2024-02", "2024-02-01", "2024-02-20", "range"),
    span("A decision on the tanks is expected later this month.", P, "later this month",
         "DATE", "2023-05", "2023-05-05", "2023-05-31", "range"),
    span("The EU will discuss the new sanctions later this month.", "2024-02-10",
         "later this month", "DATE", "2024-02", "2024-02-10", "2024-02-29", "range"),
    span("The first grain ships may leave port later this month.", "2023-06-12",
         "later this month", "DATE", "2023-06", "2023-06-12", "2023-06-30", "range"),
    span("Officials want the corridor reopened by the end of the month.", P,
         "the end of the month", "DATE", "2023-05", "2023-05-21", "2023-05-31", "range"),
    span("The troops are to leave the city before the end of the month.", "2023-06-05",
         "the end of the month", "DATE", "2023-06", "2023-06-21", "2023-06-30", "range"),
    span("The minister promised new shells by the end of the month.", "2024-02-05",
         "the end of the month", "DATE", "2024-02", "2024-02-21", "2024-02-29", "range"),
    span("Kyiv hopes to receive the tanks by the end of the month.", "2023-02-03",
         "the end of the month", "DATE", "2023-02", "2023-02-21", "2023-02-28", "range"),
    # --- Years ----------------------------------------------------------------------------------
    span("Ukraine's economy shrank by nearly a third last year.", P, "last year", "DATE", "2022",
         "2022-01-01", "2022-12-31", "year"),
    span("The government expects modest growth this year.", P, "this year", "DATE", "2023",
         "2023-01-01", "2023-12-31", "year"),
    span("Grain exports collapsed in 2022 as ports were blockaded.", P, "2022", "DATE", "2022",
         "2022-01-01", "2022-12-31", "year"),
    span("Russia's defence spending rose by a quarter last year.", "2024-01-02", "last year",
         "DATE", "2023", "2023-01-01", "2023-12-31", "year"),
    span("Moscow plans to raise military spending again next year.", P, "next year", "DATE",
         "2024", "2024-01-01", "2024-12-31", "year"),
    span("The central bank expects inflation to slow next year.", "2022-12-30", "next year",
         "DATE", "2023", "2023-01-01", "2023-12-31", "year"),
    span("Russia annexed Crimea in 2014 after a disputed referendum.", P, "2014", "DATE",
         "2014", "2014-01-01", "2014-12-31", "year"),
    span("The ministry has recorded 300 strikes on energy sites this year.", "2024-03-01",
         "this year", "DATE", "2024", "2024-01-01", "2024-12-31", "year"),
    span("The brigade was formed earlier this year from volunteers.", P, "earlier this year",
         "DATE", "2023", "2023-01-01", "2023-05-05", "range"),
    span("Attacks on the power grid resumed earlier this year.", "2024-02-29",
         "earlier this year", "DATE", "2024", "2024-01-01", "2024-02-29", "range"),
    span("The city was encircled earlier this year.", "2022-06-24", "earlier this year", "DATE",
         "2022", "2022-01-01", "2022-06-24", "range"),
    span("Russian forces made small gains late last year.", P, "late last year", "DATE", "2022",
         "2022-09-01", "2022-12-31", "range"),
    span("The offensive on the eastern town began late last year.", "2024-01-02",
         "late last year", "DATE", "2023", "2023-09-01", "2023-12-31", "range"),
    # --- Bare month names ------------------------------------------------------------------------
    span("The village was captured in January after weeks of shelling.", P, "January", "DATE",
         "2023-01", "2023-01-01", "2023-01-31", "month"),
    span("Russia launched the winter offensive in November.", P, "November", "DATE", "2022-11",
         "2022-11-01", "2022-11-30", "month"),
    span("The town was shelled repeatedly in January, officials said.", "2023-01-05", "January",
         "DATE", "2023-01", "2023-01-01", "2023-01-31", "month"),
    span("Presidential elections are due to be held in March.", P, "March", "DATE", "2024-03",
         "2024-03-01", "2024-03-31", "month"),
    span("The new sanctions will take effect in June.", P, "June", "DATE", "2023-06",
         "2023-06-01", "2023-06-30", "month"),
    span("The ministry said it would complete the evacuation in May.", P, "May", "DATE",
         "2023-05", "2023-05-01", "2023-05-31", "month"),
    span("He said the troops had withdrawn from the village in April.", P, "April", "DATE",
         "2023-04", "2023-04-01", "2023-04-30", "month"),
    span("Fighting around Avdiivka peaked in February.", "2024-03-10", "February", "DATE",
         "2024-02", "2024-02-01", "2024-02-29", "month"),
    span("Lawmakers will vote on the aid package in January.", "2023-12-20", "January", "DATE",
         "2024-01", "2024-01-01", "2024-01-31", "month"),
    span("The port was last shelled in December.", P, "December", "DATE", "2022-12",
         "2022-12-01", "2022-12-31", "month"),
    span("Parliament will reconvene in September to debate the budget.", P, "September", "DATE",
         "2023-09", "2023-09-01", "2023-09-30", "month"),
    span("The first tanks arrived in February, the ministry said.", P, "February", "DATE",
         "2023-02", "2023-02-01", "2023-02-28", "month"),
    # --- mid-month  ------------------------------------------------------------------------------
    span("The offensive stalled in mid-March amid heavy losses.", P, "mid-March", "DATE",
         "2023-03", "2023-03-11", "2023-03-20", "range"),
    span("Wagner fighters reached the city centre in mid-April.", "2023-05-11", "mid-April",
         "DATE", "2023-04", "2023-04-11", "2023-04-20", "range"),
    span("The power plant was knocked out in mid-December.", "2023-01-10", "mid-December",
         "DATE", "2022-12", "2022-12-11", "2022-12-20", "range"),
    span("Defence ministers will meet again in mid-June.", P, "mid-June", "DATE", "2023-06",
         "2023-06-11", "2023-06-20", "range"),
    span("The last convoy left the town in mid-February.", "2024-03-10", "mid-February", "DATE",
         "2024-02", "2024-02-11", "2024-02-20", "range"),
    # --- Periods up to P or after P ---------------------------------------------------------------
    span("Russian shelling has intensified over the past week.", P, "the past week", "DURATION",
         "P1W", "2023-04-29", "2023-05-05", "range"),
    span("Ukraine said it had downed 80 drones in the past seven days.", P,
         "the past seven days", "DURATION", "P7D", "2023-04-29", "2023-05-05", "range"),
    span("Strikes on the region have doubled in the past week.", "2024-03-01", "the past week",
         "DURATION", "P1W", "2024-02-24", "2024-03-01", "range"),
    span("More than 40 towns lost power over the past week.", "2023-01-03", "the past week",
         "DURATION", "P1W", "2022-12-28", "2023-01-03", "range"),
    span("Fighting has displaced thousands of people in the past three months.", P,
         "the past three months", "DURATION", "P3M", "2023-02-06", "2023-05-05", "range"),
    span("The front line has barely moved in the past three months.", "2024-05-15",
         "the past three months", "DURATION", "P3M", "2024-02-16", "2024-05-15", "range"),
    span("Both sides have traded artillery fire over the past two weeks.", P,
         "the past two weeks", "DURATION", "P2W", "2023-04-22", "2023-05-05", "range"),
    span("Food prices in the city have tripled over the past year.", P, "the past year",
         "DURATION", "P1Y", "2022-05-06", "2023-05-05", "range"),
    span("The minister said the air defence systems would arrive in the next two weeks.", P,
         "the next two weeks", "DURATION", "P2W", "2023-05-06", "2023-05-19", "range"),
    span("The evacuation will continue for the next three days.", P, "the next three days",
         "DURATION", "P3D", "2023-05-06", "2023-05-08", "range"),
    span("Officials expect more strikes on the grid in the next two weeks.", "2023-12-30",
         "the next two weeks", "DURATION", "P2W", "2023-12-31", "2024-01-13", "range"),
    # --- Plain lengths of time  ------------------------------------------------------------------
    bare("The siege of the city lasted three years, the mayor said.", P, "three years",
         "DURATION", "P3Y"),
    bare("The truce held for 48 hours before shelling resumed.", P, "48 hours", "DURATION",
         "PT48H"),
    bare("The prisoners were held for 10 days before the exchange.", P, "10 days", "DURATION",
         "P10D"),
    bare("Negotiators spent six hours at the table in Istanbul.", P, "six hours", "DURATION",
         "PT6H"),
    bare("The airport has been closed to civilian flights for two months.", P, "two months",
         "DURATION", "P2M"),
    bare("The talks between the defence chiefs lasted 90 minutes.", P, "90 minutes",
         "DURATION", "PT90M"),
    bare("The encircled garrison held out for five weeks.", P, "five weeks", "DURATION", "P5W"),
    bare("The naval blockade lasted 18 months.", P, "18 months", "DURATION", "P18M"),
    bare("The siege of the port lasted three years.", None, "three years", "DURATION", "P3Y"),
    bare("The rebels agreed to a truce lasting 72 hours.", None, "72 hours", "DURATION",
         "PT72H"),
    # --- "ago"  ----------------------------------------------------------------------------------
    day("The town fell to Russian forces a week ago.", P, "a week ago", "2023-04-28"),
    day("Rescuers found the bodies two days ago, the police said.", P, "two days ago",
        "2023-05-03"),
    day("The bridge was destroyed two days ago.", "2024-03-01", "two days ago", "2024-02-28"),
    day("The shelling of the hospital began three days ago.", "2023-01-02", "three days ago",
        "2022-12-30"),
    day("The convoy left the besieged city five days ago.", P, "five days ago", "2023-04-30"),
    # --- Present, past and future references ------------------------------------------------------
    bare("Russian forces now control most of the city, the ministry said.", P, "now", "DATE",
         "PRESENT_REF"),
    bare("About 300 soldiers are currently deployed near the border.", P, "currently", "DATE",
         "PRESENT_REF"),
    bare("At present, the plant runs on a single power line.", P, ("At present", "present"),
         "DATE", "PRESENT_REF"),
    bare("Moscow recently moved more troops to the area.", P, "recently", "DATE", "PAST_REF"),
    bare("The plant had previously been shelled several times.", P, "previously", "DATE",
         "PAST_REF"),
    bare("Kyiv will need far more artillery shells in the future.", P, "the future", "DATE",
         "FUTURE_REF"),
    bare("Talks between the two sides are expected to resume soon.", P, "soon", "DATE",
         "FUTURE_REF"),
    bare("The rebels recently took control of the airport.", None, "recently", "DATE",
         "PAST_REF"),
    bare("The militia now controls the main road, residents said.", None, "now", "DATE",
         "PRESENT_REF"),
    # --- Quarters  -------------------------------------------------------------------------------
    span("Ukraine's economy contracted in the first quarter.", P, "the first quarter", "DATE",
         "2023-Q1", "2023-01-01", "2023-03-31", "quarter"),
    span("Arms deliveries are running behind schedule in Q2.", P, "Q2", "DATE", "2023-Q2",
         "2023-04-01", "2023-06-30", "quarter"),
    span("Grain exports are forecast to recover in the third quarter.", P, "the third quarter",
         "DATE", "2023-Q3", "2023-07-01", "2023-09-30", "quarter"),
    span("Ammunition output doubled in the first quarter of 2022.", P,
         "the first quarter of 2022", "DATE", "2022-Q1", "2022-01-01", "2022-03-31", "quarter"),
    span("Russia's oil revenue fell by half in the first quarter.", "2024-05-10",
         "the first quarter", "DATE", "2024-Q1", "2024-01-01", "2024-03-31", "quarter"),
    span("Defence spending doubled in Q3, the finance ministry said.", "2023-11-10", "Q3",
         "DATE", "2023-Q3", "2023-07-01", "2023-09-30", "quarter"),
    span("Gas transit through Ukraine fell sharply in Q4 2022.", P, "Q4 2022", "DATE",
         "2022-Q4", "2022-10-01", "2022-12-31", "quarter"),
    # --- Seasons  --------------------------------------------------------------------------------
    span("Kyiv is preparing a counteroffensive this summer.", P, "this summer", "DATE",
         "2023-SU", "2023-06-01", "2023-08-31", "range"),
    span("Ukraine hopes to retake the south this spring.", P, "this spring", "DATE", "2023-SP",
         "2023-03-01", "2023-05-31", "range"),
    span("The fighting around the city was heaviest last summer.", P, "last summer", "DATE",
         "2022-SU", "2022-06-01", "2022-08-31", "range"),
    span("The regional capital was liberated last autumn.", P, "last autumn", "DATE", "2022-FA",
         "2022-09-01", "2022-11-30", "range"),
    span("Elections could be held next spring if the fighting stops.", P, "next spring", "DATE",
         "2024-SP", "2024-03-01", "2024-05-31", "range"),
    span("Both armies are digging in along the river this autumn.", "2023-10-10", "this autumn",
         "DATE", "2023-FA", "2023-09-01", "2023-11-30", "range"),
    span("The alliance plans to deliver the first jets next summer.", "2023-10-10",
         "next summer", "DATE", "2024-SU", "2024-06-01", "2024-08-31", "range"),
    span("The city expects a new offensive this fall.", "2022-06-24", "this fall", "DATE",
         "2022-FA", "2022-09-01", "2022-11-30", "range"),
    # --- Fiscal years, decades -------------------------------------------------------------------
    bare("The defence budget for fiscal 2023 was raised twice.", P, "fiscal 2023", "DATE",
         "FY2023"),
    bare("Congress has not yet approved the aid for fiscal 2024.", P, "fiscal 2024", "DATE",
         "FY2024"),
    bare("Military aid in fiscal 2023 exceeded all earlier years.", None, "fiscal 2023", "DATE",
         "FY2023"),
    span("Much of the arsenal dates back to the 1990s.", P, "the 1990s", "DATE", "199",
         "1990-01-01", "1999-12-31", "range"),
    span("The two countries last fought a border war in the 1980s.", P, "the 1980s", "DATE",
         "198", "1980-01-01", "1989-12-31", "range"),
    span("The pipeline was built in the 2010s with Western loans.", P, "the 2010s", "DATE",
         "201", "2010-01-01", "2019-12-31", "range"),
    span("Most of the tanks were built in the 1990s.", None, "the 1990s", "DATE", "199",
         "1990-01-01", "1999-12-31", "range"),
    # --- Ordinal days in P's month  --------------------------------------------------------------
    day("Russia says the parade will go ahead on the 9th.", P, "the 9th", "2023-05-09"),
    day("Drones hit the oil depot on the 3rd, officials said.", "2023-05-11", "the 3rd",
        "2023-05-03"),
    day("The convoy is expected at the border on the 29th.", "2024-02-20", "the 29th",
        "2024-02-29"),
    day("Rationing of electricity began on the 1st, the city council said.", P, "the 1st",
        "2023-05-01"),
    # --- Numeric dates  --------------------------------------------------------------------------
    day("The mobilisation order, dated 05/09/2023, was published online.", P, "05/09/2023",
        "2023-05-09"),
    day("The leaked memo, dated 12/05/2023, lists the units involved.", "2023-05-14",
        "12/05/2023", "2023-05-12"),
    day("A court order dated 25/04/2023 froze the company's assets.", P, "25/04/2023",
        "2023-04-25"),
    day("The directive, marked 04/25/2023, was signed by the commander.", P, "04/25/2023",
        "2023-04-25"),
    day("The letter dated 09/06/2023 was handed to the ambassador.", "2023-09-06",
        "09/06/2023", "2023-09-06"),
    day("The decree dated 02/03/2022 ordered a general mobilisation.", "2022-03-02",
        "02/03/2022", "2022-03-02"),
    day("The report, signed 12.05.2023, was sent to the ministry.", "2023-05-14", "12.05.2023",
        "2023-05-12"),
    # --- Clock times with zones  -----------------------------------------------------------------
    day("The first explosion was reported at 0735 GMT.", P, "0735 GMT", "2023-05-05T07:35",
        "TIME"),
    day("The statement was released at 7:35 a.m. EDT.", P, "7:35 a.m. EDT", "2023-05-05T07:35",
        "TIME"),
    day("Air raid sirens sounded in the capital at 2210 GMT.", P, "2210 GMT", "2023-05-05T22:10",
        "TIME"),
    day("The ceasefire took effect at 11:45 p.m. EST.", "2024-02-29", "11:45 p.m. EST",
        "2024-02-29T23:45", "TIME"),
    day("The ministry published the figures at 1430 UTC.", P, "1430 UTC", "2023-05-05T14:30",
        "TIME"),
    day("The curfew begins at 9 p.m. GMT, the governor said.", "2023-12-31", "9 p.m. GMT",
        "2023-12-31T21:00", "TIME"),
    day("Shelling resumed at 0600 GMT, the monitors said.", P, "0600 GMT", "2023-05-05T06:00",
        "TIME"),
    # --- Sets  -----------------------------------------------------------------------------------
    bare("Officials meet every week to review the front line.", P, "every week", "SET", "P1W"),
    bare("The ministry publishes its casualty figures weekly.", P, "weekly", "SET", "P1W"),
    bare("Relatives gather each Friday outside the embassy.", P, "each Friday", "SET",
         "XXXX-WXX-5"),
    bare("Volunteers bring food to the shelters every Sunday.", P, "every Sunday", "SET",
         "XXXX-WXX-7"),
    bare("Russian artillery shells the town daily, residents say.", P, "daily", "SET", "P1D"),
    bare("Trains carry the wounded to Kyiv every day.", P, "every day", "SET", "P1D"),
    bare("The IAEA reports monthly on the plant's safety.", P, "monthly", "SET", "P1M"),
    bare("Relatives of the missing protest each Friday.", None, "each Friday", "SET",
         "XXXX-WXX-5"),
    # --- Chained to the last explicit date in the text  ------------------------------------------
    day("Russian troops entered the village on May 3 and withdrew two days later.", P,
        "two days later", "2023-05-05"),
    day("The drones struck on May 2; three days later, Kyiv retaliated.", "2023-05-11",
        "three days later", "2023-05-05"),
    day("The convoy left on Feb. 27 and reached the border two days later.", "2024-03-05",
        "two days later", "2024-02-29"),
    day("Talks broke down on Dec. 30 and resumed three days later.", "2023-01-05",
        "three days later", "2023-01-02"),
    day("A truce was declared on April 20, 2023, but collapsed a week later.", P,
        "a week later", "2023-04-27"),
    day("The town fell on March 3, 2022, and was retaken four days later.", None,
        "four days later", "2022-03-07"),
    # --- Unanchored: relative expressions keep X placeholders and get no interval  ---------------
    bare("The governor said on Friday that the strikes had stopped.", None, "Friday", "DATE",
         "XXXX-WXX-5"),
    bare("Rebel commanders said Thursday they would not withdraw.", None, "Thursday", "DATE",
         "XXXX-WXX-4"),
    bare("The parade on May 9 went ahead under heavy security.", None, "May 9", "DATE",
         "XXXX-05-09"),
    bare("The shelling on Dec. 28 killed four civilians.", None, "Dec. 28", "DATE",
         "XXXX-12-28"),
    bare("The village was captured in January after weeks of fighting.", None, "January",
         "DATE", "XXXX-01"),
    bare("The offensive began in March, the rebels said.", None, "March", "DATE", "XXXX-03"),
    bare("Two soldiers were killed in the shelling yesterday.", None, "yesterday", "DATE",
         "XXXX-XX-XX"),
    bare("The regional governor said yesterday that schools would close.", None, "yesterday",
         "DATE", "XXXX-XX-XX"),
    bare("The foreign minister will fly to Ankara tomorrow.", None, "tomorrow", "DATE",
         "XXXX-XX-XX"),
    bare("Both delegations will meet again on Monday.", None, "Monday", "DATE", "XXXX-WXX-1"),
    day("The invasion began on February 24, 2022, and the front has barely moved since.", None,
        "February 24, 2022", "2022-02-24"),
    day("The talks opened on 9 May 2023 in Istanbul.", None, "9 May 2023", "2023-05-09"),
    span("Grain exports fell sharply in 2022, the ministry said.", None, "2022", "DATE", "2022",
         "2022-01-01", "2022-12-31", "year"),
    span("The town was occupied in March 2022.", None, "March 2022", "DATE", "2022-03",
         "2022-03-01", "2022-03-31", "month"),
    # --- More edges: same-day and adjacent-day weekday rules, ISO week 53, month ends ------------
    day("The leaders will meet this Friday in Warsaw.", P, "this Friday", "2023-05-05"),
    day("Russian jets bombed the town last Friday, the governor said.", "2023-05-06",
        "last Friday", "2023-05-05"),
    day("The defence ministers will meet next Friday.", "2023-05-11", "next Friday",
        "2023-05-12"),
    day("The delegation will arrive early Wednesday, officials said.", P, "early Wednesday",
        "2023-05-10"),
    day("Kyiv will host the donor conference on Wednesday night.", P, "Wednesday night",
        "2023-05-10TNI", "TIME"),
    span("Three cargo ships left the port this week.", "2027-01-01", "this week", "DATE",
         "2026-W53", "2026-12-28", "2027-01-03", "week"),
    span("Artillery duels continued along the river last week.", "2027-01-04", "last week",
         "DATE", "2026-W53", "2026-12-28", "2027-01-03", "week"),
    span("The monitors will return to the region next week.", "2015-12-24", "next week", "DATE",
         "2015-W53", "2015-12-28", "2016-01-03", "week"),
    day("The drone strike on the depot happened a week ago.", "2024-03-06", "a week ago",
        "2024-02-28"),
    span("Heavy shelling resumed late last year, officials said.", "2023-01-03",
         "late last year", "DATE", "2022", "2022-09-01", "2022-12-31", "range"),
    span("Both sides exchanged prisoners earlier this year.", "2023-01-20",
         "earlier this year", "DATE", "2023", "2023-01-01", "2023-01-20", "range"),
    span("The grain corridor was reopened earlier this month.", "2023-06-01",
         "earlier this month", "DATE", "2023-06", "2023-06-01", "2023-06-01", "range"),
    span("A new aid package is expected later this month.", "2023-05-31", "later this month",
         "DATE", "2023-05", "2023-05-31", "2023-05-31", "range"),
    span("Parliament will vote on the war budget in December.", "2023-12-05", "December",
         "DATE", "2023-12", "2023-12-01", "2023-12-31", "month"),
    span("The town fell in May after a long siege.", "2023-05-20", "May", "DATE", "2023-05",
         "2023-05-01", "2023-05-31", "month"),
    day("The evacuation order, dated 5/9/2023, covered six villages.", P, "5/9/2023",
        "2023-05-09"),
    day("A court in Kyiv ruled on 31/12/2022 that the seizure was lawful.", P, "31/12/2022",
        "2022-12-31"),
    day("The first blasts were heard at 0030 GMT.", P, "0030 GMT", "2023-05-05T00:30", "TIME"),
    bare("Donors pledge new funds every month at the conference.", P, "every month", "SET",
         "P1M"),
    bare("The town was without power for a week.", P, "a week", "DURATION", "P1W"),
    bare("The negotiations dragged on for two years.", P, "two years", "DURATION", "P2Y"),
    bare("The meeting between the two commanders lasted half an hour.", P, "half an hour",
         "DURATION", "PT30M"),
    bare("Such strikes were rare in the past, officials said.", P, "the past", "DATE",
         "PAST_REF"),
    day("Russian forces shelled the plant on March 4, 2022, and seized it the next day.",
        "2022-03-10", "the next day", "2022-03-05"),
    day("The dam was breached on June 6, 2023, and the water peaked a day later.",
        "2023-06-10", "a day later", "2023-06-07"),
    # --- Two clauses, two tenses; datelines ---------------------------------------------------
    day("The minister, who visited Kyiv on Tuesday, will travel to Warsaw on Saturday.", P,
        "Tuesday", "2023-05-02"),
    day("The minister, who visited Kyiv on Tuesday, will travel to Warsaw on Saturday.", P,
        "Saturday", "2023-05-06"),
    day("Ukraine said on Wednesday it will receive the first jets next month.", P, "Wednesday",
        "2023-05-03"),
    span("Ukraine said on Wednesday it will receive the first jets next month.", P,
         "next month", "DATE", "2023-06", "2023-06-01", "2023-06-30", "month"),
    day("After talks broke down on Sunday, both sides said they will meet again on Tuesday.", P,
        "Sunday", "2023-04-30"),
    day("After talks broke down on Sunday, both sides said they will meet again on Tuesday.", P,
        "Tuesday", "2023-05-09"),
    day("Shelling that began on Monday is expected to continue until Sunday.", P, "Monday",
        "2023-05-01"),
    day("Shelling that began on Monday is expected to continue until Sunday.", P, "Sunday",
        "2023-05-07"),
    day("The governor, speaking on Thursday, said evacuations will start on Monday.", P,
        "Thursday", "2023-05-04"),
    day("The governor, speaking on Thursday, said evacuations will start on Monday.", P,
        "Monday", "2023-05-08"),
    day("KYIV, May 5 (Reuters) - Russian forces shelled the southern city overnight.", P,
        "May 5", "2023-05-05"),
    day("MOSCOW, Dec 31 (Reuters) - Drones targeted an oil depot in the region.", "2023-12-31",
        "Dec 31", "2023-12-31"),
    day("On Thursday, Russian forces shelled Kherson for the third day running.", P, "Thursday",
        "2023-05-04"),
    day("Friday's strike on the railway station killed 23 people.", "2023-05-06", "Friday",
        "2023-05-05"),
    span("The conflict in the east, which began in 2014, has killed thousands.", P, "2014",
         "DATE", "2014", "2014-01-01", "2014-12-31", "year"),
    span("The 2020s will be remembered for this war, the historian said.", P, "The 2020s", "DATE",
         "202", "2020-01-01", "2029-12-31", "range"),
    day("The talks began on May 2. The day before, shelling had intensified.", P,
        "The day before", "2023-05-01"),
    # "to" before a noun is no infinitive: the weekday belongs to the past verb.
    day("Negotiators agreed to a ceasefire in Velm on Tuesday, the ministry said.", "2024-09-17",
        "Tuesday", "2024-09-17"),
    day("The rebels agreed to a prisoner swap on Monday.", P, "Monday", "2023-05-01"),
    day("Both sides tried to reach the bridge on Wednesday but were pushed back.", P,
        "Wednesday", "2023-05-03"),
    day("The governor refused to evacuate the town on Thursday.", P, "Thursday", "2023-05-04"),
    # A speech verb binds the weekday next to it, whatever the tense of the clause it reports.
    day("Officials said Monday they will order the evacuation of three villages.", "2023-05-11",
        "Monday", "2023-05-08"),
    day("The army said Wednesday it would send more shells to the front.", P, "Wednesday",
        "2023-05-03"),
    day("The governor announced Tuesday that schools will stay closed.", P, "Tuesday",
        "2023-05-02"),
    # A month and day without a year: past tense -> on or before publication.
    day("The aid worker was last seen Nov. 3 near the border.", "2023-05-11", "Nov. 3",
        "2022-11-03"),
    day("The envoy met the rebel leader on Oct. 20, officials said.", "2023-05-11", "Oct. 20",
        "2022-10-20"),
    day("The talks will reopen on Oct. 20 in Geneva.", "2023-05-11", "Oct. 20", "2023-10-20"),
    day("Shelling on May 9 destroyed the school, officials said.", "2023-05-11", "May 9",
        "2023-05-09"),
    day("Drones were launched ahead of Russia's May 9 Victory Day celebrations.", "2023-05-11",
        "May 9", "2023-05-09"),
    # --- Deadlines: an obligation or wish points forward, whatever the reporting verb ------------
    day("The troops must be withdrawn no later than Friday.", "2023-05-03", "Friday",
        "2023-05-05"),
    day("Both sides must pull back their guns before Friday.", "2023-05-03", "Friday",
        "2023-05-05"),
    day("The evacuation should be completed by Saturday, officials said.", "2023-05-03",
        "Saturday", "2023-05-06"),
    day("Kyiv wants the tanks delivered by Friday.", "2023-05-03", "Friday", "2023-05-05"),
    # --- Other spellings of dates --------------------------------------------------------------
    day("The parade is scheduled for May 9th despite the drone threat.", P, "May 9th",
        "2023-05-09"),
    day("The attack on the convoy took place on the 3rd of May.", P,
        ("the 3rd of May", "3rd of May"), "2023-05-03"),
    day("The war began on Feb 24 2022 with strikes across the country.", P, "Feb 24 2022",
        "2022-02-24"),
    day("The mobilisation order was signed on 24.02.2022.", P, "24.02.2022", "2022-02-24"),
    span("The blockade of the ports started in the summer of 2022.", P, "the summer of 2022",
         "DATE", "2022-SU", "2022-06-01", "2022-08-31", "range"),
    span("Putin will visit the region in the second half of the year.", P,
         "the second half of the year", "DATE", "2023-H2", "2023-07-01", "2023-12-31", "range"),
    # --- Chaining across sentences; weekdays stay on the publication date ------------------------
    span("The counteroffensive began in June 2023. Three months later, it stalled.", "2023-12-01",
         "Three months later", "DATE", "2023-09", "2023-09-01", "2023-09-30", "month"),
    day("The city fell on Feb. 16, 2023. Two weeks later, the last defenders surrendered.", P,
        "Two weeks later", "2023-03-02"),
    day("Russian troops took the plant on March 3, 2022. On Friday, the IAEA said it had lost "
        "power again.", P, "Friday", "2023-05-05"),
]


def _found(timexes: tuple[Timex, ...], sentence: str, phrases: tuple[str, ...]) -> Timex:
    """The Timex spanning exactly one of the accepted extents of the phrase."""
    for phrase in phrases:
        start = sentence.index(phrase)
        for timex in timexes:
            if (timex.start, timex.end) == (start, start + len(phrase)):
                return timex
    got = [(t.text, t.start, t.end) for t in timexes]
    raise AssertionError(f"none of {phrases} tagged with its exact span; tagged: {got}")


def _anchor(published: str | None) -> date | None:
    return None if published is None else date.fromisoformat(published)


@pytest.mark.parametrize(
    ("sentence", "published", "phrases", "timex_type", "value", "start", "end", "granularity"),
    RESOLUTION_ROWS,
)
def test_resolution(
    sentence: str,
    published: str | None,
    phrases: tuple[str, ...],
    timex_type: str,
    value: str,
    start: str | None,
    end: str | None,
    granularity: str | None,
) -> None:
    timex = _found(tag(sentence, _anchor(published)), sentence, phrases)
    assert timex.text == sentence[timex.start : timex.end]
    assert (timex.type, timex.value) == (timex_type, value)
    if start is None or end is None or granularity is None:
        assert timex.interval is None
    else:
        expected = Interval(date.fromisoformat(start), date.fromisoformat(end), granularity)  # type: ignore[arg-type]
        assert timex.interval == expected


def test_table_is_large_and_every_phrase_occurs_once() -> None:
    assert len(RESOLUTION_ROWS) >= 250
    for row in RESOLUTION_ROWS:
        sentence, _, phrases = row.values[:3]  # type: ignore[attr-defined]
        for phrase in phrases:
            assert sentence.count(phrase) == 1, (sentence, phrase)


# How each expression was anchored: the publication date, an earlier date in the text, or nothing.
ANCHOR_ROWS = [
    ("Two people were killed in shelling yesterday.", P, "yesterday", "publication", P),
    ("Prigozhin said Thursday that his fighters would leave.", P, "Thursday", "publication", P),
    ("Russian troops entered the village on May 3 and withdrew two days later.", P,
     "two days later", "reference", "2023-05-03"),
    ("Talks broke down on Dec. 30 and resumed three days later.", "2023-01-05",
     "three days later", "reference", "2022-12-30"),
    ("The town fell on March 3, 2022, and was retaken four days later.", None,
     "four days later", "reference", "2022-03-03"),
    ("The governor said on Friday that the strikes had stopped.", None, "Friday", "none", None),
    ("Two soldiers were killed in the shelling yesterday.", None, "yesterday", "none", None),
    ("The parade on May 9 went ahead under heavy security.", None, "May 9", "none", None),
]


@pytest.mark.parametrize(("sentence", "published", "phrase", "kind", "anchor"), ANCHOR_ROWS)
def test_anchor_kind(
    sentence: str, published: str | None, phrase: str, kind: str, anchor: str | None
) -> None:
    timex = _found(tag(sentence, _anchor(published)), sentence, (phrase,))
    assert timex.anchor_kind == kind
    assert timex.anchor == _anchor(anchor)


# TIMEX3 mod for "early", "late", "mid-" and "the end of".
MOD_ROWS = [
    ("Explosions were heard early Wednesday in the port of Odesa.", "early Wednesday", "START"),
    ("The strike came late Wednesday, the air force said.", "late Wednesday", "END"),
    ("The offensive stalled in mid-March amid heavy losses.", "mid-March", "MID"),
    ("Officials want the corridor reopened by the end of the month.", "the end of the month",
     "END"),
    ("Russian forces made small gains late last year.", "late last year", "END"),
]


@pytest.mark.parametrize(("sentence", "phrase", "mod"), MOD_ROWS)
def test_mod(sentence: str, phrase: str, mod: str) -> None:
    assert _found(tag(sentence, date(2023, 5, 5)), sentence, (phrase,)).mod == mod


# Traps: the [bracketed] words must not fall inside any tagged span. Other, real expressions in
# the same sentence may be tagged.
NEGATIVE_ROWS = [
    '"[We] will not give up a single metre," the commander said on Friday.',
    "[We] are ready for talks, the foreign minister told reporters.",
    "Officials warned the strikes [may] continue for weeks.",
    "The ministry said the figures [may] be revised.",
    "Residents fear the bridge [may] collapse under the weight of the convoys.",
    "The dam [may] have been mined, engineers warned on Thursday.",
    "Kyiv said Moscow [may] try to cut the corridor before the winter.",
    "Columns of soldiers [march] through the square during the rehearsal.",
    "Thousands of troops [march] toward the border, the satellite images show.",
    "Veterans [marched] through the city centre in silence.",
    "The convoy moved at night to avoid the [sun] and the drones.",
    "Under a scorching [sun], volunteers dug trenches outside the city.",
    "The minister gave an interview to The [Sun] newspaper.",
    "The [Sun] reported that the prince had visited the troops.",
    "Shakhtar beat the visitors [3-1] in a charity match for refugees.",
    "The home side won [2-0] despite the air raid alert.",
    "Inflation rose to [12.5 percent], the central bank said.",
    "Turnout reached [45%] in the occupied areas, officials claimed.",
    "Prices of bread have risen by [30 per cent] since the blockade.",
    "Relatives can call the hotline on [+44 20 7946 0958] for news.",
    "The Red Cross set up a helpline at [0800 500 225] for families.",
    "The resolution passed [52-48] in the Senate.",
    "The aid bill was approved by a vote of [311-117] in the House.",
    "The troops advanced [570 meters] along the railway line.",
    "Moscow sent [1,000 troops] to reinforce the garrison.",
    "Officials reported [2,500 soldiers] missing after the assault.",
    "The brigade fired [155 mm] shells at the bridge.",
    "The village came under [a second] attack within hours.",
    "It was the [second] strike on the power station.",
    "Russia marks [Victory Day] with a parade on Red Square.",
    "Veterans laid flowers for [Victory Day] at the memorial.",
    "The [3rd] Assault Brigade said it had taken the ridge.",
    "Soldiers of the [93rd] Mechanized Brigade held the line.",
    "The Security Council invoked Resolution [2231] in the debate.",
    "Pilots flew [Su-25] jets low over the front line.",
    "[Sunni] militias joined the offensive, the officials said.",
    "[Mayor] Vitali Klitschko urged residents to stay in shelters.",
    "[Jan] Egeland said aid had to reach the besieged city.",
    "Russian forces could [spring] a surprise attack from the north.",
    "Officials feared the town would [fall] within hours.",
    "About [3/4] of the city has no running water.",
    "Rescue teams worked [24/7] to clear the rubble.",
    "Shells hit [Marchenko] Street in the city centre.",
    "The rebels fired [24] rockets at the airfield.",
    "Casualty figures: [1,945] wounded, the hospital said.",
    "Former prime minister Theresa [May] said the sanctions should be tightened.",
    "[April] Ryan, a White House correspondent, asked about the strikes.",
    "Police said 20,000 people joined the [march] in the capital.",
    "[Sunday Times] reporters were detained at the checkpoint.",
    "The agency can be reached at [1-800-555-0199].",
    "The General Assembly adopted the resolution by [141 votes to 5].",
    "The [2-1] vote sent the bill back to committee.",
    "[10] things to know about the counteroffensive",
    "The [former] defence minister was detained at the airport.",
    "[May] the talks succeed, the pope said.",
    "Protesters plan to [march] on parliament.",
    "Operation [Spring] Storm was launched from the south.",
    "[Sun] Tzu is often quoted by generals.",
    "The [Mi-8] helicopter crashed near Kharkiv.",
    "Ukraine's [47th] Brigade received Bradley vehicles.",
    "Call [044 555 1234] for information about evacuations.",
    "The [second] round of talks took place in Istanbul.",
    "At [10], the boy had already lost his home.",
    "The town of Mariupol, population [430,000], fell after the siege.",
    "The drone flew [1900] km before it crashed.",
    "The missile travelled [2000] kilometres, the air force said.",
    "Some [1500] soldiers were sent to the front.",
    "The convoy carried [1800] tonnes of flour.",
    "Flight [1702] was diverted to Warsaw.",
]


def _trap(marked: str) -> tuple[str, int, int]:
    start = marked.index("[")
    end = marked.index("]") - 1
    return marked.replace("[", "").replace("]", ""), start, end


@pytest.mark.parametrize("marked", NEGATIVE_ROWS)
def test_trap_is_not_tagged(marked: str) -> None:
    sentence, trap_start, trap_end = _trap(marked)
    for timex in tag(sentence, date(2023, 5, 5)):
        assert timex.end <= trap_start or timex.start >= trap_end, (
            f"{sentence[trap_start:trap_end]!r} inside tagged {timex.text!r}"
        )


def test_negative_table_is_large() -> None:
    assert len(NEGATIVE_ROWS) >= 40


# The word(s) governing an expression; a possessive or determiner between them is skipped.
SIGNAL_ROWS = [
    ("Kyiv expects more drone attacks ahead of Russia's May 9 Victory Day celebrations.", P,
     "May 9", "ahead of"),
    ("The ceasefire will hold until Sunday, the mediators said.", P, "Sunday", "until"),
    ("More than 8,000 civilians have fled the region since January.", P, "January", "since"),
    ("Russian troops entered the town on Thursday.", P, "Thursday", "on"),
    ("Grain exports collapsed in 2022 as ports were blockaded.", P, "2022", "in"),
    ("The troops must leave the city before Friday, the ultimatum said.", "2023-05-03",
     "Friday", "before"),
    ("Both sides agreed to withdraw heavy weapons no later than June 1.", P, "June 1",
     "no later than"),
    ("Violence escalated in the run-up to the May 14 election.", P, "May 14",
     "in the run-up to"),
    ("The curfew will be in force from Monday.", P, "Monday", "from"),
    ("Kyiv wants the tanks delivered by Friday.", "2023-05-03", "Friday", "by"),
    ("Shelling resumed after the March 15 deadline expired.", P, "March 15", "after"),
    ("Diplomats met twice during 2022 without result.", P, "2022", "during"),
    ("Ukraine has received 40 aircraft since Feb. 24, 2022.", P, "Feb. 24, 2022", "since"),
    ("The army stepped up strikes ahead of Sunday's vote.", P, "Sunday", "ahead of"),
    ("Prigozhin said Thursday that his fighters would leave Bakhmut.", P, "Thursday", None),
    ("Since Monday, more than 40 drones have been shot down.", P, "Monday", "since"),
    ("The foreign ministers will meet in Brussels on June 14.", P, "June 14", "on"),
]


@pytest.mark.parametrize(("sentence", "published", "phrase", "signal"), SIGNAL_ROWS)
def test_signal(sentence: str, published: str, phrase: str, signal: str | None) -> None:
    timex = _found(tag(sentence, _anchor(published)), sentence, (phrase,))
    assert timex.signal == signal


# "by the end of the month": whether the engine tags "the end of the month" (signal "by") or
# "the month" (signal "by the end of"), signal and text together must read the governed phrase.
END_OF_ROWS = [
    ("Officials want the corridor reopened by the end of the month.", "by the end of the month"),
    ("The minister promised new shells by the end of the year.", "by the end of the year"),
    ("The mission was extended until the end of the year.", "until the end of the year"),
]


@pytest.mark.parametrize(("sentence", "governed"), END_OF_ROWS)
def test_end_of_signal(sentence: str, governed: str) -> None:
    governed_end = sentence.index(governed) + len(governed)
    ending_there = [t for t in tag(sentence, date(2023, 5, 5)) if t.end == governed_end]
    assert len(ending_there) == 1, ending_there
    timex = ending_there[0]
    assert f"{timex.signal} {timex.text}" == governed
