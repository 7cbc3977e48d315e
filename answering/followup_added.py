"""Follow-ups that add units to the last question: 「再把丙乡也加进来比一比」, and a new unit
with both set side by side — 「那乙镇呢，它们俩谁多？」「乙镇呢？这两个哪个开得多」.

Both ask the last question again over the earlier units and the new ones. The second is
how people compare in speech: they name one more unit, then point at the pair (它们俩, 这俩,
这两个, 二者) and ask which is more (谁多, 哪个…得多). Without the pair word the same unit
alone (「那乙镇呢」) only moves the last question to it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from answering.followup import Turn

from reportqa.errors import QuestionError
from reportqa.units import short_name, spoken_name

# adding is said by putting in (加/放/算/纳 + 进来/进去, 带上) or by saying or listing them
# together (一起说, 一并讲, 一起列出来; 「放在一起抓」 is a deed): each puts the units beside
# the last question's, never a need of its own
_ADD = re.compile(
    r"加进来|加进去|加上|加入|也算上|也算进|一起比|也比一比|也比较"
    r"|(?:放|算|纳|摆|拉|凑)进(?:来|去)|带上|捎上|拉上|(?:一起|一并|一块儿?)(?:说|讲|谈|聊)"
    r"|(?:一起|一并|一块儿?)(?:列出来|列一下|列出|列个表|列表|列上)"
    # 「把盐田、光明的也列出来比比」: 也 puts the units listed beside those already asked of,
    # to be compared (「把坪山的也列出来」 alone, after a list, asks whether it belongs there)
    r"|也(?:都)?(?:列出来|列一下|列上|列进来)(?=[^，,。？?]{0,3}(?:比|对照))"
)
# Short adding words that are also everyday verbs: the bare 「一起列」 said last (「那丙区呢，
# 一起列」; 一起列入 puts a task into a plan) and 「再加丙区」「再加个丙乡」 (再加装/再加宽/再加以
# 整改/再加一个问题 are deeds or asides, 加强/加大/加快 deeds done more). They add units only
# when the follow-up says nothing but units around them (``_said_bare``): a follow-up that
# carries a topic of its own (「把宝安区的重点项目一起列」) asks that topic, never the last one
_ADD_SHORT = re.compile(
    r"(?:一起|一并|一块儿?)列(?=[吧呢？?。!！]*$)|再加(?:个|一个)?(?![强大快紧速倍重深剧码班上入进])"
)
# what may stand around the names in such a follow-up: 「那松涧呢，一起列」「再加个松涧区吧」
_PARTICLES = re.compile(r"[那么也都把将还的呢吧啊呀，,、和与及。？?!！\s]")
# and the comparing words and a bare pick that say how, not what (「再加个丙区比一比」「再加丙区，
# 哪个多」): the last question's measure is still the one compared
_HOW = re.compile(
    r"(?:一起|一并)?(?:比一比|比一下|比比|比较一下|比较|对比一下|对比)"
    r"|(?:谁|哪个|哪一个|哪家|哪边)(?:的)?(?:更|最)?(?:多|少|高|低)(?:些|一些|一点)?"
)
# the pair pointed at, then which of it is more or less: 「它们俩谁搞得多」「这两个哪个多」
# Without a pronoun a counter can count something else (「两个村哪个多」): then nothing may
# stand between the pair word and 谁/哪个
# a pair counted by the kind of unit compared (「两个区哪个多」「两县谁高」) is the pair asked of
_COUNTED = r"(?:俩|两个(?:区县|乡镇|街道|区|县|镇|乡)?|两家|两者|二者|两[镇乡地区县])"
_PAIR = rf"(?:它们|他们|她们|这|那){_COUNTED}[^，,。？?]{{0,2}}?|{_COUNTED}|两者之间|二者之间"
_BOTH = re.compile(
    # the comparing verb may stand between the pair and the pick (「两个比一下哪个高」)
    rf"(?:{_PAIR})(?:比一下|比一比|比比|相比|对比一下)?(?:谁|哪个|哪一个|哪家|哪边)"
    r"(?P<how>[^，,。？?]{0,6}?)(?P<which>多|少|高|低)"
)
_WORDS_MORE = {"多": "更多", "少": "更少", "高": "更高", "低": "更低"}
# around the names in 「再把丙乡也加进来比一比」「再加上丙乡呢」: what is left is names
_ADD_LEAD = re.compile(r"^(?:那么?|再|还|把|将)+")
_ADD_TAIL = re.compile(
    r"(?:也|都|一起|一并|一块儿?|呢|吧|(?:再)?(?:比一比|比一下|比比|比较一下|比较|对比一下|对比))+$"
)
_UNIT_NAME = re.compile(r"[\u4e00-\u9fff]{1,8}(?:街道|乡|镇|县|区)")
# 「其他区」「别的镇」「其余街道」 point at the rest of the library (``followup_others``), no name
_REST = re.compile(r"其他|其它|别的|其余")


# a follow-up that opens on 跟/和/与/同 has no subject of its own (「跟乙镇、丙镇比一下」): the
# side it sets the named units beside is the unit just talked about
_WITH_LAST = re.compile(r"^(?:那么?|再|还)?(?P<with>跟|和|与|同)[^，,。？?]{2,24}?(?:比|相比|对比)")
# one unit named, then a pick said bare in a clause of its own (「丙街道审了多少份，哪个多」):
# a pick needs two sides, so the other side is the last question's unit
_PICK_BARE = re.compile(
    r"[，,；;]\s*(?:谁|哪个|哪一个|哪家|哪边)(?:的)?(?:更|最)?(?:多|少|高|低)(?:些|一些|一点)?[？?。!！]*$"
)
# a question that lists two things of its own before the pick (「宝安区收入和支出，哪个多」
# 「行政复议和行政诉讼案件，哪个多」「2022年和2023年的，哪个高」) picks between them, not units
_LISTS_OWN = re.compile(r"和|与|及|、|或|还是")
# a bare pick compares on the last question's measure, so the clause before it may only say that
# measure again (「丙街道审了多少份」 after 「甲街道审了多少份合同」); a measure of its own
# (「宝安区常住人口多少，哪个多」 after a GDP question) is a question of its own, not two sides
_ASKS = re.compile(r"多少|几|是|了|的|有|各|呢|吗|那|[个份件次起名人场项台家]")


def adds_units(q: str, named: int, names: Sequence[str] = (), prev_q: str = "") -> bool:
    """Does the follow-up add its units to the last question's (加进来, or 它们俩谁多 after
    naming ``named`` == 1 unit: 「乙乡和丙镇，两者谁多」 names its own pair; 「跟乙、丙比一下」
    opening on the comparing word; 「乙街道审了多少份，哪个多」 picking with one unit named
    and no measure but ``prev_q``'s; 「再加乙」「那乙呢，一起列」 said with nothing but units)?
    ``names`` are the units named: a unit whose name opens on 和/同 (和平镇) is no 「和」 of
    comparing."""
    if _adding(q, names) or (named == 1 and _BOTH.search(q)):
        return True
    pick = _PICK_BARE.search(q)
    if named == 1 and pick and _says_last_measure(q[: pick.start()], names, prev_q):
        return True
    m = _WITH_LAST.match(q.strip())
    if not m or not named:
        return False
    q = q.strip()
    forms = [[n for n in (u, spoken_name(u), short_name(u)) if n] for u in names]
    if any(q[m.start("with") :].startswith(n) for f in forms for n in f):
        return False
    # every unit named inside 「跟…比」: one named after it (「跟乙比，丙的高吗」) is a side of its own
    return all(any(0 <= q.find(n) < m.end() for n in f) for f in forms)


def _without_names(q: str, names: Sequence[str]) -> str:
    """``q`` with the units named taken out (whole, spoken and short: 和平镇 is no 「和」)."""
    forms = sorted({n for u in names for n in (u, spoken_name(u), short_name(u)) if n}, key=len)
    for n in reversed(forms):
        q = q.replace(n, "")
    return q


def _adding(q: str, names: Sequence[str] = ()) -> re.Pattern[str] | None:
    """The adding words ``q`` says: a frame of ``_ADD``, or a short one (``_ADD_SHORT``) said
    with nothing but units (``names``, or names spelled as units) around it."""
    if _ADD.search(q):
        return _ADD
    short = _ADD_SHORT.search(q)
    if short and _said_bare(q[: short.start()] + q[short.end() :], names):
        return _ADD_SHORT
    return None


def _says_last_measure(clause: str, names: Sequence[str], prev_q: str) -> bool:
    """Does ``clause`` (before a bare pick) list nothing of its own and say no word that
    ``prev_q`` (the last question) does not?"""
    clause = _without_names(clause, names)
    if _LISTS_OWN.search(clause):
        return False
    return all(ch in prev_q for ch in re.findall(r"[\u4e00-\u9fff]", _ASKS.sub("", clause)))


def _said_bare(rest: str, names: Sequence[str]) -> bool:
    """Is ``rest`` (the follow-up without its adding word) only units and particles? A unit
    the library lacks (「再加柳江区」) is still a unit's name, to be said missing."""
    rest = _UNIT_NAME.sub("", _without_names(rest, names))
    return not _PARTICLES.sub("", _HOW.sub("", rest))


