"""Everyday descriptions of court, duty and case-file practices, read as the term reports use.

Reports name these practices with a fixed term; users describe them in a clause whose words
no report writes, so every word of the description became a required concept:

- **旁听庭审.** 「去法院听人家打官司」「看法院怎么审案子」「听行政官司怎么审」: hearing or watching a
  trial is what reports call 旁听庭审 (旁听法院庭审, 庭审旁听). A verb of hearing or watching
  before a trial word is that practice; 打官司 alone stays a lawsuit (``register.txt``).
- **The court as the place of a court deed.** 「去法院出庭」「到法院应诉」: 出庭 and 应诉 only
  ever happen at a court, so reports write the deed and never the place; the place asks nothing
  of its own. 「去法院旁听」 with nothing after it heard a trial (旁听庭审); 「出庭打官司」 is
  出庭应诉 (a lawsuit the government is party to).
- **述法.** 「让领导讲讲自己履行法治职责的情况」「汇报自己抓法治干了什么」: a head telling others
  how they themselves carried out their rule-of-law duty is 述法 (述职述法, 专题述法). It takes
  all three: oneself (自己/本人), a deed of one's own duty (抓, 履行, 推进, 干, 做) and a verb of
  telling; 「领导自己给干部讲法治课」 is a lecture (no duty of one's own) and stays as asked.
- **败诉.** 「跟老百姓打行政官司输过」「一审行政官司分别输了几件」: the lawsuit fronted before the
  verb of losing (Chinese puts the object first as often as after) is the register's 输官司 said
  in order — reports write 败诉; the words between (分别, 一共) stay. A lawsuit not lost
  (「行政官司有几件」) is left to the register as it is.
- **案卷评查.** 「检查过执法卷宗的质量」「抽查执法案卷」: checking case files is the review reports
  call 案卷评查 (执法案卷评查, 案卷质量评查); 卷宗 alone (档案) stays as asked.
"""

from __future__ import annotations

import re

_TRIAL = (
    r"(?:人家|别人|群众)?(?:打)?(?:行政)?(?:官司|案子|庭审|开庭|审案子?|审判)(?:怎么审(?:的|理)?)?"
)
# 听/看 (旁听 already is the term) before a trial word: 「听人家打官司」「看开庭」
_HEAR = re.compile(r"(?<!旁)(?:听|看)(?:一下|一听|一看|听|看)?" + _TRIAL)
# 「看法院怎么审案子」「听法院审理」: the court between the verb and the trial
_HEAR_COURT = re.compile(
    r"(?<!旁)(?:听|看)(?:一下)?法院(?:是)?(?:怎么)?(?:审|开庭|审理)(?:案子|案件|官司)?"
)
# 「去法院旁听」 with no object: at a court, what is heard is a trial
_COURT_HEARING = re.compile(r"((?:去|到)了?法院)旁听(?![\u4e00-\u9fff])")
# the court before a deed that only happens there: 「去法院出庭」「到法院应诉」 (before 旁听
# the court stays, a light place gone to: ``retrieval.destinations``)
_AT_COURT = re.compile(r"(?:去|到|上|进)(?:了)?法院(?=出庭|应诉)")
# 「出庭打行政官司」「打官司时亲自出庭」: a head appearing in court in a lawsuit is 出庭应诉;
# 官司 alone is no key (「打行政官司输了几件」 asks 败诉: ``register.txt``)
_IN_COURT = re.compile(r"出庭(?:去)?打(?:行政)?官司|打(?:行政)?官司(?:时|的时候)?(?:亲自)?出庭")
# 「打行政官司输过」「官司分别输了几件」: the lawsuit before its verb of losing, the words between
# (at most four, in one clause) kept after the register's key 输官司; the other side of the suit
# (跟老百姓) goes with it — a 和 between two units (溧阳和迁西打官司) is a list, and stays
_LOST = re.compile(
    r"(?:(?:跟|和|与|同)(?:老百姓|百姓|群众|村民|居民|企业|个人|当事人|相对人))?(?:打|吃)?(?:行政)?官司"
    r"(?P<mid>[^，,。？?！!；;官]{0,4}?)(?:打输|输)(?:了|过|掉)?"
)
# 「检查过执法卷宗」「查一查案卷」: checking case files is what reports call 案卷评查
_FILES = re.compile(
    r"(?:检查|抽查|翻看|查看|查)(?:过|了)?(?:一下|一遍|一查)?((?:行政)?(?:执法)?)(?:卷宗|案卷)"
)
# 述法: oneself, a deed of one's own duty, a verb of telling, within one clause
_OWN = re.compile(r"(?:自己|本人|自身)")
_DUTY = re.compile(
    r"(?:抓|履行|推进|落实|干|做)[^，,。？?！!；;]{0,6}?法治|法治[^，,。？?！!；;]{0,4}?(?:职责|责任)"
)
_TELL = re.compile(r"(?:讲|说|汇报|报告|谈|述|交代|写)")
# what the duty is about, to its last word: 「…第一责任人职责的情况」
_TAIL = re.compile(r"(?:的?[^的，,]*?(?:情况|职责|责任|了什么|干了啥|做了啥))+")
_TOLD = re.compile(r"^(?:出来|一下)?(?:、?(?:写|讲|说)出来)*")  # 「讲出来、写出来」
_CLAUSE = re.compile(r"[^，,。？?！!；;]+")


def spoken_deeds(question: str) -> str:
    """The question with a described trial hearing written 旁听庭审, a court before a court deed
    dropped, a lawsuit fronted before its loss written 输官司, and a described duty report
    written 述法."""
    q = _COURT_HEARING.sub(r"\1旁听庭审", _AT_COURT.sub("", question))
    q = _HEAR_COURT.sub("旁听庭审", _IN_COURT.sub("出庭应诉", _FILES.sub(r"\1案卷评查", q)))
    q = _HEAR.sub("旁听庭审", q)
    q = _LOST.sub(_lost, q)
    return _CLAUSE.sub(_duty_report, q)


def _lost(m: re.Match[str]) -> str:
    """「官司…输了」 as 「输官司…」 (the key whole on its own, the words between after it: 各输 is
    no word); a loss denied (「一件都没输」) or told as a second predicate (「被人告了吃官司还输了」:
    the register reads 吃官司 and 输了 each) is left as asked."""
    mid = m.group("mid")
    if re.search(r"(?:没有?|未|不|无)$", mid) or re.match(r"还|又|也|并|而|却|但|结果", mid):
        return m.group(0)  # 「吃官司还输了」: the suit a predicate of its own, then a loss
    return f"输官司{mid}"


def _duty_report(m: re.Match[str]) -> str:
    """One clause: from the first of oneself / telling to the end of the duty, as 述法."""
    clause = m.group(0)
    own, duty = _OWN.search(clause), _DUTY.search(clause)
    if own is None or duty is None or own.start() > duty.start():
        return clause
    tell = [t for t in _TELL.finditer(clause) if t.start() < own.start() or t.start() >= duty.end()]
    if not tell:
        return clause
    start = min(own.start(), tell[0].start())
    tail = _TAIL.match(clause[duty.end() :])
    end = duty.end() + (tail.end() if tail else 0)
    end = max(end, tell[-1].end()) if tell[-1].start() >= duty.end() else end
    return clause[:start] + "述法" + _TOLD.sub("", clause[end:], count=1)
