import pytest

from timeline.ingest.html import read_html

PARAGRAPHS = (
    "<p>Rescue teams searched the rubble of the apartment block on Tuesday after a missile "
    "struck the upper floors overnight, the emergency service said.</p>"
    "<p>The service said nine people were pulled out alive and that the search would continue "
    "until every resident on the building's list had been accounted for.</p>"
)


def page(
    head: str = "", article: str = PARAGRAPHS, title: str = "Block hit | Example Ledger"
) -> str:
    return (
        f"<html><head><title>{title}</title>{head}</head><body>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/w'>World</a></li></ul></nav>"
        f"<article><h1>Missile hits apartment block</h1>{article}</article>"
        "<footer><p>© 2024 Example Ledger. All rights reserved.</p></footer></body></html>"
    )


def only(source: str):  # type: ignore[no-untyped-def]
    output = read_html(source, "page.html")
    assert output.problems == ()
    (draft,) = output.drafts
    return draft


@pytest.mark.parametrize(
    ("head", "raw"),
    [
        (
            '<meta property="article:published_time" content="2024-02-06T23:10:00-05:00">',
            "2024-02-06T23:10:00-05:00",
        ),
        ('<meta name="parsely-pub-date" content="2024-02-06T10:00:00Z">', "2024-02-06T10:00:00Z"),
        ('<meta name="sailthru.date" content="2024-02-06 10:00:00">', "2024-02-06 10:00:00"),
        ('<meta name="DC.date.issued" content="2024-02-06">', "2024-02-06"),
        ('<meta itemprop="datePublished" content="2024-02-06">', "2024-02-06"),
        (
            '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", '
            '"datePublished": "2024-02-06T08:00:00+01:00"}]}</script>',
            "2024-02-06T08:00:00+01:00",
        ),
        ('<link rel="canonical" href="https://example.org/2024/02/06/block-hit/">', "2024-02-06"),
        (
            '<meta property="og:url" content="https://example.org/news/20240206/block">',
            "2024-02-06",
        ),
    ],
)
def test_publication_date_tiers(head: str, raw: str) -> None:
    draft = only(page(head))
    assert [(d.raw, d.source) for d in draft.dates] == [(raw, "meta")]


def test_meta_outranks_json_ld_and_url() -> None:
    head = (
        '<link rel="canonical" href="https://example.org/2024/01/01/x/">'
        '<script type="application/ld+json">{"datePublished": "2024-01-02"}</script>'
        '<meta property="article:published_time" content="2024-01-03">'
    )
    assert [d.raw for d in only(page(head)).dates] == ["2024-01-03", "2024-01-02", "2024-01-01"]


@pytest.mark.parametrize(
    ("marked", "evidence"),
    [
        (
            '<time datetime="2024-02-06T09:00" pubdate>6 Feb</time>',
            '<time datetime="2024-02-06T09:00">',
        ),
        (
            '<time itemprop="datePublished" datetime="2024-02-06T09:00">6 Feb</time>',
            '<time datetime="2024-02-06T09:00">',
        ),
        (
            '<span itemprop="datePublished" content="2024-02-06T09:00">6 Feb</span>',
            '<span content="2024-02-06T09:00">',
        ),
    ],
)
def test_element_marked_as_publication_time(marked: str, evidence: str) -> None:
    draft = only(page(article=f"<p>{marked}</p>{PARAGRAPHS}"))
    assert [(d.raw, d.evidence) for d in draft.dates] == [("2024-02-06T09:00", evidence)]


def test_unmarked_time_elements_are_not_publication_dates() -> None:
    article = '<p>Shelling began <time datetime="2024-02-01">last Thursday</time>.</p>' + PARAGRAPHS
    assert only(page(article=article)).dates == ()


def test_dates_in_body_text_or_modified_meta_are_not_used() -> None:
    head = '<meta property="article:modified_time" content="2024-02-07">'
    article = "<p>Published on February 5, 2024.</p>" + PARAGRAPHS
    assert only(page(head, article)).dates == ()


def test_main_text_without_navigation_and_footer() -> None:
    draft = only(page('<meta property="og:title" content="Missile hits apartment block">'))
    assert draft.title == "Missile hits apartment block"
    assert draft.text.startswith("Missile hits apartment block\n\nRescue teams searched")
    assert "Home" not in draft.text and "All rights reserved" not in draft.text
    assert draft.body.lstrip().startswith("Rescue teams searched")
    assert draft.body.count("Missile hits apartment block") == 0
    assert len(draft.text) == len(draft.body)


def test_list_items_and_quotes_are_kept_as_paragraphs() -> None:
    article = (
        PARAGRAPHS + "<blockquote><p>We will rebuild every floor, the mayor said.</p></blockquote>"
        "<ul><li>Two stairwells collapsed.</li><li>Gas was cut off on Wednesday.</li></ul>"
    )
    paragraphs = only(page(article=article)).text.split("\n\n")
    assert paragraphs[-3:] == [
        "We will rebuild every floor, the mayor said.",
        "Two stairwells collapsed.",
        "Gas was cut off on Wednesday.",
    ]


def test_title_prefers_h1_repeated_in_title_tag() -> None:
    draft = only(page(title="Missile hits apartment block - Example Ledger"))
    assert draft.title == "Missile hits apartment block"


@pytest.mark.parametrize(
    "source",
    ["", "<html></html>", "<html><body><nav><a href='/'>Home</a></nav></body></html>"],
)
def test_pages_without_text_are_one_error(source: str) -> None:
    output = read_html(source, "page.html")
    assert output.drafts == ()
    assert len(output.problems) == 1
    assert output.problems[0].severity == "error"
