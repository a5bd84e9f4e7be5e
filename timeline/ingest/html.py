"""HTML articles: main text, title and the publication date stated in the page's metadata.

The publication date comes only from metadata, strongest first: meta tags, JSON-LD
datePublished, <time> marked as the publication time, a date in the canonical URL. Nothing is
guessed from body text and today's date is never a fallback.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import lxml.html
import trafilatura
from lxml import etree

from timeline.ingest.common import DateCandidate, Draft, ReaderOutput, joined_article
from timeline.ingest.pubdate import date_in_url
from timeline.ingest.txt import title_from_lede
from timeline.model import Problem

# Meta tag names (name=, property= or itemprop=) that state the publication time, strongest first.
_PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "date",
)
_JSON_LD_MAX_DEPTH = 8
# Fewer words than this is a menu or a stub the extractor fell back to, not an article.
_MIN_ARTICLE_WORDS = 5
_PARSER = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True)


def read_html(source: str, display_path: str) -> ReaderOutput:
    try:
        document = lxml.html.document_fromstring(
            source.encode("utf-8", "surrogatepass"), parser=_PARSER
        )
    except (etree.ParserError, ValueError):
        return ReaderOutput(
            (), (Problem(display_path, "not readable as HTML: no document found", "error"),)
        )
    dates = _published_candidates(document)
    title = _title(document)
    extracted = trafilatura.extract(
        document, include_comments=False, include_tables=False, with_metadata=False
    )
    # trafilatura writes list items as "- item"; the dash is its markup, not the page's text.
    paragraphs = [line.removeprefix("- ") for line in (extracted or "").split("\n")]
    if len((extracted or "").split()) < _MIN_ARTICLE_WORDS:
        message = "no article text found in the page (no paragraphs, or markup nested too deeply)"
        return ReaderOutput((), (Problem(display_path, message, "error"),))
    text, body = joined_article(title, paragraphs)
    # Without a headline in the page, the first paragraph names the article and stays in the body.
    title = title or title_from_lede(text.partition("\n\n")[0])
    return ReaderOutput((Draft(title, text, body, dates),), ())


def _attribute(element: etree._Element, name: str) -> str:
    value = element.get(name)
    return value.strip() if isinstance(value, str) else ""


def _meta_content(document: etree._Element) -> dict[str, tuple[str, str]]:
    """Lower-cased meta name -> (content, evidence), first occurrence wins."""
    found: dict[str, tuple[str, str]] = {}
    for meta in document.iter("meta"):
        content = _attribute(meta, "content")
        if not content:
            continue
        for kind in ("property", "name", "itemprop"):
            key = _attribute(meta, kind).lower()
            if key and key not in found:
                found[key] = (content, f'<meta {kind}="{key}" content="{content}">')
    return found


def _published_candidates(document: etree._Element) -> tuple[DateCandidate, ...]:
    candidates: list[DateCandidate] = []
    metas = _meta_content(document)
    for name in _PUBLISHED_META:
        if name in metas:
            content, evidence = metas[name]
            candidates.append(DateCandidate(content, "meta", evidence))
    for value in _json_ld_published(document):
        candidates.append(DateCandidate(value, "meta", f'JSON-LD "datePublished": "{value}"'))
    for element in document.iter():
        # <time pubdate datetime=...>, and microdata on any element: itemprop="datePublished"
        # with the date in datetime= or content=.
        tag = element.tag if isinstance(element.tag, str) else ""
        marked = (tag == "time" and element.get("pubdate") is not None) or (
            tag != "meta" and _attribute(element, "itemprop").lower() == "datepublished"
        )
        if not marked:
            continue
        for attribute in ("datetime", "content"):
            value = _attribute(element, attribute)
            if value:
                evidence = f'<{tag} {attribute}="{value}">'
                candidates.append(DateCandidate(value, "meta", evidence))
                break
    urls = [
        _attribute(link, "href")
        for link in document.iter("link")
        if _attribute(link, "rel").lower() == "canonical"
    ]
    urls.append(metas.get("og:url", ("", ""))[0])
    for url in urls:
        in_url = date_in_url(url)
        if in_url:
            candidates.append(DateCandidate(in_url, "meta", f"URL {url}"))
    return tuple(candidates)


def _json_ld_published(document: etree._Element) -> Iterator[str]:
    for script in document.iter("script"):
        if _attribute(script, "type").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except (ValueError, RecursionError):
            continue
        yield from _date_published(data, _JSON_LD_MAX_DEPTH)


def _date_published(data: object, depth: int) -> Iterator[str]:
    if depth == 0:
        return
    if isinstance(data, list):
        for item in data:
            yield from _date_published(item, depth - 1)
    elif isinstance(data, dict):
        value = data.get("datePublished")
        if isinstance(value, str) and value.strip():
            yield value.strip()
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            if key in data:
                yield from _date_published(data[key], depth - 1)


def _title(document: etree._Element) -> str:
    """og:title, else the <h1> when the <title> repeats it (a <title> often adds the site's
    name), else the <title>, else the <h1>."""
    metas = _meta_content(document)
    if "og:title" in metas:
        return " ".join(metas["og:title"][0].split())
    page_title = _first_text(document, "title")
    heading = _first_text(document, "h1")
    if heading and heading in page_title:
        return heading
    return page_title or heading


def _first_text(document: etree._Element, tag: str) -> str:
    for element in document.iter(tag):
        text = (
            " ".join(element.text_content().split())
            if isinstance(element, lxml.html.HtmlElement)
            else ""
        )
        if text:
            return text
    return ""
