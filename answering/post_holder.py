"""Who holds a post or a role, as a report says it — for fact questions asking *who*.

Reports name a person right after the post (「区人民政府区长何建文切实履行…」「镇党委书记
汪涛主持」), never in quotes, so a name asked of a post (「区长叫啥」) is read there: a post, then
a surname and one or two characters. And they set up a body in one long sentence whose role
holder stands in another clause than the body's name (「建立了以街道党工委书记、办事处主任为
指挥长，…为成员的…工作指挥部」「成立…领导小组，镇委书记任组长」): a question asking who leads
it is answered by the clause holding the holder, so the quote is widened to it — still one
verbatim stretch of the same sentence.
"""

from __future__ import annotations

import re

from answering.sentences import Span
from reportqa.text import to_simplified

_POST = r"(?:书记|区长|县长|镇长|乡长|市长|旗长|主任|组长|指挥长|局长|所长|站长|部长|主席|队长)"
# the common surnames; those that begin everyday words after a post in this genre are left
# out (任 of 任组长, 高 of 高度重视, 严 of 严格落实, 于/向/方/万/常/全; 曾 of 曾多次/曾对此,
# 许 of 许多, 陆 of 陆续: stop 21's review found 「书记曾多次深入」 read as a name)
_SURNAME = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐韩冯邓曹彭肖田董袁潘蒋蔡余杜叶程"
    "苏魏吕丁沈姚卢姜崔钟谭汪范金石廖贾夏韦付傅邹孟熊秦邱江尹薛闫段雷侯史陶黎贺顾毛郝龚"
    "邵钱覃武戴莫孔汤欧"
)
# what follows a name in a report: 同志, a punctuation mark or the first character of the
# verbs that follow an official's name (主持, 切实, 亲自, 带头, 召集, 担任, 牵头, 分管, 负责, 统筹,
# 部署, 督导, 履行, 听取, 作出, 为, 等, 在, 率队, 出席, 参加, 深入, 多次, 认真, 坚持, 组织, 要求,
# 指出, 强调, 对, 到, 先后)
_AFTER_NAME = (
    r"$|同志|[主切亲带召担兼任牵分负统部督履听作为等在率出参深多认坚组要指强对到先、，,。；;（(：:]"
)
_NAMED = re.compile(
    rf"{_POST}(?:同志)?(?P<name>[{_SURNAME}][\u4e00-\u9fff]{{1,2}}?)(?={_AFTER_NAME})"
)
# a role held in a report's sentence: 以A为组长, A任/担任组长, 由A牵头/挂帅
_ROLE = r"(?:第一|常务|执行|双)?副?(?:组长|指挥长|总指挥|主任|召集人|总召集人|第一责任人|牵头人)"
_HOLDER = re.compile(
    rf"以[^。；;]{{2,40}}?为{_ROLE}|[^，,。；;]{{2,30}}?(?:任|担任|兼任|出任){_ROLE}"
    r"|由[^，,。；;]{2,30}?(?:牵头|挂帅|负总责|总负责)"
)
_STOPS = "。；;！？!?\n"
_COMMAS = "，,"
_ASKS_WHO = re.compile(r"谁|哪位|哪个领导|什么人|牵头单位|负责单位")


# a name after a title or an honour noun closes before 等 (「专家孙喜琢等高端人才」), a list's 、,
# a clause's comma or 同志: a surname and one or two characters
_TITLED = rf"(?P<name>[{_SURNAME}][\u4e00-\u9fff]{{1,2}}?)(?=等|、|，|,|同志)"


def named_after_title(text: str, titles: tuple[str, ...]) -> str:
    """The person ``text`` (simplified) names straight after one of ``titles`` (「国务院特殊
    津贴专家孙喜琢等」), '' when none."""
    for title in titles:
        for m in re.finditer(re.escape(title) + _TITLED, text):
            return m.group("name")
    return ""


def named_after_post(text: str, posts: tuple[str, ...] = ()) -> str:
    """The person ``text`` (simplified) names right after a post (one of ``posts`` when given,
    「区长」 of 「区长叫啥」), '' when none."""
    for m in _NAMED.finditer(text):
        if not posts or any(text.startswith(p, m.start("name") - len(p)) for p in posts):
            return m.group("name")
    return ""


def asks_holder(question: str) -> bool:
    """Does the question ask who holds a role (「指挥长是谁当的」「谁牵头」)?"""
    return bool(_ASKS_WHO.search(to_simplified(question)))


def with_holder(span: Span, text: str, base: int) -> Span:
    """``span`` widened to the clause of its sentence holding a role's holder when it holds
    none; ``text``: the passage ``span`` was cut from, at report offset ``base``."""
    lo, hi = span.start - base, span.end - base
    if lo < 0 or hi > len(text) or text[lo:hi] != span.text:
        return span
    simple = to_simplified(text)
    if len(simple) != len(text) or _HOLDER.search(simple[lo:hi]):
        return span
    start = max((simple.rfind(ch, 0, lo) for ch in _STOPS), default=-1) + 1
    ends = [i for i in (simple.find(ch, hi) for ch in _STOPS) if i >= 0]
    end = min(ends) + 1 if ends else len(text)
    found = [m for m in _HOLDER.finditer(simple, start, end)]
    if not found:
        return span
    near = min(found, key=lambda m: min(abs(m.start() - lo), abs(m.end() - hi)))
    a, b = min(lo, _clause_start(simple, near.start(), start)), hi
    if near.end() > hi:  # the holder after the span: its clause's end
        stops = (simple.find(ch, near.end()) for ch in _COMMAS + _STOPS)
        b = min([i for i in stops if 0 <= i < end] + [end])
    while a < b and text[a] in " \t，,":
        a += 1
    return Span(base + a, base + b, text[a:b], span.score)


def _clause_start(simple: str, at: int, floor: int) -> int:
    """Where the clause holding offset ``at`` begins (after the last comma), not before
    ``floor``."""
    return max([simple.rfind(ch, floor, at) + 1 for ch in _COMMAS] + [floor])
