"""Publication-date accuracy on the golden set in bench/pubdate/, per source tier, and ms/file.

For the HTML pages it also runs htmldate two ways, for comparison: restricted to metadata
(extensive_search=False) and with its default search, which may guess from body text. When the
TimeML corpora are present in ../shared/corpora, it also checks the DCT of every document against
the CREATION_TIME TIMEX3 read with an XML parser.

    .venv/bin/python bench/pubdate_eval.py
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from pathlib import Path

import htmldate
from lxml import etree

from timeline.ingest import read_file
from timeline.ingest.pubdate import PARSE_TIERS, DateError, parse_date_value
from timeline.model import Article

GOLDEN = Path(__file__).parent / "pubdate"
CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
REPEATS = 5


def _timed_read(path: Path) -> tuple[tuple[Article, ...], float]:
    read_file(path, display_path=path.name)  # warm-up: first calls pay for lazy imports
    started = time.perf_counter()
    for _ in range(REPEATS):
        result = read_file(path, display_path=path.name)
    return result.articles, (time.perf_counter() - started) * 1000 / REPEATS


def _htmldate(page: str, extensive: bool) -> tuple[str | None, float]:
    started = time.perf_counter()
    found = htmldate.find_date(page, extensive_search=extensive, original_date=True)
    return found, (time.perf_counter() - started) * 1000


def main() -> None:
    expected: dict[str, dict[str, str | None]] = {
        key: value
        for key, value in json.loads((GOLDEN / "index.json").read_text()).items()
        if not key.startswith("_")
    }
    by_tier: dict[str, list[bool]] = defaultdict(list)
    ms_by_format: dict[str, list[float]] = defaultdict(list)
    failures: list[str] = []
    for name in sorted({key.split("#")[0] for key in expected}):
        articles, elapsed = _timed_read(GOLDEN / name)
        ms_by_format[Path(name).suffix].append(elapsed)
        for article in articles:
            key = f"{name}#{article.record}" if article.record is not None else name
            if key not in expected:
                failures.append(f"{key}: not in the index")
                continue
            want = expected.pop(key)
            got_date = article.published.value.isoformat() if article.published else None
            got_source = article.published.source if article.published else None
            correct = (got_date, got_source) == (want["published"], want["source"])
            by_tier[want["source"] or "none"].append(correct)
            if not correct:
                failures.append(
                    f"{key}: want {want['published']} ({want['source']}), "
                    f"got {got_date} ({got_source})"
                )
    for key in expected:  # articles the reader did not produce at all
        by_tier[expected[key]["source"] or "none"].append(False)
        failures.append(f"{key}: no article read")

    print(f"{'tier':<14}{'files':>6}{'correct':>9}{'accuracy':>10}")
    total = [result for results in by_tier.values() for result in results]
    for tier, results in sorted(by_tier.items()):
        print(f"{tier:<14}{len(results):>6}{sum(results):>9}{sum(results) / len(results):>10.0%}")
    print(f"{'all':<14}{len(total):>6}{sum(total):>9}{sum(total) / len(total):>10.0%}")
    print()
    for suffix, times in sorted(ms_by_format.items()):
        print(f"read_file {suffix:<6} {sum(times) / len(times):7.2f} ms/file ({len(times)} files)")
    for line in failures:
        print("MISS", line)

    print()
    measure_parse_tiers()
    print()
    compare_htmldate()
    print()
    check_timeml_corpora()


# Date values in the shapes met in metadata, with the date each states (None: must be refused).
VALUE_SHAPES: tuple[tuple[str, str | None], ...] = (
    ("2023-05-11T10:32:00+03:00", "2023-05-11"),
    ("2023-05-11 10:32:00.000000", "2023-05-11"),
    ("20230511", "2023-05-11"),
    ("May 11, 2023", "2023-05-11"),
    ("Thursday 11 May 2023 10:32 BST", "2023-05-11"),
    ("Thu, 11 May 2023 23:30:00 -0500", "2023-05-11"),
    ("11.05.2023", "2023-05-11"),
    ("Do 11.05.2023 10:32", "2023-05-11"),
    ("May 11th, 2023 at 10:32 a.m. EDT", "2023-05-11"),
    ("10:32 AM, May 11 2023", "2023-05-11"),
    ("11 mai 2023", "2023-05-11"),
    ("jeudi 11 mai 2023 à 10h32", "2023-05-11"),
    ("11. Mai 2023", "2023-05-11"),
    ("Donnerstag, 11. Mai 2023, 10:32 Uhr", "2023-05-11"),
    ("11 de mayo de 2023", "2023-05-11"),
    ("11 maggio 2023", "2023-05-11"),
    ("11 мая 2023 г.", "2023-05-11"),
    ("11 травня 2023", "2023-05-11"),
    ("05/11/2023", None),
    ("11-05-2023", None),
    ("2023-02-30", None),
    ("May 2023", None),
    ("11 mai", None),
    ("yesterday", None),
    ("2 days ago", None),
    ("vor 2 Tagen", None),
    ("il y a 3 jours, 2023", None),
    ("Smarch 5, 2023", None),
)


def measure_parse_tiers() -> None:
    """Which tier answers each value shape, how often rightly, and what each tier costs."""
    parse_date_value("11 mai 2023")  # warm-up: dateparser loads its language data once
    answered: dict[str, list[bool]] = defaultdict(list)
    ms_by_tier: dict[str, list[float]] = defaultdict(list)
    misses: list[str] = []
    for value, wanted in VALUE_SHAPES:
        answered_by = "refused"
        for name, tier in PARSE_TIERS:
            started = time.perf_counter()
            for _ in range(REPEATS):
                found = tier(value)
            ms_by_tier[name].append((time.perf_counter() - started) * 1000 / REPEATS)
            if found is not None:
                answered_by = name
                break
        parsed = parse_date_value(value)
        got = None if isinstance(parsed, DateError) else parsed.isoformat()
        answered[answered_by].append(got == wanted)
        if got != wanted:
            misses.append(f"{value!r}: want {wanted}, got {got} ({answered_by})")
    print(f"{'parse tier':<16}{'values':>7}{'correct':>9}{'ms/call':>9}")
    for name in [name for name, _ in PARSE_TIERS] + ["refused"]:
        results, times = answered.get(name, []), ms_by_tier.get(name, [])
        cost = f"{sum(times) / len(times):9.3f}" if times else f"{'-':>9}"
        print(f"{name:<16}{len(results):>7}{sum(results):>9}{cost}")
    for miss in misses:
        print("MISS", miss)


def compare_htmldate() -> None:
    print("htmldate on the HTML pages (same expectations; it has no notion of tiers):")
    index = json.loads((GOLDEN / "index.json").read_text())
    for extensive in (False, True):
        right, spent = 0, 0.0
        misses: list[str] = []
        pages = sorted(GOLDEN.glob("*.html"))
        for page in pages:
            found, elapsed = _htmldate(page.read_text(), extensive)
            # A file-name date is outside htmldate's reach: count it right only if it finds none.
            in_page = index[page.name]["source"] != "filename"
            wanted = index[page.name]["published"] if in_page else None
            right += found == wanted
            if found != wanted:
                misses.append(f"{page.name}: want {wanted}, got {found}")
            spent += elapsed
        label = "extensive_search=True " if extensive else "extensive_search=False"
        print(f"htmldate {label}: {right}/{len(pages)} correct, {spent / len(pages):6.2f} ms/page")
        for miss in misses:
            print("  MISS", miss)


def _creation_time(path: Path) -> str | None:
    tree = etree.parse(str(path))
    for timex in tree.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            return str(timex.get("value"))[:10]
    return None


def check_timeml_corpora() -> None:
    for corpus in ("tbaq", "te3-silver"):
        documents = sorted((CORPORA / corpus).rglob("*.tml"))
        if not documents:
            continue
        right, spent = 0, 0.0
        for document in documents:
            started = time.perf_counter()
            result = read_file(document, display_path=document.name)
            spent += time.perf_counter() - started
            published = result.articles[0].published if result.articles else None
            right += published is not None and published.value.isoformat() == _creation_time(
                document
            )
        print(
            f"TimeML {corpus}: DCT read right in {right}/{len(documents)} documents, "
            f"{spent * 1000 / len(documents):.2f} ms/file"
        )


if __name__ == "__main__":
    main()
