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


# A diary whose second day's heading lies past the story's lead.
_DIARY = (
    "Our correspondent kept a diary on the road to Halvan this week. " * 8
    + "\n\nDay 2, Friday\nWaiting at the crossing. An officer tells us to come back tomorrow."
    " The shelling starts at 14:10."
)

# A live page whose first entry names yesterday, and whose later entries are stamped.
_LIVE_PAGE = (
    "All times local.\n\n07:40\nThe ceasefire that began yesterday has broadly held, both"
    " armies say.\n\n08:15\nThe UN says its first monitors will cross into Tessny this"
    " morning.\n\n09:02\nThe defence ministry has published its own tally of violations. "
    + "Both sides seem to have counted the same hours very differently. " * 4
    + "\n\n10:20\nOur correspondent reports that the monitors' vehicles pulled into the main"
    " square at 10:12."
)

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
    # A timetable in the present tense points ahead; "is"/"are" only tell a state.
    day("The peace conference on the war opens in Jeddah on Nov. 25.", "2023-05-20", "Nov. 25",
        "2023-11-25"),
    day("Grain prices are now well below the record set on Nov. 25.", "2023-05-20", "Nov. 25",
        "2022-11-25"),
    # A present passive is neither past nor a timetable: the nearest date.
    day("Elections to the new regional assembly are held on July 20.", "2023-04-02", "July 20",
        "2023-07-20"),
    day("The pilot is accused of bombing the maternity ward on Monday.", P, "Monday",
        "2023-05-01"),
    day("The prisoner swap was last scheduled for July 25 but never took place.", "2023-11-06",
        "July 25", "2023-07-25"),
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
    # --- Bare weekday, future tense: on or after P (the same day included) ---------------------
    day("NATO foreign ministers will meet on Monday to discuss air defences.", P, "Monday",
        "2023-05-08"),
    day("Parliament is due to vote Tuesday on the new mobilisation law.", P, "Tuesday",
        "2023-05-09"),
    # A future weekday naming the publication day is that day: the following week would be
    # "next Friday".
    day("The two delegations will meet again on Friday.", P, "Friday", "2023-05-05"),
    day("The foreign minister is to fly to Ankara on Thursday for talks on grain.", "2023-05-11",
        "Thursday", "2023-05-11"),
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
    # The present tense of a timetable ("opens", "meet", "is") points ahead.
    day("The two presidents meet in Vilnius on Monday to discuss air defences.", P, "Monday",
        "2023-05-08"),
    day("The UN envoy flies into Kyiv on Sunday for talks on the nuclear plant.", P, "Sunday",
        "2023-05-07"),
    day("The humanitarian pause runs through Sunday, the mediators said.", "2023-05-08",
        "Sunday", "2023-05-14"),
    day("The curfew in the port city lasted through Sunday.", "2023-05-08", "Sunday",
        "2023-05-07"),
    day("The donors' conference opens in London on Wednesday.", "2023-05-07", "Wednesday",
        "2023-05-10"),
    day("The deadline for the fighters to leave the city is 1200 GMT Tuesday.", P, "Tuesday",
        "2023-05-09"),
    day("The trial of the captured pilots resumes on Thursday in Rostov.", P, "Thursday",
        "2023-05-11"),
    day("Negotiators announced a three-day truce beginning Saturday.", P, "Saturday",
        "2023-05-06"),
    day("Nominations for the peace prize are announced Tuesday in Oslo.", P, "Tuesday",
        "2023-05-09"),
    day("The envoy is travelling to Kyiv on Monday.", P, "Monday", "2023-05-08"),
    day("The French trade minister is due in Kyiv on Friday for a two-day visit.", "2023-05-03",
        "Friday", "2023-05-05"),
    # "open" and "vote" after a plural subject, "votes" after a singular one, are the timetable.
    day("Ceasefire talks between the army and the northern militias open Monday in Tarvel.", P,
        "Monday", "2023-05-08"),
    day("Parliamentary hearings on the war budget open Wednesday.", P, "Wednesday",
        "2023-05-10"),
    day("Delegates vote Sunday on the new ceasefire terms.", P, "Sunday", "2023-05-07"),
    day("The rebel council votes on the prisoner swap Saturday, a spokesman said.", P,
        "Saturday", "2023-05-06"),
    # A granted deadline with a purpose lies ahead of the grant.
    day("The army gave the militias in Tarvel until Sunday to hand over their heavy weapons.", P,
        "Sunday", "2023-05-07"),
    day("Mediators gave both sides until Tuesday to sign the corridor deal.", "2023-05-03",
        "Tuesday", "2023-05-09"),
    # A reporting clause after the date does not outweigh the clause's own verb.
    span("The government will hold a referendum on its peace accord with the eastern separatists "
         "in February, the prime minister announced on Monday.", "2023-08-14", "February",
         "DATE", "2024-02", "2024-02-01", "2024-02-29", "month"),
    # ... but not the present tense far from the weekday, after it, or of a noun, nor a state
    # after an earlier event.
    day("Kyiv is without power after Russian strikes on Monday.", P, "Monday", "2023-05-01"),
    day("Shelling leaves three dead in Kherson on Monday, the governor said.", P, "Monday",
        "2023-05-01"),
    day("Residents are in shock after the shelling on Wednesday.", P, "Wednesday",
        "2023-05-03"),
    day("The brigade is heading back to Kharkiv after taking heavy losses in the fighting on "
        "Saturday.", "2023-05-07", "Saturday", "2023-05-06"),
    day("The death toll from the strike on Monday is now 23, the governor said.", P, "Monday",
        "2023-05-01"),
    day("Residents are returning to the village after the troops withdrew on Tuesday.", P,
        "Tuesday", "2023-05-02"),
    day("The minister met his Polish hosts Tuesday to discuss transit of grain.", P, "Tuesday",
        "2023-05-02"),
    day("Engineers kept the river crossings open on Wednesday despite the shelling.", P,
        "Wednesday", "2023-05-03"),
    day("An open letter published on Tuesday urged the troops to withdraw.", P, "Tuesday",
        "2023-05-02"),
    day("Their votes on Monday were counted under police guard.", P, "Monday", "2023-05-01"),
    day("Troops open fire on protesters in Velm on Wednesday, witnesses said.", P, "Wednesday",
        "2023-05-03"),
    # "as planned" says nothing of when; "to have been" is a perfect; an adverb inside the verb
    # keeps its tense.
    day("Troops crossed the river as originally planned on Saturday night.", P,
        "Saturday night", "2023-04-29TNI", "TIME"),
    day("The commander is believed to have been killed in the strike on Monday.", P, "Monday",
        "2023-05-01"),
    day("The accord will still be formally signed in Istanbul on Friday.", "2023-05-03",
        "Friday", "2023-05-05"),
    day("The exchange had been initially scheduled for Jan. 25 but was put off.", "2023-04-11",
        "Jan. 25", "2023-01-25"),
    # "last" and "former" are adjectives, not past verbs.
    day("Ukraine is to play its last group match against Georgia on Thursday.", P, "Thursday",
        "2023-05-11"),
    day("The general will take over command from Kovalenko, a former paratrooper, on July 1.",
        "2023-04-18", "July 1", "2023-07-01"),
    # "set" before a date fixes it: in the past, unless after a modal.
    day("The tribunal ruled that the detainees must be freed and set Friday as the deadline.",
        "2023-05-06", "Friday", "2023-05-05"),
    day("The judge will set Friday as the date of the verdict.", "2023-05-03", "Friday",
        "2023-05-05"),
    # "due to" a noun is "because of"; a perfect after a modal, or a schedule reported in the
    # past, is past.
    day("Aid convoys were halted due to heavy shelling on Monday.", P, "Monday", "2023-05-01"),
    day("The wounded were supposed to be evacuated from the plant on Friday, but the shelling "
        "resumed.", "2023-05-08", "Friday", "2023-05-05"),
    day("Campaigning should have ended on Saturday, the election commission said.", "2023-05-09",
        "Saturday", "2023-05-06"),
    # A past verb after "by"/"before" + weekday is the clause's tense, not a deadline.
    day("By Monday, Ukrainian troops reached the outskirts of the town.", "2023-05-10", "Monday",
        "2023-05-08"),
    day("Before his Sunday address, the president toured positions near the front.",
        "2023-05-09", "Sunday", "2023-05-07"),
    # --- "last", "next", "this" + weekday ---------------------------------------------------
    day("Russia launched a wave of drones at the capital last Friday.", P, "last Friday",
        "2023-04-28"),
    day("The UN envoy visited the plant last Tuesday.", P, "last Tuesday", "2023-05-02"),
    day("The bridge was hit again this past Tuesday, the governor said.", P,
        "this past Tuesday", "2023-05-02"),
    # The weekend just gone, however it is said; on a weekend, the one before it.
    span("Drones hit the refinery last weekend.", P, "last weekend", "DATE", "2023-W17-WE",
         "2023-04-29", "2023-04-30", "range"),
    span("Drones hit the refinery this past weekend.", P, "this past weekend", "DATE",
         "2023-W17-WE", "2023-04-29", "2023-04-30", "range"),
    span("Drones hit the refinery over the past weekend.", "2023-05-06", "the past weekend",
         "DATE", "2023-W17-WE", "2023-04-29", "2023-04-30", "range"),
    # A bare "overnight" in a report is the night before publication (tonight when the clause
    # looks ahead); a clock time after it keeps the publication day.
    span("Drones hit the fuel depot in Marivka overnight, the regional governor said.", P,
         "overnight", "TIME", "2023-05-04TNI", "2023-05-04", "2023-05-05", "range"),
    span("Sappers will clear the bridge overnight, the army said.", P, "overnight", "TIME",
         "2023-05-05TNI", "2023-05-05", "2023-05-06", "range"),
    day("Drones hit the fuel depot overnight. The last one fell at 03:10, the governor said.", P,
        "03:10", "2023-05-05T03:10", "TIME"),
    # "into the night", "at dawn": the night or dawn of the day just named.
    day("On Wednesday the assault on the airport went on into the night.", P, "the night",
        "2023-05-03TNI", "TIME"),
    day("Tuesday: the rebels regrouped. Wednesday: the shelling resumed at dawn.", P, "dawn",
        "2023-05-03TMO", "TIME"),
    # "the weekend after next" is the one after the coming weekend.
    span("Both delegations will meet in Vienna the weekend after next.", P,
         "the weekend after next", "DATE", "2023-W19-WE", "2023-05-13", "2023-05-14", "range"),
    # "mid-week", "late in the week": the week under way with its mod, as "the middle of next
    # week"; a day named long before sets the week instead.
    span("Forecasters expect the floodwater on the river to peak by mid-week.", P, "mid-week",
         "DATE", "2023-W18", "2023-05-03", "2023-05-05", "range"),
    span("Aid convoys are due to reach the camps late in the week.", P, "late in the week",
         "DATE", "2023-W18", "2023-05-06", "2023-05-07", "range"),
    span("The assault on the port began on March 6, 2023, and stalled late in the week.", P,
         "late in the week", "DATE", "2023-W10", "2023-03-11", "2023-03-12", "range"),
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
    span("Wheat futures for March delivery settled at $5.62 a bushel Tuesday in Chicago.",
         "2027-10-19", "March", "DATE", "2028-03", "2028-03-01", "2028-03-31", "month"),
    span("Now we have a waiting list into March.", "2028-01-19", "March",
         "DATE", "2028-03", "2028-03-01", "2028-03-31", "month"),
    span("Parliament last voted to extend martial law in March.", "2027-06-08", "March", "DATE",
         "2027-03", "2027-03-01", "2027-03-31", "month"),
    day("Rockets struck the dam on Tuesday, flooding villages downstream.\n\nAid agencies say"
        " 30,000 people have left the valley.\n\nThis article was last updated at 14:35 BST.",
        "2026-09-30", "14:35 BST", "2026-09-30T14:35", "TIME"),
    # Periods counted from the one just named.
    span("The truce collapsed on 9 November 2026. The school closed again the same month.",
         "2027-06-12", "the same month", "DATE", "2026-11", "2026-11-01", "2026-11-30", "month"),
    span("The club won the cup in 1968. In the same year he was voted player of the year.",
         "2005-12-03", "the same year", "DATE", "1968", "1968-01-01", "1968-12-31", "year"),
    span("Grain shipments rose in the third quarter, a third more than in the previous quarter.",
         "2026-10-05", "the previous quarter", "DATE", "2026-Q2", "2026-04-01", "2026-06-30",
         "quarter"),
    span("In July 2024 she was given the Southern Command and, the following winter, planned"
         " the counter-attack.", "2025-09-11", "the following winter", "DATE", "2024-WI",
         "2024-12-01", "2025-02-28", "range"),
    span("She wrote the book in 2026, and the closing pages, added after the fighting resumed"
         " that November, are angrier.", "2028-04-09", "November", "DATE", "2026-11",
         "2026-11-01", "2026-11-30", "month"),
    # "since the start of the month" in a present perfect runs up to publication.
    span("It was the deadliest attack on the city since July. About 6,500 people have fled the"
         " district since the start of the month.", "2026-11-13", "the start of the month",
         "DATE", "2026-11", "2026-11-01", "2026-11-10", "range"),
    span("The port hopes to reopen by March after its losses in 2027. The currency has gained 4%"
         " since the start of the year.", "2028-01-19", "the start of the year", "DATE", "2028",
         "2028-01-01", "2028-04-30", "range"),
    day("[19.12.2025, 07:05] Energy: crews have worked since 03:00; heating is to be restored"
        " by 18:00.", "2025-12-20", "18:00", "2025-12-19T18:00", "TIME"),
    day('"This time last year, tanks were parked in that square," she told a rally on Sunday.',
        "2028-03-14", "This time last year", "2027-03-12"),
    day("Sources say the attack began on the morning of 24 February and was repelled.",
        "2028-02-26", "the morning of 24 February", "2028-02-24TMO", "TIME"),
    # A channel's post headed by its name, a numeric date and a clock time.
    day("Times are Morosk time.\n\nSevern Front, 24.02.2028 18:02:\nThe enemy this morning tried"
        " to attack our positions.", "2028-02-26", "this morning", "2028-02-24TMO", "TIME"),
    day("Severn Front, 25.02.2028 22:14:\nToday our assault groups entered the outskirts.",
        "2028-02-26", "Today", "2028-02-25"),
    day("Severn Front, 25.02.2028 22:14:\nToday our assault groups entered the outskirts.",
        "2028-02-26", "25.02.2028 22:14", "2028-02-25T22:14", "TIME"),
    # Tracker lines: of two months that start on one weekday, the nearer day.
    day("Daily count\nMon 1: 38\nTue 2: 41\nSun 7 (to 18:00): 50", "2027-03-08", "Mon 1",
        "2027-03-01"),
    day("Daily count\nMon 1: 38\nTue 2: 41\nSun 7 (to 18:00): 50", "2027-03-08", "18:00",
        "2027-03-07T18:00", "TIME"),
    day("From 2 till 13 January, nine civilians were killed in the region.", "2027-01-14", "2",
        "2027-01-02"),
    day("During the past night the enemy attacked the region with 17 drones.", "2027-01-14",
        "the past night", "2027-01-13TNI", "TIME"),
    day("Update as of 16:00: since the beginning of the day, 71 combat clashes have taken place.",
        "2026-02-09", "the beginning of the day", "2026-02-09"),
    bare("In the nearest future the administration plans to open three more heating points.",
         "2027-01-14", "the nearest future", "DATE", "FUTURE_REF"),
    span("The president said the country needed four more air defence systems before the"
         " summer.", "2025-03-18", "the summer", "DATE", "2025-SU", "2025-06-01", "2025-08-31",
         "range"),
    # A dated note heading its paragraph: its deictic words count from the note's day.
    day("Prisoners were exchanged at Ruvel on Tuesday.\n\nUPDATE, Wednesday 18 February: The"
        " Red Cross said this morning that two soldiers had been taken to hospital overnight.",
        "2026-02-17", "this morning", "2026-02-18TMO", "TIME"),
    span("Prisoners were exchanged at Ruvel on Tuesday.\n\nUPDATE, Wednesday 18 February: The"
         " Red Cross said this morning that two soldiers had been taken to hospital overnight.",
         "2026-02-17", "overnight", "TIME", "2026-02-17TNI", "2026-02-17", "2026-02-18", "range"),
    day("The plant was shelled again.\n\nCorrection, 29 June 2026: The plant is run by a private"
        " company, which contacted us on Friday.", "2026-06-05", "Friday", "2026-06-26"),
    day("The exchange was completed.\n\nEditor's note (18 February): An earlier version,"
        " published yesterday, gave the wrong figure.", "2026-02-17", "yesterday", "2026-02-17"),
    # In a quotation said on a day its attribution names, counted from that day.
    day('"Yesterday they hit the filters, today the pumps," the mayor said in a telephone'
        ' interview on Monday.', "2027-07-29", "Yesterday", "2027-07-25"),
    day('"We struck it on Sunday and we will strike it again tomorrow," he said on Tuesday.',
        "2027-07-29", "tomorrow", "2027-07-28"),
    day('The envoy said on Wednesday that he had visited the plant "the day before yesterday".',
        "2027-07-29", "the day before yesterday", "2027-07-26"),
    day('"I spoke to the president last night."\n- Helena Marsh, the UN envoy, on Thursday.',
        "2028-05-28", "last night", "2028-05-24TNI", "TIME"),
    day('"Today what we have heard is a call for civil war," the spokesman said earlier'
        ' Saturday.', "2006-12-17", "Today", "2006-12-16"),
    day('"Today the ferry runs again," the captain said.', "2027-07-29", "Today", "2027-07-29"),
    span('A second statement, on 16 May, described "last week\'s operation" as lawful.',
         "2026-05-20", "last week", "DATE", "2026-W19", "2026-05-04", "2026-05-10", "week"),
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
    span("The curfew stays in force for the rest of the month, the governor said.", P,
         "the rest of the month", "DATE", "2023-05", "2023-05-21", "2023-05-31", "range"),
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
    # Irregular past forms are past tense too ("froze", "underwent", "retook").
    span("The bloc froze accession talks with Velm in May over the shelling of Ardis.",
         "2026-12-15", "May", "DATE", "2026-05", "2026-05-01", "2026-05-31", "month"),
    span("The general, unseen since he underwent surgery in July, will address troops on Friday.",
         "2026-12-21", "July", "DATE", "2026-07", "2026-07-01", "2026-07-31", "month"),
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
    span("The mandate of the monitoring mission expires in March.", P, "March", "DATE",
         "2024-03", "2024-03-01", "2024-03-31", "month"),
    span("Kyiv announced a deal to buy the air defence systems in January.", "2023-11-02",
         "January", "DATE", "2024-01", "2024-01-01", "2024-01-31", "month"),
    bare("Veterans march to the memorial each July.", P, "each July", "SET", "XXXX-07"),
    bare("The town marks the end of the siege every January.", P, "every January", "SET",
         "XXXX-01"),
    bare("Every 9 November the widows of the garrison lay wreaths at the gate.", P,
         "Every 9 November", "SET", "XXXX-11-09"),
    bare("Each May 9 the square fills with veterans' families.", P, "Each May 9", "SET",
         "XXXX-05-09"),
    # A date after "since" surely lies behind, even the month just ahead.
    span("The shelling of the city is the heaviest since June.", P, "June", "DATE", "2022-06",
         "2022-06-01", "2022-06-30", "month"),
    day("Aid has reached the town daily since Nov. 15.", "2023-10-01", "Nov. 15", "2022-11-15"),
    day("Families of the missing have camped outside the ministry since Friday to demand "
        "answers.", "2023-05-03", "Friday", "2023-04-28"),
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
    bare("The garrison can hold out for another month, its commander said.", P, "another month",
         "DURATION", "P1M"),
    # "later than planned" compares lengths: no offset from the date before it.
    bare("Schools will reopen on May 15, a week later than planned.", P, "a week", "DURATION",
         "P1W"),
    bare("The city has been shelled for three consecutive nights, the governor said.", P,
         "three consecutive nights", "DURATION", "P3D"),
    bare("Refugees must register within five working days of arrival.", P, "five working days",
         "DURATION", "P5D"),
    bare("The bourse fell for a fourth session after 2 straight weeks of losses.", P,
         "2 straight weeks", "DURATION", "P2W"),
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
    bare("A new mobilisation decree is coming any day now, officials say.", P, "any day now",
         "DATE", "FUTURE_REF"),
    bare("Her son was called up the other day and sent east.", P, "the other day", "DATE",
         "PAST_REF"),
    bare("Right now, nobody is negotiating anything.", P, "Right now", "DATE", "PRESENT_REF"),
    day("This time last year the city was getting ready for its film festival.", "2025-03-17",
        "This time last year", "2024-03-17"),
    span("Lawmakers approved a package last month that runs through September.", "2028-01-12",
         "September", "DATE", "2028-09", "2028-09-01", "2028-09-30", "month"),
    day("Next week: parliament sits on Tuesday to extend martial law.", "2028-05-28", "Tuesday",
        "2028-05-30"),
    span("Votes on the bill were postponed until the next session in the fall.", "1997-04-02",
         "the fall", "DATE", "1997-FA", "1997-09-01", "1997-11-30", "range"),
    # A weekday joined to one just named takes its side of publication.
    day("The chamber would hold extra sittings on Thursday and Friday if they were needed.",
        "2027-01-11", "Friday", "2027-01-15"),
    day("Statements were made Friday and Thursday by the lawyers.", "1998-02-06", "Thursday",
        "1998-02-05"),
    # On a Saturday or Sunday, "the weekend" is that one, in any tense.
    span("Mrs Marr will keep the bakery open through the weekend.", "2027-01-02", "the weekend",
         "DATE", "2026-W53-WE", "2027-01-02", "2027-01-03", "range"),
    bare("Russian forces now control most of the city, the ministry said.", P, "now", "DATE",
         "PRESENT_REF"),
    bare("About 300 soldiers are currently deployed near the border.", P, "currently", "DATE",
         "PRESENT_REF"),
    bare("At present, the plant runs on a single power line.", P, ("At present", "present"),
         "DATE", "PRESENT_REF"),
    bare("Moscow recently moved more troops to the area.", P, "recently", "DATE", "PAST_REF"),
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
    day("The decree, published early Thursday, takes effect at midnight tonight.", "2027-09-23",
        "midnight tonight", "2027-09-23T24:00", "TIME"),
    day("Talks between the two delegations resume at noon tomorrow.", "2027-09-23",
        "noon tomorrow", "2027-09-24T12:00", "TIME"),
    # A moment restated in another zone with its day inside the bracket: the clock time's own
    # day differs when the zones straddle midnight.
    day("The first missiles hit at 2:15 a.m. (2315 GMT on Wednesday), the governor said.",
        "2025-10-09", "2:15 a.m.", "2025-10-09T02:15", "TIME"),
    day("The blast came at 11 p.m. (0300 GMT Thursday), witnesses said.", "2025-10-10",
        "11 p.m.", "2025-10-08T23:00", "TIME"),
    day("Missiles hit at 2:15 a.m. (2315 GMT on Wednesday). Crews had restored power to the"
        " hospitals by 10 a.m., but districts would be cold until Saturday.", "2025-10-09",
        "10 a.m.", "2025-10-09T10:00", "TIME"),
    day("The blast hit at 10:35 a.m. (0735 GMT) Thursday, toppling the building.", P,
        "10:35 a.m.", "2023-05-04T10:35", "TIME"),
    day("The blast hit at 10:35 a.m. (0735 GMT) Thursday, toppling the building.", P,
        "0735 GMT", "2023-05-04T07:35", "TIME"),
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
    # A bare clock time falls on the day named last in its sentence or the one before it.
    day("Monitors said the heaviest night was Sunday, when shells fell between 11 p.m. and 3 a.m.",
        P, "11 p.m.", "2023-04-30T23:00", "TIME"),
    day("Monitors said the heaviest night was Sunday, when shells fell between 11 p.m. and 3 a.m.",
        P, "3 a.m.", "2023-05-01T03:00", "TIME"),
    day("Drones hit the fuel depot in Velm on Wednesday. The first blast was heard at 2:40 a.m.",
        P, "2:40 a.m.", "2023-05-03T02:40", "TIME"),
    day("The convoy reached the border late Tuesday, and the gates opened at 9:15 p.m.", P,
        "9:15 p.m.", "2023-05-02T21:15", "TIME"),
    day("Police sealed the square on Thursday; the procession will set off from 0800 GMT.", P,
        "0800 GMT", "2023-05-05T08:00", "TIME"),
    # A clock time in words: the part of the day after it sets the hour.
    day("The last ferry is due to sail at half past four this afternoon.", P,
        "half past four this afternoon", "2023-05-05T16:30", "TIME"),
    day("The first shells landed at a quarter to six in the morning.", P,
        "a quarter to six in the morning", "2023-05-05T05:45", "TIME"),
    day("The army says the curfew ends at 06:00 on Saturday.", "2023-05-03",
        "06:00 on Saturday", "2023-05-06T06:00", "TIME"),
    # Minutes or hours after a clock time named just before: a time.
    day("The first blast was heard at 04:40 and a second twenty minutes later.", P,
        "twenty minutes later", "2023-05-05T05:00", "TIME"),
    day("The convoy left at 11 p.m. and reached the border two hours later.", P,
        "two hours later", "2023-05-06T01:00", "TIME"),
    # Minutes after a local time restated in another zone count from the local one.
    day("A shell hit the depot at 03:05 (00:05 UTC) and a second one four minutes later.", P,
        "four minutes later", "2023-05-05T03:09", "TIME"),
    bare("The board played two one-day matches in the capital.", P, "one-day", "DURATION", "P1D"),
    # "the night of 27 to 28 June" is one night, the 27th's; its times run past midnight.
    span("On the night of 27 to 28 June, drones struck the city, the ministry said.",
         "2025-06-29", "the night of 27 to 28 June", "TIME", "2025-06-27TNI", "2025-06-27",
         "2025-06-27", "day"),
    day("On the night of 27 to 28 June, drones struck the city. The raid lasted from 23:40 to "
        "03:15.", "2025-06-29", "23:40", "2025-06-27T23:40", "TIME"),
    day("On the night of 27 to 28 June, drones struck the city. The raid lasted from 23:40 to "
        "03:15.", "2025-06-29", "03:15", "2025-06-28T03:15", "TIME"),
    # In a dated post, "today" is the post's day.
    day("Posts from the flooded town:\n[10 Mar, 07:12] @ferry: No crossings today.\n"
        "[12 Mar, 06:05] @hub: Sandbags needed by tonight.", "2026-03-13", "today",
        "2026-03-10"),
    day("March 3 was the worst day of the siege. Today the town is quiet, the mayor said.",
        "2026-03-13", "Today", "2026-03-13"),
    span("With winter approaching, aid agencies warned of fuel shortages in the camps.",
         "2025-10-01", "winter", "DATE", "2025-WI", "2025-12-01", "2026-02-28", "range"),
    # A clock time before "today", "tomorrow", "this morning" is one TIME with it.
    span("The curfew starts at 5pm today, the governor said.", "2026-01-07", "5pm today", "TIME",
         "2026-01-07T17:00", "2026-01-07", "2026-01-07", "day"),
    span("Talks resume at 0700 GMT tomorrow in Geneva.", "2026-01-07", "0700 GMT tomorrow",
         "TIME", "2026-01-08T07:00", "2026-01-08", "2026-01-08", "day"),
    # Small hours after a night named before it: the story has crossed midnight.
    day("Sirens sounded at 22:40 on Friday. By 01:15 air defences had downed 27 drones.",
        "2023-05-07", "01:15", "2023-05-06T01:15", "TIME"),
    day("The shelling began on Friday night. At 2 a.m. the hospital lost power.", "2023-05-07",
        "2 a.m.", "2023-05-06T02:00", "TIME"),
    day("Talks opened at 10:00 on Friday. At 04:00 the delegates were still at the table.",
        "2023-05-07", "04:00", "2023-05-05T04:00", "TIME"),
    # Dawn and dusk of a weekday; "overnight into Monday" is the night before it.
    day("The inmates escaped before dawn Monday, police said.", "2023-05-03", "dawn Monday",
        "2023-05-01TMO", "TIME"),
    day("Curfew lifted: before dawn Monday.", "2023-05-03", "dawn Monday", "2023-05-01TMO",
        "TIME"),
    day("Shelling went on overnight into Monday, the governor said.", "2023-05-03", "overnight",
        "2023-04-30TNI", "TIME"),
    # "p.m." before a lower-case word ends no sentence; the end of a range of hours.
    day("Buses will leave Harrow at 4 p.m. on Tuesday and again on Wednesday.", "2023-05-01",
        "Wednesday", "2023-05-03"),
    day("The clinic opens on Saturday, 7am-1pm.", "2023-05-03", "1pm", "2023-05-06T13:00", "TIME"),
    # A transcript turn's stamp, and a time right after its day.
    day("Q (10:42): Were the talks cancelled?", P, "10:42", "2023-05-05T10:42", "TIME"),
    day("Q (10:47), Harbour Radio: Will the ferries run?", P, "10:47", "2023-05-05T10:47",
        "TIME"),
    day("Key events of the day.\n\nLIVE 07:50 - Missiles struck the port.", P, "07:50",
        "2023-05-05T07:50", "TIME"),
    day("Posted 3 May, 14:05 - the bridge is open again.", P, "14:05", "2023-05-03T14:05", "TIME"),
    # A live blog heads its entries with bare 24-hour times: the publication day.
    day("Live: evacuation of Merl\n08:10 The first buses have left the square.", P, "08:10",
        "2023-05-05T08:10", "TIME"),
    day("The curfew runs from 22:00 to 05:00 local, the governor said.", P, "05:00 local",
        "2023-05-06T05:00", "TIME"),
    day("Rebels shelled Merl on Wednesday, officials said.\n\nThe governor then ordered a "
        "curfew from 22:00 to 05:00.", P, "05:00", "2023-05-04T05:00", "TIME"),
    # A date ending the sentence before is not the day of a time that heads the next one.
    day("The offensive began eleven days ago.\n\n1452 GMT - Aid agencies said 4,000 people had "
        "fled.", P, "1452 GMT", "2023-05-05T14:52", "TIME"),
    # Farther on, a time falls on the day of the story's lead, unless it looks ahead or gives a
    # status "as of" an hour.
    day("Rebels freed nine hostages on Wednesday, the Red Crescent said.\n\nThe captives had "
        "been held in caves for months. They reached the coast road at 4:15 p.m.", P,
        "4:15 p.m.", "2023-05-03T16:15", "TIME"),
    day("Rebels freed nine hostages on Wednesday, the Red Crescent said.\n\nA second group "
        "will be handed over at 4 p.m.", P, "4 p.m.", "2023-05-05T16:00", "TIME"),
    day("A cyclone struck the coast on Wednesday, officials said.\n\nHeavy rain fell for hours. "
        "As of 11 a.m., the storm was 300 km inland.", P, "11 a.m.", "2023-05-05T11:00",
        "TIME"),
    # --- Sets  -----------------------------------------------------------------------------------
    bare("Officials meet every week to review the front line.", P, "every week", "SET", "P1W"),
    bare("The herders move their flocks across the front line every spring.", P, "every spring",
         "SET", "XXXX-SP"),
    bare("The ministry publishes its casualty figures weekly.", P, "weekly", "SET", "P1W"),
    bare("Relatives gather each Friday outside the embassy.", P, "each Friday", "SET",
         "XXXX-WXX-5"),
    bare("Families of the missing have rallied outside the ministry on Fridays since March.", P,
         "Fridays", "SET", "XXXX-WXX-5"),
    bare("Mondays bring the heaviest convoys to the crossing, drivers said.", P, "Mondays", "SET",
         "XXXX-WXX-1"),
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
    # A deadline is a limit, not a day the story moves to: "later" counts from the stated day.
    day("The truce signed on May 3 gave the militia until May 9 to withdraw. Its first convoys "
        "left two days later.", "2023-05-12", "two days later", "2023-05-05"),
    day("Talks broke down on Dec. 30 and resumed three days later.", "2023-01-05",
        "three days later", "2023-01-02"),
    # "ago" counts from now, unless its sentence compares with a month it names.
    span("League games resumed in April. \"A year ago we had no pitch,\" the coach said.",
         "2023-06-10", "A year ago", "DATE", "2022", "2022-01-01", "2022-12-31", "year"),
    span("Prices rose 1.4 percent in April, 0.2 points up on a year ago.", P, "a year ago",
         "DATE", "2022-04", "2022-04-01", "2022-04-30", "month"),
    # A year named in the sentence is no comparison: the ago still counts from publication.
    span("The 2022 defence law, signed a year ago, doubled the draft.", P, "a year ago", "DATE",
         "2022", "2022-01-01", "2022-12-31", "year"),
    # "ago today" / "ago this week": the same day or ISO week, so many years back.
    day("Rebel columns entered the capital forty years ago today, veterans recalled.", P,
        "forty years ago today", "1983-05-05"),
    span("Forty years ago this week, the last garrison on the island surrendered.", P,
         "Forty years ago this week", "DATE", "1983-W18", "1983-05-02", "1983-05-08", "week"),
    # Found by the fourth blind set.
    day("The minister said a fortnight ago that the bridge would hold.", P, "a fortnight ago",
        "2023-04-21"),
    day("Repairs will take until the day after tomorrow.", P, "the day after tomorrow",
        "2023-05-07"),
    day("The convoy was stopped the day before yesterday.", P, "the day before yesterday",
        "2023-05-03"),
    span("Heavy snow has fallen since the weekend, and forecasters expect another 40 cm.",
         "2023-05-09", "the weekend", "DATE", "2023-W18-WE", "2023-05-06", "2023-05-07",
         "range"),
    day("Talks open on Monday. They were meant to open on the 26th.", "2023-04-28", "the 26th",
        "2023-04-26"),
    day("Schools in the district reopen on Monday.", P, "Monday", "2023-05-08"),
    span("Key facts:\n- 1988: the first ceasefire.\n- 1994: a peace accord.", P, "1988", "DATE",
         "1988", "1988-01-01", "1988-12-31", "year"),
    span("Diplomats expect a vote no sooner than 2027.", P, "2027", "DATE", "2027",
         "2027-01-01", "2027-12-31", "year"),
    # A comparison period: the one named earlier in the sentence, a year back; else the year.
    span("Tax revenue fell 4 percent in the first quarter compared with the same period last "
         "year.", P, "the same period last year", "DATE", "2022-Q1", "2022-01-01", "2022-03-31",
         "quarter"),
    span("Arms exports rose 9 percent on the same period last year, the ministry said.", P,
         "the same period last year", "DATE", "2022", "2022-01-01", "2022-12-31", "year"),
    # "the week before" counts back from the last day named.
    span("Troops retook Orel on Monday; rebels had seized it the week before.", P,
         "the week before", "DATE", "2023-W17", "2023-04-24", "2023-04-30", "week"),
    # "the end of the decade/year/month" in a narrative: of the period just named.
    span("He fought in the border war of 1982, and by the end of the decade he commanded a "
         "division.", P, "the end of the decade", "DATE", "198", "1986-09-02", "1989-12-31",
         "range"),
    # A weekday with the date picks the year it fits (within half a year of publication); an
    # anniversary or a chronology entry is not the day named before with its year.
    day("It was the worst shelling since the 5th of March 2023. The council meets on Tuesday 5 "
        "March.", "2024-03-01", "Tuesday 5 March", "2024-03-05"),
    day("Timeline:\n20 February 2022 — Troops cross the border.\nJan. 9 — First prisoner "
        "exchange.\nFeb. 20 — Anniversary rallies.", "2023-02-25", "Feb. 20", "2023-02-20"),
    # A season or month counted from the period just named.
    span("The contract was signed in January 2019. In the spring of that year the first payments "
         "went missing.", P, "the spring of that year", "DATE", "2019-SP", "2019-03-01",
         "2019-05-31", "range"),
    span("The audit began on Nov. 3, 2020. The following February, the minister resigned.", P,
         "The following February", "DATE", "2021-02", "2021-02-01", "2021-02-28", "month"),
    span("More peacekeepers are due to arrive in the week ahead, the mission said.", "2025-04-13",
         "the week ahead", "DURATION", "P1W", "2025-04-14", "2025-04-20", "range"),
    bare("The defence budget for fiscal year 2025 is 31% larger than in the previous fiscal "
         "year.", "2024-03-26", "the previous fiscal year", "DATE", "FY2024"),
    span("Grain exports are down 12% year-to-date, the port authority said.", "2025-10-31",
         "year-to-date", "DATE", "2025", "2025-01-01", "2025-10-31", "range"),
    # A pair of days whose year follows the second: the year is the pair's.
    day("Talks between the two delegations ran May 1-3, 2003, in Geneva.", "2025-12-10",
        "May 1", "2003-05-01"),
    day("The cities were bombed on August 6 and 9, 1945.", "2025-12-10", "August 6",
        "1945-08-06"),
    day("The siege lasted from May 30 to June 2, 2014, the report said.", "2025-12-10",
        "May 30", "2014-05-30"),
    day("Between 1 January and 15 November 2024, monitors counted 112 attacks.", "2025-12-10",
        "1 January", "2024-01-01"),
    # A range without a year starts before it ends, whatever the nearest start day is.
    day("Between 1 January and 15 November, the WHO verified 112 attacks on clinics.",
        "2025-11-19", "1 January", "2025-01-01"),
    # A chronology: an entry's date without a year takes the year of the entry before it.
    day("Timeline:\nMarch 2022 — Fighting breaks out in the east.\nSept. 30 — The region is "
        "annexed.\nEarly 2024 — A truce holds.\nAug. 12 — Parliament approves the treaty.",
        "2025-02-22", "Sept. 30", "2022-09-30"),
    day("Timeline:\nMarch 2022 — Fighting breaks out in the east.\nSept. 30 — The region is "
        "annexed.\nEarly 2024 — A truce holds.\nAug. 12 — Parliament approves the treaty.",
        "2025-02-22", "Aug. 12", "2024-08-12"),
    # A weekday heading an entry after one that named its day is the next such day after it,
    # whatever the tense of its headline ("says ... will hold" is reported speech).
    day("How the week went:\nMonday, Nov. 4: Troops enter the suburbs.\nThursday: The rebel "
        "commander says his men will hold the old town.", "2024-11-10", "Thursday", "2024-11-07"),
    span("How the week went:\nFriday, Nov. 8: Buses leave the town.\nWednesday: A truce is "
         "agreed from 10:00 to 16:00.", "2024-11-16", "16:00", "TIME", "2024-11-13T16:00",
         "2024-11-13", "2024-11-13", "day"),
    span("Key dates:\nOct. 7, 2023: the border is closed.\nFebruary: the first convoy crosses.",
         "2025-05-05", "February", "DATE", "2024-02", "2024-02-01", "2024-02-29", "month"),
    # A day named again without its year is the day named with it (not a limit: "until Dec. 31,
    # 2024 ... steps down on Dec. 31" may be another year).
    day("The market was shelled on the 5th of March 2024. The court sat for 62 days. Radio logs "
        "showed the order was given on 5 March.", "2026-02-12", "5 March", "2024-03-05"),
    day("The mission was extended until Dec. 31, 2024. The envoy, who is stepping down on "
        "December 31, praised it.", "2023-12-20", "December 31", "2023-12-31"),
    # The story moves on: a day counted forward becomes the day the next one counts from.
    day("The unit entered the town on March 3, 2019. Two days later it shelled the clinic, and "
        "the next morning the first bodies were found.", P, "the next morning", "2019-03-06TMO",
        "TIME"),
    span("The unit entered the town on March 3, 2019. Two days later it shelled the clinic. The "
         "following week it moved north.", P, "The following week", "DATE", "2019-W11",
         "2019-03-11", "2019-03-17", "week"),
    day("The army entered Merl on Friday. A curfew decree was published that evening.", P,
        "that evening", "2023-05-05TEV", "TIME"),
    # An unstated length after an earlier event: neither a date nor the future.
    bare("The militia seized the depot; a few days later the army took it back.", P,
         "a few days later", "DURATION", "PXD"),
    bare("The rebels will free the hostages first and the army will pull back a few days later.",
         P, "a few days later", "DATE", "FUTURE_REF"),
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
    # The end of a year: the year whose December 31 the month-day rule picks (mod END).
    span("The ministry expects the debt to be repaid by year-end.", P, "year-end", "DATE",
         "2023", "2023-09-01", "2023-12-31", "range"),
    span("Reserves stood at $4 billion at year end, the central bank said.", "2023-02-10",
         "year end", "DATE", "2022", "2022-09-01", "2022-12-31", "range"),
    span("The grain deal should be renewed before the year's end, diplomats said.", P,
         "year's end", "DATE", "2023", "2023-09-01", "2023-12-31", "range"),
    bare("Aid will keep flowing in the near term, officials said.", P, "the near term", "DATE",
         "FUTURE_REF"),
    bare("Prices are likely to stay high in the short term.", P, "the short term", "DATE",
         "FUTURE_REF"),
    bare("These days few families stay in the village.", P, "These days", "DATE",
         "PRESENT_REF"),
    span("For the full year, grain exports fell by a third.", P, "the full year", "DATE", "2023",
         "2023-01-01", "2023-12-31", "year"),
    # An old year stands with a word that governs it; a list of years is years.
    span("The fortress was built in 1606 to guard the river crossing.", P, "1606", "DATE",
         "1606", "1606-01-01", "1606-12-31", "year"),
    span("The town was shelled in 1994, 1995 and 1997, the monitors said.", P, "1995", "DATE",
         "1995", "1995-01-01", "1995-12-31", "year"),
    # An ambiguous numeric date without a publication date is not guessed: only its year is
    # known, unless another numeric date in the text fixes the day/month order.
    bare("The leaked order, dated 12/05/2023, told units to hold the bridge.", None,
         "12/05/2023", "DATE", "2023-XX-XX"),
    bare("A ministry memo of 03/04/22 listed the damaged schools.", None, "03/04/22", "DATE",
         "2022-XX-XX"),
    day("The memo dated 12/05/2023 replaced the order of 25/04/2023 on troop rotations.", None,
        "12/05/2023", "2023-05-12"),
    day("The memo dated 12/05/2023 replaced the order of 04/25/2023 on troop rotations.", None,
        "12/05/2023", "2023-12-05"),
    day("The order of 25/04/2023 was signed by the regional commander.", None, "25/04/2023",
        "2023-04-25"),
    bare("Orders of 12/05/2023, 25/04/2023 and 04/26/2023 mix both styles.", None,
         "12/05/2023", "DATE", "2023-XX-XX"),
    day("The memo dated 12/05/2023 was leaked to reporters this week.", "2023-05-10",
        "12/05/2023", "2023-05-12"),
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
    bare("The evacuation took an hour and a half.", P, "an hour and a half", "DURATION",
         "PT1H30M"),
    bare("Sirens sounded for a minute and a half.", P, "a minute and a half", "DURATION",
         "PT1M30S"),
    bare("The negotiators talked for 5 1/2 hours.", P, "5 1/2 hours", "DURATION", "PT5H30M"),
    bare("Repairs to the dam will take two to three weeks.", P, "two to three weeks", "DURATION",
         "P2W"),
    bare("The convoy was held at the border for 10-12 days.", P, "10-12 days", "DURATION",
         "P10D"),
    bare("Drone attacks have grown in recent weeks.", P, "recent weeks", "DURATION", "PXW"),
    bare("The region has seen little rain in recent years.", P, "recent years", "DURATION",
         "PXY"),
    span("Arms exports fell in the last half of 2022.", P, "the last half of 2022", "DATE",
         "2022-H2", "2022-07-01", "2022-12-31", "range"),
    span("Output was below the 2022 third quarter, the ministry said.", P,
         "the 2022 third quarter", "DATE", "2022-Q3", "2022-07-01", "2022-09-30", "quarter"),
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
    # A past decision to act: the weekday dates the decision.
    day("Delegates voted to back the new constitution on Friday.", "2023-05-06", "Friday",
        "2023-05-05"),
    day("The president on Saturday vowed to hunt down those behind the bombing.", "2023-05-06",
        "Saturday", "2023-05-06"),
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
    # The second day of a pair takes the month of the first.
    day("Ceasefire talks were held on April 24 and 25 in Geneva.", P, "25", "2023-04-25"),
    day("Shelling went on from May 1 to 3, the governor said.", P, "3", "2023-05-03"),
    day("Voters in the region went to the polls on April 29-30.", P, "30", "2023-04-30"),
    day("Foreign ministers met on 24 and 25 April in Brussels.", P, "24", "2023-04-24"),
    day("Foreign ministers met on 24 and 25 April in Brussels.", P, "25 April", "2023-04-25"),
    day("Parliamentary elections were held on 8-9 April 2022.", P, "8", "2022-04-08"),
    day("Parliamentary elections were held on 8-9 April 2022.", P, "9 April 2022",
        "2022-04-09"),
    day("On May 3, 12 soldiers were killed in the shelling.", P, "May 3", "2023-05-03"),
    # A span of years: both ends, the second completed from the first.
    span("Veterans of the 1980-1988 war staged a sit-in outside parliament.", P, "1988", "DATE",
         "1988", "1988-01-01", "1988-12-31", "year"),
    span("The general commanded a brigade in the 1992-95 war.", P, "95", "DATE", "1995",
         "1995-01-01", "1995-12-31", "year"),
    span("The general commanded a brigade in the 1992-95 war.", P, "1992", "DATE", "1992",
         "1992-01-01", "1992-12-31", "year"),
    # Years and decades said aloud (broadcast transcripts).
    span("Atlanta, nineteen ninety-six: a bomb shook the Olympic park.", P,
         "nineteen ninety-six", "DATE", "1996", "1996-01-01", "1996-12-31", "year"),
    span("Planners feared computer failures in the year two thousand.", P,
         "the year two thousand", "DATE", "2000", "2000-01-01", "2000-12-31", "year"),
    span("The separatists first seized the airport in twenty fourteen, the anchor recalled.", P,
         "twenty fourteen", "DATE", "2014", "2014-01-01", "2014-12-31", "year"),
    span("January nineteen ninety-five. Grozny is burning.", P,
         "January nineteen ninety-five", "DATE", "1995-01", "1995-01-01", "1995-01-31", "month"),
    span("The siege began in the winter of twenty twenty-two.", P,
         "the winter of twenty twenty-two", "DATE", "2022-WI", "2022-12-01", "2023-02-28",
         "range"),
    span("The treaty was signed in March two thousand and eight.", P,
         "March two thousand and eight", "DATE", "2008-03", "2008-03-01", "2008-03-31",
         "month"),
    span("The militia was formed in the late nineties by former border guards.", P,
         "the late nineties", "DATE", "199", "1996-09-01", "1999-12-31", "range"),
    span("The border dispute dates back to the sixties.", P, "the sixties", "DATE", "196",
         "1960-01-01", "1969-12-31", "range"),
    span("The front line has barely moved since late-November.", P, "late-November", "DATE",
         "2022-11", "2022-11-21", "2022-11-30", "range"),
    bare("Aid agencies expect more refugees in the weeks ahead.", P, "the weeks ahead",
         "DURATION", "PXW"),
    # --- Deadlines: an obligation or wish points forward, whatever the reporting verb ------------
    # An arrangement agreed or imposed from a weekday begins with or after the decision.
    day("Lissar and Dravia agreed on Friday to a ceasefire along the whole front from midnight"
        " on Sunday.", "2025-05-23", "midnight on Sunday", "2025-05-25T24:00", "TIME"),
    day("The army announced a curfew from 10 p.m. on Saturday.", "2025-05-23",
        "10 p.m. on Saturday", "2025-05-24T22:00", "TIME"),
    day("The two armies agreed on Monday to a ceasefire from Wednesday, which has held.",
        "2025-05-23", "Wednesday", "2025-05-21"),
    day("Serevan and Ostland agreed on Friday to a 60-day truce, to take effect at noon on"
        " Monday, and will send delegations to Vienna.", "2027-01-02", "noon on Monday",
        "2027-01-04T12:00", "TIME"),
    # A clause joined on with ", and" does not lend its verb to a date after a verb of its own.
    day("The council will discuss the siege at an emergency meeting on Wednesday afternoon, and"
        " Lissar has asked for the corridor to stay open.", "2025-09-02", "Wednesday afternoon",
        "2025-09-03TAF", "TIME"),
    day("Deputies will debate the budget on Thursday and vote on martial law on Friday"
        " afternoon, according to the order paper published on Tuesday evening.", "2025-09-02",
        "Friday afternoon", "2025-09-05TAF", "TIME"),
    day("Tickets go on sale at 08:00 on Wednesday.", "2028-05-16", "08:00 on Wednesday",
        "2028-05-17T08:00", "TIME"),
    day("Neither the mayor nor his deputies could be located Wednesday in the city.",
        "2026-03-06", "Wednesday", "2026-03-04"),
    span("The unions accepted a pay rise pending wage talks in January, and a promise that every"
         " worker will get a bonus.", "2025-11-24", "January", "DATE", "2026-01", "2026-01-01",
         "2026-01-31", "month"),
    span("Prisoners taken since 2023 would be left to working groups. She hoped a follow-up"
         " summit could be held before the end of the year.", "2028-08-31", "the end of the year",
         "DATE", "2028", "2028-09-01", "2028-12-31", "range"),
    day("The troops must be withdrawn no later than Friday.", "2023-05-03", "Friday",
        "2023-05-05"),
    day("Both sides must pull back their guns before Friday.", "2023-05-03", "Friday",
        "2023-05-05"),
    day("The evacuation should be completed by Saturday, officials said.", "2023-05-03",
        "Saturday", "2023-05-06"),
    day("Kyiv wants the tanks delivered by Friday.", "2023-05-03", "Friday", "2023-05-05"),
    # A plan or wish reported in the past points ahead, unless a past perfect says it was
    # overtaken; "travels" is a timetable like "flies".
    span("The envoy told reporters on Monday that her mediators hoped for a deal by year-end.",
         "2023-05-10", "year-end", "DATE", "2023", "2023-09-01", "2023-12-31", "range"),
    day("The envoy travels to Halvik Thursday for talks.", "2023-05-10", "Thursday",
        "2023-05-11"),
    day("The prisoner exchange takes place on Saturday at the northern crossing, officials say.",
        "2025-04-23", "Saturday", "2025-04-26"),
    day("The handover did take place on Monday, after two delays.", "2025-04-23", "Monday",
        "2025-04-21"),
    # A schedule reported in the past tense is the wire's backshift of one still ahead, unless
    # it was overtaken ("had been due", "was supposed to", "but ...", "were about to").
    day("The grain ships left port overnight and were expected to clear the corridor by "
        "Thursday, the navy said.", "2025-10-01", "Thursday", "2025-10-02"),
    day("The envoy was due to arrive in the capital on Wednesday, his office said.", "2025-12-08",
        "Wednesday", "2025-12-10"),
    day("The ferry was due to sail on Friday but the storm kept it in port.", "2025-10-01",
        "Friday", "2025-09-26"),
    day("A first group of wounded was supposed to be flown out on Friday.", "2025-10-01",
        "Friday", "2025-09-26"),
    day("The pupils were about to cross the road on Tuesday when the shell landed.",
        "2025-10-01", "Tuesday", "2025-09-30"),
    day("A second prisoner handover planned for Sunday did not take place, mediators said.",
        "2027-01-05", "Sunday", "2027-01-03"),
    day("A prisoner handover planned for Sunday will go ahead, mediators said.", "2027-01-05",
        "Sunday", "2027-01-10"),
    day("Mediators expect a text ready for signing on Friday, a diplomat said.", "2026-01-07",
        "Friday", "2026-01-09"),
    # "returns" after a singular subject is a timetable too; after an adjective, a noun.
    span("Power returns to the eastern districts at 09:00 Wednesday, the grid operator said.",
         "2025-03-10", "09:00 Wednesday", "TIME", "2025-03-12T09:00", "2025-03-12", "2025-03-12",
         "day"),
    day("Investors counted better returns on Friday, the exchange said.", "2025-03-10",
        "Friday", "2025-03-07"),
    day("The governor had hoped to reopen the bridge on Friday, but shelling resumed.",
        "2023-05-10", "Friday", "2023-05-05"),
    # "could" with a verb is a possibility ahead; a negation or a perception is not.
    day("A ministry spokesman said talks with the rebels could begin on Monday.", "2023-05-03",
        "Monday", "2023-05-08"),
    day("The convoy could not leave on Monday because of the shelling.", "2023-05-03",
        "Monday", "2023-05-01"),
    day("Police sealed the road on Saturday and soldiers could be seen digging trenches.",
        "2023-05-08", "Saturday", "2023-05-06"),
    span("The ministry expects the deficit to narrow in the second half, though officials warned "
         "of new strikes.", P, "the second half", "DATE", "2023-H2", "2023-07-01",
         "2023-12-31", "range"),
    # A verb of lasting before "until" is past, no participle of a deadline.
    day("Fighting raged until Friday, officials said.", "2023-05-07", "Friday", "2023-05-05"),
    # An event moved to a date, or an order to act by one, points ahead of the past verb.
    day("The war crimes hearing was adjourned until Thursday.", "2023-05-02", "Thursday",
        "2023-05-04"),
    day("The prisoner exchange was put off until Saturday, mediators said.", P, "Saturday",
        "2023-05-06"),
    day("The court postponed the verdict to May 3.", "2023-04-20", "May 3", "2023-05-03"),
    day("The court postponed the verdict to May 3.", "2023-07-20", "May 3", "2024-05-03"),
    day("The army told the rebels to hand over the bodies of two pilots by midnight Friday.",
        "2023-05-03", "midnight Friday", "2023-05-05T24:00", "TIME"),
    day("Police told residents to leave by Monday, and most had left by Tuesday.", P,
        "Tuesday", "2023-05-02"),
    day("Moscow demands that the convoy turn back by Friday.", "2023-05-03", "Friday",
        "2023-05-05"),
    # "demand" as a noun says nothing of tense: the past verb dates the month.
    span("The refinery could not meet demand for diesel in March, its director said.", P,
         "March", "DATE", "2023-03", "2023-03-01", "2023-03-31", "month"),
    # Numbered weeks in situation reports (not "week 10 of the war").
    span("Cholera cases rose in epidemiological week 10, the health ministry said.", "2024-03-16",
         "epidemiological week 10", "DATE", "2024-W10", "2024-03-04", "2024-03-10", "week"),
    span("Admissions fell in week 11 of 2024, the agency reported.", P, "week 11 of 2024", "DATE",
         "2024-W11", "2024-03-11", "2024-03-17", "week"),
    span("Measles cases doubled in epidemiological week 14. In week 13 the clinics saw 40.",
         "2024-04-12", "week 13", "DATE", "2024-W13", "2024-03-25", "2024-03-31", "week"),
    bare("At the moment the government approves every convoy.", P, "At the moment", "DATE",
         "PRESENT_REF"),
    # --- Other spellings of dates --------------------------------------------------------------
    day("Here is what is on the calendar.\n\nMONDAY, FEB. 10 — The foreign minister flies to"
        " Fennholm.", "2025-02-09", "MONDAY, FEB. 10", "2025-02-10"),
    day("The talks open on FEB. 10 in Fennholm.", "2025-02-09", "FEB. 10", "2025-02-10"),
    span("The tribunal will hear the case the week of May 15, its registrar said.", P,
         "the week of May 15", "DATE", "2023-W20", "2023-05-15", "2023-05-21", "week"),
    span("In the week of 24 April, the clinic treated 200 wounded.", P, "the week of 24 April",
         "DATE", "2023-W17", "2023-04-24", "2023-04-30", "week"),
    # Markets copy: the week that ends on the day named.
    span("War-risk premiums rose for a third time in the week through Friday, brokers said.", P,
         "the week through Friday", "DATE", "2023-W18", "2023-05-01", "2023-05-07", "week"),
    span("Grain exports fell by a third in the week ended April 28, the ministry said.", P,
         "the week ended April 28", "DATE", "2023-W17", "2023-04-24", "2023-04-30", "week"),
    span("Ferry bookings will be capped in the week ending Sunday, the port said.", P,
         "the week ending Sunday", "DATE", "2023-W18", "2023-05-01", "2023-05-07", "week"),
    # Clock ranges: the end of an overnight range is the next day; a range's end is on its
    # start's day, whatever "until" suggests.
    day("Sirens sounded from about 11pm on Thursday until 3.50am, residents said.",
        "2024-03-01", "3.50am", "2024-03-01T03:50", "TIME"),
    day("On 26 July the brigade repelled attacks from 04:30 until 11:00 near Dolna.",
        "2025-07-27", "11:00", "2025-07-26T11:00", "TIME"),
    day("Crews repaired the rail line from Monday until Thursday, the operator said.",
        "2023-05-06", "Thursday", "2023-05-04"),
    # A hedge before a clock time or a rate is inside the extent.
    day("The first rocket struck at approximately 2:15 p.m., the task force said.",
        P, "approximately 2:15 p.m.", "2023-05-05T14:15", "TIME"),
    bare("Patrols crossed the old ceasefire line almost daily, villagers said.", P,
         "almost daily", "SET", "P1D"),
    # Numeric day.month.year after "from ... to": a date, not the second day of a pair.
    day("Losses from 14.03.2023 to 27.07.2025 exceed 40,000, the ministry said.", "2025-07-27",
        "27.07.2025", "2025-07-27"),
    # Beside a date, an offset says how far it lies from another account: the date is the day.
    day("The agency dated the swap to Christmas Eve; it took place on 23 December, a day earlier.",
        "2026-12-28", "a day earlier", "2026-12-23"),
    # Extents: "another", "a little under", "the preceding", "every 9 October".
    bare("The council extended the state of emergency for another 90 days.", P,
         "another 90 days", "DURATION", "P90D"),
    bare("He spent a little under two years and ten months in the camp.", P,
         "a little under two years and ten months", "DURATION", "P2Y10M"),
    bare("Shelling killed 14 civilians in the preceding seven days, the mission said.", P,
         "the preceding seven days", "DURATION", "P7D"),
    span("Ammunition use doubled in the preceding week, the ministry said.", P,
         "the preceding week", "DATE", "2023-W17", "2023-04-24", "2023-04-30", "week"),
    bare("Organisers said the vigil would last two hours.", P, "two hours", "DURATION", "PT2H"),
    # A plan that "never came" is past.
    span("The spring offensive that everyone expected in October never came.", "2025-01-02",
         "October", "DATE", "2024-10", "2024-10-01", "2024-10-31", "month"),
    day("Gunmen attacked the village penultimate Thursday, residents told our correspondent.",
        "2025-05-31", "penultimate Thursday", "2025-05-22"),
    bare("Displaced families return to the market every weekend.", P, "every weekend", "SET",
         "XXXX-WXX-WE"),
    # An obligation put on someone now points ahead; a report of the past does not.
    day("The prisoner is sentenced to be hanged on Tuesday, his lawyers said.",
        "2023-05-07", "Tuesday", "2023-05-09"),
    day("Residents are ordered to leave the border villages by Friday.", "2023-05-07", "Friday",
        "2023-05-12"),
    day("The commander is believed to have fled to the coast on Tuesday.", "2023-05-07",
        "Tuesday", "2023-05-02"),
    # Capitals, as captions and datelines write them; a bare month in capitals is a headline's.
    day("MARCH 04: Evacuees board the morning train at Kelvo station.", "2023-03-04",
        "MARCH 04", "2023-03-04"),
    day("MONDAY, March 3 - Foreign ministers meet in Vell.", "2025-03-02", "MONDAY, March 3",
        "2025-03-03"),
    # The week a weekday falls in, named after it.
    day("The exchange had been slated for Tuesday last week but was pushed back.", "2025-08-23",
        "Tuesday", "2025-08-12"),
    day("The envoys will return on Monday next week, the ministry said.", "2025-08-23", "Monday",
        "2025-08-25"),
    # "a year ago today" is a day the story moves to.
    day("A year ago today a missile breached the dam. Troops reached the valley that morning.",
        "2026-02-24", "that morning", "2025-02-24TMO", "TIME"),
    # A clock time with the date right after it is one TIME; spelled-out zones.
    day("The licence runs through 12:01 a.m. eastern daylight time, May 15, 2027.", "2027-04-15",
        "12:01 a.m. eastern daylight time, May 15, 2027", "2027-05-15T00:01", "TIME"),
    day("The first evacuation train left at 10am on March 04, 2023.", "2023-03-06",
        "10am on March 04, 2023", "2023-03-04T10:00", "TIME"),
    # Preparing for a season points ahead; an untensed weekend near its end is the coming one.
    span("Some 60,000 people are preparing to spend the winter in tents, officials said on "
         "Thursday.", "2024-11-29", "the winter", "DATE", "2024-WI", "2024-12-01", "2025-02-28",
         "range"),
    span("Snow through the weekend, with lows of minus 14 in the north.", "2026-12-31",
         "the weekend", "DATE", "2026-W53-WE", "2027-01-02", "2027-01-03", "range"),
    # Rates and lengths from news_blind7.
    bare("The weekly front-line explainer is published on Mondays.", P, "weekly", "SET", "P1W"),
    bare("Updates on spending will be published quarterly after that.", P, "quarterly", "SET",
         "P3M"),
    bare("Family visits are held fortnightly at the camp.", P, "fortnightly", "SET", "P2W"),
    bare("Coalition talks are expected to take weeks, analysts said.", P, "weeks", "DURATION",
         "PXW"),
    day("The convoy left the camp at four in the morning.", "2023-06-16", "four in the morning",
        "2023-06-16T04:00", "TIME"),
    span("Fighters were captured as recently as June, the committee said.", "2025-08-23", "June",
         "DATE", "2025-06", "2025-06-01", "2025-06-30", "month"),
    span("We fled with nothing 15 months back and now we wait.", "2024-11-29", "15 months back",
         "DATE", "2023-08", "2023-08-01", "2023-08-31", "month"),
    day("The dam was breached on the 30th of May.", "2024-11-29", "the 30th of May",
        "2024-05-30"),
    span("A first report on spending will follow at the end of the first quarter.",
         "2027-02-01", "the end of the first quarter", "DATE", "2027-Q1", "2027-01-01",
         "2027-03-31", "quarter"),
    # A stamp's date and time are one TIME; "at" between keeps them apart.
    day("Last updated: 11 May 2027, 15:30 local time", "2027-05-11",
        "11 May 2027, 15:30 local time", "2027-05-11T15:30", "TIME"),
    day("The monitors crossed on 28 June at 09:10, the mission said.", "2025-07-01", "09:10",
        "2025-06-28T09:10", "TIME"),
    # A chronology of times: each on the day of the dated entry above; a time heading an entry
    # says nothing of the year of the next dated one.
    day("29 Nov, 02:13 - Wiper malware reaches 37 workstations.\n\n02:40 - Operators switch to"
        " manual control.", "2024-12-05", "02:40", "2024-11-29T02:40", "TIME"),
    day("2024-09-17 - A phishing email reaches an engineer.\n\n08:50 - Power is restored.\n\n"
        "Saturday 30 Nov - A group claims the attack.", "2024-12-05", "Saturday 30 Nov",
        "2024-11-30"),
    # Diary and daybook sections: the heading's day for the times and "tomorrow" under it.
    day(_DIARY, "2026-04-19", "14:10", "2026-04-17T14:10", "TIME"),
    day(_DIARY, "2026-04-19", "tomorrow", "2026-04-18"),
    day("Two civilians were killed in the night of Thursday to Friday, the governor said.",
        "2025-11-22", "the night of Thursday to Friday", "2025-11-20TNI", "TIME"),
    day("A curfew is in effect from 20:00 tonight until 06:00 on Wednesday.", "2027-05-11",
        "06:00 on Wednesday", "2027-05-12T06:00", "TIME"),
    # A week-ahead note's timetable verbs.
    day("Delegations from both sides return to Arlon on Monday for a fourth round.", "2025-09-26",
        "Monday", "2025-09-29"),
    day("The UN mission publishes its casualty report on Wednesday.", "2025-09-26", "Wednesday",
        "2025-10-01"),
    day("Without a stopgap by Tuesday, salaries cannot legally be paid.", "2025-09-26", "Tuesday",
        "2025-09-30"),
    # "last July 28": the most recent July 28, however near; "the last day of February".
    day("Clashes have continued since last July 28, the army said.", "2026-08-06",
        "last July 28", "2026-07-28"),
    day("Voter registration formally ended last December 14.", "2026-12-20", "last December 14",
        "2026-12-14"),
    day("Parliament renewed the licence on the last day of February.", "2023-02-28",
        "the last day of February", "2023-02-28"),
    # A 24-hour time after "and", "to", "for": a range's ends.
    day("Between 18:00 on 11 October and 06:00 on 12 October the camera recorded 46 violations.",
        "2027-10-13", "06:00 on 12 October", "2027-10-12T06:00", "TIME"),
    day("Both sides agreed a window of silence for 09:00 to 17:00 on 14 October.", "2027-10-13",
        "09:00", "2027-10-14T09:00", "TIME"),
    # From news_blind9: "late on Friday", "since early summer", "on Sunday mornings".
    day("Fighting flared late on Friday after a three-week lull.", "2024-03-11",
        "late on Friday", "2024-03-08"),
    span("Shelling has grown heavier since early summer, residents say.", "2025-09-21",
         "early summer", "DATE", "2025-SU", "2025-06-01", "2025-06-30", "range"),
    bare("On Sunday mornings a priest still says Mass in the old canteen.", "2025-09-21",
         "Sunday mornings", "SET", "XXXX-WXX-7TMO"),
    # A capitalised month before a noun after "the": "the March deal", "the May elections".
    span("Four convoys a week were promised in the March deal.", "2023-01-01", "March", "DATE",
         "2022-03", "2022-03-01", "2022-03-31", "month"),
    span("Students were arrested for urging a boycott of the May elections.", "2023-04-03", "May",
         "DATE", "2023-05", "2023-05-01", "2023-05-31", "month"),
    # A live page: a day in its first entry's news is not the day of the entries' times.
    day(_LIVE_PAGE, "2027-09-15", "08:15", "2027-09-15T08:15", "TIME"),
    day(_LIVE_PAGE, "2027-09-15", "10:12", "2027-09-15T10:12", "TIME"),
    # A city's time is a zone; an "-ed" word after a verb's base form is no past tense.
    day("The Security Council will hold closed consultations at 15:00 New York time on Monday.",
        "2027-09-15", "15:00 New York time on Monday", "2027-09-20T15:00", "TIME"),
    day("The ceasefire that began on the 14th has held, the monitors said.", "2027-10-08",
        "the 14th", "2027-09-14"),
    day("Organisers expect about 600 people at the vigil from 6pm on Sunday.", "2027-10-05",
        "6pm on Sunday", "2027-10-10T18:00", "TIME"),
    # A story told from a day of an earlier year stays in that year.
    day("Rebels encircled Mirhal on 9 October 1994; the siege was lifted on 21 November.",
        "2023-09-30", "21 November", "1994-11-21"),
    # The deictic word after the weekday (Indian and British English).
    day("Two porters were detained on Monday last near the border post, police said.", P,
        "Monday last", "2023-05-01"),
    day("The bail hearing of the three activists is slated for Thursday next, in Srinagar.", P,
        "Thursday next", "2023-05-11"),
    day("Parliament votes on the truce Tuesday week, the Speaker's office said.", P,
        "Tuesday week", "2023-05-16"),
    span("The envoys will meet on Monday next week in Doha.", P, "next week", "DATE", "2023-W19",
         "2023-05-08", "2023-05-14", "week"),
    # Holidays with a computable date: the one nearest publication.
    # A possessive weekday with its own timetable after it lies ahead.
    day("If Thursday's vote passes, contractors could start work next month.", "2026-01-19",
        "Thursday", "2026-01-22"),
    day("The judge set out a new timetable. Thursday's hearing begins at 09:30.", "2026-07-06",
        "09:30", "2026-07-09T09:30", "TIME"),
    day("A spokeswoman said that Saturday's exchange would go ahead as planned.", "2026-02-17",
        "Saturday", "2026-02-21"),
    day("Friday's ruling will be appealed, the defence said.", "2026-02-17", "Friday",
        "2026-02-13"),
    # The Orthodox feasts by the Julian calendar; a weekday right after a day names that day.
    day("Both armies were asked to hold their fire for Orthodox Christmas on Wednesday.",
        "2026-01-05", "Orthodox Christmas", "2026-01-07"),
    day("The patriarch asked for a truce for Orthodox Christmas on Wednesday.", "2026-01-05",
        "Wednesday", "2026-01-07"),
    day("A truce for Orthodox Christmas largely held on Thursday, monitors said.", "2027-01-08",
        "Orthodox Christmas", "2027-01-07"),
    day("Services for Orthodox Easter went ahead under guard in the old town.", "2024-05-06",
        "Orthodox Easter", "2024-05-05"),
    day("The front has been quiet since Boxing Day, the army said.", "2024-01-08", "Boxing Day",
        "2023-12-26"),
    day("Shelling resumed hours after Christmas Eve services ended.", "2023-12-27",
        "Christmas Eve", "2023-12-24"),
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
    # "That Friday", "the following Monday", "the previous Friday" count from the day last named.
    day("On 3 March the hospital was quiet. That Friday, four more bodies were found.",
        "2025-03-15", "That Friday", "2025-03-07"),
    day("On 3 March the hospital was quiet. That Friday, four more bodies were found. The"
        " following Monday, the government announced an inquiry.", "2025-03-15",
        "The following Monday", "2025-03-10"),
    day("Shares fell sharply on Friday, Oct. 27. The index ended 4.5% below the previous Friday.",
        "1989-10-30", "the previous Friday", "1989-10-20"),
    span("The counteroffensive began in June 2023. Three months later, it stalled.", "2023-12-01",
         "Three months later", "DATE", "2023-09", "2023-09-01", "2023-09-30", "month"),
    day("The city fell on Feb. 16, 2023. Two weeks later, the last defenders surrendered.", P,
        "Two weeks later", "2023-03-02"),
    day("Russian troops took the plant on March 3, 2022. On Friday, the IAEA said it had lost "
        "power again.", P, "Friday", "2023-05-05"),
    # --- Amounts of time: halves and quarters, rates, periods "ended" on a day -------------------
    # A half in the next smaller unit, as TIMEX3 reads: years and months, not 30 months.
    bare("The blockade of the enclave has lasted 2 1/2 years.", P, "2 1/2 years", "DURATION",
         "P2Y6M"),
    bare("The truce along the river held for a year and a half.", P, "a year and a half",
         "DURATION", "P1Y6M"),
    bare("The occupation of the valley lasted a decade and a half.", P, "a decade and a half",
         "DURATION", "P15Y"),
    bare("The guerrillas held the mountains for a quarter of a century.", P,
         "a quarter of a century", "DURATION", "P25Y"),
    bare("The peace talks in Geneva stalled for a fortnight.", P, "a fortnight", "DURATION",
         "P2W"),
    bare("Losses mounted over several quarters of fighting.", P, "several quarters", "DURATION",
         "PXQ"),
    bare("The arms maker lost money in two quarters of 2022.", P, "two quarters", "DURATION",
         "P2Q"),
    bare("The militia held the dam for a quarter of the year.", P, "a quarter of the year",
         "DURATION", "P3M"),
    span("The militia seized the border post a year and a half ago.", P,
         "a year and a half ago", "DATE", "2021-11", "2021-11-01", "2021-11-30", "month"),
    span("Monks built the fortress on the hill a century and a half ago.", P,
         "a century and a half ago", "DATE", "1873", "1873-01-01", "1873-12-31", "year"),
    # Half a week or a day back names no one day: only the length is kept.
    bare("The families fled the village two and a half weeks ago.", P, "two and a half weeks",
         "DURATION", "P2.5W"),
    # "the previous 12 months" is a length before an event; its determiner is in the extent.
    bare("Grain exports in March nearly matched those of the previous 12 months.", P,
         "the previous 12 months", "DURATION", "P12M"),
    # "following" before a number is a preposition: only the length is tagged.
    bare("The truce collapsed following two weeks of talks.", P, "two weeks", "DURATION", "P2W"),
    # A length in two units is one DURATION, the smaller unit second, with or without "and".
    # Hedges belong to the extent (TimeML): "about a week", "roughly ten days".
    bare("Repairs to the dam will take about a week, engineers said.", P, "about a week",
         "DURATION", "P1W"),
    # After a verb of speech or thought, "about" is a topic: the length stands alone.
    bare("The two envoys talked about two years of talks in Geneva.", P, "two years",
         "DURATION", "P2Y"),
    bare("The colonel was held without charge for three years and five months.", P,
         "three years and five months", "DURATION", "P3Y5M"),
    bare("The shelling of the depot went on for six hours and 15 minutes.", P,
         "six hours and 15 minutes", "DURATION", "PT6H15M"),
    bare("The evacuation flight from the airbase took 2 hours 35 minutes.", P,
         "2 hours 35 minutes", "DURATION", "PT2H35M"),
    bare("Gunmen held the ferry for two weeks and four days before it was freed.", P,
         "two weeks and four days", "DURATION", "P18D"),
    # A rate is a SET (TimeML: "twice a week"); a length after a verb or preposition stays one.
    bare("The ministry spends $500 million a year on drones, officials said.", P, "a year",
         "SET", "P1Y"),
    bare("The field hospital now treats hundreds of patients a day.", P, "a day", "SET", "P1D"),
    bare("Only four aid convoys a week reach the besieged city.", P, "a week", "SET", "P1W"),
    # A count per unit and a length per unit are one SET of the unit, the count inside.
    bare("Drones fly over the frontline villages twice a day, residents say.", P, "twice a day",
         "SET", "P1D"),
    bare("Buses leave the transit camp four times a week.", P, "four times a week", "SET",
         "P1W"),
    bare("Peacekeepers patrol the buffer zone twice daily.", P, "twice daily", "SET", "P1D"),
    bare("The field kitchen runs 18 hours a day since the siege began.", P, "18 hours a day",
         "SET", "P1D"),
    bare("Each family in the camp gets 20 litres of water per day.", P, "per day", "SET",
         "P1D"),
    bare("The commander gave the rebels a week to withdraw.", P, "a week", "DURATION", "P1W"),
    span("Exports rose 12% from 3.1 million tonnes a year earlier, the ministry said.", P,
         "a year earlier", "DATE", "2022", "2022-01-01", "2022-12-31", "year"),
    bare("Ukraine will one day join the alliance, the foreign minister said.", P, "one day",
         "DATE", "FUTURE_REF"),
    bare("Shelters stay open after daily Russian drone attacks.", P, "daily", "SET", "P1D"),
    # After "the"/"a", a rate adjective before a lower-case noun is the rate; "the daily"
    # followed by a name or a verb is a newspaper (NEGATIVE_ROWS).
    bare("A colonel read out the losses at the daily briefing in the capital.", P, "daily", "SET",
         "P1D"),
    bare("The ministry must report its arms spending to parliament quarterly.", P, "quarterly",
         "SET", "P3M"),
    bare("The siege began on 3 May one day after the talks collapsed.", P, "one day", "DURATION",
         "P1D"),
    # "the year ended March 31" is twelve months to that day; a quarter ending with a calendar
    # quarter is that quarter; one ending with another month is a fiscal one.
    bare("Arms exports rose 9% in the year ended March 31.", P, "the year", "DURATION", "P1Y"),
    span("The defence budget overran in the year ended Dec. 31.", "2023-02-10", "the year",
         "DATE", "2022", "2022-01-01", "2022-12-31", "year"),
    span("The arms maker's sales fell in the quarter ended March 31.", P, "the quarter", "DATE",
         "2023-Q1", "2023-01-01", "2023-03-31", "quarter"),
    span("Drone output doubled in the quarter ended June 30.", P, "the quarter", "DATE",
         "2022-Q2", "2022-04-01", "2022-06-30", "quarter"),
    bare("The shipyard lost money in the quarter ended Oct. 31.", P, "the quarter", "DURATION",
         "P1Q"),
    # Earnings copy: "year-ago" counts back from the period last named, unless that period is
    # itself most of a year gone (then it is the year-ago one) or still ahead (a forecast).
    span("The arms maker reported a loss for 2022. The year-earlier results were restated.",
         "2023-02-10", "The year-earlier", "DATE", "2021", "2021-01-01", "2021-12-31", "year"),
    span("Losses widened in the 2022 period. The year-ago results included a write-down.",
         "2023-11-02", "The year-ago", "DATE", "2022", "2022-01-01", "2022-12-31", "year"),
    span("The shipyard lost $5 million in the quarter ended Sept. 30, against a profit in the "
         "year-ago quarter.", "2023-10-20", "the year-ago quarter", "DATE", "2022-Q3",
         "2022-07-01", "2022-09-30", "quarter"),
    span("Analysts expect losses through the third quarter of 2024. In the year-ago period, the "
         "firm earned $3 million.", "2023-10-20", "the year-ago period", "DATE", "2022",
         "2022-01-01", "2022-12-31", "year"),
    span("The drone maker expects a loss in the fourth quarter. Revenue fell in the latest "
         "quarter.", "2023-11-02", "the latest quarter", "DATE", "2023-Q3", "2023-07-01",
         "2023-09-30", "quarter"),
    span("Defence sales rose in the third quarter. For the quarter a year ago, the group lost "
         "money.", "2023-11-02", "the quarter a year ago", "DATE", "2022-Q3", "2022-07-01",
         "2022-09-30", "quarter"),
    # "the year" is the year of a period named a sentence or two before, else of publication.
    span("Donors first met in Geneva in 2019. During the year, the fighting spread east.", P,
         "the year", "DATE", "2019", "2019-01-01", "2019-12-31", "year"),
    span("The defence plan sets targets for 2030. It also covers training, air defence, the "
         "repair of bridges and power lines and the return of displaced families to villages "
         "retaken in the south, which officials say will take many months and cost billions in "
         "foreign aid. The ministry expects arms exports to grow for the full year.", P,
         "the full year", "DATE", "2023", "2023-01-01", "2023-12-31", "year"),
    day("A week or so ago, the general moved two brigades to the border.", P, "A week or so ago",
        "2023-04-28"),
    # "the 2022 quarter": the quarter last named, in the year stated.
    span("The drone maker earned $3 million in the third quarter, against $1 million in the "
         "2022 quarter.", "2023-11-02", "the 2022 quarter", "DATE", "2022-Q3", "2022-07-01",
         "2022-09-30", "quarter"),
    # "the day before" standing beside a date names that date; as an adverb it counts back.
    day("The commander was last seen on May 3, the day before prosecutors issued a warrant.", P,
        "the day before", "2023-05-03"),
    day("Troops entered the village on May 3. The day before they had shelled the bridge.", P,
        "The day before", "2023-05-02"),
    # "that same day" with no day named before it: a day of the story, not the publication day.
    bare("Residents said the convoy left the town that same day.", P, "that same day", "DATE",
         "XXXX-XX-XX"),
    # A season of the year the story last named.
    span("The feud dates from 2014, when the militia seized the dam. That autumn the army moved "
         "in.", P, "That autumn", "DATE", "2014-FA", "2014-09-01", "2014-11-30", "range"),
    span("The feud dates from 2014, when the militia seized the dam. The previous winter had "
         "been the coldest in decades.", P, "The previous winter", "DATE", "2013-WI",
         "2013-12-01", "2014-02-28", "range"),
    # --- A bare season: ahead, the one under way or the next; behind, the latest begun --------
    span("Aid convoys will keep crossing the pass through the summer.", "2025-06-01",
         "the summer", "DATE", "2025-SU", "2025-06-01", "2025-08-31", "range"),
    span("Engineers expect the dam to hold through the winter.", "2025-01-20", "the winter",
         "DATE", "2024-WI", "2024-12-01", "2025-02-28", "range"),
    span("The militia will not disarm before the winter, its commander said.", "2025-10-02",
         "the winter", "DATE", "2025-WI", "2025-12-01", "2026-02-28", "range"),
    span("Mortar fire on the suburbs eased during the spring.", "2025-05-12", "the spring",
         "DATE", "2025-SP", "2025-03-01", "2025-05-31", "range"),
    span("The two delegations last met in the spring.", "2025-10-15", "the spring", "DATE",
         "2025-SP", "2025-03-01", "2025-05-31", "range"),
    span("Aid agencies fear the camps will run out of flour by the spring.", "2025-10-15",
         "the spring", "DATE", "2026-SP", "2026-03-01", "2026-05-31", "range"),
    # After a preposition the season needs no article; the article belongs to the phrase.
    span("The government wants a permanent settlement by summer.", "2026-03-09", "summer",
         "DATE", "2026-SU", "2026-06-01", "2026-08-31", "range"),
    span("The front has barely moved since spring, officers said.", "2025-09-20", "spring",
         "DATE", "2025-SP", "2025-03-01", "2025-05-31", "range"),
    span("Families may stay in the school until the spring.", "2025-02-04", "the spring",
         "DATE", "2025-SP", "2025-03-01", "2025-05-31", "range"),
    # "last <month>": the latest such month before publication's, except the month just gone,
    # which reporters call "last month"; then the one a year before.
    span("Two army helicopters collided over the border last February.", "2025-03-01",
         "last February", "DATE", "2024-02", "2024-02-01", "2024-02-29", "month"),
    span("The pipeline was sabotaged last April, investigators say.", "2025-10-27",
         "last April", "DATE", "2025-04", "2025-04-01", "2025-04-30", "month"),
    span("The ferry sank off the cape last December.", "2025-01-09", "last December", "DATE",
         "2024-12", "2024-12-01", "2024-12-31", "month"),
    # With no tense, the nearer one: a quote without a verb.
    span('The president promised a vote "before summer."', "2025-04-28", "summer", "DATE",
         "2025-SU", "2025-06-01", "2025-08-31", "range"),
    # "the end of the winter" reads the season by tense like "the winter".
    span("Commanders hope to retake the valley by the end of the summer.", "2025-10-10",
         "the end of the summer", "DATE", "2026-SU", "2026-08-02", "2026-08-31", "range"),
    span("The garrison surrendered at the end of the winter.", "2025-10-10",
         "the end of the winter", "DATE", "2024-WI", "2025-01-30", "2025-02-28", "range"),
    # "later in the day": the day the story has just named, else the publication day.
    day("The envoy reached Goma on Tuesday morning and met rebel leaders later in the day.",
        "2025-06-09", "later in the day", "2025-06-03"),
    day("Drones struck the depot at dawn. Firefighters were still at work later in the day.",
        "2025-06-09", "later in the day", "2025-06-09"),
    # "later in the month": the month of the day just named, else of publication.
    span("Envoys will meet in Geneva on Jan. 7, with a second round later in the month.",
         "2025-12-30", "later in the month", "DATE", "2026-01", "2026-01-07", "2026-01-31",
         "range"),
    span("Shelling of the port eased earlier in the week, residents said.", "2025-12-11",
         "earlier in the week", "DATE", "2025-W50", "2025-12-08", "2025-12-11", "range"),
    bare("Inflation will stay high for the foreseeable future, the governor said.", P,
         "the foreseeable future", "DATE", "FUTURE_REF"),
    # "the following month" after a month named: counted from that month, not publication.
    span("In April the rebels shelled the airport. The following month they took the dam.",
         "2025-10-27", "The following month", "DATE", "2025-05", "2025-05-01", "2025-05-31",
         "month"),
    span("The army retook the bridge on Feb. 3. The previous week it had lost the dam.",
         "2025-03-10", "The previous week", "DATE", "2025-W05", "2025-01-27", "2025-02-02",
         "week"),
    # Wire-style abbreviated weekdays: with their full stop, or without one before a date.
    day("MIRNA, Dalvia, Wed., Nov. 12 (Wire) - Militia fighters shelled the depot.",
        "2025-11-12", "Wed., Nov. 12", "2025-11-12"),
    day("Aid trucks have been stuck at the crossing since Fri., drivers said.", "2025-10-07",
        "Fri.", "2025-10-03"),
    day("A column that left the capital late Tues. reached the dam Thurs. but turned back.",
        "2025-10-10", "Thurs.", "2025-10-09"),
    day("Lawmakers will vote on the truce at 3 p.m. Thurs., a spokesman said.", "2025-10-07",
        "3 p.m. Thurs.", "2025-10-09T15:00", "TIME"),
    # A digest line's own date is the day of its clock times, whatever their tense; the end of
    # a clock range keeps its own day.
    day("Sat 14 Feb - The border post reopens at 08:30 after a week of shelling.", "2026-02-16",
        "08:30", "2026-02-14T08:30", "TIME"),
    day("Mon 9 Feb - A curfew runs from 22:00 until 05:00 on 11 February.", "2026-02-15",
        "22:00", "2026-02-09T22:00", "TIME"),
    # Half-years: "H1 2025"; a bare "H2" once a half has been named with its year.
    span("The ministry will publish the audit for H1 2025 next week.", "2025-08-04", "H1 2025",
         "DATE", "2025-H1", "2025-01-01", "2025-06-30", "range"),
    span("Grain exports fell in H1 2025 and are expected to recover in H2.", "2025-08-04", "H2",
         "DATE", "2025-H2", "2025-07-01", "2025-12-31", "range"),
    # A future event "in the second half" is in one not yet over, however near the last one.
    span("Officials said inflation would ease in the second half as the ports reopen.",
         "2024-03-20", "the second half", "DATE", "2024-H2", "2024-07-01", "2024-12-31",
         "range"),
    # A half of a month is that month with START/END, and its half as the interval.
    span("Last March, most of the shelling came in the first half of the month.", "2025-06-10",
         "the first half of the month", "DATE", "2025-03", "2025-03-01", "2025-03-15", "range"),
    span("The envoy will return in the second half of May, diplomats said.", "2025-04-02",
         "the second half of May", "DATE", "2025-05", "2025-05-16", "2025-05-31", "range"),
    # "last"/"next" + a holiday: strictly before / after publication, as "last Friday"; on
    # Easter Sunday itself "last Easter" is the year before's.
    day("Last Easter the shelling stopped the procession; this year it went ahead.", "2024-03-31",
        "Last Easter", "2023-04-09"),
    day("Negotiators hope to sign the accord by next Easter.", "2024-03-31", "next Easter",
        "2025-04-20"),
    day("The rebels broke the truce last Christmas, the mayor recalled.", "2024-10-02",
        "last Christmas", "2023-12-25"),
    day("This Christmas the guns fell silent for a day, residents said.", "2024-03-05",
        "This Christmas", "2023-12-25"),
    # "the 1300s" ... "the 1900s" are centuries; "the 1980s" and "the 2000s" decades.
    span("The fortress walls were raised in the 1300s and held until the siege.", "2025-04-23",
         "the 1300s", "DATE", "13", "1300-01-01", "1399-12-31", "range"),
    span("The border was drawn in the 1900s by two empires.", "2025-04-23", "the 1900s", "DATE",
         "19", "1900-01-01", "1999-12-31", "range"),
    span("The valley has been contested since the 1980s.", "2025-04-23", "the 1980s", "DATE",
         "198", "1980-01-01", "1989-12-31", "range"),
    # The first day of a list of days before its month, and the start of a clock range.
    day("Drones hit the substation on 11, 12 and 14 March, the operator said.", "2025-03-20",
        "11", "2025-03-11"),
    day("The ferry ran on Friday 13 June, carrying 800 people between 07:30 and 19:00.",
        "2025-06-16", "07:30", "2025-06-13T07:30", "TIME"),
    # A month as the subject of a past copula, after a reporting verb.
    span("The harbour master said March had been the deadliest month for the convoys.",
         "2025-04-09", "March", "DATE", "2025-03", "2025-03-01", "2025-03-31", "month"),
    # A clock time in a future clause belongs to the day ahead named in the sentence before,
    # across a paragraph break; not two sentences on, and not at a live page's entry stamp.
    day("Voters in the north will elect a new assembly on Sunday, the first vote since the war."
        "\n\nPolling stations will open at 7 a.m. and close at 8 p.m.", "2027-10-08", "7 a.m.",
        "2027-10-10T07:00", "TIME"),
    day("Parliament will vote on the emergency on Saturday.\n\nThe ministry will name the dead"
        " within 48 hours. A curfew from 22:00 to 05:00 will be enforced.", "2027-10-06",
        "22:00", "2027-10-06T22:00", "TIME"),
    day("09:20 - The river may peak early tomorrow, officials say.\n\n10:45 - The road to the "
        "dam will be shut, police say.", "2024-08-30", "10:45", "2024-08-30T10:45", "TIME"),
    day("The ferry sailed on Thursday, the harbour office said. The minister will speak at 8 p.m.",
        "2027-10-08", "8 p.m.", "2027-10-08T20:00", "TIME"),
    # A day without a year naming when a reported event happened lies behind, however near the
    # same day a year on; not when the event is still planned.
    day("Police are still investigating the January 3 bombing of the convoy.", "2026-12-29",
        "January 3", "2026-01-03"),
    day("The guard on duty during the Jan. 13 incident told the court he saw two men.",
        "2026-12-29", "Jan. 13", "2026-01-13"),
    day("Intelligence officers warned of the planned January 3 attack on the port.",
        "2026-12-29", "January 3", "2027-01-03"),
    # Years before 1000 keep four digits ("626" would be a decade).
    span("The monastery was founded more than 1,400 years ago, the guide said.", "2026-12-29",
         "more than 1,400 years ago", "DATE", "0626", "0626-01-01", "0626-12-31", "year"),
    # The first month of a pair takes the year of the second.
    span("Civilian casualties, January–September 2026: a data note by the monitors.",
         "2026-10-19", "January", "DATE", "2026-01", "2026-01-01", "2026-01-31", "month"),
    span("He commanded the eastern front from November to February 2026.", "2026-10-19",
         "November", "DATE", "2025-11", "2025-11-01", "2025-11-30", "month"),
    # After "since", the start of the month is not that of a day ahead named before.
    span("The next bulletin will be issued on 1 September.\n\nAt least 48 civilians have been "
         "killed since the start of the month.", "2026-08-25", "the start of the month", "DATE",
         "2026-08", "2026-08-01", "2026-08-10", "range"),
    # "as of" takes a bare clock time, also inside brackets.
    day("Flash Update No. 9 (as of 18:00 on 24 August 2026)", "2026-08-25",
        "18:00 on 24 August 2026", "2026-08-24T18:00", "TIME"),
    day("As of 8:00, 14,200 homes in the capital were still without power.", "2026-12-02",
        "8:00", "2026-12-02T08:00", "TIME"),
    # Military time with the zone letter written on.
    day("On 6 October a seismic station recorded a blast at 0214Z near the depot.", "2026-10-12",
        "0214Z", "2026-10-06T02:14", "TIME"),
    # The part of the day after a clock time settles its hour and is part of it.
    day("The minister made the announcement at 3:00 in the afternoon at the palace.",
        "2027-04-20", "3:00 in the afternoon", "2027-04-20T15:00", "TIME"),
    day("The first blast came around 2:30 in the morning, residents said.", "2027-04-20",
        "around 2:30 in the morning", "2027-04-20T02:30", "TIME"),
    # Nights across a month's end, and of two weekdays joined by "and".
    day("On the night of 30 November to 1 December, the army launched 64 drones.", "2026-12-02",
        "the night of 30 November to 1 December", "2026-11-30TNI", "TIME"),
    day("In the intervening night of Wednesday and Thursday, firing started at 9.15 pm.",
        "2026-11-21", "the intervening night of Wednesday and Thursday", "2026-11-18TNI",
        "TIME"),
    day("In the intervening night of Wednesday and Thursday, firing started at 9.15 pm.",
        "2026-11-21", "9.15 pm", "2026-11-18T21:15", "TIME"),
    # A state lasting up to a weekday looks ahead, after a reporting verb too; so does a plan.
    day("Schools will stay shut on Monday, the command said, and gatherings are banned until "
        "Tuesday evening.", "2026-07-12", "Tuesday evening", "2026-07-14TEV", "TIME"),
    day("Veterans' groups plan a march on New Year's Day and another on Sunday.", "2026-12-31",
        "Sunday", "2027-01-03"),
    # An overnight range already over in a morning report ends on the publication day; a
    # curfew just ordered runs tonight.
    day("Drones were shot down overnight, the ministry said on Friday.\n\n\"Between 23:00 and "
        "05:30, an attack on the power plant was thwarted,\" it said.", "2027-02-12", "23:00",
        "2027-02-11T23:00", "TIME"),
    day("The council has ordered a curfew from 21:00 to 05:00 in the old town.", "2024-06-11",
        "21:00", "2024-06-11T21:00", "TIME"),
    # Australian "arvo"; "the long weekend"; "within minutes"; adjectives before a unit.
    day("About 300 people rallied in the city centre on Saturday arvo.", "2027-10-05",
        "Saturday arvo", "2027-10-02TAF", "TIME"),
    span("Families drove down from the coast over the long weekend to be there.", "2027-10-05",
         "the long weekend", "DATE", "2027-W39-WE", "2027-10-02", "2027-10-03", "range"),
    bare("Interceptors were launched within minutes, the air force said.", "2026-07-12",
         "minutes", "DURATION", "PTXM"),
    bare("The tribunal sat for 97 trial days and heard 64 witnesses.", "2026-06-02",
         "97 trial days", "DURATION", "P97D"),
    bare("Strikes on the capital killed 31 people in a single week.", "2026-06-02",
         "a single week", "DURATION", "P1W"),
    # "every quarter" as "quarterly".
    bare("The monitors publish their casualty figures every quarter.", "2026-06-02",
         "every quarter", "SET", "P3M"),
    # A year after "from" whatever follows it; a month heading a chronology's entry.
    span("Imagery from 2024 shows 16 tanks at the depot.", "2026-10-12", "2024", "DATE", "2024",
         "2024-01-01", "2024-12-31", "year"),
    span("April 12 - Talks opened in Geneva.\nMay - Missile strikes on the capital kill 31 people.",
         "2026-10-12", "May", "DATE", "2026-05", "2026-05-01", "2026-05-31", "month"),
    # An explainer's question heading gives its day to the clock times answering it, until the
    # next question.
    day("A truce came into force this morning.\n\nWhat happened on Saturday?\nFighters attacked "
        "the port at about 4:20 a.m. local time.", "2026-05-10", "about 4:20 a.m. local time",
        "2026-05-09T04:20", "TIME"),
    day("What happened on Saturday?\nFighters attacked the port.\n\nWhat happens next?\nTalks "
        "resume at 10:00, mediators said.", "2026-05-10", "10:00", "2026-05-10T10:00", "TIME"),
    # "the year" sums up the year of publication, not one ahead named in another tense; "the
    # year 2007" is that year.
    span("The newsletter looks ahead to what 2027 may bring. For the year as a whole, the "
         "mission recorded 1,204 violations.", "2026-12-31", "the year", "DATE", "2026",
         "2026-01-01", "2026-12-31", "year"),
    span("The plan sets aside 2.6 billion dollars for the year 2027 alone.", "2025-11-19",
         "the year 2027", "DATE", "2027", "2027-01-01", "2027-12-31", "year"),
    # A possessive weekday before a noun of what has been done stays past after a verb looking
    # ahead.
    day("Lawyers for the detainees said they would look for ways around Wednesday's ruling.",
        "2026-01-09", "Wednesday", "2026-01-07"),
    # "that <month>" after a season of an earlier year is in that year; a month named in
    # passing sets no year for a later day.
    span("He was recalled as chief negotiator in the spring of 2023. The truce he signed that "
         "August has held since.", "2027-01-04", "August", "DATE", "2023-08", "2023-08-01",
         "2023-08-31", "month"),
    span("The memoir opens in the summer of 2019. The war had begun that February.",
         "2026-06-12", "February", "DATE", "2019-02", "2019-02-01", "2019-02-28", "month"),
    day("The sanctions, first imposed in March 2024, had been due to lapse on March 15.",
        "2026-02-27", "March 15", "2026-03-15"),
    # A channel digest's bracketed day.month stamps, and "tonight"/"tomorrow" in their posts.
    day("[11.03 22:30] The depot fire is still burning. Crews hope to contain it tonight.",
        "2027-03-12", "11.03 22:30", "2027-03-11T22:30", "TIME"),
    day("[11.03 22:30] The depot fire is still burning. Crews hope to contain it tonight.",
        "2027-03-12", "tonight", "2027-03-11TNI", "TIME"),
    # A tracker's lines headed by a weekday and a day of the month; a clock range with a dash.
    day("Violations logged, day by day:\nMon 14: 3 (small-arms fire)\nTue 15: 11 (worst hour "
        "21:00-22:00)", "2027-06-20", "Tue 15", "2027-06-15"),
    day("Violations logged, day by day:\nMon 14: 3 (small-arms fire)\nTue 15: 11 (worst hour "
        "21:00-22:00)", "2027-06-20", "22:00", "2027-06-15T22:00", "TIME"),
    # A two-digit 24-hour time right after a word; spoken clock times.
    day("Convoy A-31: departed Varn 05:30, ETA Brenna 14:00.", "2026-12-29", "14:00",
        "2026-12-29T14:00", "TIME"),
    day("The first bus today leaves at eight this morning, the second at four this afternoon.",
        "2027-02-13", "four this afternoon", "2027-02-13T16:00", "TIME"),
    day("Good morning. It's seven o'clock and these are the headlines.", "2027-02-13",
        "seven o'clock", "2027-02-13T07:00", "TIME"),
    # "this day last year", "this day in 1995"; ordinal words before "of" and a month.
    day("On this day last year, engineers reopened the bridge.", "2026-11-19",
        "this day last year", "2025-11-19"),
    day("On this day in 1995, the siege of the lake town ended.", "2027-08-24",
        "this day in 1995", "1995-08-24"),
    day("The curfew, in force since the ninth of January, has been extended.", "2027-02-13",
        "the ninth of January", "2027-01-09"),
    # An extension's end lies ahead, not in the month last named.
    span("The curfew, in force since the ninth of January, has been extended to the end of the "
         "month.", "2027-02-13", "the end of the month", "DATE", "2027-02", "2027-02-21",
         "2027-02-28", "range"),
    # A feed's header line stamps the paragraph under it; a weekday in a post counts from the
    # post's day, as its "today" does.
    day("ALERT 117 | 01.01.2027 17:30 | SEVERE\nStorm warning for the coast. Ferries are "
        "cancelled today and tomorrow.\n\nALERT 118 | 02.01.2027 07:55 | MODERATE\nPower is back.",
        "2027-01-02", "today", "2027-01-01"),
    day("ALERT 115 | 31.12.2026 23:02 | SEVERE\nAll clear. The curfew is in force from 23:30 "
        "tonight until 06:00 Friday.", "2027-01-02", "06:00 Friday", "2027-01-01T06:00", "TIME"),
    # A diary's first dated heading below an introduction heads a section, however near the
    # top.
    day("Harl was encircled on 14 May; the surgeon began a diary two days later.\n\nMonday 3 "
        "August\nThe shelling started again at 05:40.", "2026-08-15", "05:40",
        "2026-08-03T05:40", "TIME"),
    # "the evening of 14 March 2025": that part of that day, one TIME.
    day("Prosecutors say that on the evening of 14 March 2025 he stopped a minibus.",
        "2027-04-21", "the evening of 14 March 2025", "2025-03-14TEV", "TIME"),
    # "June of that year"; "the night of 3 to 4 August last year" and the times after it.
    span("The war began in February 2022. In June of that year rebels took the airport.",
         "2027-01-04", "June of that year", "DATE", "2022-06", "2022-06-01", "2022-06-30",
         "month"),
    day("The attack on the night of 3 to 4 August last year was approved by a general. The first "
        "missile hit at 00:47.", "2026-10-13", "00:47", "2025-08-04T00:47", "TIME"),
    # Minutes counted from a clock time on a stated day; a promise to act by a deadline looks
    # ahead, but a passed deadline stays the near one.
    day("A hospital was hit at about 0340 GMT on Sunday, and a second strike followed twenty "
        "minutes later.", "2027-09-06", "twenty minutes later", "2027-09-05T04:00", "TIME"),
    day("Both sides had agreed to exchange lists of prisoners by Friday, the mediator said.",
        "2027-09-14", "Friday", "2027-09-17"),
    day("The parties pledged to issue the constitution by Nov. 21, which has not happened yet.",
        "2026-11-24", "Nov. 21", "2026-11-21"),
    # Earnings copy: "the year-ago third quarter" is that quarter a year back.
    span("The shipping line earned $22 million in the year-ago third quarter.", "2026-10-30",
         "third quarter", "DATE", "2025-Q3", "2025-07-01", "2025-09-30", "quarter"),
    # Abbreviated units.
    bare("Convoy A-32 was held at the checkpoint and delayed 6 hrs.", "2026-12-29", "6 hrs",
         "DURATION", "PT6H"),
    # A range of months starts before it ends; "a year ago this week" keeps the week's number;
    # "two weekends ago"; "at weekends".
    span("The report covers detentions between January and October.", "2025-12-04", "January",
         "DATE", "2025-01", "2025-01-01", "2025-01-31", "month"),
    span("A year ago this week, the dam on the upper river broke.", "2025-05-12",
         "A year ago this week", "DATE", "2024-W20", "2024-05-13", "2024-05-19", "week"),
    span("Militia fighters raided the farm two weekends ago, villagers said.", "2025-05-12",
         "two weekends ago", "DATE", "2025-W18-WE", "2025-05-03", "2025-05-04", "range"),
    bare("She works in a cafe at weekends to support her mother.", "2025-05-12", "weekends",
         "SET", "XXXX-WXX-WE"),
    # A day ahead that starts a range is no day a later clock time is on.
    day("Drier weather is expected from Thursday.\n\nOur next bulletin will be at 22:30.",
        "2028-08-28", "22:30", "2028-08-28T22:30", "TIME"),
    # After "since" a season lies behind, whatever verb is near.
    span("The delegations will meet on January 20, the fourth round since the spring.",
         "2028-01-09", "the spring", "DATE", "2027-SP", "2027-03-01", "2027-05-31", "range"),
    # A bare plural unit set against the one before it.
    bare("Officials said repairs could take weeks, not months.", "2026-03-10", "months",
         "DURATION", "PXM"),
    # Thousands grouped with commas.
    bare("The siege of the river port has now lasted 1,200 days.", "2025-06-11", "1,200 days",
         "DURATION", "P1200D"),
    bare("Residents marked the 1,000-day siege with a vigil.", "2025-06-11", "1,000-day",
         "DURATION", "P1000D"),
    # "the new year": the coming one from July on, else (or after "since") the current one.
    span("Diplomats expect a prisoner exchange in the new year.", "2027-10-08", "the new year",
         "DATE", "2028", "2028-01-01", "2028-12-31", "year"),
    span("Since the new year, 40 civilians have died in the shelling.", "2027-02-08",
         "the new year", "DATE", "2027", "2027-01-01", "2027-12-31", "year"),
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
    # A hedge is inside the extent, and its mod says how the length is meant.
    ("The convoy waited at the checkpoint for about three hours.", "about three hours",
     "APPROX"),
    ("Sirens sounded across the city for just over an hour.", "just over an hour", "MORE_THAN"),
    ("The rebels seized the dam about two years ago, officials said.", "about two years ago",
     "APPROX"),
]


