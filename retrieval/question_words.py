"""How a question's characters become words before its need is read, and which of them
only point at the topic or comment on it.

jieba leaves words it does not know as single characters (巡/河, 快/闪) and tags words by a
guess; a question's words are grouped back here, by general facts of Chinese: a run of single
characters is one unknown word, a one-character noun suffix (证, 站) extends the word before
it, and characters after a verb continue the verb phrase (牵头/抓/总).
"""

from __future__ import annotations

import re

from reportqa.text import STOPWORDS
from retrieval.asking_frames import asking_word
from retrieval.conversions import opens_conversion
from retrieval.degree_asks import degree_asks_joined
from retrieval.titled_levels import TITLED_LEVELS
from retrieval.vocabulary import PLACE_HEADS, QUESTION_FRAME, QUESTION_WORDS, SOFT_VERBS, is_frame

MEASURES = "个名位家座所间条项件次场户起台本张份支批人元套"
# numerals that open a coded name (双组长, 两公开, 三资): before a word, not after one
_CODE_NUMERALS = "单双两三四五六七八九十"
_VERBAL = ("v", "vd", "vg", "d", "ad", "b", "a")
# adverbs of manner: 「专门组织」「特意学」「主要调处」 say how a deed was done, never which deed;
# before a noun they are part of a term (具体行政行为, 主要负责人, 专门委员会) and stay
MANNER = frozenset({"专门", "特意", "特地", "专程", "主要", "具体", "认真", "积极", "切实", "着力"})
# 「直接请律师」「亲自去调解」: a deed done in person or with no go-between; reports state the
# deed (聘请律师) and seldom how directly. 亲自 before any verb; 直接 only before a spoken
# one-character verb (请/找/派/去): with a word of two characters it makes a term (直接选举,
# 直接参与, 外商直接投资, 直接经济损失) and stays
IN_PERSON = frozenset({"直接", "亲自"})
# 「集中普法宣传」「统一开展培训」: done at once or all alike, before a deed or a thing; reports
# count the same events as 专题宣传活动, 普法宣传: the manner names no kind of the deed
GATHERED = frozenset({"集中", "统一"})


# 「具体做法」「主要措施」「有关情况」: a general noun qualified only by how concrete or how
# important it is stays general: the question asks for the practice on its topic, and reports
# write the practice (排查化解矛盾纠纷), seldom these words beside it
_QUALIFIERS = ("具体", "详细", "主要", "有关", "相关", "实际", "有效", "一些")


def is_general_phrase(word: str, generic: frozenset[str]) -> bool:
    """``word`` is a qualifier (``_QUALIFIERS``) before a noun of ``generic``."""
    return any(word.startswith(q) and word[len(q) :] in generic for q in _QUALIFIERS)


# 「利用晚上的时间」「周末时间」: the span named after a time noun is that time itself
_SPAN_NOUNS = frozenset({"时间", "时段", "时候"})


def is_time_span(words: list[tuple[int, str, str]], i: int, text: str) -> bool:
    """``words[i]`` is 时间/时段/时候 right after a time noun (jieba's ``t``: 晚上, 周末), 的
    between or not: users say 「晚上的时间」 for 晚上, and reports write the time (夜学, 周末)
    without the word 时间 — so it names no concept of its own. After any other word it may be
    the topic (办结时间, 规定时间内): never dropped there."""
    if i == 0 or words[i][1] not in _SPAN_NOUNS:
        return False
    j = i - 2 if words[i - 1][1] == "的" and i >= 2 else i - 1
    at, prev, flag = words[j]
    return flag == "t" and text[at + len(prev) : words[i][0]] in ("", "的")


