"""The need said in other words, read for the analyzer in one place and in order.

Four readings of how a speaker describes what a report writes differently, each in its own
module: an aside naming another kind's word (``aside_names``), a post two hold together
(``joint_posts``), a frame word offered beside 或 (``either_or``) and a relation between two
things (``relation``). The first two rewrite the question's text before it is cut into words
(same length), the next acts on the words found, the last on the concepts made: the analyzer
calls :func:`before_words`, :func:`after_words` and :func:`related` at those three points.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from retrieval.aside_names import blank_asides, named_in_asides
from retrieval.concept import Concept
from retrieval.either_or import either_or
from retrieval.joint_posts import holder_spans, joint_posts, light_holders
from retrieval.more_of_two import without_plain_ranking
from retrieval.relation import related as related

Found = tuple[int, int, Concept]


@dataclass(frozen=True)
class Marks:
    """What the text said before its words were read: where asides named a word's other
    spelling, and where the holders of a joint post stand."""

    asides: tuple[tuple[int, str], ...] = ()
    holders: tuple[tuple[int, int], ...] = ()


def before_words(text: str, quoted: Sequence[str] = ()) -> tuple[str, list[Concept], Marks]:
    """``text`` without naming asides and joint posts (same length), the joint posts'
    concepts, and the marks :func:`after_words` needs; ``quoted``: the quoted terms taken out."""
    text = without_plain_ranking(text)  # 「谁的X多」: 多 ranks, no topic (``more_of_two``)
    text, asides = blank_asides(text)  # 「镇长（街道就是主任）」: 主任 spells 镇长 too
    holders = holder_spans(text, quoted)  # 「书记跟镇长俩人一起当组长」: 双组长, holders light
    text, joint = joint_posts(text)
    return text, joint, Marks(tuple(asides), tuple(holders))


def after_words(
    text: str, words: Sequence[tuple[int, str, str]], found: Sequence[Found], marks: Marks
) -> list[Found]:
    """``found`` with the holders light, the asides' names added and a frame word offered
    beside 或 (「报告或者审议」) kept as a spelling of the other side."""
    found = named_in_asides(light_holders(found, marks.holders), marks.asides)
    return either_or(text, words, found)
