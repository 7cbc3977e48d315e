"""Round ans45: a one-unit fact answer held to the kind its question asks for.

Made-up reports (written here into ``tmp_path``): 甲镇 writes 普法 and 调解 and trains its
执法人员, but no equipment and no expert; 乙乡 配备执法记录仪 and 聘请常年法律顾问; 丙街道
writes the recorder short (执法仪). Rules, each with two paraphrases and one must-not:

- ``retrieval.asked_head``: 「配了什么装备」「请了哪些专家」 ask a kind; a sentence answers only by
  saying the kind or the act that yields it (配备执法记录仪 answers 配; 聘请法律顾问 answers 请).
  Must not: 甲镇's 「开展执法人员业务培训」 / 「组织普法讲座8场」 quoted as the answer — the answer
  says 「甲镇的报告未提到…」 and shows the passage only as related.
- ``retrieval/synonyms.txt`` 执法记录仪: reports shorten it to 执法仪 (must not: 甲镇, which
  writes no recorder, still gets none).

- ``answering.kind_held.unit_untold``: a question about one unit whose reports were read whole
  and say nothing of it is told 「甲镇的报告未提到「法律顾问」」, the unit marked not mentioned
  (main: 「在已导入的报告中没有找到…」); must not: 乙乡/丙街道, who write 聘请常年法律顾问 /
  政府法律顾问, are quoted.

main: n1a/n1b quote the lure as the answer, r2a/r2b find no 执法仪, u1a/u1b speak of the
library.
"""

from __future__ import annotations

import pytest

from tests.probe_kit import built

REPORTS = {
    "jiazhen.txt": (
        "江西省萍乡市湘东区甲镇2023年法治政府建设工作报告\n"
        "2023年，湘东区甲镇坚持依法行政，现将有关情况报告如下。\n"
        "一、主要举措\n"
        "（一）深入开展普法宣传。全年组织普法讲座8场，发放宣传资料3000余份。\n"
        "（二）扎实做好矛盾纠纷调解。镇村两级调解委员会全年调解纠纷56件。\n"
        "（三）规范行政执法。开展执法人员业务培训2次，严格落实行政执法公示制度。\n"
        "二、存在的不足\n"
        "基层法治力量较为薄弱。\n"
    ),
    "yixiang.txt": (
        "湖北省宜昌市夷陵区乙乡2023年法治政府建设情况报告\n"
        "2023年，夷陵区乙乡扎实推进法治建设，现将有关情况报告如下。\n"
        "一、主要举措\n"
        "（一）规范行政执法。为执法人员配备执法记录仪12台，实现执法全过程记录。\n"
        "（二）聘请常年法律顾问1名，审查合同20份。\n"
        "二、存在的不足\n"
        "普法形式较为单一。\n"
    ),
    "bingjie.txt": (
        "广东省韶关市武江区丙街道2023年法治政府建设情况报告\n"
        "2023年，武江区丙街道持续推进依法行政，现将有关情况报告如下。\n"
        "一、主要举措\n"
        "（一）加强执法保障，新购执法仪8部。\n"
        "（二）发挥政府法律顾问作用，重大决策均经合法性审查。\n"
        "（三）开展“法润街巷”普法直播6场。\n"
        "二、存在的不足\n"
        "调解队伍专业化水平不高。\n"
    ),
}


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ans45_reports")
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return built(tmp_path_factory, "ans45", folder)


def _quoted(ans) -> str:
    return "".join(c.quote for c in ans.citations)


def _related(ans) -> str:
    return "".join(c.quote for c in ans.related)


# paraphrases: the kind said through its act, so the sentence answers
@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("乙乡执法人员配了什么装备？", "执法记录仪12台"),  # p1a: 配 ~ 配备
        ("乙乡请了哪些法律专家？", "法律顾问"),  # p1b: 请 ~ 聘请
        ("丙街道有执法记录仪吗？", "执法仪"),  # r2a: 执法仪 is the recorder
        ("丙街道执法记录仪配了多少？", "执法仪8部"),  # r2b
    ],
)
def test_kind_said_otherwise_is_quoted(app, question, said):
    ans = app.service.ask(question)
    assert said in _quoted(ans) + _related(ans), (question, ans)


