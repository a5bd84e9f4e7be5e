import pytest

from timeline.ingest.boilerplate import blank_boilerplate, boilerplate_spans

REAL = "Troops shelled the river crossing on Saturday, the regional governor said."


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Sign up for our Morning Front newsletter", "newsletter"),
        ("Subscribe to get the daily war briefing", "newsletter"),
        ("Get the latest updates delivered to your inbox", "newsletter"),
        ("Thanks for contacting us. We've received your submission.", "form-notice"),
        ("Thank you for signing up!", "form-notice"),
        ("ALSO READ | Drone debris falls on suburb, officials say", "related-link"),
        ("Read more: How the front line moved this spring", "related-link"),
        ("Related: Talks on grain corridor stall", "related-link"),
        ("WATCH DAILY FRONT LIVE HERE", "watch-live"),
        ("Disclaimer: Claims by both sides could not be independently verified.", "disclaimer"),
        ("(With inputs from agencies)", "agency-credit"),
        ("With files from Reuters", "agency-credit"),
        ("With Post wires", "wire-credit"),
        ("With AP and Reuters wires", "wire-credit"),
        ("— With wire services", "wire-credit"),
        ("Reporting by Ana Petrova in Kyiv; Editing by John Smith", "staff-credit"),
        ("(Additional reporting by Lee Chan)", "staff-credit"),
        ("Follow us on Telegram for live updates", "share-prompt"),
        ("Share this article", "share-prompt"),
        ("Click here to read the full statement", "share-prompt"),
        ("(Photo by Ivan Marsh/AFP via Getty Images)", "photo-credit"),
        ("Photo: Defence ministry press office", "photo-credit"),
        ("Image credit: Handout", "photo-credit"),
        ("File photo shows the bridge before the strike", "photo-credit"),
        ("Advertisement", "advertisement"),
        ("Story continues below advertisement", "advertisement"),
        ("© 2023 Example Media Group", "copyright"),
        ("Copyright 2023 The Wire Service", "copyright"),
        ("Example Media. All rights reserved.", "copyright"),
        ("Ivan Marsh/AFP via Getty Images", "photo-credit"),
        ("REUTERS/Dana Lowe", "photo-credit"),
        ("By Mara Ellison, Defence Correspondent", "byline"),
        ("By Ana Petrova and Tom Hale", "byline"),
        ("Updated 3 hours ago", "dateline"),
        ("Published on Monday, 14:05 GMT", "dateline"),
        ("Last updated: 12 May 2023", "dateline"),
        ("Listen to this article", "reading-aid"),
        ("4 min read", "reading-aid"),
    ],
)
def test_furniture_lines_are_blanked_by_rule(line: str, rule: str) -> None:
    body = f"{REAL}\n{line}\n{REAL}\n"
    assert [(body[s:e], name) for s, e, name in boilerplate_spans(body)] == [(line, rule)]
    blanked = blank_boilerplate(body)
    assert blanked == f"{REAL}\n{' ' * len(line)}\n{REAL}\n"


@pytest.mark.parametrize(
    "line",
    [
        REAL,
        "Subscribers to the channel said the video was filmed on Monday near the front.",
        "The regiment said it would follow the river south and watch for drones.",
        "Photographs published by the army on Friday showed the destroyed bridge.",
        "Related fighting was reported near the border village on Sunday.",
        "The brigade, with Western weapons, pushed forward on Thursday.",
        "Reporters by the roadside saw columns of smoke rising over the town on Friday.",
        "Copyrighted footage was shared by both sides, the agency said.",
        "By Friday, the brigade had pulled back to the river.",
        "By the time the convoy arrived, the bridge was gone.",
        "Posted on social media, the video showed tanks crossing the field near the border.",
        "Published figures show 3,000 people left the city in March.",
        "Updated casualty figures released on Monday showed the toll had risen sharply "
        + "across the three districts hit by the overnight barrage.",
        "Sign language interpreters joined the evacuation teams, "
        + "the city said on Monday, adding that dozens of deaf residents were moved to shelters "
        + "in the west of the region over the past week as the shelling grew heavier.",
    ],
)
def test_article_sentences_stay(line: str) -> None:
    body = f"{line}\n"
    assert blank_boilerplate(body) == body


def test_widget_closed_by_cross_keeps_the_text_after_it() -> None:
    body = 'ALSO WATCH | Strikes on the port continue × "We will rebuild," the mayor said.\n'
    blanked = blank_boilerplate(body)
    assert blanked.strip() == '"We will rebuild," the mayor said.'
    assert len(blanked) == len(body)


def test_inline_credits_inside_a_paragraph() -> None:
    body = (
        "The depot burned for hours (Photo by Kim Ode/Reuters) before crews arrived. "
        "Officials confirmed two deaths. (Reporting by Ana Petrova; Editing by Tom Hale)\n"
    )
    assert " ".join(blank_boilerplate(body).split()) == (
        "The depot burned for hours before crews arrived. Officials confirmed two deaths."
    )


def test_long_paragraph_starting_like_a_notice_is_text() -> None:
    long = "Subscribe " + "the ministry said shelling continued along the front. " * 6
    assert blank_boilerplate(long) == long
