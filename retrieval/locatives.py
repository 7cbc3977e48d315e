"""A meeting's locative and spellings: 「常务会上学法」 is 学法 at the 常务会 (or 常务会议).

jieba reads 会上 as one time word (常务|会上|学法) and, after 会议/例会, glues the locative 上 to
the next character (会议|上学|法): the question then asks for 会上 or 上学, words no report uses
for a meeting's study (reports write 常务会学法, 常务会议会前学法). In Chinese a meeting noun
followed by 上/中/里 is a place — "at the meeting" — so the locative is cut off with a clause
mark of the same length, and the meeting and the deed are read as words of their own.
上 that begins a verb (会上报 "will report", 会议上网) stays: those are not locatives.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from retrieval.concept import Concept

# a meeting noun (…会 / …会议 after a character of its name) and a locative not starting a verb
_MEETING_PLACE = re.compile(
    r"(?<=[\u4e00-\u9fff])(会议|会)([上中里])(?![报网班门访市级传交调升涨述线])"
)


# 「常务会议会前学法」「党委会前学法」「常务会议前学法」: a meeting (…会议, or a meeting's name
# before 会: 常务会, 党委会, 班子会…) and its 前 or 会前; a bare 会前 (「落实会前学法」) is the
# practice's own word, and 开会前 the event (``phrases.before_after``)
_MEETING_BEFORE = re.compile(
    r"(?:(?<=[\u4e00-\u9fff])(会议|会)会前"
    r"|(?<=[\u4e00-\u9fff])(会议)(?:之前|以前|前)"
    r"|(?<=常务|党委|党组|工委|常委|班子|办公|调度|推进|专题|联席)(会)(?:之前|以前|前))"
    r"(?![期夕景途沿列提台任身面])"
)


# 「在“常务会议”上学法」: a quoted place after 在, its locative after the closing mark
_QUOTED_PLACE = re.compile(r"(?<=在)([“\"「『‘'][^”\"」』’']{1,30}[”\"」』’'])([上中里内])")


def meeting_place(question: str) -> str:
    """「常务会上学法」 → 「常务会，学法」, 「在“常务会议”上学法」 → 「在“常务会议”，学法」
    (same length): a quotation mark closes a term, it never joins the locative after it to
    the next word (上学)."""
    question = _QUOTED_PLACE.sub(lambda m: f"{m.group(1)}，", question)
    question = _MEETING_BEFORE.sub(_before_cut, question)
    return _MEETING_PLACE.sub(lambda m: f"{m.group(1)}，", question)


def _before_cut(m: re.Match) -> str:
    """「常务会议会前」 → 「常务会议」: the study held before a meeting's business is held at that
    meeting (reports write 常务会学法, 常务会议学法 and 会前学法 for one practice), so the time
    locative goes and the meeting reads on into its deed, as the user who says 常务会议学法."""
    return next(g for g in m.groups() if g)


def meeting_spellings(word: str) -> tuple[str, ...]:
    """A meeting named with 会议 or with 会 alone is the same meeting (党委会议 ~ 党委会,
    常务会 ~ 常务会议): reports and users use both. Only names of two characters or more before
    the 会, so 开会 and 社会 are not meetings of their own. The same meeting held with more
    attending is written with 扩大 before 会议, often in brackets (「党工委(扩大)会议」
    「常委（扩大）会议」): still that body's meeting, so the widened spellings count too."""
    if word.endswith("会议") and len(word) >= 4:
        return (word[:-1], *_widened(word[:-2]))
    if (
        word.endswith("会")
        and len(word) >= 3
        and not word.endswith(("社会", "机会", "学会", "协会"))
    ):
        return (f"{word}议", *_widened(word[:-1]))
    return ()


def _widened(body: str) -> tuple[str, ...]:
    """The enlarged meeting of ``body`` (党工委 → 党工委(扩大)会议), as reports write it."""
    if body.endswith("扩大"):
        return ()
    return tuple(f"{body}{w}会议" for w in ("(扩大)", "（扩大）", "扩大"))


def before_meeting(question: str, concepts: Sequence[Concept]) -> tuple[Concept, ...]:
    """The meeting of 「常务会议会前学法」 spelled 会前 too: a report writing the practice by its
    time alone (「落实会前学法制度」) names the study at the meeting, as one writing 常务会学法
    does. When the deed is a concept of its own right after the cut locative (先 may stand
    between: 「常务会议前先学法」) the meeting takes 会前 (the deed's own concept reads 学法 of
    会前学法); a concept holding the meeting and its deed in one spelling (「常务会议学法或者旁听
    庭审」: 常务会议学法) takes 会前学法 and the meeting's other name (常务会学法)."""
    out = list(concepts)
    for m in _MEETING_BEFORE.finditer(question):
        said = question[: m.start() + len(_before_cut(m))]
        rest = question[m.end() :].lstrip("先再就都要 ")
        deed = next((c for c in out if len(c.term) >= 2 and rest.startswith(c.term)), None)
        for i, c in enumerate(out):
            if deed is not None and said.endswith(c.term):
                more = ["会前"]  # 「会前学法」: 会前 the meeting, 学法 the deed beside it
            else:
                more = [
                    f"{name}{a[len(w) :]}"
                    for a in c.alternatives
                    for w in _names_ending(said)
                    if a.startswith(w) and len(a) >= len(w) + 2 and a[len(w)] != "议"
                    for name in ("会前", w, *meeting_spellings(w))
                ]
            if more:
                out[i] = replace(c, alternatives=tuple(dict.fromkeys((*c.alternatives, *more))))
    return tuple(out)


def _names_ending(said: str) -> list[str]:
    """The meeting names ``said`` may end with: its last three to six characters that end in
    会 or 会议 (常务会议, 党工委会议)."""
    return [said[-n:] for n in range(6, 2, -1) if len(said) >= n and said.endswith(("会", "会议"))]


_COUNTED_TIMES = re.compile(r"次数|频次|(?:几|多少)[次回场]|开了[几多]")


def meeting_offered(concepts: Sequence[Concept], question: str = "") -> tuple[Concept, ...]:
    """A body's 开会 offered beside another of its deeds (「委员会开会或者审议文件」) is a deed
    asked, one side of the pair: reports write it 召开…会议 (「召开全面依法治县委员会会议」),
    seldom 开会, so that side takes their spellings. Said alone, 开会 is how the asker frames
    the deed and a word no report writes leaves the need; spelled 会议 it would hold the need
    to the word 会议 where a report writes 常务会. Unless it is the whole topic of a count
    (「开会次数对比」「开了几次会」): then the meetings are what is counted, and a report names
    them by 会议 or 例会 (「召开党工委(扩大)会议26次」「社区书记例会共12次」); 「哪些报告提到开会」
    asks the word and keeps it."""
    out = []
    # 「开会次数对比」: the meetings themselves are the topic counted
    alone = len(concepts) == 1 and _COUNTED_TIMES.search(question) is not None
    for c in concepts:
        parts = c.term.split("/")
        if (len(parts) > 1 or alone) and "开会" in parts:
            # counted alone, the meetings are named by 会议/例会; 召开 alone convenes anything
            # (召开新闻发布会10场, 召开运动会): no count of meetings (review68)
            held = ("会议", "例会") if alone else ("召开", "会议")
            c = replace(c, alternatives=tuple(dict.fromkeys((*c.alternatives, *held))))
        out.append(c)
    return tuple(out)
