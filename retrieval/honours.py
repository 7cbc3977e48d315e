"""「拿到过全国法治政府建设示范称号」: an honour is asked by its own words, the rest is frame.

People ask about an honour with a verb of receiving and a word for honour around its name
(拿到/获得/获评/荣获 … 称号/荣誉/殊荣); a report states it with other verbs and seldom the
frame noun (「创成全国第一批法治政府建设示范地区」「被命名为第二批全国法治政府建设示范市」
「首批全国法治政府建设示范区创建成果」). So when a name stands between them, the receiving verb
and the frame noun leave the need and the honour's name, as one concept, carries it (its
level stays with it: 省级…示范 is another honour than 全国…示范). A frame noun with no name before it (「获得过哪些荣誉」) is what is asked
and stays. A deed offered beside the receiving (「在争创或者已经拿到了…示范的称号」) is frame
too: striving for the honour or holding it, either is asked, and the report that names the
honour answers — a report that holds it seldom says it strove for it.

Striving may also be offered after the receiving (「拿到或者正在争创…示范称号」): the
disjunction is as loose as its loosest side, so the striving verb (争创, 创建, 申报) after 或者
is frame too, never the first words of the honour's name.
"""

from __future__ import annotations

import re

from retrieval.concept import Concept
from retrieval.legal_spellings import legal_variants
from retrieval.province_honours import provincial_spellings

RECEIVE = re.compile(
    r"(?:被评为|被授予|被命名为|被确定为|被列为|拿到|拿过|拿下|拿了|得到|得过|得了|获得|获评|荣获|获颁|评为|"
    r"授予|命名为|评上|当选|创成|获)(?:了|过)?"
)
_FRAME = re.compile(r"(?:荣誉称号|称号|荣誉|殊荣|牌子|帽子|招牌|头衔|名头)")
# spoken heads of an honour (「拿到了…的牌子」「戴上…的帽子」): a frame only after a receiving
# verb, as said of a plaque or title conferred; without one they are the things themselves
# (「统一门店牌子」「摘掉贫困县的帽子」 is a label taken off, no honour received); and only
# closing the object: 「拿到了户外招牌整治资金」 receives the funds, the 招牌 are signboards
_SPOKEN_FRAME = ("牌子", "帽子", "招牌", "头衔", "名头")
_NOUN_GOES_ON = re.compile(r"(?![了吗呢没哪谁是被由])[\u4e00-\u9fff]")
_LEVEL = re.compile(r"全国|国家级|省级|市级|县级|全省|全市|全县")
_BATCHES = ("首批", *(f"第{n}批" for n in "一二三四五六七八九十"))
_CLAUSE = re.compile(r"[，,。！？?!；;、\s]")
# a deed offered as the other side of the receiving verb, before it: 「争创或者已经拿到」「申报或者获评」
_OFFERED = re.compile(r"[\u4e00-\u9fff]{2}(?:或者|或是|还是|或)(?:已经|已|曾经)?$")
# 「拿到或者正在争创X称号」: a verb of striving offered after the receiving verb
_OFFERED_AFTER = re.compile(
    r"^(?:或者|或是|还是|或)(?:正在|已经|已|在|还|也)*(?:争创|创建|申报|申创|争取|冲刺)(?:了|过)?"
)
# what stands right before a frame noun that asks for it (「获得过哪些荣誉」「拿了什么称号」)
_ASKING = re.compile(r"(?:哪|什么|啥|何|多少|几|过|了|的|些|个|种|项|类)$")


def spellings(name: str) -> tuple[str, ...]:
    """``name``, and with the batch it was conferred in after its level (全国第一批…,
    全国首批…): honours are named in batches, and a report writes the batch inside the name
    as often as before it (「第二批全国…」 holds the name whole)."""
    level = _LEVEL.match(name)
    if not level:
        return (name,)
    head, rest = name[: level.end()], name[level.end() :]
    # 民主法制示范村 ~ 民主法治示范村: the title in either era's spelling (``legal_spellings``)
    rests = (rest, *legal_variants(rest))
    own = tuple(f"{head}{b}{r}" for r in rests for b in ("", *_BATCHES))
    if head in ("省级", "全省"):  # conferred by a province, often written by its name
        provincial = (s for r in rests for s in provincial_spellings(r, _BATCHES))
        return tuple(dict.fromkeys((*own, *provincial)))
    return own


def _rest(text: str, at: int) -> str:
    """The rest of the clause after ``at`` (「…的牌子哪个县区拿到了」: the verb said last)."""
    return re.split(r"[，,。！？?!；;、]", text[at:])[0]  # the asking words are blanked by now


def honours_in(text: str) -> list[tuple[int, int, Concept]]:
    """(start, end, concept) of each honour the question names between a receiving verb
    and a frame noun: the span covers the frame, the concept is the honour's name alone.
    The name is one concept, so its level stays in it (全国 of 全国…示范; 省级…示范 is
    another honour) and a report may spell it apart (全国第一批法治政府建设示范)."""
    out = []
    for m in _FRAME.finditer(text):
        before = _CLAUSE.split(text[: m.start()])[-1]
        verbs = list(RECEIVE.finditer(before))
        name = (before[verbs[-1].end() :] if verbs else before).rstrip("的")
        name = _OFFERED_AFTER.sub("", name) if verbs else name
        if len(name) < 2 or _ASKING.search(name):
            continue
        if m.group() in _SPOKEN_FRAME and (
            _NOUN_GOES_ON.match(text, m.end())
            or (not verbs and not RECEIVE.search(_rest(text, m.end())))
        ):
            continue
        start = m.start() - len(before) + (verbs[-1].start() if verbs else 0)
        if verbs and (offered := _OFFERED.search(text, 0, start)):
            start = offered.start()
        after = RECEIVE.match(text, m.end())  # 「…称号拿到了的地方」: the verb after it
        end = after.end() if after and not verbs else m.end()
        out.append((start, end, Concept(name, spellings(name), True)))
    return out
