"""Compare sentence segmenters on hand-labelled news text: accuracy and speed.

Run: .venv/bin/python bench/segment.py [--silver DIR]

Accuracy: each gold document is a list of sentences; the text is their concatenation (a sentence
that starts with whitespace brings its own separator, otherwise one space; text before "⟩" is a
bullet or heading mark that belongs to no sentence). A predicted sentence
counts when its stripped span equals a gold sentence's span; we report precision, recall and F1
over sentences, and the share of documents split exactly right.
Speed: characters per second over the gold documents repeated to about 2 MB and, when the
TempEval-3 silver corpus is present, over its texts with markup blanked to spaces (as ingest
does).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline.segment import split_sentences

Spans = list[tuple[int, int]]
MARK_END = "⟩"

GOLD: list[list[str]] = [
    [
        "KYIV, May 5 (Reuters) -",
        "Russian forces shelled the southern city of Kherson on Friday, killing two people, "
        "the regional governor said.",
        "Ukraine's air force said it shot down 18 of 24 drones overnight.",
    ],
    [
        "WASHINGTON (AP) —",
        "The U.S. will send another $300 million in military aid to Ukraine, the Pentagon said "
        "on Wednesday.",
        "The package includes artillery rounds and air-defence missiles.",
    ],
    [
        "Lt. Col. Andriy Kovalenko told reporters the unit had held its positions.",
        "Gen. Valery Gerasimov did not comment.",
        "Maj. Gen. Ivan Popov was later dismissed, according to a Russian lawmaker.",
    ],
    [
        "The attack began at 4 a.m. local time and lasted about two hours.",
        "By 7 p.m. Monday the fires had been put out.",
        "Residents said the sirens sounded at 3:15 a.m.",
        "The first blast came minutes later.",
    ],
    [
        '"We will not give up a single metre," the commander said.',
        '"Our men are exhausted, but they are holding."',
        "He asked for more ammunition.",
    ],
    [
        '"Is anyone listening to us?" he asked in the video.',
        '"Where are the shells?" the fighters shouted.',
        "The clip was posted late on Thursday.",
    ],
    [
        "The drone hit an apartment block on Jan. 14, killing 46 people.",
        "Rescue work ended on Jan. 17.",
        "Investigators said a Kh-22 missile was used.",
    ],
    [
        "The U.N. Security Council met in New York on Monday.",
        "Diplomats said the U.S. and the U.K. pressed for a vote.",
        "Russia vetoed the draft resolution.",
    ],
    [
        "Inflation rose to 3.5% in April from 2.9% in March.",
        "The central bank raised its key rate by 0.75 percentage points.",
        "Analysts had expected a smaller increase.",
    ],
    [
        "The grain corridor deal was signed in Istanbul in July 2022.",
        "More than 32.9 million tonnes of food left Ukrainian ports under it.",
        "Moscow quit the deal a year later.",
    ],
    [
        "Fighting in Bakhmut",
        "\nRussian troops pushed into the western districts of the city, a Ukrainian officer said.",
        "\nHe spoke on condition of anonymity.",
    ],
    [
        "Key points:",
        "\n- ⟩Two people were killed in Kherson",
        "\n- ⟩A power plant was damaged in Kharkiv",
        "\n- ⟩Ukraine says it downed 18 drones",
    ],
    [
        "The following towns were hit:",
        "\n1. ⟩Orikhiv, where a school was damaged.",
        "\n2. ⟩Huliaipole, where two houses burned.",
        "\n3. ⟩Vuhledar.",
    ],
    [
        "# ⟩Overnight strikes",
        "\n\nMissiles struck Odesa early on Sunday.",
        "The port's grain terminal was damaged.",
        "\n\n# ⟩Diplomacy",
        "\n\nThe foreign ministers met in Brussels.",
    ],
    [
        "The mayor of St. Petersburg said the blast was caused by a gas leak.",
        "Police in Mt. Vernon are investigating.",
        "No one was hurt.",
    ],
    [
        "The company, Rheinmetall AG, said output at its No. 2 plant would double.",
        "Deliveries start in Q3.",
        "Its shares rose 4.1 percent.",
    ],
    [
        "George W. Bush visited Kyiv in 2008.",
        "J. Robert Oppenheimer is quoted in the exhibition.",
        "The show runs until Sept. 30.",
    ],
    [
        "The weapons were supplied by the U.S.",
        "The shipment arrived in Poland last week.",
        "Officials declined to give details.",
    ],
    [
        "Wagner chief Yevgeny Prigozhin said his men would leave Bakhmut.",
        '"We are pulling out," he said.',
        '"The ministry has left us without shells."',
        "The ministry did not respond.",
    ],
    [
        "Share this article",
        "\n\n\n      \n   \nThe ministry said a second wave of drones was intercepted near Kyiv.",
        "\n      \n\nAdvertisement",
        "\n\nDebris fell on a kindergarten.",
    ],
    [
        "Ukrainian officials say the counteroffensive has begun...",
        "Moscow says it has been repelled.",
        "Neither claim could be verified.",
    ],
    [
        "Zelenskiy thanked Mr. Biden for the support.",
        "Mrs. Zelenska met Dr. Tedros in Geneva.",
        "Sen. Lindsey Graham said more aid would follow.",
    ],
    [
        "The vote was 52-48.",
        "Lawmakers then adjourned until Tuesday.",
    ],
    [
        "Reuters could not independently verify the reports.",
        "The Kremlin declined to comment!",
        "Why now?",
        "Analysts say the timing is linked to the summit.",
    ],
    [
        "MOSCOW, March 2 —",
        "Russia's defence ministry said on Thursday its forces had taken the village of "
        "Krasna Hora, north of Bakhmut.",
        "Ukraine denied the claim.",
    ],
    [
        "Troops crossed the Dnipro near Kherson (the reports were not confirmed).",
        "Ukraine's southern command urged patience.",
        "(Reporting by Pavel Polityuk; Editing by Jane Doe)",
    ],
    [
        "The E.U. agreed a tenth package of sanctions on Feb. 24, the anniversary of the invasion.",
        "It targets Iranian drone makers, among others.",
    ],
    [
        "The last shells fell at around 11 p.m.",
        "Firefighters then reached the site.",
    ],
    [
        "Russia's Wagner Group said it had captured the town hall.",
        "Ukraine's military said fighting continued in the centre.",
        "\n\nALSO READ | Wagner chief threatens to quit Bakhmut",
        "\n\nThe battle has lasted since last summer.",
    ],
    [
        "The 3rd Assault Brigade said on Telegram that it had advanced 2 km.",
        "That could not be confirmed.",
        "In Kherson, 1,200 people were evacuated.",
    ],
    [
        "Wagner chief says troops are abandoning flanks",
        "\nSign up for our newsletter.",
        "\nThe mercenary leader again attacked the army's top brass on Thursday, saying "
        "regular units had fallen back near the city.",
    ],
    [
        "The convoy left at 6 a.m. Kyiv time and reached the front at 9 a.m. GMT.",
        "The strike came at 10 p.m. Sunday.",
        "Ten people died.",
    ],
    [
        "Pres. Macron and Chancellor Scholz spoke by phone.",
        "The two leaders agreed to meet in Paris.",
        "A joint statement followed.",
    ],
    [
        '"The city is ours," he said in a recording released on Saturday.',
        '"Let them come and see."',
        'Kyiv called the claim "fiction."',
        "Fighting continued.",
    ],
    [
        "LONDON, Dec. 12 (Reuters) -",
        "Britain will supply long-range missiles, Defence Secretary Ben Wallace said on Tuesday.",
        "He gave no timeline.",
    ],
    [
        "The strike killed 12 people, including two children.",
        "Another 64 were wounded, officials said.",
        "It was the deadliest attack on the city since Oct. 10.",
    ],
]


# Written after the rules above were settled and scored once before any change: a check on how
# far the rules generalise beyond the cases they were written for.
HELD_OUT: list[list[str]] = [
    [
        "ZAPORIZHZHIA, Ukraine, Oct. 6 (AP) —",
        "A missile hit a crowded cafe in the village, killing at least 50 people.",
    ],
    [
        "The U.K.-based monitor said 12 people died.",
        "Ex-Pres. Dmitry Medvedev warned of escalation.",
        "Sgt. Maj. Olena Kovalchuk survived the blast.",
    ],
    [
        "Attacks rose 12.5% in Q1.",
        "Analysts had expected more.",
    ],
    [
        '"It\'s over," she said.',
        '"We\'re leaving tonight."',
        "Then she left.",
    ],
    [
        "Approx. 40 people were evacuated.",
        "The agency cited Col. Gen. Oleksandr Syrskyi.",
    ],
    [
        "Shelling hit the No. 4 reactor's cooling pond, IAEA chief Rafael Grossi said.",
        "He said the plant was safe ... for now.",
    ],
    [
        "Overnight figures:",
        "\n• ⟩Drones downed: 29",
        "\n• ⟩Missiles downed: 15",
    ],
    [
        "The alert began at 0735 GMT.",
        "It ended at 0900 GMT.",
        "Lavrov met Wang Yi in Moscow on Nov. 3.",
        "They discussed Ukraine.",
    ],
    [
        "Russia fired 18 missiles, i.e. more than in any week since March.",
        "Kyiv (Kiev) was hit twice.",
        "The U.S. Department of Defense said it was assessing the damage.",
    ],
    [
        "What happens next?",
        "Nobody in Kyiv knows, officials admit.",
        '"Wait and see," one told us!',
        "Talks resume Monday.",
    ],
]


def gold_text_and_spans(sentences: Sequence[str]) -> tuple[str, Spans]:
    parts: list[str] = []
    spans: Spans = []
    offset = 0
    for index, sentence in enumerate(sentences):
        piece = sentence if index == 0 or sentence[:1].isspace() else " " + sentence
        marker, _, _ = piece.rpartition(MARK_END)
        piece = piece.replace(MARK_END, "")
        lead = len(marker) if marker else len(piece) - len(piece.lstrip())
        spans.append((offset + lead, offset + len(piece.rstrip())))
        parts.append(piece)
        offset += len(piece)
    return "".join(parts), spans


def ours(text: str) -> Spans:
    return [(sentence.start, sentence.end) for sentence in split_sentences(text)]


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def pysbd_segmenter() -> Callable[[str], Spans]:
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)

    def run(text: str) -> Spans:
        return [strip_span(text, span.start, span.end) for span in segmenter.segment(text)]

    return run


def syntok_segmenter() -> Callable[[str], Spans]:
    from syntok import segmenter

    def run(text: str) -> Spans:
        spans: Spans = []
        for paragraph in segmenter.analyze(text):
            for sentence in paragraph:
                last = sentence[-1]
                spans.append((sentence[0].offset, last.offset + len(last.value)))
        return spans

    return run


def blingfire_segmenter() -> Callable[[str], Spans]:
    import blingfire

    def run(text: str) -> Spans:
        _, offsets = blingfire.text_to_sentences_and_offsets(text)
        return [strip_span(text, start, end) for start, end in offsets]

    return run


def accuracy(
    segment: Callable[[str], Spans], documents: list[list[str]]
) -> tuple[float, float, float, float, int]:
    true_positive = predicted = gold_total = exact_docs = 0
    for sentences in documents:
        text, gold = gold_text_and_spans(sentences)
        found = segment(text)
        hits = len(set(found) & set(gold))
        true_positive += hits
        predicted += len(found)
        gold_total += len(gold)
        exact_docs += found == gold
    precision = true_positive / predicted if predicted else 0.0
    recall = true_positive / gold_total
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, exact_docs / len(documents), gold_total


def speed(segment: Callable[[str], Spans], texts: Sequence[str], rounds: int = 3) -> float:
    """Best of `rounds` timings: the machine is shared, the best run is the least disturbed."""
    total = sum(len(text) for text in texts)
    best = float("inf")
    for _ in range(rounds):
        began = time.perf_counter()
        for text in texts:
            segment(text)
        best = min(best, time.perf_counter() - began)
    return total / best


_MARKUP = re.compile(r"<[^>]*>")


def silver_texts(folder: Path, limit: int) -> list[str]:
    """TimeML files with markup blanked to spaces (same length), as ingest does."""
    texts = []
    for path in sorted(folder.glob("*.tml"))[:limit]:
        raw = path.read_text(encoding="utf-8")
        texts.append(_MARKUP.sub(lambda tag: " " * len(tag.group()), raw))
    return texts


def report_errors(segment: Callable[[str], Spans]) -> None:
    for sentences in GOLD + HELD_OUT:
        text, gold = gold_text_and_spans(sentences)
        found = segment(text)
        if found != gold:
            print("  gold:", [text[a:b] for a, b in gold])
            print("  got: ", [text[a:b] for a, b in found])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--silver", type=Path, default=Path("../shared/corpora/te3-silver"))
    parser.add_argument("--silver-docs", type=int, default=300)
    parser.add_argument("--errors", action="store_true", help="show our mis-split documents")
    args = parser.parse_args()

    candidates: dict[str, Callable[[str], Spans]] = {"timeline (rules)": ours}
    for name, factory in (
        ("pysbd", pysbd_segmenter),
        ("syntok", syntok_segmenter),
        ("blingfire", blingfire_segmenter),
    ):
        try:
            candidates[name] = factory()
        except ImportError:
            print(f"{name}: not installed, skipped")

    gold_texts = [gold_text_and_spans(sentences)[0] for sentences in GOLD + HELD_OUT]
    repeated = gold_texts * max(1, 2_000_000 // sum(len(text) for text in gold_texts))
    silver = silver_texts(args.silver, args.silver_docs) if args.silver.is_dir() else []
    silver_chars = sum(len(text) for text in silver)
    counts = [sum(map(len, documents)) for documents in (GOLD, HELD_OUT)]
    print(
        f"gold: {len(GOLD)} documents, {counts[0]} sentences; held-out: {len(HELD_OUT)}"
        f" documents, {counts[1]} sentences; silver: {len(silver)} documents,"
        f" {silver_chars:,} chars"
    )
    print(
        f"{'segmenter':18} {'F1 gold':>8} {'docs ok':>8} {'F1 held':>8} {'docs ok':>8}"
        f" {'P all':>6} {'R all':>6} {'chars/s gold':>13} {'chars/s silver':>15}"
    )
    for name, segment in candidates.items():
        _, _, f1_gold, exact_gold, _ = accuracy(segment, GOLD)
        _, _, f1_held, exact_held, _ = accuracy(segment, HELD_OUT)
        precision, recall, _, _, _ = accuracy(segment, GOLD + HELD_OUT)
        slow = name in ("pysbd",)
        gold_speed = speed(segment, repeated[: len(repeated) // 10] if slow else repeated)
        silver_speed = (
            speed(segment, silver[: len(silver) // 10] if slow else silver) if silver else 0
        )
        print(
            f"{name:18} {f1_gold:8.3f} {exact_gold:8.2f} {f1_held:8.3f} {exact_held:8.2f}"
            f" {precision:6.3f} {recall:6.3f} {gold_speed:13,.0f} {silver_speed:15,.0f}"
        )
    if args.errors:
        report_errors(ours)


if __name__ == "__main__":
    main()
