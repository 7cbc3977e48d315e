"""One concept of a question's information need: the term and every spelling that counts
as mentioning it (kept apart so the phrase rules and the evidence judge share it)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Concept:
    """One topic term and the strings that count as mentioning it."""

    term: str
    alternatives: tuple[str, ...]
    required: bool  # quoted phrases and nouns; verbs are soft
    light: bool = False  # who does it or where (组织干部去法院…): weighs like a generic verb
    # a condition the answer must meet (持证上岗率百分百): a sentence without it says too little
    must: bool = False
    # a side of a relation asked about (A跟B结合): the sentence itself must name it, not a
    # heading above it (``retrieval.relation``)
    together: bool = False
    # examples the user gives after a clause (「…集中办理，比如一窗受理、一门式」): the clause
    # they stand for; a report writing an example writes it (``retrieval.clause_examples``)
    examples_of: str = ""
    # asked in the negative (「写了没发生重大事故」): a mention counts only under a negation
    # of the report's own (``retrieval.negative_content``)
    negated: bool = False
    # the places inside a region the user names (广西: 西林县, 靖西): spellings that meet it,
    # never its weight — naming a county tells no more than naming its province
    # (``retrieval.region_members``)
    members: tuple[str, ...] = ()
    # a group's holding asked (「村里都配了法律顾问」): the group and what it holds are said
    # close together in the sentence, not each somewhere in it (``retrieval.group_holder``)
    near: bool = False
    # the head after a name (「北京冬奥会的场馆建设」): a condition no vague part of it meets
    # (建设 alone names every report's building, no venue: ``retrieval.name_heads``)
    head_of_name: bool = False
    # whom a list is for, bounded by an age and said in everyday words (「三岁以下小孩的托育、
    # 托班」): a passage naming them ranks higher, one naming the items alone still answers
    # (``retrieval.age_groups``)
    favours: bool = False
    # who does the deed a which-question asks (「哪些地方的领导亲自出庭应诉」): required until the
    # library is read, then it leaves the need if a deed is left beside it; if the library
    # leaves only who, the deed's words come back (``retrieval.holders``)
    doer: bool = False
