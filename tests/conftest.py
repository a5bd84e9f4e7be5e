"""Shared fixtures."""

from __future__ import annotations

import pytest
import stage_stubs

from timeline import pipeline


@pytest.fixture
def stub_stages(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, stand_in in [
        ("discover", stage_stubs.stub_discover),
        ("read_file", stage_stubs.stub_read_file),
        ("tag", stage_stubs.stub_tag),
        ("split_sentences", stage_stubs.stub_split_sentences),
        ("extract_mentions", stage_stubs.stub_extract_mentions),
        ("merge_mentions", stage_stubs.stub_merge_mentions),
    ]:
        monkeypatch.setattr(pipeline, name, stand_in)