@pytest.mark.parametrize(("sentence", "phrase", "mod"), MOD_ROWS)
def test_mod(sentence: str, phrase: str, mod: str) -> None:
    assert _found(tag(sentence, date(2023, 5, 5)), sentence, (phrase,)).mod == mod


# Traps: the [bracketed] words must not fall inside any tagged span. Other, real expressions in
# the same sentence may be tagged.
NEGATIVE_ROWS = [
    "The talks opened in [the same month] the siege of Orlec was lifted.",
    "At [the end of the day], the minister said, it is a political decision.",
    "The family stepped off the [overnight] bus from Dunmere on 14 July.",
    "The fund was [a quarter] of what the city alone needs, the opposition said.",
    "The vice president said Tuesday [that] Sunday's elections will go ahead.",
    "He reported on [the fall] of Kabul for a German paper.",
    "[This time] the army did not wait for orders.",
    "Prices rose again after [a fall] in May.",
    "The second convoy was turned back at [the last minute], a driver said.",
    "The drone came down on Thursday [next] to the fuel depot, the governor said.",
    "It was [almost] midnight when the last convoy left the city.",
    "Starting from [the 18th] spot, the skier lost a ski.",
    "His putt on [the 18th] green secured a half.",
    "Volunteers from the [March] of Dimes delivered blankets.",
    "Rockets hit the town, most [recently] at about 9:30 p.m. Monday.",
    "Lanterns were lit for the [Mid-Autumn] Festival.",
    "He lowered the junior steeplechase record to [7:58].66 in 2001.",
    "England had the home side on 84 for [five] in the morning session.",
    "The Sadran opposition [weekly] Al-Fajr said the talks had failed.",
    "The talks collapsed, the regional [daily] Stuttgarter Zeitung reported.",
    "Quote of [the week]: we will not count the days any more.",
    "Members of the [March 8] Volunteer Battalion rest in a trench.",
    "The shelling killed [four] in the morning raid on the market.",
    "Others were captured as [recently] as June.",
    "The medic was sent two weeks [back] to the front.",
    "[MARCH] ON THE CAPITAL, SAY PROTEST LEADERS",
    "TROOPS [MAY] WITHDRAW BEFORE TALKS",
    "Signatories of the [March 3] Agreement met in Geneva.",
    "The ceasefire is expected to [last] two weeks, mediators said.",
    "The index fell 0.4 percent on Thursday to [17],707.61 points.",
    "The striker was named player of [the year] by the federation.",
    "Ministers from the [March 14] Forces walked out of the cabinet.",
    "Members of the [April 6] Youth Movement rallied in [26 July] Square.",
    # A capitalised number-unit adjective before a capitalised noun names a war or a raid.
    "Veterans of the [Five-Day] War laid wreaths at the border post.",
    "Survivors of the [Twelve-Day] Siege met in the old town.",
    "The brigade held the bridge into [week 10] of the siege, its commander said.",
    "Epidemiological week 14 brought 90 cases. In [week 6] of the war the wards were empty.",
    "The home side won 3-[1] April's derby, the league said.",
    "[Nineteen] soldiers were wounded in the attack, the army said.",
    "[Twenty]-two soldiers and [twenty] nine civilians were evacuated, the army said.",
    "Some [twenty] thirty-year-old reservists were called up, the ministry said.",
    "On May 3 and [5] others were wounded, the governor said.",
    "The home side won [3]-[1] on May 3, the league said.",
    '"[We] will not give up a single metre," the commander said on Friday.',
    "[We] are ready for talks, the foreign minister told reporters.",
    "The split narrowed 3:10 to [2]:[45] after the first lap.",
    "The motion passed [2010]-[2008] after a recount, the speaker said.",
    "Kovac scored twice in [the] [second] [half] as the home side won 3-1.",
    "Two shells fell near the [Friday] Mosque in the old town, witnesses said.",
    "Morale sagged in [week] [10] of the siege, a soldier wrote.",
    "An editorial in Tarvos [Today] called for talks.",
    "Soldiers of [the] [2nd] and 5th Corps crossed the river.",
    "The agency puts the real figure at [a] [quarter] more.",
    "Nobody can say what [the] [future] of the province will be.",
    "Witnesses heard the blast at the [moment] of impact.",
    "The visitors led 14-7 at the end of [the] [first] [quarter].",
    "The sirens stopped at [a] [quarter] to six, residents said.",
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
    # Four-digit numbers among bare numbers are no years; nor is one outside 1800..P+30 alone.
    "The winning numbers were 3391 [1606] 1773 2045 8812.",
    "The winning numbers were 3391 1606 1773 [2045] 8812.",
    "The serial on the shell casing read 0042 7719 [2008] 5531.",
    "Wounded soldiers were taken to ward [1773] of the military hospital.",
    "The unit's radio call sign was Kestrel [2071].",
    # Ages, fractions and words that only order two facts are no times.
    "Colonel Hrytsenko, [52 years] old, led the brigade into the town.",
    "Men [60 years] old or older may leave the country, the border guard said.",
    "The prisoner, [37 years] of age, was exchanged on the bridge.",
    "A [44-year]-old volunteer was killed by shrapnel near the station.",
    "Rescuers pulled a [two-year] old girl from the rubble.",
    "The rebels control about [three-quarters] of the province.",
    "The ruling party won [a quarter] of the vote in the occupied areas.",
    "Shelling has destroyed [more than a quarter] of the housing stock.",
    "[A quarter] of 1,000 conscripts deserted, the report said.",
    "The army had [previously] denied striking the market.",
    "[Previously], the crossing was open to trucks carrying grain.",
    "The bridge, [formerly] a rail link, was blown up overnight.",
    "The Israeli [daily] Haaretz reported the raid.",
    "The [daily] said the convoy had been turned back at the border.",
    "Gusts of 90 kilometres per [hour] tore tents from the camp.",
    "Peace in the valley will not come [overnight], the envoy warned.",
    "The central bank left its [overnight] rate unchanged on Thursday.",
    "Rebels shelled the port on Tuesday and withdrew [overnight], the army said.",
    "Shelling resumed at [dawn], residents said.",
    "The [daily] quoting army sources said the bridge was mined.",
    "The arms maker raised its [quarterly] dividend after record orders.",
    "The Communist Party [daily] Granma printed the letter in full.",
    # "soon" next to a past-tense verb: shortly after a past event, no FUTURE_REF.
    "The wounded pilot was [soon] released from the hospital in Lviv.",
    "The trickle of refugees [soon] became a flood, aid workers said.",
    "Drones struck the capital in the early [hours] of Thursday, the mayor said.",
    'The foreign minister told ABC\'s "[This Week]" that the talks had failed.',
    # Counted from the date that follows, not from a day named earlier.
    "Troops left the village on May 3. The mayor met the envoy [the day before] last "
    "Tuesday's vote.",
    # A quarter of a place or an amount is a share, not three months.
    "Separatists hold about [a quarter] of Ukraine's territory, the ministry said.",
    "Grain exports through the port have fallen by [a quarter] since the blockade began.",
    # A season word that names no season.
    "The village draws its water from a [spring] above the church.",
    "Flights are cut during the [Spring] Festival, when millions travel home.",
    # "Sun." and "Mon." ending a sentence are names, not days.
    "The defence minister gave an interview to the [Sun.] Talks resume on Friday.",
    "Refugees from [Mon] State crossed the river on foot.",
    "The plant will make [H2] from seawater. It opened in H1 2024.",
    "The river has cut the gorge over [1000s] of years, geologists say.",
    "Former prime minister Theresa [May] was in Kyiv for talks, her office said.",
    "Engineers cleared [1,000] mines from the fields.",
    "The regiment fielded the Model [1200Z] rifle for the first time.",
    "The clerk read out [the minutes] of the last council meeting.",
    "Exports grew by [11.03] percent in the second quarter.",
    "It's [seven o'clock] and these are the headlines.",
    "[The fifth of] the wounded was flown to the capital.",
    "The column looks back at three anniversaries [that fall] this week.",
    "[The first half] of the book covers the siege.",
    "[The week] at a glance: a quieter front and a new ceasefire proposal.",
    "Numbers of [the week]: three civilians killed, 19 detainees freed.",
    "The Council adopted resolution 2817 ([2026]) unanimously.",
    "The Brief comes out a day early because of [the New Year] holiday.",
    "The ministry approved [the new year]'s budget for the army.",
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
