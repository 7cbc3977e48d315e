"""法治, 法律 and 法制 open the same compounds: one thing, spelled by the era or the writer.

Reports write 法制宣传 (the older word) beside 法治宣传, 法律体检 beside “法治体检”, 法制副校长
beside 法治副校长, 法律知识 beside 法治知识. A term opened by one of them is also spelled with the
others, quoted or not: the quotes mark a coined name, and the name is coined in all three
spellings. Only a compound counts (four characters or more): 法治 or 法律 alone are different
words, and 法律法规 / 法治政府 keep their own meaning because the variants (法治法规, 法律政府)
are spellings no report writes, so they find nothing more.

The study of the law is a noun in a question (法治学习, 法律学习) and a deed in a report, written
verb first: 学法 (会前学法, 常务会议学法), 学习法律法规, 学习(贯彻)习近平法治思想 — the 法治 a
unit studies is the law and 习近平法治思想. So the study compound is spelled those ways too.
"""

from __future__ import annotations

_LEADS = ("法治", "法律", "法制")
_STUDIED = ("学法", "学习法律", "学习法治思想", "学习习近平法治思想", "学习贯彻习近平法治思想")


def legal_variants(term: str) -> tuple[str, ...]:
    """The other spellings of ``term`` (none if it is not a compound opened by 法治/法律/法制)."""
    lead = term[:2]
    if lead not in _LEADS or len(term) < 4 or term[2:3] in ("法", "化"):
        return ()
    others = tuple(other + term[2:] for other in _LEADS if other != lead)
    return (*others, *_STUDIED) if term[2:] == "学习" else others
