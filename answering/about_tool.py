"""「帮我看下这个系统怎么用」「你能做什么」: a question about this tool, not about the reports.

Government reports never describe the app that reads them, so a question whose subject is the
tool itself — pointed at as 这个/本 系统 (工具, 助手…) or addressed as 你 — and whose predicate
asks how to use it or what it can do has no answer in any report: every quote would answer
another question (「系统学习《宪法》」 for 系统), and a follow-up (「他们那个县…」) would then
point at units nobody talked about. It gets a short usage note and no citations.

A system *of a report* is no tool: 「电子政务系统怎么用」 names its system with a noun, 「i深圳
这个平台怎么用」 names it before the pointer (这个 stands in apposition to the name), and after
a turn about a 系统/平台 「这个系统」 points back at that one, so none of these reads as help. A
question about the tool opens on it or on a request to the one asked (帮我看下, 请问, 那).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from answering.followup_turn import Turn
from answering.types import Answer, Kind
from reportqa.answer import Paragraph, Text

__all__ = ["asks_about_tool", "tool_help"]

_TOOL = r"(?:系统|工具|助手|软件|程序|应用|平台|问答)"
# the tool pointed at (这个系统, 本工具, 你们这个系统) or the one asked (你): its subject
_SUBJECT = rf"(?:(?:这个|这套|本|你们?(?:的|这个)?){_TOOL}|你们?)"
# how to use it, or what it can do
_USE = (
    r"(?:怎么|怎样|如何)(?:使用|用|操作|提问|问)|能(?:做|干|问)(?:些)?什么|可以(?:做|干|问)(?:些)?什么"
    r"|有(?:什么|哪些)功能|(?:的)?(?:使用方法|用法|使用说明)"
)
_ASKS = re.compile(
    rf"{_SUBJECT}(?:到底|究竟|应该|该|要)?(?:{_USE})|(?:怎么|怎样|如何)(?:使用|用){_SUBJECT}"
)
# what may stand before the tool asked of: nothing, a request to the one asked, a pause
_LEAD = re.compile(
    r"(?:^|[，,。.！!？?；;：:\s])(?:(?:请问|想问|问一?下|我想知道|那么?|好的?|嗯|你好|您好)[，,\s]*)?"
    r"(?:(?:帮我|麻烦|请|能不能|可以|可否)?(?:看一?下|看看|说说|讲讲|介绍一?下|告诉我|教我|问问)?)?$"
)
# the last turn talked of a system or platform: 「这个系统」 then points back at it
_TALKED = re.compile(_TOOL)

_HELP = (
    "这是一个就已导入的政府报告回答问题的助手：每个回答都引用报告原文，并注明单位、年份、报告标题和章节。"
    "可以这样问：「哪些乡镇聘请了法律顾问」（哪几份报告写了某事）、「甲镇2023年调解了多少件矛盾纠纷」"
    "（某单位的具体数字）、「比较甲镇和乙乡的普法活动」（几个单位对比），也可以接着追问「那某某镇呢」。"
)


def asks_about_tool(question: str, history: Sequence[Turn] = ()) -> bool:
    """Does ``question`` ask how to use this tool or what it does (no report answers it)?"""
    m = _ASKS.search(question)
    if m is None or not _LEAD.search(question[: m.start()]):
        return False
    pointed = "这" in m.group() and not m.group().startswith("你")
    return not (pointed and history and _TALKED.search(history[-1].effective))


def tool_help(question: str, mode: str) -> Answer:
    """The usage note, as an answer with no citations and no units."""
    return Answer(
        question, Kind.FACT, mode, body=(Paragraph((Text(_HELP),)),), resolved_question=question
    )
