"""Everyday verbs for the formal ones a report writes (砍掉 ~ 取消/精简, 新加 ~ 新增, 讲课 ~
讲座/授课): kept in ``colloquial.txt`` beside ``synonyms.txt``, in the same format, because
they are a different kind of knowledge — how people say an administrative deed, not two
names of one thing — and are edited apart. Read together, they are one synonym table."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from retrieval.synonym_file import read_synonyms


def read_vocabulary(*paths: Path | None) -> Mapping[str, tuple[str, ...]]:
    """Every file's lines merged: a word keyed in two files keeps both lists, in order."""
    out: dict[str, tuple[str, ...]] = {}
    for path in paths:
        for head, alts in read_synonyms(path).items():
            out[head] = tuple(dict.fromkeys((*out.get(head, ()), *alts)))
    return out
