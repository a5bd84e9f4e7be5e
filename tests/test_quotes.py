"""The day a quotation was said, read from its attribution (timeline.temporal.quotes)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal.quotes import QuoteIndex

THURSDAY = date(2027, 7, 29)


@pytest.mark.parametrize(
    ("text", "inside", "said"),
    [
        # attribution after the quotation, with "on" and without
        ('"Yesterday they hit the filters," he said in a telephone interview on Monday.',
         "Yesterday", date(2027, 7, 26)),
        ('"We will strike again tomorrow," the spokesman told state television Tuesday evening.',
         "tomorrow", date(2027, 7, 27)),
        # before it, in its sentence, over another quotation
        ('Speaking on television on Monday, the minister said the troops left "in good order" and'
         ' struck the ford "this morning".', "this morning", date(2027, 7, 26)),
        ('The envoy said on Wednesday that he had visited the plant "the day before yesterday".',
         "the day before", date(2027, 7, 28)),
        # the sentence before one the quotation opens, and a second quotation of that speaker
        ('The spokesman told state television on Tuesday that guns fired from the plant. "We'
         ' struck it on Sunday," he said. "We will strike it again tomorrow."', "again tomorrow",
         date(2027, 7, 27)),
        # a line under the quotation; a dated statement
        ('"Yesterday was the worst day since the winter."\n- The mayor, Edvin Sarr, on Tuesday.',
         "Yesterday", date(2027, 7, 27)),
        ('In a statement dated 9 May, the ministry said its aircraft had "yesterday evening'
         ' destroyed the command post".', "yesterday evening", date(2027, 5, 9)),
        # a day in a clause of its own after the speaker is not the day of the words
        ('"The hospital will still be there next week," said Dr Morel, who returned from Merrin'
         ' on Sunday.', "next week", None),
        # a speech quoted over paragraphs, each opened and the last closed, after the paragraph
        # that dates it
        ('The general recorded an address that the army released late on Monday.\n\n"Soldiers,'
         ' I speak to you from the ford.\n\n"Yesterday the enemy tried again and failed."',
         "Yesterday", date(2027, 7, 26)),
        # the day of what is reported, not of the words
        ('Hill said he will meet the envoy in Beijing on Monday.\n\n"I will meet him tomorrow,"'
         " Hill told reporters.", "tomorrow", None),
        ("The negotiator said both sides would exchange lists by Friday.\n\n\"Tonight people can"
         ' sleep," he told reporters.', "Tonight", None),
        # no day other than publication, or no attribution with a day: None
        ('"In a week we may have no water," Sarr said on Thursday.', "In a week", None),
        ('"I have been here since five this morning," said Olga Renn, 64.', "five", None),
        ('The city was shelled on Monday. "Today is quiet," a resident said.', "Today", None),
        # a quotation inside a sentence of its own is not attributed by the one before
        ('Officials said on Monday that the plant was hit. Water is "rationed today".', "today",
         None),
        ("Residents said on Monday that the plant was hit today.", "today", None),
    ],
)  # fmt: skip
def test_said_on(text: str, inside: str, said: date | None) -> None:
    assert QuoteIndex(text, THURSDAY).said_on(text.index(inside)) == said


def test_unclosed_quotation_ends_with_its_paragraph() -> None:
    text = 'He said on Monday: "We will hold.\n\nToday the ferry runs," said the captain.'
    assert QuoteIndex(text, THURSDAY).said_on(text.index("Today")) is None