def pair_pick(q: str, count: int = 2) -> str:
    """The pick 「它们俩谁搞得多」 asks of the pair, as a ranking (「哪个更多」), '' when none.

    A pair is two: with ``count`` units in play (the last turn named two, the follow-up a
    third: 「宝安呢？两个区哪个多」) the pair word does not say which two are meant, and a pick
    out of all three answers a question nobody asked — it is asked back."""
    m = _BOTH.search(q)
    if m and count > 2:
        raise QuestionError(
            f"「{q}」问的是两个单位哪个{m.group('which')}，但加上这次说的单位一共有 {count} 个。"
            "请说明要比较哪两个，例如「甲区和乙区哪个多」，或说「三个区哪个最多」"
        )
    return f"哪个{_WORDS_MORE[m.group('which')]}" if m else ""


def unknown_added(q: str, have: Sequence[str]) -> list[str]:
    """The units 「再加上丙乡呢」 adds that the library has no report of: each name between
    the frame words, spelled as a unit (…乡/镇/街道/县/区), that is none of ``have`` (the
    known units the follow-up names)."""
    if not (adding := _adding(q, have)):
        return []
    out = []
    for piece in re.split(r"[\s和与及、跟同，,？?。!！]+", adding.sub(" ", q)):
        name = _ADD_TAIL.sub("", _ADD_LEAD.sub("", piece))
        said = {f for u in have for f in (u, spoken_name(u))}  # 焉耆县 is 焉耆回族自治县
        if (
            _UNIT_NAME.fullmatch(name)
            and not _REST.match(name)
            and not any(name in u or u in name for u in said)
        ):
            out.append(name)
    return out


