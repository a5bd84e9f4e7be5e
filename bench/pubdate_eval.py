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
    compare_htmldate()
    print()
    check_timeml_corpora()


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
