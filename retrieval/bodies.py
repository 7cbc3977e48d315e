"""The body a township sets up to lead its rule-of-law work, however a report names its remit.

A Chinese coordinating body is named by its remit and its kind: 「法治政府建设领导小组」,
「全面依法治镇委员会」, 「依法治乡工作领导小组」 — remit (法治政府建设), maybe 工作, then the kind
(领导小组, 委员会, 工作小组). The remit of rule-of-law work has several official names that
replaced one another (依法行政 → 法治政府建设; 依法治X → 全面依法治X; 法治建设 for short) and a
township keeps whichever it was given, so a question naming the body by one remit asks about
every one: 「法治政府建设领导小组」 ~ 「全面依法治镇工作领导小组」 ~ 「依法治街领导小组」.

The kind is not renamed: a 委员会 (the 全面依法治X委员会 of the 2018 reform) is another body
than a 领导小组, and a body of another remit (平安建设领导小组, 安全生产委员会) is another body.
The verb setting the body up (成立, 设立, 调整, 健全) only says that it exists, which any mention
of the body says too, so it goes with the body. The remit and the kind stay two concepts,
weighing as the question's two words did; the remit counts only spelled right before the
kind (「法治建设工作领导小组」), never as 法治建设 somewhere else in the sentence.

**A question asking the body's post reads the sentence that fills it.** A report sets out who
leads a body by the posts it fills — 「成立了以党委书记为组长，…为成员的法治建设工作领导小组」
「成立依法治镇领导小组，由镇长任组长」 — and the post names the body's kind (a 组长 heads a
小组, a 主任 a 委员会). When the question asks that post (「领导小组组长是谁」「谁当组长」), a
clause filling it (为组长, 任组长) spells the kind, and the remit may stand anywhere in that
sentence (the name is often abridged, cut off by a web copy, or said in the next clause):
the filled post already ties the sentence to a body.

**The post filled is the post of the body it is written with.** 「以A为组长的Y」 and 「以A为组长，
B为成员的Y」 fill the post of Y, the body named after it; 「成立Y，由A任组长」 fills the post of
the body named before it. A report fills the posts of many bodies (安全生产领导小组, 平安建设
委员会) and may name the rule-of-law remit elsewhere in the same sentence (「…为法治政府建设
营造良好环境」): a filled post whose body is named with another remit is no mention of the
asked body's post (``another_bodys_post``). A body left unnamed (cut off by a web copy,
「以党委书记为组长的…领导小组」) or named by the remit keeps the mention.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportqa.text import to_simplified
from retrieval.concept import Concept
from retrieval.register import into_actor

# the names of the rule-of-law remit; 依法治 takes the character of the unit it governs. A
# township report names its county's or city's body too (「市委全面依法治市委员会工作要点」):
# only a township's own remit (镇, 乡, 街) spells the township's body
_UNIT_CHARS = "镇乡街区县市村"
REMITS = ("法治政府建设", "法治建设", "法治政府", "依法行政", "依法治镇", "依法治乡", "依法治街")
KINDS = ("领导小组", "委员会", "工作小组")
_REMIT = r"(?:全面)?(?:法治政府建设|法治建设|法治政府|依法行政|法治|依法治[" + _UNIT_CHARS + r"])"
# a remit naming a level above the township (依法治县, 依法治区, 依法治市)
_LEVEL_ABOVE = re.compile(r"依法治[县区市]")
# the verb that sets the body up, with its aspect particle; only right before the body
_SETUP = r"(?:(?:成立|设立|建立|组建|调整|调整充实|健全|完善)(?:了|过)?)?"
# the post that heads each kind of body, and the verbs a report fills a post with (以A为组长,
# 由A任组长, A担任组长, A兼任主任)
_POSTS = {"领导小组": "组长", "工作小组": "组长", "委员会": "主任"}
_FILLS = ("为", "任")
# the nouns a report names a body with, generic or not, where a filled post looks for its body
_OWNER = re.compile(r"(?:领导|工作)?小组|委员会|领导机构|专班|指挥部")
_SENTENCE_END = "。；;！？!?\n"
# the name of a body begins after a 的, a punctuation mark or the verb setting it up
_NAME_START = re.compile(r"[的，,、：:（(“”\s]|成立|设立|建立|组建|调整|充实|健全|完善|了")
# a name ending in the rule-of-law remit (the township's own, or one above it), or in one of
# the fields the rule-of-law committee sets up a coordinating group for (立法, 执法, 司法, 守法
# 普法: 「法治建设委员会新设立执法、普法2个协调小组」), a count of the groups before the kind
_FIELDS = r"立法|执法|司法|守法普法|守法|普法"
_REMIT_NAMED = re.compile(rf"(?:{_REMIT}|{_FIELDS})(?:工作)?(?:[0-9一二两三四五六七八九十]+个)?$")
# words any body is named with, whatever its remit (工作专班, 专项工作组): they name no remit
_GENERIC_NAME = re.compile(r"^(?:专项|临时)?(?:工作)?$")
_BODY = re.compile(rf"{_SETUP}(?P<remit>{_REMIT})(?:工作)?(?P<kind>{'|'.join(KINDS)})")


def bodies_in(text: str) -> list[tuple[int, int, Concept]]:
    """(start, end, concept) of the remit and of the kind of each rule-of-law body the
    question names, the verb setting it up in the remit's span. The remit is spelled by
    every remit name before the same kind (依法治镇工作领导小组 for 法治政府建设领导小组)."""
    out = []
    for m in _BODY.finditer(text):
        remit, kind = m.group("remit"), m.group("kind")
        # 依法治县 names the county's committee by its own level (the 2018 reform's name): a
        # township's 依法治镇 is another level's body, and 依法行政 another remit
        remits = REMITS if not _LEVEL_ABOVE.search(remit) else ()
        spellings = tuple(f"{r}{w}{kind}" for r in (remit, *remits) for w in ("", "工作"))
        kinds: tuple[str, ...] = (kind,)
        post = _POSTS[kind]
        if post in text[m.end() :] or post in text[: m.start()]:  # the body's post is asked
            spellings += tuple(r for r in remits if r not in spellings)
            kinds += tuple(f"{v}{post}" for v in _FILLS)
        out.append((m.start(), m.start("kind"), Concept(remit, spellings, True)))
        out.append((m.start("kind"), m.end(), Concept(kind, kinds, True)))
    return out


def _owner_name(text: str, pos: int, end: int) -> str | None:
    """The name (before its kind noun) of the body whose post is filled at ``text[pos:end]``,
    or None when the sentence names no body for it."""
    stop = min((i for i in (text.find(c, end) for c in _SENTENCE_END) if i >= 0), default=len(text))
    start = max(text.rfind(c, 0, pos) for c in _SENTENCE_END) + 1
    after = _OWNER.search(text, end, stop)
    # 「以A为组长的Y」「以A为组长，B为成员的Y」 fill Y's post; 「成立Y，由A任组长」 the one before
    ahead = after and not _OWNER.search(text, start, pos)
    if text[pos] == "为" or text.startswith("的", end) or ahead:
        if after is None:
            return None
        kind_at = after.start()
    else:
        before = list(_OWNER.finditer(text, start, pos))
        if not before:
            return None
        kind_at = before[-1].start()
    return _named_by(text, kind_at)


def another_bodys_post(text: str, pos: int, needle: str) -> bool:
    """``needle`` (为组长, 任主任) at ``pos`` fills the post of a body named with another remit
    than the rule of law (「以镇长为组长的安全生产领导小组」): no mention of the asked body's
    post. A body named by no name at all (「以党委书记为组长的领导小组」) keeps it."""
    if needle[:1] not in _FILLS or needle[1:] not in _POSTS.values():
        return False
    return _other_remit(_owner_name(text, pos, pos + len(needle)) or "")


def _named_by(text: str, pos: int) -> str:
    """The name written right before a kind noun at ``pos`` (安全生产 of 安全生产领导小组)."""
    start = max(text.rfind(c, 0, pos) for c in _SENTENCE_END) + 1
    head = text[start:pos]
    cuts = list(_NAME_START.finditer(head))
    return head[cuts[-1].end() :] if cuts else head


def filled_posts(concept: Concept) -> set[str]:
    """The spellings of ``concept`` that are a body's post filled (为组长, 任主任): only a
    concept spelled so asks who leads a body, and only it is read by ``asked_body_said``."""
    return {a for a in concept.alternatives if a[:1] in _FILLS and a[1:] in _POSTS.values()}


def asked_body_said(text: str, concept: Concept) -> bool | None:
    """Whether ``text`` may speak of the asked body, for the kind ``concept`` of a question
    asking a body's post (spelled by its filled post too); None for any other concept. A
    sentence naming the kind only as another body — named with another remit (安全生产领导
    小组), or its post filled (以镇长为组长的安全生产领导小组) — or not at all tells nothing of
    who leads the asked body, whatever else it mentions."""
    fills = filled_posts(concept)
    if not fills:
        return None
    at = [(m.start(), a) for a in concept.alternatives for m in re.finditer(re.escape(a), text)]
    return any(
        not another_bodys_post(text, pos, a)
        if a in fills
        else not (_names_body(a) and _other_remit(_named_by(text, pos)))
        and not into_actor(text, pos, pos + len(a))  # 组织|领导干部: the people organised
        for pos, a in at
    )


def _names_body(spelling: str) -> bool:
    """Is ``spelling`` a body's kind noun (领导小组, 协调小组), whose name stands before it? A
    spelling naming no body (组织领导, 第一责任人, 负总责: the leadership, a post, a duty) has
    no name before it to judge — the verb there (「加强组织领导」「压实第一责任人职责」) is no
    remit — and counts as written, unless its tail begins the people a unit organises
    (「组织领导干部参加考试」 is 组织 + 领导干部, no leadership set up)."""
    m = _OWNER.search(spelling)
    return m is not None and m.end() == len(spelling)


def _heading(concept: Concept) -> bool:
    """A concept that names no body and is spelled by bodies and their filled posts (the
    reports' 组织领导, ``register.txt``): it asks the leadership the report's own work is
    given, and a report is about the rule of law — a body of another remit (安全生产领导小组)
    leads something else."""
    fills = any(a[:1] in _FILLS and a[1:] in _POSTS.values() for a in concept.alternatives)
    return fills and not _names_body(concept.term) and any(map(_names_body, concept.alternatives))


def _other_remit(name: str) -> bool:
    """A body's name that is not the rule-of-law remit (安全生产); an unnamed body may be it,
    and a name of generic words only (「成立工作专班」) names no remit: the body is unnamed."""
    name = _GENERIC_NAME.sub("", name)
    return bool(name) and _REMIT_NAMED.search(name) is None


def another_body_only(text: str, concepts: Sequence[Concept]) -> bool:
    """A body's post or the leadership set up (``_heading``) asked, and ``text`` (as written)
    says nothing of the asked body (``asked_body_said``): no sentence a fact or a compare
    answer quotes."""
    remit = any(re.fullmatch(rf"{_REMIT}(?:工作)?", to_simplified(c.term)) for c in concepts)
    if not remit and not any(map(_heading, concepts)):
        return False  # the asked body has another remit (重点项目专班): not judged by the rule of law's
    t = to_simplified(text)
    return any(asked_body_said(t, c) is False for c in concepts)