def last_pair(q: str, history: Sequence[Turn]) -> tuple[str, ...]:
    """The two units the pair word of a follow-up naming none points at (「这两个哪个多」
    after 「甲镇调解了多少件？」「那乙乡呢？」): one unit in each of the last two turns, the
    last one the same question moved (its resolved question differs from its words).
    () when the last two turns are not that."""
    if not pair_pick(q) or len(history) < 2:
        return ()
    before, last = history[-2], history[-1]
    if len(before.townships) != 1 or len(last.townships) != 1 or last.q == last.effective:
        return ()
    pair = (before.townships[0], last.townships[0])
    return pair if pair[0] != pair[1] else ()


# a name a user adds by: a unit of any level (殷祖镇, 三亚市, 海原县)
_ADDED_NAME = re.compile(r"[\u4e00-\u9fff]{1,10}(?:街道|乡|镇|县|区|市|州|旗|盟)")


def adds_to_nothing(q: str) -> bool:
    """Is ``q`` only the frame of adding units (「再把殷祖镇也加进来比一比」「再加上东门街道呢」),
    names and nothing of a need? Asked first in a conversation it points at a comparison that
    was never asked: there is nothing to add the units to, and searching the frame's words
    answers a question nobody asked, so the user is asked back."""
    if not (adding := _adding(q)):
        return False
    for piece in re.split(r"[\s和与及、跟同，,？?。!！]+", adding.sub(" ", q)):
        name = _ADD_TAIL.sub("", _ADD_LEAD.sub("", piece))
        if name and not _ADDED_NAME.fullmatch(name):
            return False
    return True


# 「那峡口镇呢？」「那么云乐镇的呢」: a unit and nothing of a need, asking the last question of it.
# 呢 after a bare name asks 「and what about X」 by itself (「峡口镇呢？」): the lead may go; 怎么样
# and 如何 after a bare name ask of the unit as a whole (「峡口镇怎么样」), a question of its own
_UNIT = r"(?P<name>[\u4e00-\u9fff]{1,10}(?:街道|乡|镇|县|区|市|州|旗|盟))"
_ONLY_UNIT = re.compile(
    rf"^(?:(?:那么?|那个|还有)\s*{_UNIT}的?\s*(?:呢|怎么样|如何)|{_UNIT.replace('name', 'bare')}的?\s*呢)"
    r"\s*[？?]?$"
)


