"""What a question asks for by its words alone: the thing a 「多少个村」 question counts, the kind
of name a 「是哪家银行」 question wants. Kept apart from the analyzer because answer checks
(``retrieval.carrier``) ask it without analysing the question again."""

from __future__ import annotations

import re

from reportqa.text import to_simplified
from retrieval.vocabulary import GENERIC_NOUNS, QUESTION_FRAME
from retrieval.when_asked import is_time_word

UNIT_WORD = re.compile(r"乡镇|镇|乡|街道|区县|县|区|单位|地方|报告")
COUNTED_NOUN = re.compile(
    r"(?:多少|几)\s*[个名位家座所间条项件次场户]\s*([\u4e00-\u9fff])(?![\u4e00-\u9fff])"
)


def counted_noun(question: str) -> str:
    """The one-character noun a 「多少个村」 question counts (村), else empty."""
    m = COUNTED_NOUN.search(to_simplified(question))
    return m.group(1) if m else ""


_ASKED_KIND = re.compile(r"(?:哪家|哪个|哪一家|哪一个)([\u4e00-\u9fff]{2,8}?)(?:[？?。，,！!]|$)")


def answer_type(question: str) -> str:
    """The kind of thing a 「是哪家银行」 question asks for; the answer must name one.
    Units, levels and frame words (哪个地方, 哪个乡镇) name no kind."""
    m = _ASKED_KIND.search(question)
    if not m:
        return ""
    kind = m.group(1)
    if kind in QUESTION_FRAME or kind in GENERIC_NOUNS or UNIT_WORD.fullmatch(kind):
        return ""
    if is_time_word(kind):  # 「哪个月办的」 asks a date (``when_asked``)
        return ""
    if _PERSON.match(kind):  # 「哪个领导人来调研过」: a person, named by post and name
        return ""
    if re.search(r"乡镇|街道|县|区|市|省|部门|单位|地方|年", kind):
        return ""
    return _PLATFORM_HEAD.sub(r"\1", kind)


# a person asked by a noun for people (领导, 领导人, 负责人, 同志, 官员): the report names them by
# post and name (委员长栗战书), never by the noun — it asks a person as 哪位 does; never a body,
# team or scheme of leading (哪个领导小组, 领导班子, 领导机制), which the report names as such
PERSON_NOUN = (
    r"(?:中央|[省市区县镇乡]级?)?(?:领导人?|负责人|同志|官员)"
    r"(?!小组|班子|机构|机制|体制|体系|责任|职责|核心|作用|制度|方式)"
)
_PERSON = re.compile(PERSON_NOUN)
# the words asking for a person: 谁, 哪位, 「哪个领导人」「哪个中央领导」
WHO = re.compile(rf"谁|哪位|什么人|姓名|名字|哪一?[个名]{PERSON_NOUN}")


# 「哪个网络学习平台」「哪个普法公众号」: a platform, system, app or column is named by its owner
# and remit (安徽干部教育在线平台, “法治XX”公众号), never by the user's description of it, so
# the name answers when it ends in the head; the describing words stay the topic's, judged as
# any other (网络 ~ 在线, ``retrieval.online_words``)
_PLATFORM_HEAD = re.compile(
    r"^[\u4e00-\u9fff]+?(平台|系统|公众号|小程序|网站|客户端|专栏|栏目|热线)$"
)