# must-nots: the unit's report says only the question's other words
@pytest.mark.parametrize(
    ("question", "word", "lure"),
    [
        ("甲镇执法人员配了什么装备？", "装备", "业务培训"),  # n1a
        ("甲镇普法讲座请了哪些专家？", "专家", "普法讲座8场"),  # n1b
    ],
)
def test_kind_unsaid_is_not_the_answer(app, question, word, lure):
    ans = app.service.ask(question)
    assert lure not in _quoted(ans), ans
    text = "".join(getattr(t, "text", "") for p in ans.body for t in getattr(p, "runs", ()))
    assert "甲镇的报告未提到" in text or not ans.citations, ans


def test_recorder_unsaid_stays_unsaid(app):  # n2: 甲镇 writes no recorder
    ans = app.service.ask("甲镇有执法记录仪吗？")
    assert "执法" not in _quoted(ans), ans


def _said(ans) -> str:
    return "".join(getattr(t, "text", "") for p in ans.body for t in getattr(p, "runs", ()))


# a one-unit question nothing in the unit's report answers: the unit is named, not the library
# (``answering.kind_held.unit_untold``); main said 「在已导入的报告中没有找到…」
@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("甲镇请法律顾问没有？", "法律顾问"),  # u1a
        ("甲镇有执法记录仪吗？", "执法记录仪"),  # u1b
    ],
)
def test_unit_untold_names_the_unit(app, question, word):
    ans = app.service.ask(question)
    assert not ans.citations, ans
    assert f"甲镇的报告未提到「{word}」" in _said(ans), _said(ans)


# must-not for u1: a unit that writes it in other words is quoted, never told untold
@pytest.mark.parametrize(
    ("question", "said"),
    [("乙乡请法律顾问没有？", "聘请常年法律顾问"), ("丙街道请法律顾问没有？", "政府法律顾问")],
)
def test_unit_said_otherwise_is_quoted(app, question, said):
    ans = app.service.ask(question)
    assert said in _quoted(ans), ans


def test_count_untold_shows_the_lure_only_as_related(app):  # the brief's own question
    ans = app.service.ask("甲镇给执法人员配了多少执法记录仪？")
    assert "业务培训" not in _quoted(ans), ans
    assert "没有写明" in _said(ans), _said(ans)


# a yes/no question's object must be said (``retrieval.asked_head._whether_object``):
# paraphrases spell it or a synonym (执法仪, 法律顾问 for 律师); must-not: 甲镇's 调解 sentence
@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("丙街道是否配备了执法记录仪？", "执法仪8部"),  # y1a
        ("乙乡有没有建立法律顾问制度？", "聘请常年法律顾问"),  # y1b
    ],
)
def test_whether_object_said_is_quoted(app, question, said):
    ans = app.service.ask(question)
    assert said in _quoted(ans), ans


def test_whether_object_unsaid_is_not_the_answer(app):  # y1n
    ans = app.service.ask("甲镇调解委员会有没有请律师？")
    assert "调解纠纷56件" not in _quoted(ans), ans
    assert "甲镇的报告未提到「律师」" in _said(ans), _said(ans)


# the object is the phrase's last noun (``asked_head._phrase_head``): 网络直播 is a 直播
@pytest.mark.parametrize(
    "question",
    ["丙街道普法有没有搞网络直播？", "丙街道是否开展了线上直播普法？"],  # h1a, h1b
)
def test_whether_phrase_head_said_is_quoted(app, question):
    ans = app.service.ask(question)
    assert "普法直播6场" in _quoted(ans), ans


def test_whether_phrase_head_unsaid_is_not_the_answer(app):  # h1n: 甲镇 writes 普法讲座 only
    ans = app.service.ask("甲镇普法有没有搞网络直播？")
    assert "普法讲座8场" not in _quoted(ans), ans
