"""``verdicts`` looks the kept verdicts up in one pass and makes only the missing ones: the
same verdicts, in order, whatever mix of known, new, repeated names and whatever kind of
iterable it is given (issue 17: 10 000 verdicts per which-question at 10 000 reports)."""

from __future__ import annotations

from reportqa.answer import UnitVerdict, Verdict, verdicts


def _expected(supported, not_mentioned):
    return tuple(UnitVerdict(u, Verdict.SUPPORTED) for u in supported) + tuple(
        UnitVerdict(u, Verdict.NOT_MENTIONED) for u in not_mentioned
    )


def test_known_new_and_repeated_names_in_order():
    known = verdicts(["甲坪镇", "乙溪乡"], ["丙岭镇"])
    mixed_s = ["乙溪乡", "丁湾乡", "甲坪镇", "丁湾乡"]  # a new name, twice
    mixed_n = ["丙岭镇", "戊山镇"]
    got = verdicts(mixed_s, mixed_n)
    assert got == _expected(mixed_s, mixed_n)
    assert got[0] is known[1] and got[2] is known[0] and got[4] is known[2]
    assert verdicts(["丁湾乡"])[0] is verdicts(["丁湾乡"])[0]  # kept once made


def test_any_iterable_of_names():
    names = ["己河镇", "庚塘乡"]
    assert verdicts(iter(names), (n for n in ["辛桥镇"])) == _expected(names, ["辛桥镇"])
    assert verdicts(tuple(names)) == _expected(names, [])
    assert verdicts([], []) == ()
