"""Build a large corpus end to end in-process: wall time, peak memory, counts, and scaling.

Run: .venv/bin/python bench/build.py [CORPUS] [--no-scaling]

CORPUS defaults to ../shared/corpora/te3-silver (2,452 TimeML documents). The scaling check
copies the corpus twice and four times into a temporary folder, each copy under its own folder
name, and builds each; a pipeline that stays linear shows time ratios near 2 and 4. Each build
runs in a fresh process so that its peak resident memory (ru_maxrss) is its own, on a copy of
the `timeline` package taken at the start, so that edits to the work tree during a run cannot make
the 1x, 2x and 4x builds measure different code.
"""

from __future__ import annotations

import resource
import shutil
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "timeline"
DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared/corpora/te3-silver"
SCALES = (1, 2, 4)
SHOWN_PROBLEMS = 3


@dataclass(frozen=True, slots=True)
class Measurement:
    files: int
    seconds: float
    cpu_seconds: float  # user + system time of the build process: steadier than wall on a busy host
    merge_cpu_seconds: float  # merge_mentions alone, re-run on the build's mentions
    peak_mib: float  # the build process's peak resident memory
    articles: int
    undated_articles: int
    events: int
    dated_events: int
    mentions: int
    problems: int
    first_problems: tuple[str, ...]


def measure(folder: Path, code: Path) -> Measurement:
    """Build `folder` with the package copied under `code`, in this (fresh) process."""
    sys.path.insert(0, str(code))
    from timeline.merge import merge_mentions
    from timeline.pipeline import BuildOptions, build

    files = sum(1 for path in folder.rglob("*") if path.is_file())
    before = resource.getrusage(resource.RUSAGE_SELF)
    cpu_before = before.ru_utime + before.ru_stime
    started = time.perf_counter()
    timeline = build([folder], BuildOptions())
    seconds = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu_seconds = usage.ru_utime + usage.ru_stime - cpu_before
    peak_mib = usage.ru_maxrss / 1024  # ru_maxrss is in KiB on Linux
    # The merge is the one stage that compares articles with each other, so it is the one that
    # can grow faster than the input: time it alone.
    mentions = [mention for event in timeline.events for mention in event.mentions]
    merge_started = time.process_time()
    merge_mentions(mentions)
    merge_cpu_seconds = time.process_time() - merge_started
    return Measurement(
        files=files,
        seconds=seconds,
        cpu_seconds=cpu_seconds,
        merge_cpu_seconds=merge_cpu_seconds,
        peak_mib=peak_mib,
        articles=len(timeline.sources),
        undated_articles=sum(1 for source in timeline.sources if source.published is None),
        events=len(timeline.events),
        dated_events=sum(1 for event in timeline.events if event.interval is not None),
        mentions=sum(len(event.mentions) for event in timeline.events),
        problems=len(timeline.problems),
        first_problems=tuple(str(problem) for problem in timeline.problems[:SHOWN_PROBLEMS]),
    )


def measure_in_fresh_process(folder: Path, code: Path) -> Measurement:
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
        return pool.submit(measure, folder, code).result()


def copy_corpus(corpus: Path, target: Path, copies: int) -> None:
    for copy in range(copies):
        shutil.copytree(corpus, target / f"copy{copy + 1}")


def report(label: str, result: Measurement) -> None:
    rate = result.articles / result.cpu_seconds if result.cpu_seconds else 0.0
    print(
        f"{label}: {result.files} files, {result.articles} articles "
        f"({result.undated_articles} undated), {result.events} events "
        f"({result.dated_events} dated), {result.mentions} mentions, {result.problems} problems"
    )
    print(
        f"    wall {result.seconds:.1f} s, cpu {result.cpu_seconds:.1f} s "
        f"({rate:.0f} articles per cpu second; merge alone {result.merge_cpu_seconds:.1f} s), "
        f"peak memory {result.peak_mib:.0f} MiB",
        flush=True,
    )
    for problem in result.first_problems:
        print(f"    problem: {problem}")


def main(argv: list[str]) -> int:
    scaling = "--no-scaling" not in argv
    arguments = [argument for argument in argv if argument != "--no-scaling"]
    corpus = Path(arguments[0]) if arguments else DEFAULT_CORPUS
    if not corpus.is_dir():
        print(
            f"bench/build.py: corpus folder {corpus} not found; pass a folder of articles "
            "(the default is ../shared/corpora/te3-silver)",
            file=sys.stderr,
        )
        return 2

    with tempfile.TemporaryDirectory(prefix="timeline-bench-") as temporary:
        code = Path(temporary) / "code"
        shutil.copytree(PACKAGE, code / "timeline", ignore=shutil.ignore_patterns("__pycache__"))
        base = measure_in_fresh_process(corpus, code)
        report(f"1x {corpus}", base)
        if not scaling:
            return 0
        for scale in SCALES[1:]:
            folder = Path(temporary) / f"x{scale}"
            copy_corpus(corpus, folder, scale)
            result = measure_in_fresh_process(folder, code)
            report(f"{scale}x", result)
            print(
                f"    ratios to 1x (linear: {scale}): wall {result.seconds / base.seconds:.2f}, "
                f"cpu {result.cpu_seconds / base.cpu_seconds:.2f}, "
                f"merge cpu {result.merge_cpu_seconds / base.merge_cpu_seconds:.2f}, "
                f"memory {result.peak_mib / base.peak_mib:.2f}",
                flush=True,
            )
            shutil.rmtree(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
