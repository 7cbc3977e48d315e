"""The asker's talk inside the clauses of a question: said around the need, never part of it.

A spoken question is a topic and a comment (「垃圾分类，哪些区提过」); around the need the asker
speaks as people do. Each piece is known by the position it holds, not by a list of topics:

- **Particle**: a modal particle (嘛/啊/呢/吧/呀/啦/哦/嘞/呗) closing a clause carries the
  asker's tone — 「法律顾问制度嘛，」「哪些区提过啊」. A report never writes it. It is a
  particle only when jieba cuts it as a word of its own: a noun ending in the same character
  (网吧, 咖啡吧, 喇嘛) is one word and keeps it.
- **Aside**: a predicate that judges the fronted topic's standing — its popularity or weight
  (「低空经济现在很火，」「调解挺重要的，」) — with no asking word in its clause. It is the
  asker's opinion of the topic, never a thing a report must say: a degree adverb (很/挺/
  特别…) before a word of salience (火/热门/重要/关键…). A judgement of the work itself
  (做得好, 成功率很高) is content and stays (``retrieval.question_words``).
- **Concern**: a first clause opened by the asker (我/我们/咱们, maybe with their unit:
  我们司法局) and a verb of concern (关心/关注/在意/感兴趣), or by anyone telling the asker to
  look (领导叫我查): the doer and the verb say who cares and why, what follows it is the need
  (「我们司法局比较关心公共法律服务，哪些…」 is 公共法律服务), when a later clause asks. Its
  比较 is a degree adverb, never a comparison. A body that cares or values (县委重视,
  领导重视) is itself a practice the reports write, and a concern verb that opens a longer
  word (关心下一代工作委员会) is part of a name: both stay.
- **Resumption**: a deictic noun after the fronted topic (「扫黑除恶这事儿，」「这件事」) points
  back at it, and a 「的问题/的情况」 closing the fronted topic (「欠薪的问题，哪些区…」) only
  labels it as a matter to ask about when it follows a noun (欠薪、拖欠农民工工资的问题,
  河道巡查的问题); after a verb or adjective phrase (审计查出的问题, 群众反映强烈的问题,
  存在的问题) the 问题 is what is asked for and stays, as it does when the dictionary joins it
  to the word before it (历史遗留问题).
- **Mention verb**: 提过/说过/讲过/谈过/写过 closing a clause that asks (「哪些单位提过」,
  「法律顾问，哪些报告里说过」), or said by a report (「哪些报告提过法律顾问」), are 提到 with
  another aspect: the question asks where the topic is written, as 提到 does. Said by a
  unit before its object (「哪些镇提过建议」) it is the unit's own deed and stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from retrieval.list_all import without_list_all

__all__ = ["without_talk"]

Tagger = Callable[[str], list[tuple[str, str]]]

_STOP = r"[，,。；;？?！!～~\s]"
_CLAUSE = r"[^，,。；;？?！!]"
_ASKS = r"哪|谁|几|多少|什么|有没有|是否|吗|怎么|如何"
# modal particles closing a clause: candidates, each kept unless jieba cuts it alone (_lone)
_PARTICLE = re.compile(rf"(?:吧|嘛|呢|啊|呀|啦|哦|嘞|呗|哈)+(?={_STOP}|$)")
# the asker's judgement of a topic's standing: a time of now, a degree adverb, a salience word
_NOW = r"现在|最近|眼下|如今|当下|目前|这几年|这两年|近几年|近两年|近年来?|这阵子|这段时间"
_DEGREE = r"很|挺|蛮|特别|非常|相当|高度|十分|格外|超|太|真|老|比较|越来越|这么|那么"
_SALIENT = (
    r"火|火热|热|热门|红|流行|时兴|时髦|受关注|受重视|受欢迎|吃香|重要|关键|要紧|紧要|"
    r"有名|出名|普遍|常见|热乎"
)
_ASIDE = re.compile(
    rf"(?<={_CLAUSE}{{2}})(?:也|都|还)?(?:{_NOW})?(?:也|都|还)?(?:{_DEGREE})(?:{_SALIENT})"
    rf"(?:的|了)?(?=[，,；;]\s*{_CLAUSE}*?(?:{_ASKS}))"
)
# the asker, maybe with their own unit (我们司法局, 咱们办公室)
_ASKER = r"(?:我们|咱们|我)(?:[\u4e00-\u9fff]{0,4}?(?:局|办|所|科|处|室|委|院|馆|站|队|中心))?"
_CONCERNED = r"关心|关注|在意|在乎|感兴趣|留意|惦记"
_TOLD = (
    r"(?:领导|上级|上面|" + _ASKER + r")(?:让|叫|要|安排|派)(?:我|我们|咱们)"
    r"(?:查|看|找|问|了解|摸|翻)(?:一下|下|查|看|一查|一看)?"
)
_LATER_ASK = rf"(?={_CLAUSE}{{2,}}[，,；;]\s*{_CLAUSE}*?(?:{_ASKS}))"
_CONCERN = re.compile(
    rf"^\s*(?:{_ASKER}(?:都|也|一直|最近|现在|这阵子)?(?:{_DEGREE})?(?P<verb>{_CONCERNED})"
    rf"(?:一下|的是)?|{_TOLD}){_LATER_ASK}"
)
# 「我们对X比较关心，」: the concerned asker said around the topic
_CONCERN_AROUND = re.compile(
    rf"^\s*{_ASKER}(?:都|也|一直)?对(?P<topic>{_CLAUSE}{{2,}}?)"
    rf"(?:都|也|一直)?(?:{_DEGREE})?(?:{_CONCERNED})(?=[，,]\s*{_CLAUSE}*?(?:{_ASKS}))"
)
# a deictic noun resuming the topic just fronted: 这事儿, 这件事, 这个事情, 这档子事
_RESUMED = re.compile(
    rf"(?<={_CLAUSE}{{2}})[这那](?:一?件|个|档子|种)?(?:事儿|事情|事)(?=[，,；;])"
)
# 「X的问题，」 closing a fronted topic before a clause that asks (_labelled decides)
_LABEL = re.compile(
    rf"(?<={_CLAUSE}{{2}})的(?P<label>问题|情况|事情|事儿|事)(?=[，,；;]\s*{_CLAUSE}*?(?:{_ASKS}))"
)
# a mention verb with the aspect 过 (a report writes neither 提过 nor 提到)
_MENTIONED = re.compile(r"(?:提|说|讲|谈|聊|写)过")
# a body named by its cause: 关心下一代工作委员会, 关注留守儿童协会
_BODY = re.compile(r"[\u4e00-\u9fff]{2,10}?(?:委员会|协会|联合会|促进会|基金会)")
_CLOSES = re.compile(rf"{_STOP}|$")
_BY_REPORT = re.compile(r"(?:报告|文件|材料|总结)(?:里|中|里面|上)?$")


def _default_tagger() -> Tagger:
    import jieba.posseg  # not at import: its tag table costs every start ~0.5 s

    return lambda text: [(p.word, p.flag) for p in jieba.posseg.cut(text)]


def _clause_start(q: str, at: int) -> int:
    return max(q.rfind(c, 0, at) for c in "，,。；;？?！!") + 1


def _lone(q: str, m: re.Match, tagged: Tagger) -> bool:
    """The particles of ``m`` are words of their own, each cut alone by jieba."""
    words = tagged(q[_clause_start(q, m.start()) : m.end()])
    n = len(m.group(0))
    tail, before = words[-n:], words[-n - 1 : -n]
    if "".join(w for w, _ in tail) != m.group(0) or any(len(w) > 1 for w, _ in tail):
        return False
    # 贴/吧: a lone verb before it spells a noun jieba does not know (贴吧), as a question
    # closes on no bare verb with a particle; a noun (河/长/制/嘛), an aspect particle
    # (提过啊, 写了吧) or a whole word before it leaves it a particle
    return not before or len(before[0][0]) > 1 or not before[0][1].startswith("v")


def _labelled(q: str, m: re.Match, tagged: Tagger) -> bool:
    """The 的问题 of ``m`` labels a noun (河道巡查的问题), not a verb's or adjective's own
    问题 (查出的问题, 强烈的问题), nor one the dictionary binds (历史遗留问题)."""
    words = tagged(q[_clause_start(q, m.start()) : m.start()])
    if not words or not words[-1][1].startswith(("n", "vn")):
        return False
    bound = tagged(words[-1][0] + m.group("label"))
    return len(bound) > 1 and bound[-1][0] == m.group("label")


def _mention(q: str, m: re.Match) -> bool:
    """``m`` (提过) closes a clause that asks, or a report says it."""
    start = _clause_start(q, m.start())
    end = _CLOSES.search(q, m.end()).start()
    if _BY_REPORT.search(q[start : m.start()]):
        return True
    return end == m.end() and re.search(_ASKS, q[start:end]) is not None


def _own_word(q: str, m: re.Match, tagged: Tagger) -> bool:
    """The concern verb of ``m`` ends a word of its own (关心, not 关心下一代…): a body named
    by the cause it serves opens with that verb (关心下一代工作委员会)."""
    if m.group("verb") is None:
        return True
    if _BODY.match(q, m.end("verb")):
        return False
    at, end = 0, m.end("verb") - m.start()
    for word, _ in tagged(q[m.start() : m.end() + 8].strip()):
        at += len(word)
        if at >= end:
            return at == end
    return True


def without_talk(q: str, tagged: Tagger | None = None) -> str:
    """``q`` without the asker's particles, asides, concern, resumptions and labels, and 提过
    read as 提到; unchanged when it has none. ``tagged``: the library's tagger (jieba's own
    when None)."""
    tagged = tagged or _default_tagger()
    q = without_list_all(q)  # 「…？一个都别漏」: said to the answerer
    if m := _CONCERN_AROUND.match(q):
        q = m.group("topic") + q[m.end() :]
    elif (m := _CONCERN.match(q)) and _own_word(q, m, tagged):
        q = q[m.end() :]
    for pattern in (_ASIDE, _RESUMED):
        q = pattern.sub("", q)
    q = _cut(q, _LABEL, lambda m: _labelled(q, m, tagged))
    q = _cut(q, _PARTICLE, lambda m: _lone(q, m, tagged))
    return _cut(q, _MENTIONED, lambda m: _mention(q, m), "提到")


def _cut(q: str, pattern: re.Pattern, keep_out: Callable[[re.Match], bool], by="") -> str:
    """``q`` with each match of ``pattern`` that ``keep_out`` accepts replaced by ``by``."""
    return pattern.sub(lambda m: by if keep_out(m) else m.group(0), q)
