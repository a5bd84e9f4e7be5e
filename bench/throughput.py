"""Speed of the temporal tagger against dateparser, its scaling, and adversarial inputs.

Run: .venv/bin/python bench/throughput.py [CORPUS_DIR] [--sample N]

CORPUS_DIR defaults to ../shared/corpora/te3-silver (TempEval-3 silver TimeML). Each document's
creation time (the TIMEX3 inside <DCT>) is the anchor and the markup-free <TEXT> is the input.
Times are CPU seconds of this process (time.process_time), so other load on the machine does not
distort them. Measured in one run:
- `timeline.temporal.tag` over every document: chars/s and docs/s;
- `dateparser.search_dates` with the same base dates. It is far slower, so it is timed on a
  deterministic sample of N evenly spaced documents, and the engine is timed on the same sample
  for the speed ratio;
- scaling: the engine on the whole corpus joined into one text, then 2x and 4x that text; the
  time ratios must stay near 2 and 4;
- adversarial inputs, each timed alone, against a budget of 0.5 cpu seconds.
An exception from the engine is counted and shown, not fatal; the exit status is then 1.
"""

from __future__ import annotations

import argparse
import html
import random
import re
import sys
import time
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline.temporal import tag

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared/corpora/te3-silver"
ADVERSARIAL_ANCHOR = date(2023, 5, 5)
ADVERSARIAL_BUDGET = 0.5  # cpu seconds: "well under a second" (issue 4)

DCT_VALUE = re.compile(r"<DCT>.*?value=\"(\d{4}-\d{2}-\d{2})", re.DOTALL)
TEXT_BODY = re.compile(r"<TEXT>(.*?)</TEXT>", re.DOTALL)
MARKUP = re.compile(r"<[^<>]*>")


@dataclass(frozen=True)
class Document:
    name: str
    created: date
    text: str


def read_corpus(directory: Path) -> tuple[list[Document], list[str]]:
    """Documents with a creation date and a text, and the names of the files without them."""
    documents: list[Document] = []
    unusable: list[str] = []
    for path in sorted(directory.glob("*.tml")):
        timeml = path.read_text(encoding="utf-8", errors="replace")
        created = DCT_VALUE.search(timeml)
        body = TEXT_BODY.search(timeml)
        if created is None or body is None:
            unusable.append(path.name)
            continue
        text = html.unescape(MARKUP.sub("", body.group(1)))
        documents.append(Document(path.name, date.fromisoformat(created.group(1)), text))
    return documents, unusable


def tag_counted(text: str, anchor: date) -> int | str:
    """How many expressions the engine finds, or the error it raised (timing goes on)."""
    try:
        return len(tag(text, anchor))
    except Exception as error:  # the benchmark reports engine failures, it does not stop on one
        return f"{type(error).__name__}: {error}"


def tag_all(documents: Sequence[Document], failures: dict[str, str]) -> int:
    found = 0
    for document in documents:
        outcome = tag_counted(document.text, document.created)
        if isinstance(outcome, str):
            failures[document.name] = outcome
        else:
            found += outcome
    return found


def shown(outcome: int | str) -> str:
    return f"{outcome:,}" if isinstance(outcome, int) else f"raised {outcome}"


def dateparser_all(documents: Sequence[Document]) -> int:
    from dateparser.search import search_dates

    found = 0
    for document in documents:
        base = datetime(document.created.year, document.created.month, document.created.day)
        settings = {"RELATIVE_BASE": base, "RETURN_AS_TIMEZONE_AWARE": False}
        found += len(search_dates(document.text, settings=settings, languages=["en"]) or [])
    return found


def evenly_spaced(documents: Sequence[Document], count: int) -> list[Document]:
    if count >= len(documents):
        return list(documents)
    step = len(documents) / count
    return [documents[int(index * step)] for index in range(count)]


