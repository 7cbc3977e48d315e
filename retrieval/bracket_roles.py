"""Three things a bracket in a question may be that no other bracket reader takes: an aside
about the benefit, a list of the bare forms the thing before it takes (see ``_FORMS``), and
another spelling of the word right before it.

- **An aside of what one no longer has to do** (「通管道燃气（不用再扛煤气罐）」「办证一窗受理
  （不用来回跑）」): the user says why the deed matters to people, in their own words. Reports
  write the deed done (燃气入户, 瓶改管), never the chore it spares, so the aside's words (煤气罐)
  were needs no report writes and the question found nothing. Only a bracket that opens with
  a word of sparing (不用, 不再, 不必, 免得, 省得…) is read so: 「（不是镇）」 denies and
  「（街道不算）」 scopes (``retrieval.exclusions``), and stay. After a noun of a kind of
  measure (「新政策（不再需要开证明）」「新办法（不用跑腿）」) the bracket is no aside but
  what the measure is, the only words naming it, and stays.
- **Another spelling of the word before it, inside a term** (「法治（依法行政）领导小组」): the
  bracket holds a whole term of three or more characters sharing a character with the word it
  follows — the field said a second way (法治 ~ 依法行政), as 「X（或Y）」 says outright
  (``quoted_terms.bracketed_or``). Read as an optional part (``retrieval.optional_parts``) the
  second spelling was dropped, and a report naming only it (依法行政工作领导小组) fell short.
  So the bracket is read as 或 between the two words, which ``retrieval.alternatives`` reads
  over the shared head. A part that shares no character (法治（政府）建设, 执法（人员）培训)
  continues the word and stays an optional part. A bracket holding the word whole
  (执法（执法记录仪）配备, 审查（合法性审查）工作) is no other spelling but the user naming
  exactly what the bare word meant (a narrower kind or the full name): it is read in the
  word's place, since 或 or an optional part would let the bare word answer
  (``exact_names``, read after ``described_names`` so that 「龙华的小公园（口袋公园）」 is the
  described name, not 小口袋公园).
"""

from __future__ import annotations

import re

from retrieval.compound_heads import FULL_HEADS

_SPARING = r"(?:不用|不再|不必|不需要?|再也不|再不用|免得|省得|省去|省了)"
_ASIDE = re.compile(rf"\s*[（(]{_SPARING}[^（()）]{{1,20}}[）)]")
# a noun of a kind of measure whose content the bracket gives (新政策, 新办法, 便民举措)
_MEASURE = re.compile(r"(?:政策|新政|办法|措施|举措|做法|制度|机制|模式|规定|改革|服务)\s*$")
# the two characters before the bracket, the bracket's whole term, a term's character after it
_SPELLED = re.compile(
    r"(?P<word>[\u4e00-\u9fff]{2})[（(](?P<other>[\u4e00-\u9fff]{3,6})[）)](?=[\u4e00-\u9fff])"
)
# words that make a bracket something else than a spelling: it denies, scopes, exemplifies,
# or names another kind's word (``aside_names``, ``optional_parts``)
_NOT_SPELLING = re.compile(r"[是叫为称即或不非没算含包括等像如例譬类指]")


def _respelled(m: re.Match) -> str:
    word, other = m["word"], m["other"]
    if _NOT_SPELLING.search(other) or not set(word) & set(other):
        return m.group(0)
    if word in other:
        return m.group(0)  # the exact name (``exact_names``)
    return f"{word}或{other}"


# 「公共法律服务（站点、中心、平台）」: a list of bare forms (two characters at most each) the
# thing before the bracket takes; the report names the instance with the thing's own name
# (公共法律服务站, 公共法律服务中心) or the thing alone (健全公共法律服务), never the bare form by
# itself, and a bare form read as a need (中心, 平台) matched every 中心组 and 平台 of any report.
# After a word of units (「这两个乡镇（许疃、武安）」「以下几个区（罗湖、福田）」「两地（前海、河套）」)
# the list names the places asked, the question's scope, and stays (review62)
_FORMS = re.compile(
    r"(?<=[\u4e00-\u9fff]{3})(?<![区县镇乡道市村省州地个些])[（(][\u4e00-\u9fff]{1,2}(?:[、，,/][\u4e00-\u9fff]{1,2})+(?:等)?[）)]"
)


# 「公共法律服务站（工作站）」「帆船赛（比赛）」: the bracket holds the full head whose short form
# closes the word before (``compound_heads.FULL_HEADS``: 工作站 ~ 站, 比赛 ~ 赛) — the user names
# the kind in full. Read as a spelling of 「务站」 (「务站或工作站」) it left 工作站 a need of its
# own and a report writing 公共法律服务站 fell short; read as the full name (公共法律服务工作站)
# it is the compound ``compound_heads`` reads in either length.
_FULL_HEAD = re.compile(
    "(?<=[\\u4e00-\\u9fff]{2})("
    + "|".join(f"{short}[（(]{full}[）)]" for full, short in FULL_HEADS.items())
    + ")"
)


def _full_head(m: re.Match) -> str:
    return re.split(r"[（(]", m.group(0))[1].rstrip("）)")


def read_brackets(q: str) -> str:
    """``q`` without asides of what is spared nor bracketed lists of bare forms, and with
    「W（W'）…」 read as 「W或W'…」."""

    def aside(m: re.Match) -> str:
        return m.group(0) if _MEASURE.search(q[: m.start()]) else ""

    q = _FULL_HEAD.sub(_full_head, q)
    return _SPELLED.sub(_respelled, _FORMS.sub("", _ASIDE.sub(aside, q)))


def _exact(m: re.Match) -> str:
    word, other = m["word"], m["other"]
    # one character more (组长（副组长）, 主任（总主任）) is a rank beside the word, said as 或
    if _NOT_SPELLING.search(other) or word not in other or len(other) < len(word) + 2:
        return m.group(0)
    return other


def exact_names(q: str) -> str:
    """「执法（执法记录仪）配备」 → 「执法记录仪配备」: a bracket holding the word before it whole."""
    return _SPELLED.sub(_exact, q)