def nothing_to_add(q: str) -> None:
    """Raise the question back for a first question that only adds units (``adds_to_nothing``)
    or only names one (「那峡口镇呢？」): such a question carries no need of its own, it asks
    the last question again of the unit, and first in a conversation there is none — searching
    its words would answer 「没有找到「那峡口镇呢」」, which reads as if the report said nothing."""
    if adds_to_nothing(q):
        raise QuestionError(
            f"「{q}」要把单位加进上一个比较，但这是对话的第一个问题，还没有可以加入的比较。"
            "请把要比较的单位和内容一起说出来，例如「比较甲镇和乙乡全年开展普法活动的场次」"
        )
    only = _ONLY_UNIT.match(q.strip())
    if only:
        name = only.group("name") or only.group("bare")
        raise QuestionError(
            f"「{q}」要接着上一个问题问{name}，但这是对话的第一个问题，还没有可以接着问的内容。"
            f"请把要问的内容说完整，例如「{name}聘请了法律顾问吗」"
        )


# the words that lead a need said after the adding clause: 「，比比政务公开」「，看看各调了多少起」
_NEED_LEAD = re.compile(
    r"^(?:那么?|再|然后)?(?:比比|比一比|比一下|比较一下|比较|对比一下|对比|看看|看一下|看下|说说|讲讲)?"
)


def added_need(q: str, prev_q: str = "") -> str:
    """The need a follow-up that adds units names after its adding clause (「再把丙乡也加进来，
    比比政务公开」 → 政务公开, 「…，看看各调了多少起纠纷」 → 各调了多少起纠纷), '' when it names
    none. The adding clause only puts units in; a clause after it that names a thing replaces
    the last question's measure — it changes what it names and nothing else. A clause that
    picks (谁/哪) ranks the units on the last measure, and one whose words are all the last
    question's (「比比谁调解得好」 after 「…调解了多少起」) names it again: no new need."""
    clauses = [c for c in re.split(r"[，,；;]", q.strip()) if c]
    at = next((i for i, c in enumerate(clauses) if _ADD.search(c)), None)
    if at is None or at == len(clauses) - 1:
        return ""
    need = _NEED_LEAD.sub("", "，".join(clauses[at + 1 :]).strip()).rstrip("？?。!！ ")
    # asking and picking words (「哪个最多」「它们俩谁多」) ask of the units, they name no thing
    left = re.sub(
        r"各|分别|都|了|过|呢|吧|吗|多少|几[个件起场次名人项条]?|[的得]|哪一?个|哪家|谁|它们|俩|"
        r"[最更]?(?:多|少|高|低|大|小)|"
        # 「三个对比一下」「这几家比一比」: the units counted and the comparing verb, no thing
        r"[这那]?[一二两三四五六七八九十几]+[个家地处]|对比|比较|比一比|比一下|比比|一下|看看",
        " ",
        need,
    )
    # 谁/哪 pick a unit, but 哪年/哪一年 asks each unit's year (「这三个分别是哪一年的报告」)
    if re.search(r"谁|哪(?!一?(?:个)?年)", need) or all(
        ch in prev_q for ch in re.findall(r"[\u4e00-\u9fff]", left)
    ):
        return ""
    return need if re.search(r"[\u4e00-\u9fff]{2,}", left) else ""


# the units pointed at as a whole, opening the need (「这三个」「它们几个」「这些单位」)
_POINTED = re.compile(
    r"^(?:[这那][一二两三四五六七八九十几]+[个家份处]|它们(?:[一二两三四五六七八九十几]+个)?|这些(?:单位)?|这几家)"
)


def with_need(units: Sequence[str], need: str) -> str:
    """The comparison of ``units`` on ``need``: 「A、B和C各调了多少起纠纷？」 when the need asks
    each unit's count, else 「比较A、B和C的政务公开」."""
    named = "、".join(units[:-1]) + f"和{units[-1]}" if len(units) > 1 else "".join(units)
    need = _POINTED.sub("", need)  # 「这三个分别是哪一年的」: the units it points at are named
    if re.match(r"各|分别", need) or re.search(r"多少|几|哪一?(?:个)?年", need):
        return f"{named}{need}？"
    return f"比较{named}的{need}"