def adversarial_inputs() -> list[tuple[str, str]]:
    """Deterministic inputs built to provoke backtracking, quadratic scans or huge outputs."""
    rng = random.Random(20230505)
    digits = "".join(rng.choice("0123456789      ") for _ in range(100_000))
    vocabulary = (
        "May", "march", "12", "2023", "Friday", "on", "the", "9th", "1,000", "troops", "3-1",
        "52-48", "at", "0735", "GMT", "since", "January", "last", "week", "Dec.", "28",
        "mid-March", "45%", "05/09/2023", "two", "days", "later", "said", "will", "until",
    )
    mixed: list[str] = []
    length = 0
    while length < 1_000_000:
        word = rng.choice(vocabulary)
        mixed.append(word)
        length += len(word) + 1
    # A line of news as dense in dates as copy gets: one dated sentence over and over.
    dated = "On May 5, 2023 at 10:00 GMT the army attacked the bridge. "
    return [
        ("100 KB digits and spaces", digits),
        ('100 KB "may may may "', ("may " * 25_000)),
        ("1 MB one line, mixed words", " ".join(mixed)),
        ("1 MB one line, a dated sentence", (dated * (1_000_000 // len(dated) + 1))[:1_000_000]),
        ('100 KB "Friday, "', "Friday, " * 12_500),
        ('1 MB "12/12/12 "', "12/12/12 " * 111_112),
    ]


def rate(amount: float, seconds: float) -> str:
    return f"{amount / seconds:,.0f}" if seconds > 0 else "inf"


def print_table(title: str, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows, strict=True)]
    print(f"\n{title}")
    for line in [header, *rows]:
        print("  " + "  ".join(str(cell).rjust(width) for cell, width in zip(line, widths,
                                                                               strict=True)))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS,
                        help="directory of TimeML .tml files (default: %(default)s)")
    parser.add_argument("--sample", type=int, default=100,
                        help="documents to time dateparser on, evenly spaced (default: 100)")
    options = parser.parse_args(argv)

    if not options.corpus.is_dir():
        print(f"throughput: corpus directory not found: {options.corpus} "
              "(pass the te3-silver directory as the first argument)", file=sys.stderr)
        return 2
    documents, unusable = read_corpus(options.corpus)
    if not documents:
        print(f"throughput: no TimeML document with a <DCT> date and <TEXT> in {options.corpus}",
              file=sys.stderr)
        return 2
    chars = sum(len(document.text) for document in documents)
    print(f"corpus: {options.corpus} - {len(documents)} documents, {chars:,} chars of text"
          + (f", {len(unusable)} skipped (no DCT date or TEXT)" if unusable else ""))

    try:
        tag("On Friday.", ADVERSARIAL_ANCHOR)
    except NotImplementedError:
        print("throughput: timeline.temporal.tag is still a stub (NotImplementedError)",
              file=sys.stderr)
        return 1

    failures: dict[str, str] = {}
    started = time.process_time()
    found = tag_all(documents, failures)
    engine_seconds = time.process_time() - started
    rows = [["engine, all documents", f"{len(documents)}", f"{chars:,}",
                 f"{engine_seconds:.2f}", rate(chars, engine_seconds),
                 rate(len(documents), engine_seconds), f"{found:,}"]]

    sample = evenly_spaced(documents, options.sample)
    sample_chars = sum(len(document.text) for document in sample)
    started = time.process_time()
    engine_found = tag_all(sample, {})
    engine_sample_seconds = time.process_time() - started
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        started = time.process_time()
        dateparser_found = dateparser_all(sample)
        dateparser_seconds = time.process_time() - started
    for label, seconds, hits in [("engine, sample", engine_sample_seconds, engine_found),
                                 ("dateparser, sample", dateparser_seconds, dateparser_found)]:
        rows.append([label, f"{len(sample)}", f"{sample_chars:,}", f"{seconds:.2f}",
                     rate(sample_chars, seconds), rate(len(sample), seconds), f"{hits:,}"])
    print_table("Throughput (timexes = expressions found; dateparser counts its matches)",
                ["run", "docs", "chars", "cpu s", "chars/s", "docs/s", "timexes"], rows)
    print(f"\ndateparser was timed on a deterministic sample of {len(sample)} of "
          f"{len(documents)} documents (every {len(documents) / len(sample):.1f}th; --sample N).")
    if failures:
        name, error = next(iter(failures.items()))
        print(f"ENGINE FAILURES: tag raised on {len(failures)} of {len(documents)} documents "
              f"(timed anyway), first {name}: {error}")
    ratio = dateparser_seconds / engine_sample_seconds if engine_sample_seconds else float("inf")
    print(f"speed ratio on the sample: engine is {ratio:,.1f}x faster than dateparser")

    joined = "\n\n".join(document.text for document in documents)
    anchor = documents[0].created
    scaling_rows: list[list[str]] = []
    base_seconds = 0.0
    for factor in (1, 2, 4):
        text = "\n\n".join([joined] * factor)
        started = time.process_time()
        outcome = tag_counted(text, anchor)
        seconds = time.process_time() - started
        base_seconds = base_seconds or seconds
        scaling_rows.append([f"{factor}x", f"{len(text):,}", f"{seconds:.2f}",
                             rate(len(text), seconds), f"{seconds / base_seconds:.2f}",
                             shown(outcome)])
    print_table("Scaling: the corpus joined into one text (time ratio should be ~1, 2, 4)",
                ["input", "chars", "cpu s", "chars/s", "time ratio", "timexes"], scaling_rows)

    adversarial_rows: list[list[str]] = []
    for label, text in adversarial_inputs():
        started = time.process_time()
        outcome = tag_counted(text, ADVERSARIAL_ANCHOR)
        seconds = time.process_time() - started
        within = "yes" if seconds < ADVERSARIAL_BUDGET else "NO"
        adversarial_rows.append([label, f"{len(text):,}", f"{seconds:.3f}",
                                 rate(len(text), seconds), shown(outcome), within])
    print_table("Adversarial inputs (anchor 2023-05-05)",
                ["input", "chars", "cpu s", "chars/s", "timexes",
                 f"< {ADVERSARIAL_BUDGET} s"], adversarial_rows)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
