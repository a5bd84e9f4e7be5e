import json

import pytest

from timeline.ingest.jsonfmt import read_json, read_jsonl

ONE = {
    "headline": "Grain corridor reopens",
    "articleBody": "Ships left the port on Tuesday.\n\nInsurers remain wary.",
    "datePublished": "2023-07-18T09:00:00Z",
}


def test_single_object() -> None:
    output = read_json(json.dumps(ONE), "a.json")
    assert output.problems == ()
    (draft,) = output.drafts
    assert draft.title == "Grain corridor reopens"
    assert (
        draft.text
        == "Grain corridor reopens\n\nShips left the port on Tuesday.\n\nInsurers remain wary."
    )
    assert draft.body.strip() == "Ships left the port on Tuesday.\n\nInsurers remain wary."
    assert draft.record is None
    assert [(d.raw, d.source) for d in draft.dates] == [("2023-07-18T09:00:00Z", "json")]


@pytest.mark.parametrize("wrapper", ["articles", "data"])
def test_wrapper_and_array_number_records(wrapper: str) -> None:
    second = {"title": "Second", "text": "Body two.", "published_at": "2023-07-19"}
    for source in (json.dumps({wrapper: [ONE, second]}), json.dumps([ONE, second])):
        output = read_json(source, "a.json")
        assert [d.record for d in output.drafts] == [1, 2]
        assert output.drafts[1].dates[0].raw == "2023-07-19"


def test_date_in_the_record_url_comes_after_explicit_dates() -> None:
    record = {"title": "t", "text": "Body.", "url": "https://example.org/2023/07/17/corridor"}
    (draft,) = read_json(json.dumps({**record, "date": "2023-07-18"}), "u.json").drafts
    assert [(d.raw, d.evidence) for d in draft.dates] == [
        ("2023-07-18", '"date": "2023-07-18"'),
        ("2023-07-17", '"url": "https://example.org/2023/07/17/corridor"'),
    ]


def test_json_lines_in_a_json_file_are_read_with_a_warning() -> None:
    output = read_json(json.dumps(ONE) + "\n" + json.dumps(ONE) + "\n", "lines.json")
    assert [d.record for d in output.drafts] == [1, 2]
    assert [(p.severity, p.message) for p in output.problems] == [
        ("warning", "holds one JSON object per line (JSON Lines); read line by line")
    ]


def test_description_is_a_fallback_and_missing_title_is_derived() -> None:
    (draft,) = read_json(
        json.dumps({"description": "Crews cleared rubble on Monday."}), "d.json"
    ).drafts
    assert draft.title == "Crews cleared rubble on Monday"
    assert draft.body == "Crews cleared rubble on Monday."


def test_records_without_text_or_not_objects_are_reported() -> None:
    output = read_json(json.dumps([ONE, {"title": "No body"}, 7]), "e.json")
    assert len(output.drafts) == 1
    assert [p.message for p in output.problems] == [
        "record 2: no article text (expected one of: text, body, content, articleBody, "
        "description); skipped",
        "record 3: not a JSON object; skipped",
    ]


def test_truncated_json_is_one_problem() -> None:
    output = read_json(json.dumps([ONE, ONE])[:-30], "t.json")
    assert output.drafts == ()
    (problem,) = output.problems
    assert problem.severity == "error"
    assert "invalid JSON at line 1" in problem.message
    assert "truncated" in problem.message


def test_jsonl_bad_lines_are_reported_good_lines_kept() -> None:
    lines = [json.dumps(ONE), "{not json", "", json.dumps(ONE), '{"title": "x", "text": "y"']
    output = read_jsonl("\n".join(lines), "f.jsonl")
    assert [d.record for d in output.drafts] == [1, 4]
    assert [p.message.split(":")[0] for p in output.problems] == ["line 2", "line 5"]
    assert all(p.severity == "error" for p in output.problems)


def test_deep_nesting_does_not_raise() -> None:
    output = read_json("[" * 100_000 + "]" * 100_000, "deep.json")
    assert output.drafts == ()
    assert len(output.problems) == 1


def test_html_in_text_fields_becomes_plain_paragraphs() -> None:
    record = {
        "title": {"rendered": "Kyiv&#8217;s metro shelters fill up"},
        "content": {
            "rendered": "<p>Thousands slept in <em>metro</em> stations.</p>"
            "<p>Trains ran &amp; stopped.</p>"
        },
        "date": "2023-05-16T02:00:00",
    }
    (draft,) = read_json(json.dumps([record]), "wp.json").drafts
    assert draft.title == "Kyiv’s metro shelters fill up"
    assert draft.text == (
        "Kyiv’s metro shelters fill up\n\n"
        "Thousands slept in metro stations.\n\nTrains ran & stopped."
    )