def _manner_dropped(tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``tagged`` without a manner adverb that stands before a verb (its tag, or one
    character: jieba guesses a lone 学/办/抓 as anything); before a noun the adverb opens a
    term (主要 + 负责人 → 主要负责人) and is joined to it."""
    out: list[tuple[str, str]] = []
    skip = False
    for i, (word, flag) in enumerate(tagged):
        if skip:
            skip = False
            continue
        nxt = tagged[i + 1] if i + 1 < len(tagged) else ("", "")
        if word in GATHERED and len(nxt[0]) >= 2 and "\u4e00" <= nxt[0][0] <= "\u9fff":
            continue
        if word in IN_PERSON and _verb_next(tagged, i) and (word == "亲自" or len(nxt[0]) == 1):
            continue
        if word in MANNER and nxt[0] and "\u4e00" <= nxt[0][0] <= "\u9fff":
            if nxt[1].startswith("v") or nxt[1] in ("l", "d") or len(nxt[0]) == 1:
                continue
            if nxt[1].startswith("n"):
                out.append((word + nxt[0], nxt[1]))
                skip = True
                continue
        out.append((word, flag))
    return out


def _verb_next(tagged: list[tuple[str, str]], i: int) -> bool:
    """The word after ``i`` is a verb: jieba's tag says so, or it is one character followed
    by an aspect particle (点了, 找过, 盯着) — only a verb takes 了/过/着, and jieba guesses a
    lone 点/找 as a numeral or a noun."""
    nxt = tagged[i + 1] if i + 1 < len(tagged) else ("", "")
    after = tagged[i + 2][0] if i + 2 < len(tagged) else ""
    return nxt[1] == "v" or (len(nxt[0]) == 1 and after in ("了", "过", "着"))


def _coded(out: list[tuple[int, str, str]], at: int, word: str) -> bool:
    """A lone numeral (双, 两) right before a word of two characters or more is the start of
    a coded name (双组长, 两公开), not a count: a count takes a measure word (两个, 三场)."""
    if not out or at < 0 or len(word) < 2 or word in QUESTION_WORDS or word in STOPWORDS:
        return False
    start, prev, flag = out[-1]
    return (
        flag == "single"
        and prev in _CODE_NUMERALS
        and start + 1 == at
        and word[0] not in MEASURES
        and all("\u4e00" <= ch <= "\u9fff" for ch in word)
    )


def _recent(out: list[tuple[int, str, str]], at: int, word: str, flag: str, text: str) -> bool:
    """「新上任的干部」「新招录的人员」: a lone 新 before a verb that closes with 的 tells the
    people or things by how recently they came to be — part of whom the question asks about,
    which reports write as one word (新任, 新提任, 新入职), never a manner of the deed; jieba
    leaves the character alone (新|上任), so it would vanish and leave the bare noun. Without
    的 (「新学了」) it says when the deed was done and stays alone."""
    if not out or len(word) < 2 or not flag.startswith("v"):
        return False
    start, prev, prev_flag = out[-1]
    return (
        prev_flag == "single"
        and prev == "新"
        and start + 1 == at
        and text[at + len(word) : at + len(word) + 1] == "的"
    )


# 「小程序」「微视频」「短视频」: a one-character mark of size or form jieba cuts off a noun
# (小|程序, 微|视频) makes another kind of thing — a 小程序 is no 程序, a 微视频 no plain
# 视频 — and reports write such a kind whole; alone the mark is one character and would leave
# the need, so the bare noun (程序, a word of every report) would answer for it
FORM_MARKS = frozenset("小微短")
# 「当副主任」: 副 before a post makes another post, as a form mark another kind; jieba tags the
# post any way (主任 as b), so any word of two characters or more is it
RANK_MARKS = frozenset("副")


def _form_marked(out: list[tuple[int, str, str]], at: int, word: str, flag: str) -> bool:
    """A lone form mark (``FORM_MARKS``) right before a noun of two characters or more, or the
    rank mark 副 before any such word."""
    if not out or at < 0 or len(word) < 2 or out[-1][0] + 1 != at:
        return False
    _, prev, prev_flag = out[-1]
    if prev in RANK_MARKS:
        return prev_flag == "single" and "\u4e00" <= word[0] <= "\u9fff"
    return flag.startswith("n") and flag != "nr" and prev_flag == "single" and prev in FORM_MARKS


def _noun(following: list[tuple[str, str]]) -> bool:
    return bool(following) and len(following[0][0]) >= 2 and following[0][1].startswith("n")


def after_adverb(prev: tuple[int, str, str], at: int) -> bool:
    """The word before ``at`` is an adverb (jieba d, ad) standing right before it."""
    start, word, flag = prev
    return start + len(word) == at and flag in ("d", "ad") and word not in ("不", "没")


def _open_word(prev: tuple[int, str, str], at: int) -> bool:
    """A topic word right before ``at`` that a one-character noun suffix (证, 站, 书) extends."""
    start, word, flag = prev
    return (
        start + len(word) == at
        and len(word) >= 2
        and flag != "single"
        and word not in SOFT_VERBS  # 组织+学: a light verb takes a deed, never a noun suffix
        and word not in QUESTION_WORDS
        and not is_frame(word, flag)
        and not asking_word(word)  # 「大伙定的」: a pronoun is the subject of the verb after it
        # 「年初定的方案」: a time (jieba t) says when the verb after it was done, and a time
        # takes no noun suffix (年初+定 is no word, the 定 is the clause's deed)
        and flag != "t"
        and word not in STOPWORDS
        and all("\u4e00" <= ch <= "\u9fff" for ch in word)
    )


def _place_after_noun(out: list[tuple[int, str, str]], word: str, text: str, at: int) -> bool:
    after = text[at + 1 : at + 2]
    return (
        word in _PLACE_SUFFIXES
        and bool(out)
        and out[-1][2].startswith("n")
        and out[-1][2] != "nr"
        and not _PEOPLE.search(out[-1][1])  # 群众站出来, 律师站好了: people stand
        and after not in _STANDING
        and (after != "了" or not _HAN_AT.match(text, at + 2))  # 「有服务站了」 ends the clause
    )


_ASPECT = ("了", "过", "着")
# 「公共法律服务站或者工作室」「服务站都有」「有服务站了」: a place's head right after a noun ends
# that noun whatever follows (jieba tags 站 a verb there) — but 站在/站着 stand, 所 is also the
# particle (群众所盼) and 点 the verb or measure, so they are read by the rules above only
_PLACE_SUFFIXES = PLACE_HEADS - frozenset("所点")
_STANDING = frozenset("在着起出到")
_PEOPLE = re.compile(r"(?:员|者|众|部|师|民|人|官)$")
_HAN_AT = re.compile(r"[\u4e00-\u9fff](?<![吗呢没吧啊])")
# 「目标定的多少」「经费拨的多少」: a verb character, then 的 and the value asked — the spoken
# 「V的多少」 (V得多少) is the question's predicate, what was set or given; 的 there ends no noun
_VALUE_ASKED = re.compile(r"的(?:是)?(?:多少|几|啥|什么)")
# One-character function words of a spoken question that jieba knows but leaves alone: they
# are never a piece of a word it failed to group nor a noun suffix, because they link or
# modify words — adverbs of time, order or scope (「钱就有」「就能全办完」「先过」), modal
# verbs (能, 要: 「执法要全程记录」), causatives (「县让部门」), the directionals of purpose and
# motion after a noun or before a verb (「大状来给干部讲」「送到家里去」「去查」), and the verbal
# measures of a count with its numeral dropped (「当回老师」 = 当一回). A run never swallows
# them; alone they are one character and leave the need. 会 (党委会) and 站 (调解站) are
# noun suffixes and are not among them.
FUNCTION_CHARS = frozenset("就都也还才又再先只总便却已曾正刚全均能要可须让叫使令来去回趟遍得")
# ↑ 得 alone is the spoken modal (「起码得学」: must study) or the complement particle (学得好),
# never the first piece of a word jieba left apart


def _head_after_de(text: str, at: int, word: str) -> bool:
    """「村里自己定的乡规」: a level character (乡, 镇) right after 的 heads a noun phrase, so
    it is no unit asked (those follow 哪个/哪些/各) but the first character of a word jieba
    left apart (乡|规) — it may start a run like any lone character."""
    return len(word) == 1 and at > 0 and text[at - 1] == "的" and word in _LEVEL_CHARS


_LEVEL_CHARS = frozenset("乡镇")


_AUDIENCE = frozenset("给为替帮向对")


def _after_audience(tagged: list[tuple[str, str]], k: int) -> bool:
    """Does the word at ``k`` follow the nouns a preposition leads, of whom a deed is for (给干部,
    为机关干部, 为干部和学生; cmp31)?"""
    j, nouns = k - 1, 0
    while j >= 0 and k - j <= 5:
        word, flag = tagged[j]
        if flag.startswith("n"):
            nouns += 1
        elif word not in ("和", "与", "及", "、"):
            break
        j -= 1
    return nouns > 0 and j >= 0 and tagged[j][0] in _AUDIENCE and tagged[j][1].startswith("p")


# what follows the clause's verb: an aspect particle, or the asked object (挑哪些, 选几个)
_ASKED_OBJECT = ("哪", "几", "多少", "什么", "啥")


def _predicate_after(run: str, text: str, at: int, flag: str) -> bool:
    """The character at ``at`` is the question's own verb after a deed jieba left in single
    characters (述/法 + 挑 of 「现场述法挑了哪些单位」, 选 of 「述法选几个部门」): it takes 了/过/着
    or the asked object right after it, and the run before it is a word of two characters or
    more. A report writes the deed (述法), never the deed glued to the asker's verb (述法挑)."""
    if len(run) < 2:
        return False  # 「巡/河」: one character before is no word of its own
    after = text[at + 1 : at + 3]
    if after[:1] in _ASPECT:
        return True
    return not flag.startswith(("n", "j")) and after.startswith(_ASKED_OBJECT)


# characters that make a numeral or a pointer of the character jieba tags as one (m)
_COUNTING = set("0123456789〇○零一二两三四五六七八九十百千万亿几多数半俩双单每首整各全第某些")


def _counts_nothing(before: list[tuple[str, str]]) -> bool:
    """A measure word (批, 级) after a lone character jieba tags as a numeral that counts
    nothing (秒 of 秒批, 秒级) measures nothing either: the two are a word jieba does not know
    (「秒批」 instant approval, a government-service term), never a count and its measure."""
    return (
        bool(before)
        and before[0][1].startswith("m")
        and len(before[0][0]) == 1
        and (before[0][0] not in _COUNTING)
    )


def joined_singles(text: str, tagged: list[tuple[str, str]]) -> list[tuple[int, str, str]]:
    """(position, word, flag); a run of single characters jieba could not group (巡/河,
    快/闪) is a domain word it does not know (巡河, 快闪), so the run becomes one word."""
    tagged = _manner_dropped(degree_asks_joined(tagged))  # 多|大 is one asking word
    out: list[tuple[int, str, str]] = []
    verbal: dict[int, bool] = {}  # single-character runs that continue a verb phrase
    pos = 0
    prev = ""
    for k, (word, flag) in enumerate(tagged):
        # 「微|信|小|程序」: a form mark before a noun opens that noun, it ends no run before it
        following = tagged[k + 1 : k + 2]
        opens = (word in FORM_MARKS and _noun(following)) or (
            word in RANK_MARKS and bool(following) and len(following[0][0]) >= 2
        )
        at = text.find(word, pos)
        pos = at + len(word) if at >= 0 else pos
        # 「多少场」「那批人」「这支队」: the measure word after a number or a pointer
        measure = prev in ("那", "这", "哪", "每", "该") and len(word) == 1 and word in MEASURES
        counted, prev = prev in ("多少", "几", "第几"), word
        if counted and len(word) >= 3 and word[0] in MEASURES and at >= 0:
            word, at = word[1:], at + 1  # jieba's 起纠纷 after 多少: the measure, then the noun

        single = (
            not counted
            and not measure
            and (not flag.startswith("q") or _counts_nothing(tagged[k - 1 : k]))
            # 「用|微|信」「用|短|视频」: a preposition (用, 以, 把, 给: jieba p) opens the phrase of
            # the means or the object; it is never the first piece of a word jieba left apart
            and not flag.startswith("p")
            # 「在推一往通办」: a verb after 在 (doing now) is the predicate, no piece of a name
            and not (flag.startswith("v") and k and tagged[k - 1][0] in ("在", "正在"))
            and len(word) == 1
            and word not in STOPWORDS
            and word not in QUESTION_FRAME  # a lone character's tag is a guess (所 as c)
            and (word not in QUESTION_WORDS or _head_after_de(text, at, word))
            and word not in FUNCTION_CHARS
            and "\u4e00" <= word <= "\u9fff"
        )
        if (
            single
            and not opens
            and at >= 0
            and out
            and out[-1][2] == "single"
            and out[-1][0] + len(out[-1][1]) == at
            and not _predicate_after(out[-1][1], text, at, flag)
        ):
            out[-1] = (out[-1][0], out[-1][1] + word, "single")
            verbal[len(out) - 1] = verbal.get(len(out) - 1, False) and flag in _VERBAL
            continue
        if _coded(out, at, word):  # 「实行双组长」: 双 opens the next word, 双组长
            out[-1] = (out[-1][0], out[-1][1] + word, "n")
            continue
        if _form_marked(out, at, word, flag):  # 「小程序」: the mark makes another kind
            out[-1] = (out[-1][0], out[-1][1] + word, "n")
            continue
        if _recent(out, at, word, flag, text):  # 「新上任的干部」: who, by when they came
            out[-1] = (out[-1][0], out[-1][1] + word, "n")
            continue
        # 「占GDP比重」: a Latin word (GDP, APP) goes on with the phrase, no mark ends it there
        ends_phrase = at + 1 >= len(text) or not (
            "\u4e00" <= text[at + 1] <= "\u9fff"
            or (text[at + 1].isascii() and text[at + 1].isalnum())
        )
        suffix = flag.startswith("n") or ends_phrase or text[at + 1] == "的"
        # 「执法要 全程记录」: a verb before a stretch the analyzer took out as a concept leads
        # into it (要 of 要全程记录); the blank is no phrase end, the verb no suffix
        # (「电动车乱 充电」: an adverb, 乱 or 都, modifies that stretch the same way)
        suffix = suffix and not (flag.startswith(("v", "d")) and text[at + 1 : at + 2] == " ")
        # 「民法典学过」: a character taking 了/过/着 is a verb after its object, no suffix
        suffix = suffix and text[at + 1 : at + 2] not in _ASPECT
        # 「给干部办的讲座」「为群众搞的活动」: after a preposition's noun (the audience) a verb
        # character is the deed of the clause, no suffix of that noun (干部办 is no office)
        suffix = suffix and not (flag.startswith("v") and _after_audience(tagged, k))
        # 「目标定的多少」: a verb before 的 and the value asked is the predicate, no suffix
        suffix = suffix and not (flag.startswith("v") and _VALUE_ASKED.match(text, at + 1))
        suffix = suffix and not opens_conversion(tagged, k)  # 城中村|瓶改管 (``conversions``)
        suffix = suffix or _place_after_noun(out, word, text, at)
        # 「微信小程序」: a form mark opens the word after it, it never closes the one before
        numeral = (word in _CODE_NUMERALS and not ends_phrase) or opens
        if single and suffix and not numeral and at >= 0 and out and _open_word(out[-1], at):
            # 执法+证 → 执法证; a bound noun morpheme (jieba's ng: 仪, 器) makes a thing of a
            # verb (除颤+仪: a device, a need like any noun, never a soft deed kept below its
            # modifier 自动); a free noun character (微 of 微信) is no suffix of that kind. A
            # level's character (市, 县, 区, 镇, 乡, 村) after a verb names a place given that
            # title (示范+市, 试点+县): a thing, required like any noun (``titled_levels``)
            titled = word in TITLED_LEVELS and flag.startswith("n")
            joined = "n" if (flag == "ng" or titled) and out[-1][2].startswith("v") else out[-1][2]
            out[-1] = (out[-1][0], out[-1][1] + word, joined)
            continue
        if single:
            # 「牵头/抓/总」: characters tagged verb, adverb or adjective right after a verb
            # continue the verb phrase (抓总); a run with a noun in it names a thing (巡/河)
            after_verb = (
                bool(out) and out[-1][2].startswith("v") and out[-1][0] + len(out[-1][1]) == at
            )
            aspect = text[at + 1 : at + 2] in _ASPECT  # 「学过」: a verb, whatever its tag
            verbal[len(out)] = (after_verb and flag in _VERBAL) or aspect
        out.append((at, word, "single" if single else flag))
    return [
        (at, w, ("v" if verbal.get(i) else "n") if f == "single" else f)
        for i, (at, w, f) in enumerate(out)
    ]
