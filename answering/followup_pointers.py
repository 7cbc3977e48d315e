"""The pointers a follow-up uses for the units just talked about: 「它」「这份报告」 for one,
「它们」「这几个乡镇」 for the last answer's units, 「这些」「上述」 asked of as documents.

Kept apart from the resolver so that its rules can name what a pointer is without reading
the whole of ``answering.followup``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from answering.followup_region import is_region
from reportqa.errors import QuestionError

__all__ = [
    "PLURAL",
    "POINTED_ONE",
    "PRONOUN",
    "REPORT_CLASSIFIER",
    "SINGULAR",
    "nothing_pointed",
    "points_back",
    "unqualified",
]

# 「这份是哪年的」「这篇是哪个单位发的」: a classifier carries its noun — 份 and 篇 count
# documents and articles, so 这份/这篇 with a verb or question word after it (no noun of its
# own, as 这份清单 has) is 这份报告 said short: the report of the last turn. A verb only where it
# can begin no noun (讲话稿, 讲稿, 说明, 提案, 发展规划, 有关…的通知 are documents of their own)
REPORT_CLASSIFIER = (
    r"(?:这|该)(?:份|篇)(?:报告|文章|材料|文件)?"
    r"(?=是|属于|算|讲(?!话|稿)|说(?!明)|写(?!作)|提(?:到|及|了|过|出)|里|由|发(?:的|布|出)|"
    r"印发|出自|来自|哪|谁|什么|有没有)"
)
SINGULAR = re.compile(
    r"它(?!们|俩)|这份报告|该报告|这篇(?:报告|文章)|这个(?:乡镇|乡|镇|街道|单位|地方)|该(?:乡镇|乡|镇|街道)|"
    rf"{REPORT_CLASSIFIER}|"
    r"(?:这|那)家"  # 家 counts organisations: 「这家」 is one unit, never a thing asked
)
# 「它们」「这几个区」「那些街道」: a plural pointer with the kind noun of units of any level
# (a district report's follow-up says 这几个区 as a town's says 这几个乡镇); 他们/她们 too —
# said of the units, or of the people the last answer quoted in them (「他们分别叫什么」 after
# 「哪些报告点了镇党委书记的名字」): either way the last answer's units are the ones asked of.
# 他们/她们 only as the subject (opening the question or a clause, after 那/那么/其中): after a
# verb or preposition (帮他们, 为她们, 给他们) they are the people the question's own deed
# serves (农民工, 企业), named in it, never the last answer's units (review fu78b)
# 它俩/它们俩 and 这两个镇 are the two units of the last answer, each asked of (review h88_30);
# 「陕西那两个区里」 is no pointer: 那 + a count after a region describes (the merge's dev rows, q69 h69_29)
PRONOUN = re.compile(
    r"它们?俩|它们|(?:^|(?<=[，,。？?！!：:\s])|(?<=那)|(?<=那么)|(?<=其中))[他她]们|(?:(?:这|那)(?:些|几个|几家)|这(?:两个|俩))(?:乡镇街道|乡镇|镇街|街道|单位|区县|乡|镇|区|县)|"
    r"上述(?:乡镇|单位)"
)
# 「它们分别是哪一年的报告」「这几个都是哪个县的」: the units of the last answer, asked about as
# documents (their year, parent, addressee) — never a search of the library's text
PLURAL = re.compile(
    r"它们?俩|它们|(?:上面|前面|刚才|刚刚)?(?:说的|提到的|的)?"  # 「上面这几个」「刚才说的那些」
    r"(?:这|那)(?:些|几个|几份|几家|[两三四五六七八九十]个|[两三四五六七八九十]份)"
    # the kind noun goes with the pointer it ends (「这两个镇」: no 「头营镇镇」 left behind)
    r"(?:乡镇街道|乡镇|镇街|单位|地方|街道|报告|区县|镇|乡|区|县)?|上述(?:乡镇|单位|报告)?|"
    r"以上(?:乡镇|单位|报告|几个|几份)"
)


def points_back(q: str, units: Sequence[str]) -> bool:
    """``q`` points at the last answer's ``units`` as a group (「它们」「这几个镇」「他们分别叫什么」).
    他们/她们 said after one unit (「他们去年的呢」 after 「许疃镇的报告是哪年的」) are that
    unit's people, the follow-up a question of the one unit's own — read as it was before
    他们 became a pointer (review fu78b: it turned a year asked of one unit into 「是不是」)."""
    m = PRONOUN.search(q)
    if not m or not units:
        return False
    return len(units) > 1 or not m.group(0).endswith(("他们", "她们"))


def unqualified(head: str) -> str:
    """``head`` without a region qualifying the pointer after it: 「宁夏这两个镇」 are the two
    units named now, the region said of them (a region left before their names reads as a
    question over the region)."""
    for n in range(min(10, len(head)), 1, -1):
        if is_region(head[-n:]):
            return head[:-n]
    return head


# 「刚说的那个区，…」「这个镇…」「该街道…」: the question opens by pointing at one unit said
# before — a demonstrative and a unit noun (区, 镇, 街道…), never a thing whose word begins with
# one (这个区域, 那个镇长, 这个市场主体, 这个市民中心, 这个区位优势, 这个乡村振兴)
POINTED_ONE = re.compile(
    r"^(?:那么?|请问|那请问)?(?:刚才?|刚刚|上面|前面|之前|你)?(?:说|提|讲|问)?(?:的|到的|过的)?"
    r"(?:这个|那个|该)(?:乡镇|街道|区县|单位|镇|乡|区|县|市)(?![域间块长委政级内外场民容貌位划村土愁贤])"
)


def nothing_pointed(q: str) -> None:
    """Ask back when ``q`` opens by pointing at a unit (「刚说的那个区」) and nothing said before
    names one: answered as typed, it quotes whichever reports hold its words — units the user
    never meant, the worst answer there is."""
    if POINTED_ONE.search(q.strip()):
        raise QuestionError(
            f"「{q}」指的是前面说过的单位，但前面的对话里没有提到任何单位。"
            "请直接说出要问的乡镇、街道或区县，例如「盐田区民生实事完成了几件？」"
        )
