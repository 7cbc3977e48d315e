"""Joining extractor-broken lines (``ingest.clean._joins_next``) decides by the paragraph's
ending first and runs the regex and chrome tests only on lines that may continue (perfi26).
The answer must be the one of the rule as written before, test by test in its own order, on
every line pair of the bundled and test reports and on made-up breaks."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest import clean
from ingest.clean import _CONTINUATION_END, _LINE_END, _joins_next, _Paragraph, clean_text
from ingest.loaders import iter_report_files, load_text
from ingest.page_chrome import is_chrome_line
from reportqa.text import to_simplified

ROOT = Path(__file__).resolve().parents[1]


def _rule(par: _Paragraph, nxt: str) -> bool:
    """The rule in its first order (heading, chrome, title, then the ending and length)."""
    if not nxt or clean._is_heading_like(nxt) or is_chrome_line(to_simplified(nxt)):
        return False
    first = to_simplified(par.parts[0])
    if clean._FIELD_LINE.match(to_simplified(nxt)) or clean._FIELD_LINE.match(first):
        return False  # w36: a portal's field line is a record of its own
    if is_chrome_line(first):
        return False
    tail = par.tail
    if clean._TITLE_END.search(to_simplified(tail)):
        return False
    if len(par.parts) == 1 and clean._SITE_SUFFIXED.search(first):
        return False  # w36: 「…报告-站点名」
    last = tail[-1]
    if last in _CONTINUATION_END:
        return True
    if last in _LINE_END:
        return False
    # fact77: a numbered heading run in with its body is a paragraph like any other
    heading = clean._is_heading_like(par.parts[0]) and not clean._runs_in(par.parts[0], nxt)
    # fix92: a short line of prose stopped inside a word (「法律顾\n问」) is broken too
    return (par.length >= 30 and not heading) or clean.word_broken(par, nxt)


def _pairs(lines: list[str]):
    """Every paragraph as ``clean_text`` builds it, with the line that follows it."""
    merged: list[_Paragraph] = []
    for line in lines:
        if merged:
            yield merged[-1], line
        if merged and _rule(merged[-1], line):
            merged[-1].add(line)
        else:
            merged.append(_Paragraph([line], len(line)))


def test_endings_share_no_character():
    """The early no on a sentence end is safe only because no ending is both."""
    assert not set(_LINE_END) & set(_CONTINUATION_END)


def _report_lines() -> list[list[str]]:
    roots = [ROOT / "corpus", *sorted((ROOT / "tests" / "data").glob("*/web_real"))]
    out = []
    for f in iter_report_files([r for r in roots if r.is_dir()]):
        raw = load_text(f)
        out.append([ln.strip() for ln in raw.split("\n") if ln.strip()])
    return out


def test_same_answer_on_every_line_of_real_reports():
    reports = _report_lines()
    assert len(reports) >= 5
    checked = joined = 0
    for lines in reports:
        for par, nxt in _pairs(lines):
            want = _rule(par, nxt)
            assert _joins_next(par, nxt) == want, (par.parts, nxt)
            checked += 1
            joined += want
    assert checked > 1000 and joined > 0  # real breaks were among them


@pytest.mark.parametrize(
    ("parts", "nxt", "joins"),
    [
        (
            ["本镇全面推进依法行政工作，组织开展学法用法活动，"],
            "持续加强法治培训。",
            True,
        ),  # ends in ，
        (
            ["二〇二四年以来，全镇坚持以法治思维和法治方式推动工作落实并取得成效"],
            "下一步工作。",
            True,
        ),
        (["一、主要工作"], "（一）加强党的领导", False),  # a heading follows
        (
            ["（三）调处纠纷。组建“田埂说事”调解队伍，走村入户排查化解矛盾纠"],
            "纷64件，调解成功率97%。",
            True,
        ),  # fact77: a run-in heading's body broken mid-word
        (
            ["1、加强执法监督。全面落实行政执法三项制度，开展案卷评查两次，评查案卷40卷"],
            "2深入推进政务公开。",
            False,
        ),  # the next item lost its 「、」
        (["（三）调处纠纷，组建调解队伍并开展矛盾纠纷排查化解"], "工作。", False),
        (["关于2024年法治政府建设情况的报告"], "各位代表：", False),  # a title, however long
        (["关于2024年法治政府建设情况的報告"], "各位代表：", False),  # traditional form too
        (["全年共办理行政复议案件12件，"], "首页 > 政务公开 > 法治政府", False),  # chrome follows
        (["首页 > 政务公开 > 法治政府建设年度报告专栏目录以及其他很长的栏目名称"], "正文", False),
        (["短行"], "下一行", False),  # short and unterminated: a title or heading
        (["全年共办理行政复议案件12件。"], "行政应诉案件3件。", False),  # a sentence ended
        (["一、全面加强党对法治政府建设的领导，持续推进各项工作落实到位并取得"], "成效", False),
        # fix92: short lines of prose broken inside a word (a narrow column or a PDF's width)
        (["规范决策。全旗行政机关全部聘请法律顾"], "问，旗政府配备公职律师42名。", True),
        (["（三）强化监督。全年办理行政复"], "议案件263件。", True),  # run in, body short
        (["配备专兼职网"], "格员96名。", False),  # no mark of prose: may be a title
        (["坚持党的领导，压实法治责任"], "镇党委把法治建设摆在首位。", False),  # whole words
        (["（一）坚持党的领导，压实法治责任"], "镇党委把法治建设摆在首位。", False),  # heading
    ],
)
def test_made_up_breaks(parts, nxt, joins):
    par = _Paragraph(list(parts), sum(map(len, parts)))
    assert _rule(par, nxt) == joins
    assert _joins_next(par, nxt) == joins


def test_cleaned_text_joins_a_broken_sentence():
    raw = "各位代表：\n本镇全面推进依法行政工作，组织开展学法用法活动，持续加强镇机\n\n关全体干部法治培训。\n二、存在问题\n"
    want = "各位代表：\n本镇全面推进依法行政工作，组织开展学法用法活动，持续加强镇机关全体干部法治培训。\n二、存在问题"
    assert clean_text(raw) == want
