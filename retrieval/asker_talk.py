"""The asker's talk inside the clauses of a question: said around the need, never part of it.

A spoken question is a topic and a comment (「垃圾分类，哪些区提过」); around the need the asker
speaks as people do. Each piece is known by the position it holds, not by a list of topics:

- **Particle**: a modal particle (嘛/啊/呢/吧/呀/啦/哦/嘞/呗) closing a clause carries the
  asker's tone — 「法律顾问制度嘛，」「哪些区提过啊」. A report never writes it.
- **Aside**: a predicate that judges the fronted topic's standing — its popularity or weight
  (「低空经济现在很火，」「调解挺重要的，」) — with no asking word in its clause. It is the
  asker's opinion of the topic, never a thing a report must say: a degree adverb (很/挺/
  特别…) before a word of salience (火/热门/重要/关键…). A judgement of the work itself
  (做得好, 成功率很高) is content and stays (``retrieval.question_words``).
- **Concern**: a first clause opened by the asker as a doer (我们, 领导, 司法局…) and a verb of
  concern (关心/关注/在意/感兴趣) or of being told to look (让我查, 叫我看): the doer and the
  verb say who cares and why, what follows it is the need (「我们司法局比较关心公共法律服务，」
  is 公共法律服务). Its 比较 is a degree adverb, never a comparison.
- **Resumption**: a deictic noun after the fronted topic (「扫黑除恶这事儿，」「这件事」) points
  back at it, and a 「的问题/的情况」 closing the fronted topic (「欠薪的问题，哪些区…」) only
  labels it as a matter to ask about; a shortcoming asked for (「存在的问题」「遇到的问题」)
  keeps its 问题.
- **Mention verb**: 提过/说过/讲过/谈过 closing the asking clause are 提到 with another aspect:
  the question asks where the fronted topic is written, as 提到 does.
"""

from __future__ import annotations

import re

__all__ = ["without_talk"]

_STOP = r"[，,。；;？?！!～~\s]"
_CLAUSE = r"[^，,。；;？?！!]"
_ASKS = r"哪|谁|几|多少|什么|有没有|是否|吗|怎么|如何"
# modal particles; 吧/嘛/呢/啦 also end a few nouns (网吧, 喇嘛, 毛呢, 啦啦队): not after those
_PARTICLE = re.compile(
    rf"(?:(?<![网酒书氧水茶话陶])吧|(?<!喇)嘛|(?<![毛花])呢|啊|呀|(?<!啦)啦|哦|嘞|呗|哈)+(?={_STOP}|$)"
)
# the asker's judgement of a topic's standing: a time of now, a degree adverb, a salience word
_NOW = r"现在|最近|眼下|如今|当下|目前|这几年|这两年|近几年|近两年|近年来?|这阵子|这段时间"
_DEGREE = r"很|挺|蛮|特别|非常|相当|超|太|真|老|比较|越来越|这么|那么"
_SALIENT = (
    r"火|火热|热|热门|红|流行|时兴|时髦|受关注|受重视|受欢迎|吃香|重要|关键|要紧|紧要|"
    r"有名|出名|普遍|常见|热乎"
)
_ASIDE = re.compile(
    rf"(?<={_CLAUSE}{{2}})(?:也|都|还)?(?:{_NOW})?(?:也|都|还)?(?:{_DEGREE})(?:{_SALIENT})"
    rf"(?:的|了)?(?=[，,；;]\s*{_CLAUSE}*?(?:{_ASKS}))"
)
_DOER = (
    r"县里|区里|市里|镇里|局里|单位|领导|上级|上面|我们|咱们|我|本人|这边|我们这边|"
    r"(?:我们|咱们)?(?:[\u4e00-\u9fff]{0,4}?(?:局|办|所|科|处|室|委|院|中心))"
)
_CONCERNED = r"关心|关注|在意|在乎|感兴趣|留意|惦记|重视"
_TOLD = (
    r"(?:让|叫|要|安排|派)(?:我|我们|咱们)(?:查|看|找|问|了解|摸|翻)(?:一下|下|查|看|一查|一看)?"
)
_CONCERN = re.compile(
    rf"^\s*(?:{_DOER})(?:都|也|一直|最近|现在|这阵子)?"
    rf"(?:(?:{_DEGREE})?(?:{_CONCERNED})(?:一下|的是)?|{_TOLD})(?=[^，,。？?！!]{{2}})"
)
# 「我们对X比较关心，」: the concerned doer said around the topic
_CONCERN_AROUND = re.compile(
    rf"^\s*(?:{_DOER})(?:都|也|一直)?对(?P<topic>{_CLAUSE}{{2,}}?)"
    rf"(?:都|也|一直)?(?:{_DEGREE})?(?:{_CONCERNED})(?=[，,])"
)
# a deictic noun resuming the topic just fronted: 这事儿, 这件事, 这个事情, 这档子事
_RESUMED = re.compile(
    rf"(?<={_CLAUSE}{{2}})[这那](?:一?件|个|档子|种)?(?:事儿|事情|事)(?=[，,；;])"
)
# 「X的问题，」: the fronted topic labelled a matter; a shortcoming (存在的问题) is asked for
_LABEL = re.compile(
    rf"(?<={_CLAUSE}{{2}})(?<!存在)(?<!面临)(?<!遇到)(?<!碰到)(?<!发现)(?<!突出)(?<!主要)"
    rf"(?<!反映)(?<!出现)(?<!解决)(?<!整改)的(?:问题|情况|事情|事儿|事)(?=[，,；;]\s*{_CLAUSE}*?(?:{_ASKS}))"
)
# a mention verb with the aspect 过 closing its clause is 提到 (a report writes neither)
_MENTIONED = re.compile(rf"(?<=[哪谁几区县镇乡市省些份篇个])(?:提|说|讲|谈|聊)过(?={_STOP}|$)")


def without_talk(q: str) -> str:
    """``q`` without the asker's particles, asides, concern, resumptions and labels, and 提过
    read as 提到; unchanged when it has none."""
    if m := _CONCERN_AROUND.match(q):
        q = m.group("topic") + q[m.end() :]
    else:
        q = _CONCERN.sub("", q, count=1)
    for pattern in (_ASIDE, _RESUMED, _LABEL, _PARTICLE):
        q = pattern.sub("", q)
    return _MENTIONED.sub("提到", q)
