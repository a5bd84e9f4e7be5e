"""Word lists written as text, for the rule-based stages (segment, attribution, similarity)."""

from __future__ import annotations


def word_set(listing: str) -> frozenset[str]:
    """The whitespace-separated words of `listing`: lists read as prose, wrapped at any width."""
    return frozenset(listing.split())
